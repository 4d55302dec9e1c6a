// City credit website audits: the visit as JSON, plus one row per disclosure column for SQL analysis.
import type { CityAudit } from '../../../core/types.js';
import { instantMs } from '../time.js';
import type { CityAuditQuery, Store } from '../types.js';
import { PAGE_ROWS, paged, where, type SqliteContext } from './context.js';

interface AuditRow {
  city_code: string;
  source_id: string;
  visited_ms: number;
  json: string;
}

type AuditOps = Pick<Store, 'addCityAudit' | 'listCityAudits'>;

export function auditOps(ctx: SqliteContext): AuditOps {
  const { db } = ctx;
  const upsert = db.prepare<Record<string, unknown>, { id: number }>(
    `INSERT INTO city_audits (city_code, source_id, site_url, visited_at, visited_ms, reachable, json)
     VALUES (@cityCode, @sourceId, @siteUrl, @visitedAt, @visitedMs, @reachable, @json)
     ON CONFLICT (city_code, source_id, visited_ms) DO UPDATE SET site_url = excluded.site_url,
       visited_at = excluded.visited_at, reachable = excluded.reachable, json = excluded.json
     RETURNING id`,
  );
  const clearColumns = db.prepare('DELETE FROM city_audit_columns WHERE audit_id = ?');
  const addColumn = db.prepare(
    `INSERT OR REPLACE INTO city_audit_columns (audit_id, column_name, present, url, newest_date, item_count, error)
     VALUES (@auditId, @column, @present, @url, @newestDate, @itemCount, @error)`,
  );

  return {
    async addCityAudit(a: CityAudit) {
      const visitedMs = instantMs(a.visitedAt);
      ctx.write(
        () => {
          const { id } = upsert.get({
            cityCode: a.cityCode,
            sourceId: a.sourceId,
            siteUrl: a.siteUrl,
            visitedAt: a.visitedAt,
            visitedMs,
            reachable: Number(a.reachable),
            json: JSON.stringify(a),
          })!;
          clearColumns.run(id);
          for (const c of a.columns) {
            addColumn.run({ auditId: id, column: c.column, present: Number(c.present), url: c.url, newestDate: c.newestDate, itemCount: c.itemCount, error: c.error });
          }
        },
        (_, ms) => ({ op: 'cityAudit', count: 1, ms }),
      );
    },

    async *listCityAudits(query?: string | CityAuditQuery) {
      const q: CityAuditQuery = typeof query === 'string' ? { cityCode: query } : (query ?? {});
      const fromMs = q.from === undefined ? undefined : instantMs(q.from);
      const toMs = q.to === undefined ? undefined : instantMs(q.to);
      const page = (after: [number, string, string] | null) => {
        const sql = `SELECT city_code, source_id, visited_ms, json FROM city_audits ${where([
          q.cityCode !== undefined && 'city_code = @cityCode',
          q.sourceId !== undefined && 'source_id = @sourceId',
          fromMs !== undefined && 'visited_ms >= @fromMs',
          toMs !== undefined && 'visited_ms < @toMs',
          after !== null && '(visited_ms, city_code, source_id) > (@afterMs, @afterCity, @afterSource)',
        ])} ORDER BY visited_ms, city_code, source_id LIMIT ${PAGE_ROWS}`;
        const params: Record<string, unknown> = {};
        if (q.cityCode !== undefined) params.cityCode = q.cityCode;
        if (q.sourceId !== undefined) params.sourceId = q.sourceId;
        if (fromMs !== undefined) params.fromMs = fromMs;
        if (toMs !== undefined) params.toMs = toMs;
        if (after) [params.afterMs, params.afterCity, params.afterSource] = after;
        return ctx.statement(sql).all(params) as AuditRow[];
      };
      const keyOf = (r: AuditRow) => [r.visited_ms, r.city_code, r.source_id] as [number, string, string];
      for await (const r of paged(page, keyOf)) yield JSON.parse(r.json) as CityAudit;
    },
  };
}
