// Sources, snapshots, events and city audits: records replaced whole by id and listed in the order
// the Store contract gives (see ../types.ts).
import { createHash } from 'node:crypto';
import type { estypes } from '@elastic/elasticsearch';
import type { Source } from '../../../core/sources.js';
import type { CityAudit, CreditEvent, Snapshot, SnapshotInput } from '../../../core/types.js';
import { snapshotId } from '../identity.js';
import { instantMs } from '../time.js';
import type { CityAuditQuery, EventQuery, SnapshotQuery } from '../types.js';
import { BulkWriteError, bulkWrite } from './bulk.js';
import type { EsContext } from './context.js';
import { DERIVED, auditDoc, eventDoc, snapshotDoc, stripDerived, type IndexKind } from './indices.js';
import { scan } from './scan.js';

type Query = estypes.QueryDslQueryContainer;

async function replaceAll(ctx: EsContext, kind: IndexKind, docs: { id: string; doc: object }[]): Promise<void> {
  if (docs.length === 0) return;
  ctx.wrote(kind);
  const failures = await bulkWrite(
    ctx.client,
    docs.map(({ id, doc }) => ({ action: 'index' as const, index: ctx.names.alias(kind), id, doc })),
    ctx.bulk,
  );
  if (failures.length) throw new BulkWriteError(failures);
}

async function* list<T>(ctx: EsContext, kind: IndexKind, filter: Query[], sort: estypes.SortCombinations[]): AsyncGenerator<T> {
  await ctx.fresh(kind);
  for await (const hit of scan(ctx.client, { index: ctx.names.alias(kind), query: { bool: { filter } }, sort })) {
    yield stripDerived<T>(hit.source, DERIVED[kind]);
  }
}

async function getById<T>(ctx: EsContext, kind: IndexKind, id: string): Promise<T | null> {
  const r = await ctx.client.get<Record<string, unknown>>({ index: ctx.names.alias(kind), id }, { ignore: [404] });
  return r.found && r._source ? stripDerived<T>(r._source, DERIVED[kind]) : null;
}

function range(field: string, from: string | undefined, to: string | undefined): Query[] {
  if (from === undefined && to === undefined) return [];
  return [{ range: { [field]: { ...(from !== undefined ? { gte: instantMs(from) } : {}), ...(to !== undefined ? { lt: instantMs(to) } : {}) } } }];
}

export async function upsertSources(ctx: EsContext, sources: Source[]): Promise<void> {
  const t0 = performance.now();
  await replaceAll(ctx, 'sources', sources.map((s) => ({ id: s.id, doc: s })));
  ctx.report({ op: 'sources', count: sources.length, ms: performance.now() - t0 });
}

export async function listSources(ctx: EsContext): Promise<Source[]> {
  const out: Source[] = [];
  for await (const s of list<Source>(ctx, 'sources', [], [{ id: 'asc' }])) out.push(s);
  return out;
}

export async function addSnapshot(ctx: EsContext, s: SnapshotInput): Promise<string> {
  const t0 = performance.now();
  const id = snapshotId(s);
  const doc = snapshotDoc({ ...s, id });
  ctx.wrote('snapshots');
  await ctx.client.index({ index: ctx.names.alias('snapshots'), id, document: doc });
  ctx.report({ op: 'snapshot', count: 1, ms: performance.now() - t0 });
  return id;
}

export async function* listSnapshots(ctx: EsContext, q: SnapshotQuery = {}): AsyncGenerator<Snapshot> {
  const filter: Query[] = [];
  if (q.sourceId !== undefined) filter.push({ term: { sourceId: q.sourceId } });
  if (q.kind !== undefined) filter.push({ term: { kind: q.kind } });
  filter.push(...range('takenAtMs', q.from, q.to));
  yield* list<Snapshot>(ctx, 'snapshots', filter, [{ takenAtMs: 'asc' }, { id: 'asc' }]);
}

export async function upsertEvents(ctx: EsContext, events: CreditEvent[]): Promise<void> {
  const t0 = performance.now();
  await replaceAll(ctx, 'events', events.map((e) => ({ id: e.id, doc: eventDoc(e) })));
  ctx.report({ op: 'events', count: events.length, ms: performance.now() - t0 });
}

export function getEvent(ctx: EsContext, id: string): Promise<CreditEvent | null> {
  return getById<CreditEvent>(ctx, 'events', id);
}

export async function* listEvents(ctx: EsContext, q: EventQuery = {}): AsyncGenerator<CreditEvent> {
  const filter: Query[] = [];
  if (q.cityCode !== undefined) filter.push({ term: { 'city.code': q.cityCode } });
  if (q.polarity !== undefined) filter.push({ term: { polarity: q.polarity } });
  if (q.sourceId !== undefined) filter.push({ term: { sites: q.sourceId } });
  if (q.from !== undefined) filter.push({ range: { lastSeenMs: { gte: instantMs(q.from) } } });
  if (q.to !== undefined) filter.push({ range: { firstSeenMs: { lt: instantMs(q.to) } } });
  yield* list<CreditEvent>(ctx, 'events', filter, [{ firstSeenMs: 'asc' }, { id: 'asc' }]);
}

/** (cityCode, sourceId, visitedAt as an instant) identifies a visit, so recording it again replaces it. */
export function cityAuditId(a: Pick<CityAudit, 'cityCode' | 'sourceId' | 'visitedAt'>): string {
  return createHash('sha256')
    .update(JSON.stringify([a.cityCode, a.sourceId, instantMs(a.visitedAt)]))
    .digest('hex')
    .slice(0, 24);
}

export async function addCityAudit(ctx: EsContext, a: CityAudit): Promise<void> {
  const t0 = performance.now();
  const id = cityAuditId(a);
  const doc = auditDoc(a, id);
  ctx.wrote('audits');
  await ctx.client.index({ index: ctx.names.alias('audits'), id, document: doc });
  ctx.report({ op: 'cityAudit', count: 1, ms: performance.now() - t0 });
}

export async function* listCityAudits(ctx: EsContext, q: string | CityAuditQuery = {}): AsyncGenerator<CityAudit> {
  const query = typeof q === 'string' ? { cityCode: q } : q;
  const filter: Query[] = [];
  if (query.cityCode !== undefined) filter.push({ term: { cityCode: query.cityCode } });
  if (query.sourceId !== undefined) filter.push({ term: { sourceId: query.sourceId } });
  filter.push(...range('visitedAtMs', query.from, query.to));
  yield* list<CityAudit>(ctx, 'audits', filter, [{ visitedAtMs: 'asc' }, { cityCode: 'asc' }, { sourceId: 'asc' }]);
}
