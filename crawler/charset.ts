// Charset detection and decoding for crawled bytes. Chinese sites mix GBK and UTF-8 (even within one
// site), and declarations lie: browser-saved pages keep `charset=gb2312` over UTF-8 bytes, and servers
// send `charset=utf-8` over GBK pages. A declaration is therefore checked against the bytes before it
// is trusted.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type CharsetOrigin = 'header' | 'meta' | 'bom' | 'sniff' | 'default';

export interface DecodedText {
  text: string;
  /** The charset actually used, normalised (`utf-8`, `gb18030`, `big5`, …). */
  charset: string;
  from: CharsetOrigin;
  /** Set when a declaration was overruled because the bytes contradicted it. */
  mismatch?: { declared: string; declaredIn: 'header' | 'meta' };
}

/** How many bytes of the document are searched for a `<meta>` declaration (the HTML spec prescans 1024; real CMS pages put it later). */
const META_PRESCAN_BYTES = 8192;
/** How many bytes are given to the statistical detector; more adds time, not accuracy. */
const SNIFF_BYTES = 65536;

const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'csgb2312', 'gb_2312-80', 'gb_2312', 'iso-ir-58', 'chinese', 'csiso58gb231280', 'hz-gb-2312']);
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);
const LATIN1_NAMES = new Set(['iso-8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'iso8859-1', 'cp1252', 'windows-1252']);

/**
 * Normalises a charset label to the decoder this module uses, or null when no decoder exists for it.
 * GBK and GB2312 are decoded as GB18030, their superset, so characters outside GB2312 survive.
 */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  if (UTF8_NAMES.has(l)) return 'utf-8';
  if (GB_FAMILY.has(l)) return 'gb18030';
  // WHATWG: latin1 and ascii labels mean windows-1252.
  if (LATIN1_NAMES.has(l)) return 'windows-1252';
  if (l === 'utf-16' || l === 'utf-16le') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  if (l === 'big5-hkscs' || l === 'big5' || l === 'cn-big5' || l === 'x-x-big5') return 'big5';
  return iconv.encodingExists(l) ? l : null;
}

/** The `charset` parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m ? m[2]! : null;
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first bytes. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, META_PRESCAN_BYTES));
  // Bounded by the prescan window and by the [^>] class, so this cannot backtrack badly.
  const metaRe = /<meta\b([^>]{0,1024})>/gi;
  for (let m = metaRe.exec(head); m; m = metaRe.exec(head)) {
    const attrs = m[1]!;
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(attrs);
    if (direct) return direct[1]!;
  }
  return null;
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

export interface Utf8Stats {
  /** Malformed sequences (a sequence cut by the end of the buffer does not count: pages get truncated). */
  invalid: number;
  /** Well-formed multi-byte characters. */
  multibyte: number;
}

/** One pass over the bytes, counting malformed and well-formed multi-byte UTF-8 sequences. */
export function utf8Stats(bytes: Uint8Array): Utf8Stats {
  let invalid = 0;
  let multibyte = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= n) {
      // The sequence runs past the end: a truncated body, not evidence against UTF-8.
      break;
    }
    let cp = b & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { invalid, multibyte };
}

/** Bytes that are UTF-8 with at most stray damage (a few bad bytes in a long page). */
function looksUtf8(s: Utf8Stats): boolean {
  return s.invalid === 0 || s.invalid * 50 <= s.multibyte;
}

/** Bytes that carry real UTF-8 text: well-formed multi-byte characters and (almost) no errors. GBK text is practically never this. */
function clearlyUtf8(s: Utf8Stats): boolean {
  return s.multibyte > 0 && looksUtf8(s);
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * Guess for bytes that are not UTF-8. These are Chinese sites, so GB18030 is the prior: it wins when the
 * bytes decode cleanly under it, unless the detector is surer of Big5. Otherwise the detector decides.
 */
function sniffCharset(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const matches = chardet.analyse(sample);
  const confidenceOf = (cs: string) => Math.max(0, ...matches.filter((m) => normalizeCharset(m.name) === cs).map((m) => m.confidence));
  const gbClean = !decodeWith(sample, 'gb18030').slice(0, -1).includes('\ufffd');
  if (gbClean && confidenceOf('big5') <= confidenceOf('gb18030')) return 'gb18030';
  for (const m of matches) {
    const cs = normalizeCharset(m.name);
    if (cs && cs !== 'utf-8' && !cs.startsWith('utf-16') && !cs.startsWith('utf-32')) return cs;
  }
  return 'gb18030';
}

function charsetFits(charset: string, stats: Utf8Stats): boolean {
  if (charset === 'utf-8') return looksUtf8(stats);
  // A legacy declaration over bytes that are clean multi-byte UTF-8 is a stale meta tag (browser saves, CMS templates).
  return !clearlyUtf8(stats);
}

/**
 * Decodes an HTML page: BOM, then the HTTP header, then `<meta>`, then sniffing. A declaration the bytes
 * contradict is overruled (UTF-8 bytes under a GBK label are read as UTF-8; non-UTF-8 bytes under a UTF-8
 * label are sniffed) and reported in `mismatch`.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedText {
  return decodeBytes(bytes, contentType, true);
}

/**
 * Decodes a JSON or JSONP body (no `<meta>` to read): BOM, then the header, then sniffing. GBK JSON
 * exists (深圳's 双公示 API), and is caught like a GBK page under a UTF-8 label.
 */
export function decodeJson(bytes: Uint8Array, contentType?: string | null): DecodedText {
  return decodeBytes(bytes, contentType, false);
}

function decodeBytes(bytes: Uint8Array, contentType: string | null | undefined, readMeta: boolean): DecodedText {
  const bom = bomCharset(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.charset), charset: bom.charset, from: 'bom' };

  const stats = utf8Stats(bytes);
  const declarations: { charset: string; label: string; in: 'header' | 'meta' }[] = [];
  const headerLabel = charsetFromContentType(contentType);
  const headerCs = normalizeCharset(headerLabel);
  if (headerCs && headerLabel) declarations.push({ charset: headerCs, label: headerLabel, in: 'header' });
  if (readMeta) {
    const metaLabel = charsetFromMeta(bytes);
    const metaCs = normalizeCharset(metaLabel);
    if (metaCs && metaLabel) declarations.push({ charset: metaCs, label: metaLabel, in: 'meta' });
  }

  const first = declarations[0];
  for (const d of declarations) {
    if (!charsetFits(d.charset, stats)) continue;
    const result: DecodedText = { text: decodeWith(bytes, d.charset), charset: d.charset, from: d.in };
    if (first && d !== first && first.charset !== d.charset) result.mismatch = { declared: first.label, declaredIn: first.in };
    return result;
  }

  const mismatch = first ? { declared: first.label, declaredIn: first.in } : undefined;
  if (looksUtf8(stats)) {
    const from: CharsetOrigin = stats.multibyte > 0 || mismatch ? 'sniff' : 'default';
    return withMismatch({ text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', from }, mismatch);
  }
  const cs = sniffCharset(bytes);
  return withMismatch({ text: decodeWith(bytes, cs), charset: cs, from: 'sniff' }, mismatch);
}

function withMismatch(r: DecodedText, mismatch: DecodedText['mismatch']): DecodedText {
  if (mismatch && normalizeCharset(mismatch.declared) !== r.charset) r.mismatch = mismatch;
  return r;
}
