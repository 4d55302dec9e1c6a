// Incremental single-pass clustering of analysed articles into events (one happening in one city),
// in the manner of topic detection and tracking: each article is compared with the events still
// open around its time. A reprint of a member joins at once; otherwise the most similar event of
// the same city joins if similar enough; else the article opens a new event.
//
// Similarity is a cosine over tf·idf term vectors where the idf is also taken over the events open
// right now: words every story of a kind uses (罚款, 执法人员, 拖欠工资) weigh little, while the
// names, amounts and products that only one happening's reports share weigh most. That is what
// keeps two fines of two restaurants in one city apart while a site's rewrite of either joins it.
//
// The result depends only on the articles and their order: the same input order always gives the
// same events and ids, and restoring stored events then adding more gives the same result as adding
// everything in one run.
import { createHash } from 'node:crypto';
import type { CreditDomain, PlaceRef, Polarity, Sector } from '../../core/types.js';
import { createMinHashIndex, DEFAULT_LSH } from '../dedup/minhash.js';
import type { TermWeighting } from '../dedup/terms.js';
import { articleFeatures, overlap, type ArticleFeatures } from './features.js';
import type { Assignment, ClusterArticle, ClusteredEvent } from './types.js';

export interface ClustererOptions {
  weighting: TermWeighting;
  /** Gazetteer names, left out of content comparisons. */
  placeNames: ReadonlySet<string>;
  /** An event takes new articles until this long after its latest one (hours). Default 72. */
  windowHours?: number;
  /** How far back a response looks for the breach it answers (days). Default 60. */
  responseWindowDays?: number;
  /**
   * Least estimated Jaccard similarity of body shingles that makes two articles reprints of each
   * other. Default 0.75: on the replica, wire reprints score 0.7–1 (nearly all ≥ 0.8), different
   * stories built from one template up to 0.6.
   */
  reprintSimilarity?: number;
  /** Least similarity (0–1) for an article to join a same-city event. Default 0.2. */
  joinThreshold?: number;
  /**
   * Least similarity for an article without a city to join another such event. Higher, since the
   * city no longer narrows the candidates: national and foreign items of one kind read alike. Default 0.5.
   */
  noCityJoinThreshold?: number;
  /** How fast a term's weight falls with the number of other open events using it: 1 / (1 + d·others). Default 0.1. */
  sharedTermDiscount?: number;
  /** Share of the similarity given to headline overlap, the rest to body terms. Default 0.2. */
  titleWeight?: number;
  /**
   * Least similarity for a breach report to join an event holding responses, or a response one holding
   * breaches: a government's answer is its own event, linked to the breach, but a report the classifier
   * read the other way is still the same happening when it is this alike and this early (see
   * crossPolarityHours). Default 0.3.
   */
  crossPolarityThreshold?: number;
  /** Such a join only within this many hours of the event's first report; answers come later. Default 12. */
  crossPolarityHours?: number;
  /** Subtracted when both name amounts or counts and none agree: two happenings of one kind. Default 0.3. */
  factConflictPenalty?: number;
  /** Added, times the share of agreeing numbers, when both name amounts or counts. Default 0.1. */
  factAgreementBonus?: number;
  /** Least similarity for a response to be linked to an earlier breach. Default 0.1. */
  responseLinkThreshold?: number;
  /** Called for every article placed, for logs and explanations. */
  onAssign?: (a: Assignment) => void;
}

export interface Clusterer {
  /** Place one article; articles should come in time order. */
  add(article: ClusterArticle): Assignment;
  /** Load an event stored earlier with its members, exactly as if its articles had been added. */
  restore(event: Pick<ClusteredEvent, 'id' | 'title' | 'respondsTo'>, members: readonly ClusterArticle[]): void;
  /** The event an article belongs to, if it has been placed. */
  eventOf(url: string): string | null;
  get(id: string): ClusteredEvent | null;
  /** Events changed since the last call (created, grown or relinked), in creation order. */
  drainChanged(): ClusteredEvent[];
}

interface Member {
  url: string;
  sourceId: string;
  time: string;
  timeMs: number;
  polarity: Polarity;
  domain: CreditDomain | null;
  sector: Sector | null;
}

interface EventState {
  id: string;
  seq: number;
  title: string;
  city: PlaceRef | null;
  members: Member[];
  /** Sum of the members' unit term vectors; its keys are the event's terms. */
  centroid: Map<string, number>;
  centroidNorm: number;
  titleGrams: Set<string>;
  numbers: Set<string>;
  firstMs: number;
  lastMs: number;
  polarity: Polarity;
  respondsTo: string | null;
  open: boolean;
}

const HOUR = 3600_000;
/**
 * An article is compared with the events holding one of its this many heaviest terms (names,
 * amounts, rare words): an event sharing none of them cannot come close, and scoring every open
 * event of a city (or of the large no-city group) would dominate the time per article.
 */
const CANDIDATE_TERMS = 12;
/** Reprints copy the wire text, which an event's first reports already hold: later members need not be indexed. */
const REPRINT_SIGNATURES_PER_EVENT = 3;
/** Polarity of a mixed event by votes; on a tie the stronger claim wins (a breach outranks a policy note). */
const POLARITY_RANK: Polarity[] = ['breach', 'response', 'integrity', 'implementation', 'policy', 'irrelevant'];

/**
 * Tie-break between equally good events: the older, then the smaller id. Both are properties of the
 * events themselves, so the choice is the same whether they were built here or restored.
 */
function earlier(a: EventState, b: EventState): boolean {
  return a.firstMs < b.firstMs || (a.firstMs === b.firstMs && a.id < b.id);
}

export function eventIdFor(firstUrl: string): string {
  return 'ev-' + createHash('sha1').update(firstUrl).digest('hex').slice(0, 16);
}

export function createClusterer(options: ClustererOptions): Clusterer {
  const o = {
    windowHours: 72,
    responseWindowDays: 60,
    reprintSimilarity: DEFAULT_LSH.threshold,
    joinThreshold: 0.2,
    noCityJoinThreshold: 0.5,
    titleWeight: 0.2,
    sharedTermDiscount: 0.1,
    crossPolarityThreshold: 0.3,
    crossPolarityHours: 12,
    factConflictPenalty: 0.3,
    factAgreementBonus: 0.1,
    responseLinkThreshold: 0.1,
    ...options,
  };
  const windowMs = o.windowHours * HOUR;
  const responseWindowMs = o.responseWindowDays * 24 * HOUR;
  const crossPolarityMs = o.crossPolarityHours * HOUR;
  const featureOpts = { weighting: o.weighting, placeNames: o.placeNames, minSignatureChars: 80, titleBoost: 2 };

  const events = new Map<string, EventState>();
  const urlToEvent = new Map<string, string>();
  /** Open events by city code ('' for no city). */
  const openByCity = new Map<string, Set<string>>();
  /** Open events by the hour of their latest article, so closing them needs no full scan. */
  const openByHour = new Map<number, Set<string>>();
  let oldestHour = Infinity;
  /** In how many open events each term occurs. */
  const df = new Map<string, number>();
  /** Open events by term: an article is only scored against events sharing one of its most telling terms. */
  const postings = new Map<string, Set<string>>();
  /** Closed breach events, kept only as targets for responses. */
  const breachArchive = new Map<string, Set<string>>();
  const signatures = createMinHashIndex<string>({ ...DEFAULT_LSH, threshold: o.reprintSimilarity });
  const changed = new Set<string>();
  /** Changed events that closed before anyone drained them. */
  const retired = new Map<string, { seq: number; event: ClusteredEvent }>();
  let seq = 0;
  /** Latest article time seen: what counts as "now" for opening and closing events. */
  let highWaterMs = -Infinity;
  let archiveSweptAtMs = -Infinity;

  const cityKey = (c: PlaceRef | null) => c?.code ?? '';
  const hourOf = (ms: number) => Math.floor(ms / HOUR);
  const addTo = <K>(m: Map<K, Set<string>>, k: K, id: string) => {
    const s = m.get(k) ?? new Set<string>();
    s.add(id);
    m.set(k, s);
  };
  const isLinkable = (e: EventState) => e.lastMs >= highWaterMs - responseWindowMs;

  /** Close every event whose latest article is older than the window, exactly when that happens. */
  function closeExpired(): void {
    const cutoff = highWaterMs - windowMs;
    const cutoffHour = hourOf(cutoff);
    if (oldestHour > cutoffHour) return;
    // Buckets below the cutoff's hour close whole; only the cutoff's own hour needs checking.
    for (let h = oldestHour; h <= cutoffHour; h++) {
      const ids = openByHour.get(h);
      if (!ids) continue;
      for (const id of ids) {
        const e = events.get(id)!;
        if (e.lastMs < cutoff) close(e);
      }
      if (ids.size === 0) openByHour.delete(h);
    }
    oldestHour = openByHour.has(cutoffHour) ? cutoffHour : cutoffHour + 1;
    if (highWaterMs - archiveSweptAtMs >= HOUR) sweepArchive();
  }

  function close(e: EventState): void {
    e.open = false;
    openByHour.get(hourOf(e.lastMs))?.delete(e.id);
    openByCity.get(cityKey(e.city))?.delete(e.id);
    for (const m of e.members) signatures.remove(m.url);
    for (const t of e.centroid.keys()) {
      const n = df.get(t)! - 1;
      if (n === 0) df.delete(t);
      else df.set(t, n);
      const p = postings.get(t)!;
      p.delete(e.id);
      if (p.size === 0) postings.delete(t);
    }
    if (e.polarity === 'breach') addTo(breachArchive, cityKey(e.city), e.id);
    else forget(e);
  }

  // Archived breaches are filtered by isLinkable wherever they are used, so how often this sweep
  // runs changes memory use, never results.
  function sweepArchive(): void {
    archiveSweptAtMs = highWaterMs;
    for (const ids of breachArchive.values()) {
      for (const id of ids) {
        const e = events.get(id)!;
        if (isLinkable(e)) continue;
        ids.delete(id);
        forget(e);
      }
    }
  }

  function forget(e: EventState): void {
    if (changed.has(e.id)) {
      retired.set(e.id, { seq: e.seq, event: snapshot(e) });
    }
    events.delete(e.id);
    for (const m of e.members) urlToEvent.delete(m.url);
  }

  /**
   * How much a shared term counts: fully when no other open event uses it, less the more others do,
   * so the wording every story of a kind uses stops looking like evidence of the same happening.
   */
  const distinctiveness = (t: string) => 1 / (1 + o.sharedTermDiscount * ((df.get(t) ?? 1) - 1));

  /** Cosine of a unit vector with an event's centroid, each shared term discounted by how common it is. */
  function contentSimilarity(a: ReadonlyMap<string, number>, e: EventState): number {
    let dot = 0;
    for (const [t, w] of a) {
      const c = e.centroid.get(t);
      if (c === undefined) continue;
      const d = distinctiveness(t);
      dot += w * c * d * d;
    }
    return dot / e.centroidNorm;
  }

  const timeCompatible = (e: EventState, t: number) => e.open && t >= e.firstMs - windowMs && t <= e.lastMs + windowMs;

  /** Whether a breach and a response would meet in one event (allowed only above crossPolarityThreshold). */
  function polarityCompatible(e: EventState, p: Polarity): boolean {
    if (p === 'response') return !e.members.some((m) => m.polarity === 'breach');
    if (p === 'breach') return !e.members.some((m) => m.polarity === 'response');
    return true;
  }

  const cityCompatible = (e: EventState, c: PlaceRef | null) => !e.city || !c || e.city.code === c.code;

  function findEvent(a: ClusterArticle, f: ArticleFeatures): { id: string; reason: 'near-duplicate' | 'similar'; score: number } | null {
    if (f.signature) {
      const reprinted = signatures
        .near(f.signature)
        .map((m) => ({ ...m, e: events.get(urlToEvent.get(m.key)!)! }))
        .sort((x, y) => y.similarity - x.similarity || (earlier(x.e, y.e) ? -1 : earlier(y.e, x.e) ? 1 : x.key < y.key ? -1 : 1));
      for (const m of reprinted) {
        const e = m.e;
        const facts = overlap(f.numbers, e.numbers);
        const numbersAgree = f.numbers.size === 0 || e.numbers.size === 0 || facts >= 0.5;
        // A reprint is the same story whatever the classifier made of this copy: no polarity check here.
        if (timeCompatible(e, f.timeMs) && cityCompatible(e, a.city) && numbersAgree) {
          return { id: e.id, reason: 'near-duplicate', score: m.similarity };
        }
      }
    }
    let best: { e: EventState; score: number } | null = null;
    const threshold = a.city ? o.joinThreshold : o.noCityJoinThreshold;
    const bucket = openByCity.get(cityKey(a.city));
    const candidates = new Set<string>();
    for (const t of topTerms(f.vector, CANDIDATE_TERMS)) {
      for (const id of postings.get(t) ?? []) if (bucket?.has(id)) candidates.add(id);
    }
    for (const id of candidates) {
      const e = events.get(id)!;
      if (!timeCompatible(e, f.timeMs)) continue;
      const facts = f.numbers.size > 0 && e.numbers.size > 0 ? overlap(f.numbers, e.numbers) : null;
      const score =
        (1 - o.titleWeight) * contentSimilarity(f.vector, e) +
        o.titleWeight * overlap(f.titleGrams, e.titleGrams) +
        (facts === null ? 0 : facts === 0 ? -o.factConflictPenalty : o.factAgreementBonus * facts);
      const crossing = !polarityCompatible(e, a.polarity);
      if (crossing && f.timeMs > e.firstMs + crossPolarityMs) continue;
      const needed = crossing ? Math.max(threshold, o.crossPolarityThreshold) : threshold;
      if (score >= needed && (!best || score > best.score || (score === best.score && earlier(e, best.e)))) best = { e, score };
    }
    return best && { id: best.e.id, reason: 'similar', score: best.score };
  }

  function open(id: string, title: string, a: ClusterArticle, f: ArticleFeatures): EventState {
    const e: EventState = {
      id,
      seq: seq++,
      title,
      city: a.city,
      members: [],
      centroid: new Map(),
      centroidNorm: 1,
      titleGrams: new Set(),
      numbers: new Set(),
      firstMs: f.timeMs,
      lastMs: f.timeMs,
      polarity: a.polarity,
      respondsTo: null,
      open: true,
    };
    events.set(id, e);
    addTo(openByCity, cityKey(a.city), id);
    addTo(openByHour, hourOf(f.timeMs), id);
    oldestHour = Math.min(oldestHour, hourOf(f.timeMs));
    return e;
  }

  function join(e: EventState, a: ClusterArticle, f: ArticleFeatures): void {
    e.members.push({ url: a.url, sourceId: a.sourceId, time: a.time, timeMs: f.timeMs, polarity: a.polarity, domain: a.domain, sector: a.sector });
    for (const [t, w] of f.vector) {
      const c = e.centroid.get(t);
      if (c === undefined) {
        df.set(t, (df.get(t) ?? 0) + 1);
        addTo(postings, t, e.id);
      }
      e.centroid.set(t, (c ?? 0) + w);
    }
    e.centroidNorm = norm(e.centroid);
    for (const g of f.titleGrams) e.titleGrams.add(g);
    for (const n of f.numbers) e.numbers.add(n);
    if (!e.city && a.city) {
      openByCity.get('')?.delete(e.id);
      e.city = a.city;
      addTo(openByCity, a.city.code, e.id);
    }
    e.firstMs = Math.min(e.firstMs, f.timeMs);
    if (f.timeMs > e.lastMs) {
      openByHour.get(hourOf(e.lastMs))?.delete(e.id);
      e.lastMs = f.timeMs;
      addTo(openByHour, hourOf(e.lastMs), e.id);
    }
    e.polarity = vote(e.members.map((m) => m.polarity), POLARITY_RANK) ?? 'irrelevant';
    urlToEvent.set(a.url, e.id);
    if (f.signature && e.members.length <= REPRINT_SIGNATURES_PER_EVENT) signatures.add(a.url, f.signature);
    changed.add(e.id);
  }

  function linkResponse(e: EventState): string | null {
    if (e.polarity !== 'response' || !e.city) return null;
    let best: { e: EventState; score: number } | null = null;
    const sector = vote(e.members.map((m) => m.sector), null);
    const eUnit = scaled(e.centroid, 1 / e.centroidNorm);
    for (const id of [...(openByCity.get(e.city.code) ?? []), ...(breachArchive.get(e.city.code) ?? [])]) {
      const b = events.get(id)!;
      if (b.polarity !== 'breach' || !isLinkable(b) || b.firstMs > e.firstMs || b.firstMs < e.firstMs - responseWindowMs) continue;
      const score = contentSimilarity(eUnit, b) + (sector && vote(b.members.map((m) => m.sector), null) === sector ? 0.15 : 0);
      if (score >= o.responseLinkThreshold && (!best || score > best.score || (score === best.score && earlier(b, best.e)))) best = { e: b, score };
    }
    return best?.e.id ?? null;
  }

  function place(a: ClusterArticle, f: ArticleFeatures, into: EventState): void {
    join(into, a, f);
    highWaterMs = Math.max(highWaterMs, f.timeMs);
    closeExpired();
    into.respondsTo = linkResponse(into);
  }

  function snapshot(e: EventState): ClusteredEvent {
    let first = e.members[0]!;
    let last = first;
    for (const m of e.members) {
      if (m.timeMs < first.timeMs) first = m;
      if (m.timeMs > last.timeMs) last = m;
    }
    return {
      id: e.id,
      city: e.city,
      polarity: e.polarity,
      domain: vote(e.members.map((m) => m.domain), null),
      sector: vote(e.members.map((m) => m.sector), null),
      title: e.title,
      articleUrls: e.members.map((m) => m.url),
      sites: [...new Set(e.members.map((m) => m.sourceId))].sort(),
      firstSeen: first.time,
      lastSeen: last.time,
      respondsTo: e.respondsTo,
    };
  }

  function report(a: Assignment): Assignment {
    o.onAssign?.(a);
    return a;
  }

  return {
    add(a) {
      const known = urlToEvent.get(a.url);
      if (known) return report({ url: a.url, eventId: known, reason: 'member', score: 1 });
      const f = articleFeatures(a, featureOpts);
      if (f.timeMs > highWaterMs) {
        highWaterMs = f.timeMs;
        closeExpired();
      }
      const found = findEvent(a, f);
      const e = found ? events.get(found.id)! : open(eventIdFor(a.url), a.title, a, f);
      place(a, f, e);
      return report({ url: a.url, eventId: e.id, reason: found?.reason ?? 'new', score: found?.score ?? 0 });
    },
    restore(stored, members) {
      for (const m of members) {
        if (urlToEvent.has(m.url)) continue;
        const f = articleFeatures(m, featureOpts);
        const e = events.get(stored.id) ?? open(stored.id, stored.title, m, f);
        place(m, f, e);
        e.respondsTo = stored.respondsTo;
        changed.delete(e.id);
      }
    },
    eventOf: (url) => urlToEvent.get(url) ?? null,
    get(id) {
      const e = events.get(id);
      return e ? snapshot(e) : null;
    },
    drainChanged() {
      const out = [...changed]
        .map((id) => {
          const e = events.get(id);
          return e ? { seq: e.seq, event: snapshot(e) } : retired.get(id)!;
        })
        .sort((a, b) => a.seq - b.seq)
        .map((x) => x.event);
      changed.clear();
      retired.clear();
      return out;
    },
  };
}

/** The k heaviest terms of a vector (ties by term, so the choice never depends on insertion order). */
function topTerms(v: ReadonlyMap<string, number>, k: number): string[] {
  return [...v]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, k)
    .map(([t]) => t);
}

function norm(v: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s) || 1;
}

function scaled(v: ReadonlyMap<string, number>, k: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, w] of v) out.set(t, w * k);
  return out;
}

/** The most frequent non-null value; ties go to the better rank, else to the earliest. */
function vote<T>(values: readonly (T | null)[], rank: readonly T[] | null): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestN = 0;
  for (const [v, n] of counts) {
    const better = n > bestN || (n === bestN && rank !== null && best !== null && rank.indexOf(v) < rank.indexOf(best));
    if (better) {
      best = v;
      bestN = n;
    }
  }
  return best;
}
