// `ccm analyze`: classify, locate and cluster every stored article not analysed yet, write the
// events with their homepage and ranking appearances, and say how it went.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { realClock } from '../../core/clock.js';
import { UsageError } from '../../core/errors.js';
import { DEFAULT_SETTINGS_FILE, loadSettings } from '../../core/settings.js';
import { defaultAnalyzers } from '../../indexer/pipeline/analyzers.js';
import { analyzeStore } from '../../indexer/pipeline/analyze-store.js';
import { openStore, sqliteFile } from '../../indexer/store/index.js';

interface AnalyzeCliOptions {
  data?: string;
  config: string;
  batchSize: string;
  quiet: boolean;
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description('classify, locate and cluster stored articles into credit events (resumable; a rerun only does what is new)')
    .option('--data <dir>', 'data folder (default: dataDir of the settings, "data")')
    .option('--config <file>', 'settings file', DEFAULT_SETTINGS_FILE)
    .option('--batch-size <n>', 'articles per write', '500')
    .option('--quiet', 'no progress lines', false)
    .action(async (o: AnalyzeCliOptions) => {
      const batchSize = Number(o.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size must be a positive integer, got '${o.batchSize}'`);
      const settings = loadSettings(o.config);
      if (o.data !== undefined) settings.dataDir = o.data;
      if (settings.store.kind === 'sqlite' && !existsSync(sqliteFile(settings.dataDir))) {
        throw new UsageError(`no store in ${settings.dataDir} (expected ${sqliteFile(settings.dataDir)}); pass --data <dir> or run a crawl first`);
      }
      const store = await openStore(settings);
      try {
        const r = await analyzeStore(store, {
          clock: realClock(),
          analyzers: defaultAnalyzers(),
          batchSize,
          onProgress: o.quiet
            ? undefined
            : (p) => process.stderr.write(`ccm analyze: ${p.done}/${p.total} articles, ${p.events} events written, ${(p.elapsedMs / 1000).toFixed(1)}s\n`),
        });
        const counts = await store.counts();
        process.stdout.write(
          `analysed ${r.analyzed} articles in ${(r.elapsedMs / 1000).toFixed(1)}s (${r.eventsRestored} stored events reopened, ${r.eventsWritten} written); ` +
            `store: ${counts.analyzed}/${counts.articles} articles analysed, ${counts.events} events\n`,
        );
      } finally {
        await store.close();
      }
    });
}
