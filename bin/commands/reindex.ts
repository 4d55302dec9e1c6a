import type { Command } from 'commander';
import { Option } from 'commander';
import { UsageError } from '../../core/errors.js';
import { DEFAULT_SETTINGS_FILE, loadSettings } from '../../core/settings.js';
import { dropSchema, openElasticsearchStore } from '../../indexer/store/elasticsearch/index.js';
import { ImportCountError, importIntoElasticsearch, isEmpty, type ImportProgress, type ImportReport } from '../../indexer/store/elasticsearch/import.js';
import { sqliteImportSource } from '../../indexer/store/elasticsearch/sqlite-source.js';
import { sqliteFile } from '../../indexer/store/index.js';

interface ReindexOptions {
  to: 'es';
  data?: string;
  esUrl?: string;
  prefix?: string;
  replace: boolean;
  config: string;
}

function printChecks(r: ImportReport): void {
  process.stdout.write(`${'kind'.padEnd(16)}${'sqlite'.padStart(10)}${'elasticsearch'.padStart(15)}\n`);
  for (const c of r.checks) {
    process.stdout.write(`${c.kind.padEnd(16)}${String(c.source).padStart(10)}${String(c.target).padStart(15)}  ${c.source === c.target ? 'ok' : 'DIFFERS'}\n`);
  }
}

function progressLine(p: ImportProgress): string {
  const rate = p.elapsedMs > 0 ? Math.round((p.sent / p.elapsedMs) * 1000) : p.sent;
  return `ccm reindex: ${p.kind.padEnd(9)} ${String(p.sent).padStart(9)}/${p.total} (${rate}/s)\n`;
}

export function register(program: Command): void {
  program
    .command('reindex')
    .description('copy the SQLite store into Elasticsearch, every record kind, then check that the counts match')
    .addOption(new Option('--to <backend>', 'target backend').choices(['es']).makeOptionMandatory())
    .option('--data <dir>', 'data folder holding ccm.sqlite (default: dataDir of the settings, "data")')
    .option('--es-url <url>', 'Elasticsearch URL (default: ES_URL, then store.url of the settings, then http://127.0.0.1:9200)')
    .option('--prefix <prefix>', 'index name prefix (default: store.indexPrefix of the settings, "ccm")')
    .option('--replace', 'drop the indices under the prefix first when they already hold data', false)
    .option('--config <file>', 'settings file', DEFAULT_SETTINGS_FILE)
    .addHelpText(
      'after',
      `
Copies sources, snapshots, articles (with contentHash, firstFetchedAt and analysis), events, city audits,
frontier links (with status and attempts) and state. Progress goes to stderr; the count check to stdout.
Exits with 1 when any count differs between SQLite and Elasticsearch.`,
    )
    .action(async (opts: ReindexOptions) => {
      const settings = loadSettings(opts.config);
      if (opts.data !== undefined) settings.dataDir = opts.data;
      const file = sqliteFile(settings.dataDir);
      const source = await sqliteImportSource(file).catch((e: unknown) => {
        throw e instanceof RangeError ? new UsageError(`${e.message}; pass --data <dir>`) : e;
      });
      try {
        const target = openElasticsearchStore(settings, { ...(opts.esUrl ? { url: opts.esUrl } : {}), ...(opts.prefix ? { indexPrefix: opts.prefix } : {}) });
        try {
          await target.init();
          if (!(await isEmpty(target))) {
            if (!opts.replace) {
              throw new UsageError(`Elasticsearch indices ${target.names.prefix}-* already hold data; pass --replace to drop them first, or --prefix <other>`);
            }
            process.stderr.write(`ccm reindex: dropping ${target.names.prefix}-* indices\n`);
            await dropSchema(target.client, target.names);
            await target.init();
          }
          process.stderr.write(`ccm reindex: ${file} → Elasticsearch ${target.serverVersion ?? ''} (${target.names.prefix}-*)\n`);
          const onProgress = (p: ImportProgress) => process.stderr.write(progressLine(p));
          const report = await importIntoElasticsearch(source, target, { onProgress, progressEvery: 5000 }).catch((e: unknown) => {
            if (!(e instanceof ImportCountError)) throw e;
            printChecks(e.report);
            process.stderr.write(`ccm reindex: ${e.message}\n`);
            process.exitCode = 1;
            return null;
          });
          if (report === null) return;
          printChecks(report);
          process.stderr.write(`ccm reindex: done in ${(report.elapsedMs / 1000).toFixed(1)} s, all counts equal\n`);
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
    });
}
