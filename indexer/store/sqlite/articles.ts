// Articles: idempotent upserts keyed by canonical URL, the full-text index kept in step in the same
// transaction, analyses, and paged listing.
import type { ArticleAnalysis, ArticleInput, ArticleRecord } from '../../../core/types.js';
import { contentHash } from '../identity.js';
import { instantMs, optionalInstantMs } from '../time.js';
import { indexedText } from '../tokens.js';
import type { ArticleQuery, Store, UpsertStatus } from '../types.js';
import { assertArticleInputs } from '../validate.js';
import { PAGE_ROWS, paged, where, type SqliteContext } from './context.js';

interface ArticleRow {
  id: number;
  url: string;
  discovered_url: string | null;
  source_id: string;
  title: string;
  published_at: string | null;
  source: string | null;
  body: string;
  fetched_at: string;
  fetched_ms: number;
  first_fetched_at: string;
  content_hash: string;
  analysis: string | null;
}

function toArticleRecord(r: ArticleRow): ArticleRecord {
  const rec: ArticleRecord = {
    url: r.url,
    sourceId: r.source_id,
    title: r.title,
    publishedAt: r.published_at,
    source: r.source,
    body: r.body,
    fetchedAt: r.fetched_at,
    contentHash: r.content_hash,
    firstFetchedAt: r.first_fetched_at,
    analysis: r.analysis === null ? null : (JSON.parse(r.analysis) as ArticleAnalysis),
  };
  if (r.discovered_url !== null) rec.discoveredUrl = r.discovered_url;
  return rec;
}

/** An article row with its body and analysis (tables of their own, see migration 3). */
const SELECT_ARTICLE = `SELECT a.id, a.url, a.discovered_url, a.source_id, a.title, a.published_at, a.source, b.body, a.fetched_at,
    a.fetched_ms, a.first_fetched_at, a.content_hash, x.json AS analysis
  FROM articles a JOIN article_bodies b ON b.id = a.id LEFT JOIN article_analyses x ON x.id = a.id`;

type ArticleOps = Pick<Store, 'upsertArticles' | 'getArticle' | 'getArticles' | 'listArticles' | 'setAnalyses'>;

export function articleOps(ctx: SqliteContext): ArticleOps {
  const { db } = ctx;
  const existing = db.prepare<[string], { id: number; content_hash: string }>('SELECT id, content_hash FROM articles WHERE url = ?');
  const insert = db.prepare(
    `INSERT INTO articles (url, discovered_url, source_id, title, published_at, published_ms, source,
                           fetched_at, fetched_ms, first_fetched_at, content_hash)
     VALUES (@url, @discoveredUrl, @sourceId, @title, @publishedAt, @publishedMs, @source,
             @fetchedAt, @fetchedMs, @fetchedAt, @hash)`,
  );
  const update = db.prepare(
    `UPDATE articles SET discovered_url = coalesce(@discoveredUrl, discovered_url), source_id = @sourceId, title = @title,
       published_at = @publishedAt, published_ms = @publishedMs, source = @source,
       fetched_at = @fetchedAt, fetched_ms = @fetchedMs, content_hash = @hash,
       polarity = NULL, domain = NULL, sector = NULL, city_code = NULL, province_code = NULL, county_code = NULL, event_id = NULL
     WHERE id = @id`,
  );
  const putBody = db.prepare('INSERT INTO article_bodies (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body');
  const dropAnalysis = db.prepare('DELETE FROM article_analyses WHERE id = ?');
  const ftsInsert = db.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)');
  const ftsDelete = db.prepare('DELETE FROM articles_fts WHERE rowid = ?');
  const byUrl = db.prepare<[string], ArticleRow>(`${SELECT_ARTICLE} WHERE a.url = ?`);
  const byUrls = db.prepare<[string], ArticleRow>(`${SELECT_ARTICLE} WHERE a.url IN (SELECT value FROM json_each(?))`);
  const idOf = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE url = ?');
  const analyse = db.prepare(
    `UPDATE articles SET polarity = @polarity, domain = @domain, sector = @sector,
       city_code = @city, province_code = @province, county_code = @county, event_id = @eventId
     WHERE id = @id`,
  );
  const putAnalysis = db.prepare('INSERT INTO article_analyses (id, json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json');

  return {
    async upsertArticles(batch: ArticleInput[]): Promise<UpsertStatus[]> {
      assertArticleInputs(batch);
      const hashes = batch.map(contentHash);
      // Segmenting is the slow part: do it before taking the write lock, for the articles that the
      // store does not already hold with this content. Anything that changed meanwhile is segmented
      // inside the transaction instead.
      const segmented = batch.map((a, i) =>
        existing.get(a.url)?.content_hash === hashes[i] ? null : { title: indexedText(ctx.segmenter, a.title), body: indexedText(ctx.segmenter, a.body) },
      );
      const textOf = (i: number) => {
        const a = batch[i]!;
        return (segmented[i] ??= { title: indexedText(ctx.segmenter, a.title), body: indexedText(ctx.segmenter, a.body) });
      };
      return ctx.write(
        () =>
          batch.map((a, i): UpsertStatus => {
            const hash = hashes[i]!;
            const row = {
              url: a.url,
              discoveredUrl: a.discoveredUrl ?? null,
              sourceId: a.sourceId,
              title: a.title,
              publishedAt: a.publishedAt,
              publishedMs: optionalInstantMs(a.publishedAt),
              source: a.source,
              fetchedAt: a.fetchedAt,
              fetchedMs: instantMs(a.fetchedAt),
              hash,
            };
            const old = existing.get(a.url);
            if (!old) {
              const id = insert.run(row).lastInsertRowid;
              putBody.run(id, a.body);
              const t = textOf(i);
              ftsInsert.run(id, t.title, t.body);
              return 'created';
            }
            if (old.content_hash === hash) return 'unchanged';
            update.run({ ...row, id: old.id });
            putBody.run(old.id, a.body);
            dropAnalysis.run(old.id);
            const t = textOf(i);
            ftsDelete.run(old.id);
            ftsInsert.run(old.id, t.title, t.body);
            return 'updated';
          }),
        (statuses, ms) => ({
          op: 'articles',
          created: statuses.filter((s) => s === 'created').length,
          updated: statuses.filter((s) => s === 'updated').length,
          unchanged: statuses.filter((s) => s === 'unchanged').length,
          ms,
        }),
      );
    },

    async getArticle(url) {
      const r = byUrl.get(url);
      return r ? toArticleRecord(r) : null;
    },

    async getArticles(urls) {
      const found = new Map<string, ArticleRecord>();
      for (let i = 0; i < urls.length; i += PAGE_ROWS) {
        for (const r of byUrls.all(JSON.stringify(urls.slice(i, i + PAGE_ROWS)))) found.set(r.url, toArticleRecord(r));
      }
      return urls.map((u) => found.get(u) ?? null);
    },

    async *listArticles(q: ArticleQuery = {}) {
      const fromMs = q.fetchedFrom === undefined ? undefined : instantMs(q.fetchedFrom);
      const page = (after: [number, string] | null) => {
        const sql = `${SELECT_ARTICLE} ${where([
          q.sourceId !== undefined && 'a.source_id = @sourceId',
          fromMs !== undefined && 'a.fetched_ms >= @fromMs',
          q.analyzed === true && 'a.polarity IS NOT NULL',
          q.analyzed === false && 'a.polarity IS NULL',
          after !== null && '(a.fetched_ms, a.url) > (@afterMs, @afterUrl)',
        ])} ORDER BY a.fetched_ms, a.url LIMIT ${PAGE_ROWS}`;
        const params: Record<string, unknown> = {};
        if (q.sourceId !== undefined) params.sourceId = q.sourceId;
        if (fromMs !== undefined) params.fromMs = fromMs;
        if (after) [params.afterMs, params.afterUrl] = after;
        return ctx.statement(sql).all(params) as ArticleRow[];
      };
      for await (const r of paged(page, (r) => [r.fetched_ms, r.url] as [number, string])) yield toArticleRecord(r);
    },

    async setAnalyses(batch) {
      if (batch.length === 0) return 0;
      return ctx.write(
        () => {
          let set = 0;
          for (const { url, analysis: x } of batch) {
            const row = idOf.get(url);
            if (!row) continue;
            analyse.run({
              id: row.id,
              polarity: x.polarity,
              domain: x.domain,
              sector: x.sector,
              city: x.city?.code ?? null,
              province: x.province?.code ?? null,
              county: x.county?.code ?? null,
              eventId: x.eventId,
            });
            putAnalysis.run(row.id, JSON.stringify(x));
            set++;
          }
          return set;
        },
        (count, ms) => ({ op: 'analyses', count, ms }),
      );
    },
  };
}
