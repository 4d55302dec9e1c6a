// The SQLite schema as a versioned list of migrations. PRAGMA user_version records how many have run;
// opening a store runs the missing ones in one transaction each, so a store from any earlier version
// upgrades in place and a crash mid-migration leaves the previous version intact.
//
// Times are kept twice: the ISO text exactly as given (returned unchanged) and epoch milliseconds
// (`*_ms`) for ordering and ranges, since ISO strings with different offsets do not sort as text.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'sources, snapshots with items, articles with full-text index, frontier, state',
    sql: `
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        json TEXT NOT NULL
      );

      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('homepage', 'ranking')),
        url TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        taken_ms INTEGER NOT NULL,
        fetched_with TEXT NOT NULL
      );
      CREATE INDEX snapshots_by_time ON snapshots (taken_ms, id);
      CREATE INDEX snapshots_by_source ON snapshots (source_id, taken_ms, id);

      -- One row per link on a homepage (position, section, hidden) or entry of a ranking list (list, rank, score).
      CREATE TABLE snapshot_items (
        snapshot_id TEXT NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        url TEXT NOT NULL,
        title TEXT NOT NULL,
        position INTEGER,
        section TEXT,
        hidden INTEGER,
        list TEXT,
        rank INTEGER,
        score REAL,
        PRIMARY KEY (snapshot_id, idx)
      ) WITHOUT ROWID;
      CREATE INDEX snapshot_items_by_url ON snapshot_items (url);

      -- The canonical URL is the article's key; the integer id is only the full-text index's rowid (an
      -- INTEGER PRIMARY KEY, so VACUUM cannot renumber it behind the index's back).
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        discovered_url TEXT,
        source_id TEXT NOT NULL,
        title TEXT NOT NULL,
        published_at TEXT,
        published_ms INTEGER,
        source TEXT,
        body TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        fetched_ms INTEGER NOT NULL,
        first_fetched_at TEXT NOT NULL,
        content_hash TEXT NOT NULL
      );
      CREATE INDEX articles_by_fetch ON articles (fetched_ms, url);
      CREATE INDEX articles_by_source ON articles (source_id, fetched_ms, url);
      CREATE INDEX articles_by_publish ON articles (published_ms DESC, url);

      -- Segmented title and body (indexer/store/tokens.ts): tokens of letters and digits joined by spaces,
      -- which the ascii tokenizer splits at the spaces and nowhere else (it keeps every non-ASCII
      -- character), at three quarters of unicode61's cost. Contentless: the text lives once, in articles.
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, body,
        content = '', contentless_delete = 1,
        tokenize = 'ascii'
      );

      CREATE TABLE frontier (
        url TEXT PRIMARY KEY,
        source_id TEXT NOT NULL,
        discovered_at TEXT NOT NULL,
        discovered_ms INTEGER NOT NULL,
        via TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
        attempts INTEGER NOT NULL,
        next_attempt_at TEXT NOT NULL,
        next_ms INTEGER NOT NULL,
        last_error TEXT
      );
      CREATE INDEX frontier_due ON frontier (status, next_ms, discovered_ms, url);

      CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'article analyses, credit events, city credit website audits',
    sql: `
      ALTER TABLE articles ADD COLUMN analysis TEXT;
      ALTER TABLE articles ADD COLUMN polarity TEXT;
      ALTER TABLE articles ADD COLUMN domain TEXT;
      ALTER TABLE articles ADD COLUMN sector TEXT;
      ALTER TABLE articles ADD COLUMN city_code TEXT;
      ALTER TABLE articles ADD COLUMN province_code TEXT;
      ALTER TABLE articles ADD COLUMN county_code TEXT;
      ALTER TABLE articles ADD COLUMN event_id TEXT;
      CREATE INDEX articles_by_city ON articles (city_code, published_ms DESC) WHERE city_code IS NOT NULL;
      CREATE INDEX articles_by_province ON articles (province_code, published_ms DESC) WHERE province_code IS NOT NULL;
      CREATE INDEX articles_by_polarity ON articles (polarity, published_ms DESC) WHERE polarity IS NOT NULL;
      CREATE INDEX articles_by_event ON articles (event_id) WHERE event_id IS NOT NULL;
      -- The analyser's work queue: what is still to analyse, in fetch order.
      CREATE INDEX articles_unanalysed ON articles (fetched_ms, url) WHERE analysis IS NULL;

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        city_code TEXT,
        polarity TEXT NOT NULL,
        domain TEXT,
        sector TEXT,
        title TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        first_ms INTEGER NOT NULL,
        last_seen TEXT NOT NULL,
        last_ms INTEGER NOT NULL,
        responds_to TEXT,
        json TEXT NOT NULL
      );
      CREATE INDEX events_by_first_seen ON events (first_ms, id);
      CREATE INDEX events_by_city ON events (city_code, first_ms);

      CREATE TABLE event_sites (
        event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        source_id TEXT NOT NULL,
        PRIMARY KEY (event_id, source_id)
      ) WITHOUT ROWID;
      CREATE INDEX event_sites_by_source ON event_sites (source_id);

      CREATE TABLE city_audits (
        id INTEGER PRIMARY KEY,
        city_code TEXT NOT NULL,
        source_id TEXT NOT NULL,
        site_url TEXT NOT NULL,
        visited_at TEXT NOT NULL,
        visited_ms INTEGER NOT NULL,
        reachable INTEGER NOT NULL,
        json TEXT NOT NULL,
        UNIQUE (city_code, source_id, visited_ms)
      );
      CREATE INDEX city_audits_by_time ON city_audits (visited_ms, city_code, source_id);

      -- One row per disclosure column of a visit, so analysts can ask which cities lack a column.
      CREATE TABLE city_audit_columns (
        audit_id INTEGER NOT NULL REFERENCES city_audits (id) ON DELETE CASCADE,
        column_name TEXT NOT NULL,
        present INTEGER NOT NULL,
        url TEXT,
        newest_date TEXT,
        item_count INTEGER NOT NULL,
        error TEXT,
        PRIMARY KEY (audit_id, column_name)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    description: 'compact article rows: bodies and analysis JSON in tables of their own',
    // A body (kilobytes) inside the article row pushed every column stored after it — the analysis
    // columns added by version 2 — onto overflow pages, so filtering a million articles by city read
    // gigabytes. Rows are now a few hundred bytes; texts are read only for the articles shown.
    // No foreign keys: article rows are replaced here, and every write keeps the three tables in step
    // in one transaction.
    sql: `
      CREATE TABLE article_bodies (
        id INTEGER PRIMARY KEY,
        body TEXT NOT NULL
      );
      INSERT INTO article_bodies (id, body) SELECT id, body FROM articles;

      CREATE TABLE article_analyses (
        id INTEGER PRIMARY KEY,
        json TEXT NOT NULL
      );
      INSERT INTO article_analyses (id, json) SELECT id, analysis FROM articles WHERE analysis IS NOT NULL;

      -- polarity is set exactly when an analysis is: it marks analysed articles.
      CREATE TABLE articles_compact (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        discovered_url TEXT,
        source_id TEXT NOT NULL,
        title TEXT NOT NULL,
        published_at TEXT,
        published_ms INTEGER,
        source TEXT,
        fetched_at TEXT NOT NULL,
        fetched_ms INTEGER NOT NULL,
        first_fetched_at TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        polarity TEXT,
        domain TEXT,
        sector TEXT,
        city_code TEXT,
        province_code TEXT,
        county_code TEXT,
        event_id TEXT
      );
      INSERT INTO articles_compact
        SELECT id, url, discovered_url, source_id, title, published_at, published_ms, source, fetched_at, fetched_ms,
               first_fetched_at, content_hash, CASE WHEN analysis IS NULL THEN NULL ELSE polarity END, domain, sector,
               city_code, province_code, county_code, event_id
        FROM articles;
      DROP TABLE articles;
      ALTER TABLE articles_compact RENAME TO articles;

      CREATE INDEX articles_by_fetch ON articles (fetched_ms, url);
      CREATE INDEX articles_by_source ON articles (source_id, fetched_ms, url);
      CREATE INDEX articles_by_publish ON articles (published_ms DESC, url);
      CREATE INDEX articles_by_city ON articles (city_code, published_ms DESC) WHERE city_code IS NOT NULL;
      CREATE INDEX articles_by_province ON articles (province_code, published_ms DESC) WHERE province_code IS NOT NULL;
      CREATE INDEX articles_by_polarity ON articles (polarity, published_ms DESC) WHERE polarity IS NOT NULL;
      CREATE INDEX articles_by_event ON articles (event_id) WHERE event_id IS NOT NULL;
      CREATE INDEX articles_unanalysed ON articles (fetched_ms, url) WHERE polarity IS NULL;
    `,
  },
  {
    version: 4,
    description: 'covering indexes for search filters',
    // Counting the matches of city, province or polarity filters read every matching article row to
    // check the other filters; with the filter columns in the index the count reads the index alone.
    sql: `
      DROP INDEX articles_by_city;
      DROP INDEX articles_by_province;
      DROP INDEX articles_by_polarity;
      CREATE INDEX articles_by_city ON articles (city_code, polarity, published_ms DESC, source_id, domain, sector)
        WHERE city_code IS NOT NULL;
      CREATE INDEX articles_by_province ON articles (province_code, polarity, published_ms DESC, source_id, domain, sector)
        WHERE province_code IS NOT NULL;
      CREATE INDEX articles_by_polarity ON articles (polarity, published_ms DESC, source_id, domain, sector, province_code, city_code)
        WHERE polarity IS NOT NULL;
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;

function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Bring the schema to `target` (default: the latest) and return the version reached. Each step runs in
 * an immediate transaction that re-reads the version, so two processes opening the same new file do
 * not both migrate it. Refuses a file written by a newer version of this program.
 */
export function migrate(db: Database, target = LATEST_VERSION): number {
  const found = schemaVersion(db);
  if (found > LATEST_VERSION) {
    throw new Error(
      `${db.name} has schema version ${found}, newer than this program knows (${LATEST_VERSION}); upgrade City Credit Monitor to open it`,
    );
  }
  const step = db.transaction((m: Migration) => {
    if (schemaVersion(db) >= m.version) return;
    db.exec(m.sql);
    db.pragma(`user_version = ${m.version}`);
  });
  for (const m of MIGRATIONS) if (m.version <= target) step.immediate(m);
  return schemaVersion(db);
}
