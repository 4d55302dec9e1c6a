// Writes many documents through the client's bulk helper (batched by size, concurrent, retrying
// 429 rejections) and hands back every per-document failure: the bulk API answers 200 even when
// documents fail, so a caller that only awaits the helper would lose them silently.
import type { Client } from '@elastic/elasticsearch';

type HelperAction = ReturnType<Parameters<Client['helpers']['bulk']>[0]['onDocument']>;

export type BulkOp =
  | { action: 'index' | 'create'; index: string; id: string; doc: object; ifSeqNo?: number; ifPrimaryTerm?: number }
  | { action: 'update'; index: string; id: string; doc: object; retryOnConflict?: number }
  | { action: 'delete'; index: string; id: string };

export interface BulkFailure {
  op: BulkOp;
  status: number;
  type: string;
  reason: string;
}

export interface BulkTuning {
  /** Bytes per bulk request (default 5 MB, the helper's). */
  flushBytes?: number;
  /** Bulk requests in flight (default 2: the server and this process usually share a small machine). */
  concurrency?: number;
}

export class BulkWriteError extends Error {
  override name = 'BulkWriteError';
  constructor(readonly failures: BulkFailure[]) {
    const first = failures[0];
    super(
      `Elasticsearch rejected ${failures.length} document(s)` +
        (first ? `; first: ${first.op.action} ${first.op.id} in ${first.op.index}: ${first.status} ${first.type}: ${first.reason}` : ''),
    );
  }
}

/** Runs the operations and returns the failed ones (the caller decides which statuses it expects). */
export async function bulkWrite(client: Client, ops: Iterable<BulkOp> | AsyncIterable<BulkOp>, tuning: BulkTuning = {}): Promise<BulkFailure[]> {
  const failures: BulkFailure[] = [];
  // The helper passes each datasource item to onDocument and, for updates, sends the item itself as
  // the partial document; so the datasource is the documents and their operations are looked up here.
  const opOf = new WeakMap<object, BulkOp>();
  async function* documents(): AsyncGenerator<object> {
    for await (const op of ops) {
      const doc = op.action === 'delete' ? {} : op.doc;
      opOf.set(doc, op);
      yield doc;
    }
  }
  const byKey = new Map<string, BulkOp>();
  const key = (index: string | undefined, id: string | null | undefined) => `${index ?? ''}\u0000${id ?? ''}`;
  await client.helpers.bulk<object>({
    datasource: documents(),
    flushBytes: tuning.flushBytes ?? 5_000_000,
    concurrency: tuning.concurrency ?? 2,
    onDocument(doc): HelperAction {
      const op = opOf.get(doc);
      if (!op) throw new Error('bulk document without an operation');
      byKey.set(key(op.index, op.id), op);
      const meta = { _index: op.index, _id: op.id };
      switch (op.action) {
        case 'index':
        case 'create': {
          const cond = op.ifSeqNo !== undefined ? { if_seq_no: op.ifSeqNo, if_primary_term: op.ifPrimaryTerm } : {};
          return op.action === 'index' ? [{ index: { ...meta, ...cond } }, op.doc] : [{ create: { ...meta, ...cond } }, op.doc];
        }
        case 'update':
          return [{ update: { ...meta, ...(op.retryOnConflict !== undefined ? { retry_on_conflict: op.retryOnConflict } : {}) } }, {}];
        case 'delete':
          return { delete: meta };
      }
    },
    onDrop(d) {
      const action = Object.values(d.operation as unknown as Record<string, { _index?: string; _id?: string }>)[0];
      const op = byKey.get(key(action?._index, action?._id));
      if (!op) throw new Error(`bulk failure for an unknown document ${action?._id ?? ''}`);
      failures.push({ op, status: d.status, type: d.error?.type ?? (d.status === 429 ? 'too_many_requests' : 'unknown'), reason: d.error?.reason ?? '' });
    },
  });
  return failures;
}
