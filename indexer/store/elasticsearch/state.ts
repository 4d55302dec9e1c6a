// Small key/value state (scheduler cursors and the like) in its own index. Reads are real-time gets;
// values are stored as JSON, so what comes back is what JSON.parse(JSON.stringify(value)) gives,
// exactly as in SQLite.
import { createHash } from 'node:crypto';
import type { EsContext } from './context.js';

/** Keys are free text and may be long; _id is limited to 512 bytes. */
export function stateId(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export async function getState<T>(ctx: EsContext, key: string): Promise<T | null> {
  const r = await ctx.client.get<{ key: string; value: T }>({ index: ctx.names.alias('state'), id: stateId(key) }, { ignore: [404] });
  return r.found && r._source ? r._source.value : null;
}

export async function setState(ctx: EsContext, key: string, value: unknown): Promise<void> {
  const t0 = performance.now();
  const index = ctx.names.alias('state');
  ctx.wrote('state');
  if (value === null) {
    await ctx.client.delete({ index, id: stateId(key) }, { ignore: [404] });
  } else {
    const json = JSON.stringify(value) as string | undefined;
    if (json === undefined) throw new TypeError(`state ${JSON.stringify(key)}: value is not JSON-serialisable`);
    await ctx.client.index({ index, id: stateId(key), document: { key, value: JSON.parse(json) as unknown } });
  }
  ctx.report({ op: 'state', count: 1, ms: performance.now() - t0 });
}
