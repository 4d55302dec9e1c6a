// `ccm crawl`: crawl the configured sources (or a running replica) once, or keep crawling on the
// real clock until interrupted.
import type { Command } from 'commander';
import { DEFAULT_SETTINGS_FILE, loadSettings } from '../../core/settings.js';
import { DEFAULT_SOURCES_DIR } from '../../crawler/registry/index.js';
import { createProgressDisplay } from '../../crawler/scheduler/progress.js';
import { crawlLive, crawlOnce } from '../../crawler/scheduler/run.js';

interface CrawlCliOptions {
  once: boolean;
  sources?: string;
  sourcesDir: string;
  data?: string;
  config: string;
  replica?: string;
}

/** Ctrl+C stops the crawl after the work under way; a second Ctrl+C quits at once. */
export function interruptible(name: string): { signal: AbortSignal; dispose(): void } {
  const abort = new AbortController();
  const onSigint = () => {
    if (abort.signal.aborted) process.exit(130);
    process.stderr.write(`\nccm ${name}: stopping after the work under way (Ctrl+C again to quit at once)\n`);
    abort.abort();
  };
  process.on('SIGINT', onSigint);
  return { signal: abort.signal, dispose: () => process.off('SIGINT', onSigint) };
}

export function register(program: Command): void {
  program
    .command('crawl')
    .description('crawl the national sites and city credit sites: once (--once), or on the schedule until Ctrl+C')
    .option('--once', 'one poll of everything due, then the articles it found, and exit', false)
    .option('--sources <ids>', 'comma-separated source ids (default: all)')
    .option('--sources-dir <dir>', 'folder of source definitions', DEFAULT_SOURCES_DIR)
    .option('--replica <baseUrl>', 'crawl a running replica (`ccm replica`) at its simulated time, instead of the live sites')
    .option('--data <dir>', 'data folder (default: dataDir of the settings)')
    .option('--config <file>', 'settings file', DEFAULT_SETTINGS_FILE)
    .action(async (o: CrawlCliOptions) => {
      const settings = loadSettings(o.config);
      if (o.data !== undefined) settings.dataDir = o.data;
      const common = {
        settings,
        sourceIds: o.sources?.split(',').map((s) => s.trim()).filter(Boolean),
        sourcesDir: o.sourcesDir,
        replicaUrl: o.replica,
      };
      if (o.once) {
        const r = await crawlOnce(common);
        process.stdout.write(`${r.summary}\n`);
        return;
      }
      const stop = interruptible('crawl');
      try {
        const r = await crawlLive({ ...common, signal: stop.signal, progress: createProgressDisplay(process.stderr) });
        process.stdout.write(`${r.summary}\n`);
      } finally {
        stop.dispose();
      }
    });
}
