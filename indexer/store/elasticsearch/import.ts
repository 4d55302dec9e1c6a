// Copying a whole store into Elasticsearch (`ccm reindex --to es`): every record kind, streamed page
// by page through the bulk helper, each document written exactly as the source holds it (articles
// keep contentHash, firstFetchedAt and their analysis; frontier links keep status and attempts), then
// the counts of both sides compared. Document ids are the store's own, so running it again over the
// same target replaces rather than duplicates.
import type { estypes } from '@elastic/elasticsearch';
import type { Clock } from '../../../core/clock.js';
import { realClock } from '../../../core/clock.js';
import type { FrontierLink, Store, StoreCounts } from '../types.js';
import { BulkWriteError, bulkWrite, type BulkOp } from './bulk.js';
import { INDEX_KINDS, articleDoc, auditDoc, eventDoc, frontierDoc, snapshotDoc, urlId, type IndexKind } from './indices.js';
import type { ElasticsearchStore } from './index.js';
import { cityAuditId } from './records.js';
import { stateId } from './state.js';

/** What to copy: the Store interface lists most kinds; the frontier and state need listings of their own. */
export interface ImportSource {
  store: Store;
  /** Every frontier link, whatever its status. */
  links(): AsyncIterable<FrontierLink>;
  /** Every state entry. */
  state(): AsyncIterable<{ key: string; value: unknown }>;
  /** Totals of the two kinds StoreCounts does not count. */
  extraCounts(): Promise<{ links: number; state: number }>;
}

export interface ImportProgress {
  kind: IndexKind;
  /** Documents handed to the bulk writer so far for this kind. */
  sent: number;
  /** Documents the source holds of this kind. */
  total: number;
  elapsedMs: number;
}

export interface ImportOptions {
  /** Called every `progressEvery` documents handed to the writer, and when a kind is written (unless just reported). */
  onProgress?(p: ImportProgress): void;
  progressEvery?: number;
  clock?: Clock;
}

export interface CountCheck {
  kind: keyof StoreCounts | 'links' | 'state';
  source: number;
  target: number;
}

export interface ImportReport {
  checks: CountCheck[];
  ok: boolean;
  elapsedMs: number;
}

export class ImportCountError extends Error {
  override name = 'ImportCountError';
  constructor(readonly report: ImportReport) {
    const bad = report.checks.filter((c) => c.source !== c.target);
    super(`counts differ after the copy: ${bad.map((c) => `${c.kind} ${c.source} in the source, ${c.target} in Elasticsearch`).join('; ')}`);
  }
}

/** Whether an (initialised) Elasticsearch store holds nothing yet, frontier and state included. */
export async function isEmpty(dst: ElasticsearchStore): Promise<boolean> {
  const counts = await dst.counts();
  await dst.client.indices.refresh({ index: [dst.names.alias('frontier'), dst.names.alias('state')] });
  const [links, state] = await Promise.all(['frontier', 'state'].map(async (k) => (await dst.client.count({ index: dst.names.alias(k as IndexKind) })).count));
  return Object.values(counts).every((n) => n === 0) && links === 0 && state === 0;
}

async function* each<T>(xs: T[]): AsyncGenerator<T> {
  yield* xs;
}

export async function importIntoElasticsearch(src: ImportSource, dst: ElasticsearchStore, opts: ImportOptions = {}): Promise<ImportReport> {
  const clock = opts.clock ?? realClock();
  const every = opts.progressEvery ?? 1000;
  const t0 = clock.nowMs();
  const [counts, extra] = await Promise.all([src.store.counts(), src.extraCounts()]);
  const totals: Record<IndexKind, number> = {
    sources: counts.sources,
    snapshots: counts.snapshots,
    articles: counts.articles,
    events: counts.events,
    audits: counts.cityAudits,
    frontier: extra.links,
    state: extra.state,
  };
  const alias = (k: IndexKind) => dst.names.alias(k);

  async function copy<T>(kind: IndexKind, records: AsyncIterable<T>, toOp: (r: T) => { id: string; doc: object }): Promise<void> {
    let sent = 0;
    let reported = -1;
    const started = clock.nowMs();
    const report = () => {
      reported = sent;
      opts.onProgress?.({ kind, sent, total: totals[kind], elapsedMs: clock.nowMs() - started });
    };
    async function* ops(): AsyncGenerator<BulkOp> {
      for await (const r of records) {
        const { id, doc } = toOp(r);
        yield { action: 'index', index: alias(kind), id, doc };
        if (++sent % every === 0) report();
      }
    }
    const failures = await bulkWrite(dst.client, ops());
    if (failures.length) throw new BulkWriteError(failures);
    if (reported !== sent) report();
  }

  // No periodic refresh while loading: each one cuts a small segment that must be merged again later
  // (measured on the bench corpus: about 1.5× the server's CPU). One refresh at the end instead.
  const all = INDEX_KINDS.map(alias);
  await dst.client.indices.putSettings({ index: all, settings: { refresh_interval: '-1' } });
  try {
    await copy('sources', each(await src.store.listSources()), (s) => ({ id: s.id, doc: s }));
    await copy('snapshots', src.store.listSnapshots(), (s) => ({ id: s.id, doc: snapshotDoc(s) }));
    await copy('articles', src.store.listArticles(), (a) => ({ id: urlId(a.url), doc: articleDoc(a, dst.segmenter) }));
    await copy('events', src.store.listEvents(), (e) => ({ id: e.id, doc: eventDoc(e) }));
    await copy('audits', src.store.listCityAudits(), (a) => {
      const id = cityAuditId(a);
      return { id, doc: auditDoc(a, id) };
    });
    await copy('frontier', src.links(), (l) => ({ id: urlId(l.url), doc: frontierDoc(l) }));
    await copy('state', src.state(), (s) => ({ id: stateId(s.key), doc: { key: s.key, value: s.value } }));
  } finally {
    // null removes the setting, restoring the default (1 s, skipped while a shard is search-idle);
    // the client's types do not admit null, though the API documents it.
    await dst.client.indices.putSettings({ index: all, settings: { refresh_interval: null } as unknown as estypes.IndicesIndexSettings });
  }
  await dst.client.indices.refresh({ index: all });
  const target = await dst.counts();
  const count = async (kind: IndexKind) => (await dst.client.count({ index: alias(kind) })).count;
  const [links, state] = await Promise.all([count('frontier'), count('state')]);
  const checks: CountCheck[] = [
    ...(Object.keys(counts) as (keyof StoreCounts)[]).map((k) => ({ kind: k, source: counts[k], target: target[k] })),
    { kind: 'links', source: extra.links, target: links },
    { kind: 'state', source: extra.state, target: state },
  ];
  const result: ImportReport = { checks, ok: checks.every((c) => c.source === c.target), elapsedMs: clock.nowMs() - t0 };
  if (!result.ok) throw new ImportCountError(result);
  return result;
}
