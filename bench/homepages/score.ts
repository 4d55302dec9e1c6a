// The homepage benchmark README's scoring rule (shared/benchmarks/homepages/README.md), ported from its
// Python reference.

export interface TruthItem {
  url: string;
  title: string;
  hidden?: boolean;
  other_titles?: string[];
}
export interface TruthRankingItem {
  list: string;
  rank: number;
  title: string;
  url: string | null;
  score: number | null;
}
export interface TruthRow {
  file: string;
  site: string;
  kind: 'homepage' | 'ranking';
  base_url?: string;
  items: (TruthItem & Partial<TruthRankingItem>)[];
}

export function normUrl(u: string): string {
  const p = new URL(u.trim());
  const path = p.pathname.endsWith('/') && p.pathname.length > 1 ? p.pathname.slice(0, -1) : p.pathname;
  const query = p.hostname.toLowerCase().endsWith('sohu.com') ? '' : p.search;
  return `http://${p.host.toLowerCase()}${path}${query}`;
}

export function normTitle(t: string | null | undefined): string {
  return (t ?? '').split(/\s+/u).filter(Boolean).join(' ');
}

export interface HomepageScore {
  truth: number;
  found: number;
  hits: number;
  recall: number | null;
  precision: number | null;
  titleExact: number | null;
  titleAny: number | null;
}

export function scoreHomepage(row: TruthRow, found: { url: string; title: string }[], includeHidden = true): HomepageScore {
  const items = row.items.filter((i) => includeHidden || !i.hidden);
  const T = new Map(items.map((i) => [normUrl(i.url), i]));
  const F = new Map<string, { url: string; title: string }>();
  for (const f of found) if (!F.has(normUrl(f.url))) F.set(normUrl(f.url), f);
  const hit = [...F.keys()].filter((u) => T.has(u));
  const exact = hit.filter((u) => normTitle(F.get(u)!.title) === normTitle(T.get(u)!.title)).length;
  const any = hit.filter((u) => [T.get(u)!.title, ...(T.get(u)!.other_titles ?? [])].map(normTitle).includes(normTitle(F.get(u)!.title))).length;
  return {
    truth: T.size,
    found: F.size,
    hits: hit.length,
    recall: T.size ? hit.length / T.size : null,
    precision: F.size ? hit.length / F.size : null,
    titleExact: hit.length ? exact / hit.length : null,
    titleAny: hit.length ? any / hit.length : null,
  };
}

export interface RankingScore {
  n: number;
  url: number;
  title: number;
  nScore: number;
  score: number;
  lists: number;
  listsCorrect: number;
}

export function scoreRanking(row: TruthRow, found: TruthRankingItem[]): RankingScore {
  const F = new Map(found.map((f) => [`${f.list}\u0000${f.rank}`, f]));
  const r: RankingScore = { n: 0, url: 0, title: 0, nScore: 0, score: 0, lists: 0, listsCorrect: 0 };
  const listOk = new Map<string, boolean>();
  for (const t of row.items as TruthRankingItem[]) {
    if (t.url === null) continue;
    const f = F.get(`${t.list}\u0000${t.rank}`);
    r.n++;
    const urlOk = !!f && !!f.url && normUrl(f.url) === normUrl(t.url);
    const titleOk = !!f && normTitle(f.title) === normTitle(t.title);
    if (urlOk) r.url++;
    if (titleOk) r.title++;
    if (t.score !== null && t.score !== undefined) {
      r.nScore++;
      if (f && f.score === t.score) r.score++;
    }
    listOk.set(t.list, (listOk.get(t.list) ?? true) && urlOk && titleOk);
  }
  r.lists = listOk.size;
  r.listsCorrect = [...listOk.values()].filter(Boolean).length;
  return r;
}
