import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { Argument, Option, type Command } from 'commander';
import { POLARITIES, type Polarity } from '../../core/types.js';
import { UsageError } from '../../core/errors.js';
import { DEFAULT_SETTINGS_FILE, loadSettings } from '../../core/settings.js';
import { DUMP_KINDS, dumpRecords, type DumpKind } from '../../indexer/store/dump.js';
import { openStore, sqliteFile } from '../../indexer/store/index.js';
import { instantMs } from '../../indexer/store/time.js';

const FIELDS = `
One JSON object per line on stdout, in store order; nothing is held in memory.

articles (by fetchedAt, then url):
  url, discoveredUrl|null, sourceId, title, publishedAt|null (ISO, +08:00 or date only), source|null (media
  name), body (unless --no-body), fetchedAt (last fetch of this content), firstFetchedAt, contentHash (sha256),
  and the analysis, null until analysed: polarity, domain, sector, severity, confidence,
  city/province/county {code, name}, eventId, evidence [...], analyzedAt, analysisVersion
snapshots (by takenAt), one line per homepage or ranking poll with its items in page order:
  id, sourceId, kind (homepage|ranking), url, takenAt, fetchedWith (http|browser), items:
  homepage items {position, url, title, section|null, hidden?}; ranking items {list, rank, title, url, score|null}
events (by firstSeen):
  id, city {code, name}|null, polarity, domain, sector, title, articleUrls, sites, firstSeen, lastSeen,
  homepage [{sourceId, firstAt, lastAt, bestPosition, snapshots}],
  ranking [{sourceId, list, firstAt, lastAt, bestRank, snapshots}], respondsTo
  (event times are ISO 8601 in Beijing time, +08:00; fetch, snapshot and audit times are UTC)
audits (by visitedAt), one line per visit of a city credit website:
  cityCode, sourceId, siteUrl, visitedAt, reachable, columns [{column, present, url, newestDate, itemCount,
  entries [{date, title, url}], error}]

--since keeps articles fetched, snapshots taken, events still active (lastSeen) and audits made at or after
the instant; --source keeps the articles and snapshots of a source, the events it reported, its audits;
--polarity keeps analysed articles and events of that polarity (events hold irrelevant news too).`;

/** Resolves when the stream can take more, or will never take more (closed or failed). */
function writable(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const ev of ['drain', 'close', 'error']) out.off(ev, done);
      resolve();
    };
    for (const ev of ['drain', 'close', 'error']) out.on(ev, done);
  });
}

/**
 * Write one JSON line per record, waiting whenever the pipe is full. A reader that goes away (EPIPE,
 * as with `| head`) ends the dump normally; any other write error is thrown.
 */
async function writeLines(records: AsyncIterable<unknown>, out: Writable): Promise<number> {
  let failure: NodeJS.ErrnoException | null = null;
  const onError = (e: NodeJS.ErrnoException) => {
    failure = e;
  };
  out.on('error', onError);
  let n = 0;
  try {
    for await (const r of records) {
      if (failure || out.destroyed) break;
      if (!out.write(JSON.stringify(r) + '\n')) await writable(out);
      n++;
    }
  } finally {
    out.off('error', onError);
  }
  const f = failure as NodeJS.ErrnoException | null;
  if (f && f.code !== 'EPIPE') throw f;
  return n;
}

export function register(program: Command): void {
  program
    .command('dump')
    .description('print stored articles, snapshots, events or city audits as JSON lines')
    .addArgument(new Argument('<kind>', 'what to print').choices(DUMP_KINDS))
    .option('--data <dir>', 'data folder (default: dataDir of the settings, "data")')
    .option('--config <file>', 'settings file', DEFAULT_SETTINGS_FILE)
    .option('--since <ISO>', 'only records from this instant on (see below)')
    .option('--source <id>', 'only records of this source')
    .option('--no-body', 'leave article bodies out')
    .addOption(new Option('--polarity <p>', 'only articles or events of this polarity').choices(POLARITIES))
    .addHelpText('after', FIELDS)
    .action(async (kind: DumpKind, opts: { data?: string; config: string; since?: string; source?: string; body: boolean; polarity?: Polarity }) => {
      if (opts.polarity !== undefined && kind !== 'articles' && kind !== 'events') throw new UsageError(`--polarity applies to articles and events, not ${kind}`);
      if (opts.since !== undefined) {
        try {
          instantMs(opts.since);
        } catch (e) {
          throw new UsageError(`--since: ${(e as Error).message}`);
        }
      }
      const settings = loadSettings(opts.config);
      if (opts.data !== undefined) settings.dataDir = opts.data;
      if (settings.store.kind === 'sqlite' && !existsSync(sqliteFile(settings.dataDir))) {
        throw new UsageError(`no store in ${settings.dataDir} (expected ${sqliteFile(settings.dataDir)}); pass --data <dir> or run a crawl first`);
      }
      const store = await openStore(settings);
      try {
        const n = await writeLines(dumpRecords(store, kind, { since: opts.since, sourceId: opts.source, body: opts.body, polarity: opts.polarity }), process.stdout);
        process.stderr.write(`ccm dump: ${n} ${kind}\n`);
      } finally {
        await store.close();
      }
    });
}
