import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../../../indexer/store/identity.js';
import { LATEST_VERSION, MIGRATIONS, migrate } from '../../../../indexer/store/sqlite/migrations.js';
import { openSqliteStore } from '../../../../indexer/store/sqlite/index.js';
import { all } from '../contract.js';
import { analysis, article } from '../fixtures.js';
import { charSegmenter } from './synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'ccm-sqlite-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite schema migrations', () => {
  it('numbers migrations 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('upgrades a version-1 store in place, keeping its articles, index, snapshots, frontier and state', async () => {
    const file = join(dir, 'v1.sqlite');
    const a = article({ url: 'https://old.example.cn/1.html', title: '苏州食品企业失信', body: '旧版本写入的正文。' });
    const old = new Database(file);
    expect(migrate(old, 1)).toBe(1);
    // What version 1 of the program wrote: its columns only, its index text.
    const { lastInsertRowid: id } = old
      .prepare(
        `INSERT INTO articles (url, source_id, title, published_at, published_ms, source, body, fetched_at, fetched_ms, first_fetched_at, content_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.url, a.sourceId, a.title, a.publishedAt, Date.parse(a.publishedAt!), a.source, a.body, a.fetchedAt, Date.parse(a.fetchedAt), a.fetchedAt, contentHash(a));
    old.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)').run(id, charSegmenter.indexText(a.title), charSegmenter.indexText(a.body));
    old.prepare(`INSERT INTO state (key, value) VALUES ('cursor', '{"at":"2026-11-20"}')`).run();
    old
      .prepare(
        `INSERT INTO frontier (url, source_id, discovered_at, discovered_ms, via, status, attempts, next_attempt_at, next_ms, last_error)
         VALUES ('https://old.example.cn/2.html', 'people', '2026-11-20T00:00:00.000Z', ?, 'homepage', 'pending', 0, '2026-11-20T00:00:00.000Z', ?, NULL)`,
      )
      .run(Date.parse('2026-11-20T00:00:00.000Z'), Date.parse('2026-11-20T00:00:00.000Z'));
    old.close();

    const store = await openSqliteStore({ file, segmenter: charSegmenter });
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    raw.close();
    expect(await store.getArticle(a.url)).toEqual({ ...a, contentHash: contentHash(a), firstFetchedAt: a.fetchedAt, analysis: null });
    expect((await store.search({ text: '失信' })).hits.map((h) => h.url)).toEqual([a.url]);
    expect(await store.getState('cursor')).toEqual({ at: '2026-11-20' });
    expect((await store.dueLinks('2026-11-21T00:00:00.000Z', 5)).map((l) => l.url)).toEqual(['https://old.example.cn/2.html']);
    // What version 2 added works on the upgraded file.
    expect(await store.setAnalyses([{ url: a.url, analysis: analysis() }])).toBe(1);
    expect((await store.search({ text: '失信', cityCode: '320500' })).total).toBe(1);
    expect(await store.upsertArticles([a])).toEqual(['unchanged']);
    await store.close();
  });

  it('moves bodies and analyses of a version-2 store out of the article rows, keeping them', async () => {
    const file = join(dir, 'v2.sqlite');
    const a = article({ url: 'https://old.example.cn/v2.html', title: '无锡化工厂偷排污水', body: '无锡市生态环境局立案调查。' });
    const b = article({ url: 'https://old.example.cn/v2b.html', title: '南京发布信用方案', body: '方案全文。', publishedAt: null });
    const x = analysis({ city: { code: '320200', name: '无锡市' } });
    const old = new Database(file);
    expect(migrate(old, 2)).toBe(2);
    const insert = old.prepare(
      `INSERT INTO articles (url, source_id, title, published_at, published_ms, source, body, fetched_at, fetched_ms, first_fetched_at, content_hash,
                             analysis, polarity, domain, sector, city_code, province_code, event_id)
       VALUES (@url, @sourceId, @title, @publishedAt, @publishedMs, @source, @body, @fetchedAt, @fetchedMs, @fetchedAt, @hash,
               @analysis, @polarity, @domain, @sector, @city, @province, @eventId)`,
    );
    const fts = old.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)');
    for (const [art, an] of [[a, x], [b, null]] as const) {
      const { lastInsertRowid } = insert.run({
        ...art,
        publishedMs: art.publishedAt === null ? null : Date.parse(art.publishedAt),
        fetchedMs: Date.parse(art.fetchedAt),
        hash: contentHash(art),
        analysis: an === null ? null : JSON.stringify(an),
        polarity: an?.polarity ?? null,
        domain: an?.domain ?? null,
        sector: an?.sector ?? null,
        city: an?.city?.code ?? null,
        province: an?.province?.code ?? null,
        eventId: an?.eventId ?? null,
      });
      fts.run(lastInsertRowid, charSegmenter.indexText(art.title), charSegmenter.indexText(art.body));
    }
    old.close();

    const store = await openSqliteStore({ file, segmenter: charSegmenter });
    expect(await store.getArticle(a.url)).toEqual({ ...a, contentHash: contentHash(a), firstFetchedAt: a.fetchedAt, analysis: x });
    expect((await store.getArticle(b.url))?.analysis).toBeNull();
    expect(await store.counts()).toMatchObject({ articles: 2, analyzed: 1 });
    expect((await store.search({ text: '调查', cityCode: '320200' })).hits.map((h) => [h.url, h.highlights])).toEqual([[a.url, ['无锡市生态环境局立案<em>调查</em>。']]]);
    expect((await all(store.listArticles({ analyzed: false }))).map((r) => r.url)).toEqual([b.url]);
    await store.close();
    const raw = new Database(file, { readonly: true });
    const columns = (raw.prepare('PRAGMA table_info(articles)').all() as { name: string }[]).map((c) => c.name);
    raw.close();
    expect(columns).not.toContain('body');
    expect(columns).not.toContain('analysis');
  });

  it('opening an up-to-date store again changes nothing', async () => {
    const file = join(dir, 'twice.sqlite');
    await (await openSqliteStore({ file })).close();
    const db = new Database(file);
    const schema = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all();
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all()).toEqual(schema);
    db.close();
  });

  it('refuses a store written by a newer version, naming the versions', async () => {
    const file = join(dir, 'future.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    await expect(openSqliteStore({ file })).rejects.toThrow(`schema version ${LATEST_VERSION + 1}, newer than this program knows (${LATEST_VERSION})`);
  });
});
