// Splits a byte stream into UTF-8 lines with a cap on line length, so one runaway line (a whole file
// without newlines) cannot exhaust memory: the overlong line is reported and skipped.

/** A line, an overlong line that was skipped, or the end of one input chunk (a moment to flush output). */
export type LineItem = { line: string; lineNo: number } | { tooLong: true; lineNo: number } | { chunkEnd: true };

export async function* linesOf(source: AsyncIterable<Uint8Array | string>, maxChars: number): AsyncGenerator<LineItem> {
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  let skipping = false;
  let lineNo = 0;
  const take = function* (chunk: string): Generator<LineItem> {
    let from = 0;
    for (let nl = chunk.indexOf('\n', from); nl >= 0; nl = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, nl);
      from = nl + 1;
      lineNo++;
      if (skipping || buffer.length + piece.length > maxChars) yield { tooLong: true, lineNo };
      else yield { line: (buffer + piece).replace(/\r$/u, ''), lineNo };
      buffer = '';
      skipping = false;
    }
    const rest = chunk.slice(from);
    if (skipping) return;
    if (buffer.length + rest.length > maxChars) {
      skipping = true;
      buffer = '';
    } else buffer += rest;
  };
  for await (const chunk of source) {
    yield* take(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    yield { chunkEnd: true };
  }
  yield* take(decoder.decode());
  if (skipping) yield { tooLong: true, lineNo: lineNo + 1 };
  else if (buffer.length > 0) yield { line: buffer.replace(/\r$/u, ''), lineNo: lineNo + 1 };
}
