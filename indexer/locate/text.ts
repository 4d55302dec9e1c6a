// The parts of an article and how much a place named in each says about where the event happened:
// the headline most, then the first sentence, the rest of the lead, the start of the body.

export type Zone = 'title' | 'first-sentence' | 'lead' | 'body-start' | 'body';

export const ZONE_WEIGHT: Record<Zone, number> = { title: 3, 'first-sentence': 2, lead: 1.5, 'body-start': 1, body: 0.4 };

export interface Zoned {
  /** title, lead and body joined by newlines, with reporters' names blanked out. */
  text: string;
  /** Start offsets of the lead and of the body in text. */
  leadStart: number;
  bodyStart: number;
  /** End of the first sentence of the lead. */
  firstSentenceEnd: number;
  zoneAt(offset: number): Zone;
}

const TITLE_CHARS = 300;
const LEAD_CHARS = 1500;
const BODY_START_CHARS = 600;
const SENTENCE_END = /[。！？!?]/;

/**
 * Reporters' and editors' names (记者 王安宁, 通讯员 李南京) often contain place names. A name is blanked
 * only when something that ends a name follows it, so 记者从苏州市获悉 keeps its place.
 */
const BYLINE = /(记者|通讯员|实习生|见习记者|特约记者|责任编辑|责编|作者|摄影|撰稿)[\s:：]*((?:[\u4e00-\u9fff·]{2,4}(?=[\s、，,）)\]】/|]|报道|摄|$)[\s、，,]*){1,4})/gu;

export function blankBylines(text: string): string {
  return text.replace(BYLINE, (_m, role: string, names: string) => role + ' '.repeat(_m.length - role.length - names.length) + names.replace(/[^\s、，,]/gu, ' '));
}

/** When there is no lead, the body's first paragraph (up to a few sentences) stands in for it. */
function splitLead(body: string): [string, string] {
  const para = body.search(/\n\s*\n|\n/);
  const cut = para > 0 && para <= LEAD_CHARS ? para : Math.min(body.length, 200);
  return [body.slice(0, cut), body.slice(cut)];
}

export function zone(title: string, lead: string | undefined, body: string | undefined, bodyChars: number): Zoned {
  const t = title.slice(0, TITLE_CHARS);
  const [l, b] = lead !== undefined && lead.trim() !== '' ? [lead.slice(0, LEAD_CHARS), body ?? ''] : splitLead(body ?? '');
  const bodyPart = b.slice(0, bodyChars);
  const text = blankBylines(`${t}\n${l}\n${bodyPart}`);
  const leadStart = t.length + 1;
  const bodyStart = leadStart + l.length + 1;
  const firstEnd = l.search(SENTENCE_END);
  const firstSentenceEnd = leadStart + (firstEnd >= 0 ? firstEnd + 1 : l.length);
  return {
    text,
    leadStart,
    bodyStart,
    firstSentenceEnd,
    zoneAt: (o) =>
      o < leadStart ? 'title' : o < firstSentenceEnd ? 'first-sentence' : o < bodyStart ? 'lead' : o < bodyStart + BODY_START_CHARS ? 'body-start' : 'body',
  };
}

/** National agencies whose dateline 北京 is their seat, not where the event happened. */
const NATIONAL_AGENCIES = /^(新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|中国网|中国日报网|中国经济网|国际在线|中青在线|中国青年网|人民日报|经济日报|法治日报|工人日报|中国青年报|科技日报|央视新闻|总台央视记者)/;
const DATELINE = /((?:本报|本台|本网|本刊)?[\u4e00-\u9fff]{1,12}?)\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯|消息)/u;
const SOURCE_TAG = /^[\s　]*[【\[]([\u4e00-\u9fff]{2,12})[】\]]|据([\u4e00-\u9fff]{2,12}?)(?:报道|消息|微信公众号|官方微博)/u;

export interface Dateline {
  start: number;
  end: number;
  text: string;
  /** A national agency's dateline: its place is often just the agency's seat. */
  national: boolean;
}

/** The dateline of the lead (本报苏州11月20日电, 新华社南京11月20日电, 中新网杭州11月20日消息). */
export function findDateline(z: Zoned): Dateline | null {
  const head = z.text.slice(z.leadStart, Math.min(z.leadStart + 80, z.text.length));
  const m = DATELINE.exec(head);
  // A dateline opens the lead, after at most a bracketed tag (【XX】).
  if (!m || !/^[\s　]*(?:[【\[][^】\]]*[】\]])?[\s　]*$/u.test(head.slice(0, m.index))) return null;
  return { start: z.leadStart + m.index, end: z.leadStart + m.index + m[1]!.length, text: m[0], national: NATIONAL_AGENCIES.test(m[1]!) };
}

/** A named source: 【苏州日报】 at the start of the lead, or 据扬子晚报报道 anywhere in the lead. */
export function findSource(z: Zoned): { name: string; start: number; end: number } | null {
  const lead = z.text.slice(z.leadStart, z.bodyStart);
  const m = SOURCE_TAG.exec(lead);
  if (!m) return null;
  const name = m[1] ?? m[2]!;
  const start = z.leadStart + m.index + m[0].indexOf(name);
  return { name, start, end: start + name.length };
}
