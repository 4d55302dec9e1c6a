import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../indexer/classify/index.js';
import { linesOf } from '../../../indexer/classify/lines.js';
import { classifyStream } from '../../../indexer/classify/stream.js';

const classifier = createClassifier();

async function* chunks(...parts: (string | Uint8Array)[]) {
  for (const p of parts) yield p;
}

async function collect(parts: (string | Uint8Array)[], maxChars = 100) {
  const out = [];
  for await (const item of linesOf(chunks(...parts), maxChars)) if (!('chunkEnd' in item)) out.push(item);
  return out;
}

describe('linesOf', () => {
  it('joins lines split across chunks, also inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode('失信\n守信');
    expect(await collect([bytes.slice(0, 4), bytes.slice(4)])).toEqual([
      { line: '失信', lineNo: 1 },
      { line: '守信', lineNo: 2 },
    ]);
  });

  it('reports an overlong line and goes on with the next one', async () => {
    expect(await collect(['x'.repeat(60), 'x'.repeat(60), '\nshort\r\n'], 100)).toEqual([
      { tooLong: true, lineNo: 1 },
      { line: 'short', lineNo: 2 },
    ]);
  });
});

async function run(input: string, locate?: Parameters<typeof classifyStream>[2]['locate']) {
  let text = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  const summary = await classifyStream(chunks(input), sink, { classify: (i) => classifier.classify(i), locate });
  return { summary, lines: text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('classifyStream', () => {
  it('answers every line in order; bad lines become error lines and processing continues', async () => {
    const input = [
      JSON.stringify({ id: 'a', title: '企业偷排废水被罚' }),
      '{oops',
      JSON.stringify({ id: 'b' }),
      '',
      JSON.stringify({ id: 7, title: '冷空气来袭', lead: null }),
    ].join('\n');
    const { summary, lines } = await run(input);
    expect(summary).toEqual({ lines: 4, classified: 2, errors: 2, readerGone: false });
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 7]);
    expect(lines[0]).toMatchObject({ polarity: 'breach', domain: 'business', sector: 'environment', city: null, cities: [] });
    expect(Object.keys(lines[0] ?? {})).toEqual(['id', 'polarity', 'domain', 'sector', 'confidence', 'evidence', 'city', 'province', 'county', 'cities']);
    expect(lines[1]?.error).toMatch(/^invalid JSON/);
    expect(lines[2]).toEqual({ id: 'b', error: 'title: missing' });
    expect(lines[3]).toMatchObject({ id: 7, polarity: 'irrelevant', domain: null });
  });

  it('passes the place fields of the locator through', async () => {
    const place = { code: '320500', name: '苏州市' };
    const { lines } = await run(JSON.stringify({ id: 1, title: '苏州一企业偷排被罚' }), () => ({
      city: place,
      province: { code: '320000', name: '江苏省' },
      county: null,
      cities: [{ ...place, role: 'primary', matched: ['苏州'] }],
    }));
    expect(lines[0]).toMatchObject({ city: place, province: { code: '320000' }, county: null, cities: [{ code: '320500', role: 'primary' }] });
  });

  it('waits for a slow reader instead of buffering everything (backpressure)', async () => {
    const sink = new PassThrough({ highWaterMark: 1024 });
    const input = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, title: '企业偷排废水被罚' })).join('\n');
    let maxBuffered = 0;
    const reading = (async () => {
      let n = 0;
      for await (const chunk of sink) {
        maxBuffered = Math.max(maxBuffered, sink.writableLength);
        n += String(chunk).split('\n').length - 1;
        await new Promise((r) => setImmediate(r));
      }
      return n;
    })();
    const lines = input.split('\n').map((l) => `${l}\n`);
    await classifyStream(chunks(...lines), sink, { classify: (i) => classifier.classify(i) });
    sink.end();
    expect(await reading).toBe(2000);
    expect(maxBuffered).toBeLessThan(64 * 1024);
  });
});
