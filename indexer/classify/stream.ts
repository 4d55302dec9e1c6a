// The JSON-lines protocol of `ccm classify`: one output line per input line, in order. A bad line
// (invalid JSON, no title) becomes {"id", "error"} and processing goes on. Output respects
// backpressure, so memory stays constant however long the input is.
import type { Writable } from 'node:stream';
import { z } from 'zod';
import type { CityMention, PlaceRef } from '../../core/types.js';
import { linesOf } from './lines.js';
import type { Classification, ClassifyInput } from './types.js';

export interface Location {
  city: PlaceRef | null;
  province: PlaceRef | null;
  county: PlaceRef | null;
  cities: CityMention[];
}

export interface ClassifyStreamOptions {
  classify(input: ClassifyInput): Classification;
  /** City attribution; without it the place fields are null and `cities` is empty. */
  locate?: (input: ClassifyInput) => Location;
  /** Longest accepted input line in characters (default 1 000 000). */
  maxLineChars?: number;
}

export interface StreamSummary {
  lines: number;
  classified: number;
  errors: number;
  /** The reader closed the pipe early (EPIPE, as with `| head`): processing stopped there. */
  readerGone: boolean;
}

/** Resolves when the sink can take more, or can take nothing ever again. */
function drained(sink: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      sink.off('drain', done);
      sink.off('close', done);
      sink.off('error', done);
      resolve();
    };
    sink.on('drain', done);
    sink.on('close', done);
    sink.on('error', done);
  });
}

const optionalText = z.string().nullish().transform((v) => v ?? undefined);
const inputSchema = z.object({
  id: z.union([z.string(), z.number()], { errorMap: () => ({ message: 'required, a string or a number' }) }),
  title: z.string({ invalid_type_error: 'must be a string (the headline)' }).refine((t) => t.trim().length > 0, 'title is empty'),
  lead: optionalText,
  body: optionalText,
  url: optionalText,
  publishedAt: optionalText,
});

type Id = string | number | null;

function idOf(value: unknown): Id {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

const NO_PLACE: Location = { city: null, province: null, county: null, cities: [] };

/** One input line → one output line (without the newline). Blank lines give null (they are skipped). */
export function classifyLine(line: string, opts: ClassifyStreamOptions): { out: string; ok: boolean } | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { out: JSON.stringify({ id: null, error: `invalid JSON: ${(e as Error).message}` }), ok: false };
  }
  const parsed = inputSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message === 'Required' ? 'missing' : i.message}`);
    return { out: JSON.stringify({ id: idOf(value), error: problems.join('; ') }), ok: false };
  }
  const { id, ...input } = parsed.data;
  const c = opts.classify(input);
  const place = opts.locate ? opts.locate(input) : NO_PLACE;
  return {
    out: JSON.stringify({
      id,
      polarity: c.polarity,
      domain: c.domain,
      sector: c.sector,
      confidence: c.confidence,
      evidence: c.evidence,
      city: place.city,
      province: place.province,
      county: place.county,
      cities: place.cities,
    }),
    ok: true,
  };
}

export async function classifyStream(
  source: AsyncIterable<Uint8Array | string>,
  sink: Writable,
  opts: ClassifyStreamOptions,
): Promise<StreamSummary> {
  const summary: StreamSummary = { lines: 0, classified: 0, errors: 0, readerGone: false };
  const maxChars = opts.maxLineChars ?? 1_000_000;
  let failure: NodeJS.ErrnoException | null = null;
  const onError = (e: NodeJS.ErrnoException) => {
    failure = e;
  };
  sink.on('error', onError);
  const write = async (text: string) => {
    if (!sink.write(text)) await drained(sink);
  };
  let pending = '';
  try {
    for await (const item of linesOf(source, maxChars)) {
      if (failure || sink.destroyed) break;
      // Answers to one input chunk go out together: few writes for bulk input, no waiting for an
      // interactive producer that sends a line and reads the answer.
      if ('chunkEnd' in item) {
        if (pending) await write(pending);
        pending = '';
        continue;
      }
      const result =
        'tooLong' in item
          ? { out: JSON.stringify({ id: null, error: `line ${item.lineNo} is longer than ${maxChars} characters` }), ok: false }
          : classifyLine(item.line, opts);
      if (!result) continue;
      summary.lines++;
      if (result.ok) summary.classified++;
      else summary.errors++;
      pending += `${result.out}\n`;
    }
    if (pending && !failure && !sink.destroyed) await write(pending);
  } finally {
    sink.off('error', onError);
  }
  const f = failure as NodeJS.ErrnoException | null;
  if (f && f.code !== 'EPIPE') throw f;
  summary.readerGone = f !== null || sink.destroyed;
  return summary;
}
