// Instants for ordering and ranges, computed the same way by every backend: ISO strings are compared
// as instants, never as text ('…Z' and '…+08:00' sort correctly), and a date-only or zone-less value
// is read in Asia/Shanghai, where every monitored page is published.

const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds since the epoch of an ISO 8601 date or date-time; RangeError for anything else. */
export function instantMs(iso: string): number {
  const m = ISO.exec(iso.trim().toUpperCase());
  if (!m) throw new RangeError(`not an ISO 8601 date or date-time: ${JSON.stringify(iso.slice(0, 80))}`);
  const [, date, time, zone] = m;
  const ms = Date.parse(`${date}T${time ?? '00:00'}${zone ?? '+08:00'}`);
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid date: ${JSON.stringify(iso.slice(0, 80))}`);
  return ms;
}

export function optionalInstantMs(iso: string | null | undefined): number | null {
  return iso == null ? null : instantMs(iso);
}
