// Where sources come from: one YAML/JSON file per site under config/sources/ (live), or the replica's
// GET /_replica/sites. Both are validated with the same SourceSchema, so one crawler code path reads both.
import { existsSync } from 'node:fs';
import { ConfigError, loadConfigDir, validateConfig } from '../../core/config.js';
import { UsageError } from '../../core/errors.js';
import { SourceSchema, type CitySource, type NationalSource, type Source } from '../../core/sources.js';

export const DEFAULT_SOURCES_DIR = 'config/sources';

/** Every source file of a folder, validated; duplicate ids are refused with both file names. */
export function loadSourcesDir(dir = DEFAULT_SOURCES_DIR): Source[] {
  if (!existsSync(dir)) throw new ConfigError(dir, ['folder not found: no source definitions']);
  const seen = new Map<string, string>();
  const out: Source[] = [];
  for (const { file, value } of loadConfigDir(SourceSchema, dir)) {
    const prev = seen.get(value.id);
    if (prev) throw new ConfigError(file, [`id: '${value.id}' is already used by ${prev}`]);
    seen.set(value.id, file);
    out.push(value);
  }
  return out;
}

/** The replica's sites, described by the replica itself in the same schema as config/sources/. */
export async function loadReplicaSources(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<Source[]> {
  const where = `${baseUrl.replace(/\/$/, '')}/_replica/sites`;
  const res = await fetchImpl(where);
  if (!res.ok) throw new Error(`${where} answered HTTP ${res.status}`);
  const body: unknown = await res.json();
  const list = Array.isArray(body) ? body : (body as { sites?: unknown }).sites;
  if (!Array.isArray(list)) throw new ConfigError(where, ['expected a JSON list of sources']);
  return list.map((s, i) => validateConfig(SourceSchema, s, `${where} [${i}]`));
}

/** Only the sources named (by id), in the order given; an unknown id is a usage error listing the known ones. */
export function selectSources(all: Source[], ids?: readonly string[]): Source[] {
  if (!ids || ids.length === 0) return all;
  const byId = new Map(all.map((s) => [s.id, s]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length) {
    throw new UsageError(`unknown source id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (known: ${[...byId.keys()].join(', ')})`);
  }
  return ids.map((id) => byId.get(id)!);
}

export const isNational = (s: Source): s is NationalSource => s.kind === 'national';
export const isCity = (s: Source): s is CitySource => s.kind === 'city-credit';

function urlsOf(s: Source): string[] {
  if (s.kind === 'national') return [s.homepage.url, ...s.rankings.map((r) => r.url), ...s.channels.map((c) => c.url)];
  return [s.homepage, ...Object.values(s.columns).flatMap((c) => (c?.url ? [c.url] : []))];
}

/**
 * Hosts a source may reach: its configured `hosts`, the hosts of its own URLs, and subdomains of its
 * homepage's domain (www.people.com.cn → *.people.com.cn), where its articles usually live.
 */
export function allowedHosts(s: Source): string[] {
  const hosts = new Set<string>(s.hosts);
  for (const u of urlsOf(s)) hosts.add(new URL(u).host);
  const home = new URL(s.kind === 'national' ? s.homepage.url : s.homepage);
  if (!/^[\d.]+$|^\[/.test(home.hostname) && home.hostname.includes('.')) {
    hosts.add(`*.${home.hostname.replace(/^www\./, '')}`);
  }
  return [...hosts];
}
