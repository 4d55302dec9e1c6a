// The Elasticsearch store against a real server at ES_URL (default http://127.0.0.1:9200; CI starts
// one with `.ci/elasticsearch.sh start`). Every store gets its own index prefix, deleted after its
// test. Without a server every test here fails, saying how to start one: these tests are never skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@elastic/elasticsearch';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultSegmenter } from '../../../indexer/segment/index.js';
import {
  BulkWriteError,
  DEFAULT_ES_URL,
  ElasticsearchUnavailableError,
  dropSchema,
  openElasticsearchStore,
  type ElasticsearchStore,
  type ElasticsearchStoreOptions,
  type MigrationReport,
} from '../../../indexer/store/elasticsearch/index.js';
import { bulkWrite } from '../../../indexer/store/elasticsearch/bulk.js';
import { resolveConnection } from '../../../indexer/store/elasticsearch/connection.js';
import { importIntoElasticsearch, isEmpty } from '../../../indexer/store/elasticsearch/import.js';
import { sqliteImportSource } from '../../../indexer/store/elasticsearch/sqlite-source.js';
import { sqliteFile } from '../../../indexer/store/index.js';
import { openSqliteStore } from '../../../indexer/store/sqlite/index.js';
import { INDEX_KINDS, indexNames, urlId, type IndexNames } from '../../../indexer/store/elasticsearch/indices.js';
import { instantMs } from '../../../indexer/store/time.js';
import { searchTokens } from '../../../indexer/store/tokens.js';
import type { StoreWrite } from '../../../indexer/store/types.js';
import { all, describeStoreContract } from './contract.js';
import { analysis, article, cityAudit, citySource, corpus, creditEvent, homepage, nationalSource, ranking } from './fixtures.js';

const ES_URL = process.env.ES_URL ?? DEFAULT_ES_URL;
const HOW_TO_START = `Elasticsearch is not reachable at ${ES_URL}. Start it with \`.ci/elasticsearch.sh start\` (or set ES_URL to a running 8.x server).`;

const admin = new Client({ node: ES_URL });
const run = `ccmtest-${process.pid.toString(36)}-${Date.now().toString(36)}`;
let opened = 0;
/** Prefixes used by the current test, dropped after it. */
const used: IndexNames[] = [];
/** Drops run in the background (creating and deleting indices is most of these tests' time); awaited at the end. */
const drops: Promise<void>[] = [];

function settings(prefix: string) {
  return { store: { kind: 'elasticsearch' as const, url: ES_URL, indexPrefix: prefix } };
}

/** A store with a prefix of its own, removed after the test. */
function newStore(opts: ElasticsearchStoreOptions = {}, prefix = `${run}-${++opened}`): ElasticsearchStore {
  used.push(indexNames(prefix));
  return openElasticsearchStore(settings(prefix), opts);
}

async function openFresh(opts: ElasticsearchStoreOptions = {}): Promise<ElasticsearchStore> {
  const store = newStore(opts);
  await store.init();
  return store;
}

/**
 * The contract wants a fresh store per test: the next one is initialised while the current test
 * runs. A failed preparation is seen by the test that takes it (the handler only defers it).
 */
let spare: Promise<ElasticsearchStore> | null = null;
function prepare(): Promise<ElasticsearchStore> {
  const prefix = `${run}-${++opened}`;
  const store = openElasticsearchStore(settings(prefix));
  const ready = store.init().then(() => store);
  ready.catch(() => undefined);
  return ready;
}
async function openForContract(): Promise<ElasticsearchStore> {
  const next = spare ?? prepare();
  spare = prepare();
  const store = await next;
  used.push(store.names);
  return store;
}

beforeAll(async () => {
  try {
    await admin.cluster.health({ timeout: '5s' });
  } catch (e) {
    throw new Error(`${HOW_TO_START} (${(e as Error).message})`);
  }
});

afterEach(() => {
  for (const names of used.splice(0)) drops.push(dropSchema(admin, names));
});

afterAll(async () => {
  if (spare) {
    const last = await spare;
    await last.close();
    drops.push(dropSchema(admin, last.names));
  }
  await Promise.all(drops);
  await admin.close();
});

describeStoreContract('elasticsearch', openForContract);

describe('Elasticsearch store', () => {
  it('fails with how to start a server when Elasticsearch is unreachable', async () => {
    const store = openElasticsearchStore(settings('ccmtest-unreachable'), { url: 'http://127.0.0.1:9', maxRetries: 0, requestTimeoutMs: 2_000 });
    const failure = store.init();
    await expect(failure).rejects.toThrow(ElasticsearchUnavailableError);
    await expect(failure).rejects.toThrow(/\.ci\/elasticsearch\.sh start/);
    await store.close();
  });

  it('takes the server and credentials from options, then settings, then ES_URL, and wants both credentials', () => {
    const env = { ES_URL: 'http://es.example:9200' };
    expect(resolveConnection({}, {}, env)).toMatchObject({ url: 'http://es.example:9200' });
    expect(resolveConnection({}, {}, {})).toMatchObject({ url: DEFAULT_ES_URL });
    expect(resolveConnection({ url: 'http://settings:9200', username: 'ccm', password: 's3cret' }, {}, env)).toMatchObject({
      url: 'http://settings:9200',
      username: 'ccm',
      password: 's3cret',
    });
    expect(resolveConnection({ url: 'http://settings:9200' }, { url: 'http://option:9200' }, env).url).toBe('http://option:9200');
    expect(() => resolveConnection({ username: 'ccm' }, {}, {})).toThrow(/both store.username and store.password/);
  });

  it('creates an index template and a versioned index behind an alias for every kind', async () => {
    const store = await openFresh();
    try {
      for (const kind of INDEX_KINDS) {
        const alias = store.names.alias(kind);
        expect(await admin.indices.existsIndexTemplate({ name: store.names.template(kind) })).toBe(true);
        expect(Object.keys(await admin.indices.getAlias({ name: alias }))).toEqual([`${alias}-v1`]);
      }
      const mapping = await admin.indices.getMapping({ index: store.names.alias('articles') });
      const props = Object.values(mapping)[0]?.mappings.properties ?? {};
      expect(props.title_seg).toEqual({ type: 'text', analyzer: 'whitespace' });
      expect(props.body_seg).toEqual({ type: 'text', analyzer: 'whitespace' });
      expect(props.url).toMatchObject({ type: 'keyword' });
      expect(props.publishedAtMs).toMatchObject({ type: 'date' });
    } finally {
      await store.close();
    }
  });

  it('indexes exactly the shared query tokens, so index-time and query-time segmentation agree', async () => {
    const store = await openFresh();
    try {
      const a = article({ url: 'https://t.example.cn/1', title: '昆山市失信被执行人名单公布（COVID-19 专项）', body: '苏州市中级人民法院发布联合惩戒措施。' });
      await store.upsertArticles([a]);
      const tv = await admin.termvectors({ index: store.names.alias('articles'), id: urlId(a.url), fields: ['title_seg', 'body_seg'] });
      const terms = (field: string) => Object.keys(tv.term_vectors?.[field]?.terms ?? {}).sort();
      const seg = defaultSegmenter();
      expect(terms('title_seg')).toEqual([...searchTokens(seg, a.title)].sort());
      expect(terms('body_seg')).toEqual([...searchTokens(seg, a.body)].sort());
    } finally {
      await store.close();
    }
  });

  it('migrates articles to a new mapping version with the alias working throughout', async () => {
    const store = await openFresh();
    try {
      const items = corpus(120, 9);
      await store.upsertArticles(items.map((c) => c.input));
      await store.setAnalyses(items.filter((c) => c.analysis).map((c) => ({ url: c.input.url, analysis: c.analysis! })));
      // Scores may move: BM25 statistics of the old index still count replaced document versions.
      const unscored = async () => {
        const r = await store.search({ text: '苏州', limit: 200 });
        return { total: r.total, hits: r.hits.map(({ score, ...h }) => (expect(score).toBeGreaterThan(0), h)).sort((x, y) => (x.url < y.url ? -1 : 1)) };
      };
      const before = await unscored();
      const counts = await store.counts();
      const sample = await store.getArticle(items[7]!.input.url);

      const report = await store.migrate('articles', 2);
      expect(report).toEqual({ kind: 'articles', from: store.names.versioned('articles', 1), to: store.names.versioned('articles', 2), copied: 120 });
      expect(Object.keys(await admin.indices.getAlias({ name: store.names.alias('articles') }))).toEqual([store.names.versioned('articles', 2)]);
      expect(await admin.indices.exists({ index: store.names.versioned('articles', 1) })).toBe(false);

      expect(await unscored()).toEqual(before);
      expect(await store.counts()).toEqual(counts);
      expect(await store.getArticle(items[7]!.input.url)).toEqual(sample);
      expect(await store.upsertArticles([article({ url: 'https://after.example.cn/1' })])).toEqual(['created']);
      expect((await store.counts()).articles).toBe(121);
    } finally {
      await store.close();
    }
  });

  it('init copies an index left at an older mapping version into the current one', async () => {
    const prefix = `${run}-old`;
    const names = indexNames(prefix);
    used.push(names);
    // An index at version 0 behind the alias, as an older release would have left it.
    await admin.indices.create({ index: names.versioned('state', 0), aliases: { [names.alias('state')]: { is_write_index: true } } });
    await admin.index({ index: names.alias('state'), id: 'legacy', document: { key: 'legacy', value: { cursor: 7 } }, refresh: true });
    const migrated: MigrationReport[] = [];
    const store = openElasticsearchStore(settings(prefix), { onMigrated: (r) => migrated.push(r) });
    try {
      await store.init();
      expect(migrated).toEqual([{ kind: 'state', from: names.versioned('state', 0), to: names.versioned('state', 1), copied: 1 }]);
      expect(Object.keys(await admin.indices.getAlias({ name: names.alias('state') }))).toEqual([names.versioned('state', 1)]);
      const doc = await admin.get<{ value: unknown }>({ index: names.alias('state'), id: 'legacy' });
      expect(doc._source?.value).toEqual({ cursor: 7 });
      await store.init();
      expect(migrated).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('surfaces documents the server refuses instead of losing them', async () => {
    const store = await openFresh();
    try {
      await store.upsertArticles([article({ url: 'https://b.example.cn/1' })]);
      await admin.indices.putSettings({ index: store.names.alias('articles'), settings: { 'index.blocks.write': true } });
      const write = store.upsertArticles([article({ url: 'https://b.example.cn/2' }), article({ url: 'https://b.example.cn/3' })]);
      await expect(write).rejects.toThrow(BulkWriteError);
      const err = (await write.catch((e: unknown) => e)) as BulkWriteError;
      expect(err.failures.map((f) => [f.op.action, f.status, f.type])).toEqual([
        ['create', 403, 'cluster_block_exception'],
        ['create', 403, 'cluster_block_exception'],
      ]);
      await expect(store.setAnalyses([{ url: 'https://b.example.cn/1', analysis: analysis() }])).rejects.toThrow(BulkWriteError);
      await admin.indices.putSettings({ index: store.names.alias('articles'), settings: { 'index.blocks.write': false } });
      expect(await store.upsertArticles([article({ url: 'https://b.example.cn/2' })])).toEqual(['created']);
    } finally {
      await store.close();
    }
  });

  it('returns a mapping violation as a failure of that document only', async () => {
    const store = await openFresh();
    try {
      const index = store.names.alias('snapshots');
      const failures = await bulkWrite(admin, [
        { action: 'index', index, id: 'good', doc: { id: 'good', takenAtMs: 1 } },
        { action: 'index', index, id: 'bad', doc: { id: 'bad', takenAtMs: 'not a time' } },
      ]);
      expect(failures.map((f) => [f.op.id, f.status])).toEqual([['bad', 400]]);
      expect(failures[0]!.type).toMatch(/parsing_exception/);
      expect((await admin.get({ index, id: 'good' })).found).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('gives each URL exactly one creation when two writers upsert the same articles at once', async () => {
    const a = await openFresh();
    const b = openElasticsearchStore(settings(a.names.prefix));
    await b.init();
    try {
      const batch = corpus(200, 21).map((c) => c.input);
      const [sa, sb] = await Promise.all([a.upsertArticles(batch), b.upsertArticles(batch)]);
      batch.forEach((_, i) => expect([sa[i], sb[i]].sort()).toEqual(['created', 'unchanged']));
      const changed = batch.map((x) => ({ ...x, title: x.title + '（更新）' }));
      const [ua, ub] = await Promise.all([a.upsertArticles(changed), b.upsertArticles(changed)]);
      changed.forEach((_, i) => expect([ua[i], ub[i]].sort()).toEqual(['unchanged', 'updated']));
      expect((await a.counts()).articles).toBe(200);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('reports every write to the onWrite hook', async () => {
    const writes: StoreWrite[] = [];
    const store = await openFresh({ hooks: { onWrite: (w) => writes.push(w) } });
    try {
      await store.upsertArticles([article({ url: 'https://h.example.cn/1' }), article({ url: 'https://h.example.cn/2' })]);
      await store.upsertArticles([article({ url: 'https://h.example.cn/1' })]);
      await store.setState('k', 1);
      expect(writes.map(({ ms, ...w }) => (expect(ms).toBeGreaterThanOrEqual(0), w))).toEqual([
        { op: 'articles', created: 2, updated: 0, unchanged: 0 },
        { op: 'articles', created: 0, updated: 0, unchanged: 1 },
        { op: 'state', count: 1 },
      ]);
    } finally {
      await store.close();
    }
  });

  it('aggregates analysed articles by Beijing day, city and polarity as the listing says', async () => {
    const store = await openFresh();
    try {
      const items = corpus(300, 13);
      await store.upsertArticles(items.map((c) => c.input));
      await store.setAnalyses(items.filter((c) => c.analysis).map((c) => ({ url: c.input.url, analysis: c.analysis! })));
      const want = new Map<string, { articles: number; events: Set<string> }>();
      for (const a of await all(store.listArticles({ analyzed: true }))) {
        if (!a.analysis?.city) continue;
        const day = new Date((a.publishedAt ? instantMs(a.publishedAt) : instantMs(a.firstFetchedAt)) + 8 * 3600_000).toISOString().slice(0, 10);
        const k = `${day}|${a.analysis.city.code}|${a.analysis.polarity}`;
        const cell = want.get(k) ?? { articles: 0, events: new Set<string>() };
        cell.articles++;
        if (a.analysis.eventId) cell.events.add(a.analysis.eventId);
        want.set(k, cell);
      }
      const got = await store.dailyCounts();
      expect(got.length).toBeGreaterThan(10);
      expect(new Map(got.map((c) => [`${c.day}|${c.cityCode}|${c.polarity}`, { articles: c.articles, events: c.events }]))).toEqual(
        new Map([...want].map(([k, v]) => [k, { articles: v.articles, events: v.events.size }])),
      );
      const suzhouBreach = await store.dailyCounts({ fromDay: '2026-11-10', toDay: '2026-11-20', cityCode: '320500', polarity: ['breach'] });
      expect(suzhouBreach.every((c) => c.cityCode === '320500' && c.polarity === 'breach' && c.day >= '2026-11-10' && c.day < '2026-11-20')).toBe(true);
      expect(suzhouBreach.reduce((n, c) => n + c.articles, 0)).toBe(
        got.filter((c) => c.cityCode === '320500' && c.polarity === 'breach' && c.day >= '2026-11-10' && c.day < '2026-11-20').reduce((n, c) => n + c.articles, 0),
      );
      await expect(store.dailyCounts({ fromDay: '11/10' })).rejects.toThrow(RangeError);
    } finally {
      await store.close();
    }
  });
});

describe('reindex from SQLite into Elasticsearch', () => {
  const tmp: string[] = [];
  afterAll(() => {
    for (const d of tmp) rmSync(d, { recursive: true, force: true });
  });

  /** An SQLite store holding every kind of record, including links in every state and state values. */
  async function filledSqlite(): Promise<{ dir: string; file: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'ccm-reindex-'));
    tmp.push(dir);
    const file = sqliteFile(dir);
    const s = await openSqliteStore({ file });
    try {
      const items = corpus(250, 17);
      await s.upsertSources([nationalSource('people', '人民网'), citySource('credit-suzhou', '320500', '信用中国（苏州）')]);
      await s.addSnapshot(homepage());
      await s.addSnapshot(ranking());
      await s.upsertArticles(items.map((c) => c.input));
      // A second fetch with new content: firstFetchedAt now differs from fetchedAt and must survive the copy.
      await s.upsertArticles([{ ...items[0]!.input, body: items[0]!.input.body + '（更新）', fetchedAt: '2026-12-01T00:00:00.000Z' }]);
      await s.setAnalyses(items.filter((c) => c.analysis).map((c) => ({ url: c.input.url, analysis: c.analysis! })));
      await s.upsertEvents([creditEvent({ id: 'e1' }), creditEvent({ id: 'e2', polarity: 'integrity', firstSeen: '2026-11-19T00:00:00.000Z' })]);
      await s.addCityAudit(cityAudit());
      await s.addLinks([1, 2, 3].map((i) => ({ url: `https://x.example.cn/${i}`, sourceId: 'people', discoveredAt: '2026-11-20T01:00:00.000Z', via: 'homepage' })));
      await s.updateLink('https://x.example.cn/2', { status: 'failed', attempts: 3, lastError: 'HTTP 404' });
      await s.updateLink('https://x.example.cn/3', { attempts: 1, nextAttemptAt: '2026-11-20T02:00:00.000Z', lastError: 'timeout' });
      await s.setState('scheduler', { cursor: '2026-11-20T00:00:00.000Z', sites: ['people'] });
      await s.setState('count', 3);
    } finally {
      await s.close();
    }
    return { dir, file };
  }

  it('copies every record kind unchanged, so both stores answer alike', async () => {
    const { file } = await filledSqlite();
    const source = await sqliteImportSource(file);
    const target = await openFresh();
    try {
      expect(await isEmpty(target)).toBe(true);
      const progress: string[] = [];
      const report = await importIntoElasticsearch(source, target, { onProgress: (p) => progress.push(`${p.kind}:${p.sent}/${p.total}`), progressEvery: 100 });
      expect(report.ok).toBe(true);
      expect(report.checks.find((c) => c.kind === 'articles')).toEqual({ kind: 'articles', source: 250, target: 250 });
      expect(report.checks.find((c) => c.kind === 'links')).toEqual({ kind: 'links', source: 3, target: 3 });
      expect(progress).toEqual(expect.arrayContaining(['articles:100/250', 'articles:200/250', 'articles:250/250', 'state:2/2']));
      expect(await isEmpty(target)).toBe(false);
      // Refreshes are off during the load and back to the default after it.
      const indexSettings = await admin.indices.getSettings({ index: target.names.alias('articles') });
      expect(Object.values(indexSettings)[0]?.settings?.index?.refresh_interval).toBeUndefined();

      const from = source.store;
      expect(await target.counts()).toEqual(await from.counts());
      expect(await target.listSources()).toEqual(await from.listSources());
      expect(await all(target.listSnapshots())).toEqual(await all(from.listSnapshots()));
      expect(await all(target.listArticles())).toEqual(await all(from.listArticles()));
      expect(await all(target.listEvents())).toEqual(await all(from.listEvents()));
      expect(await all(target.listCityAudits())).toEqual(await all(from.listCityAudits()));
      expect(await target.dueLinks('2030-01-01T00:00:00.000Z', 10)).toEqual(await from.dueLinks('2030-01-01T00:00:00.000Z', 10));
      expect(await target.getState('scheduler')).toEqual(await from.getState('scheduler'));
      expect(await target.getState('count')).toBe(3);
      for (const q of [{ text: '苏州 失信名单' }, { text: '拖欠 工资', polarity: ['breach' as const] }, { sort: 'date' as const, cityCode: '320200' }]) {
        const [a, b] = await Promise.all([target.search({ ...q, limit: 500 }), from.search({ ...q, limit: 500 })]);
        expect(a.total).toBe(b.total);
        expect(a.hits.map(({ score, ...h }) => h).sort((x, y) => (x.url < y.url ? -1 : 1))).toEqual(
          b.hits.map(({ score, ...h }) => h).sort((x, y) => (x.url < y.url ? -1 : 1)),
        );
      }
    } finally {
      await target.close();
      await source.close();
    }
  });

  it('runs as `ccm reindex --to es`, refuses a target holding data without --replace, and prints the count check', async () => {
    const { dir } = await filledSqlite();
    const prefix = `${run}-cli`;
    used.push(indexNames(prefix));
    const ccm = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/ccm.js', 'reindex', '--to', 'es', '--data', dir, '--es-url', ES_URL, '--prefix', prefix, ...args], {
        encoding: 'utf8',
        env: { ...process.env, ES_URL: '' },
        timeout: 120_000,
      });
    const first = ccm();
    expect(first.stderr).toMatch(/articles\s+250\/250/);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^articles\s+250\s+250\s+ok$/m);
    expect(first.stdout).toMatch(/^state\s+2\s+2\s+ok$/m);
    expect(first.stdout).not.toMatch(/DIFFERS/);

    const again = ccm();
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already hold data; pass --replace/);

    const replaced = ccm('--replace');
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toMatch(/^articles\s+250\s+250\s+ok$/m);

    const missing = spawnSync(process.execPath, ['bin/ccm.js', 'reindex', '--to', 'es', '--data', join(dir, 'nothing-here')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no SQLite store at/);
  }, 240_000);
});
