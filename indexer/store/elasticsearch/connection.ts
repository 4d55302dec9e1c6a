// The Elasticsearch client for the store: where the server is, how to log in, and the check that the
// server speaks the client's major version (a v8 client against a v9 server fails in confusing ways).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Client, errors } from '@elastic/elasticsearch';
import type { Settings } from '../../../core/settings.js';

export const DEFAULT_ES_URL = 'http://127.0.0.1:9200';

export interface ConnectionOptions {
  /** Server URL; overrides settings.store.url. */
  url?: string;
  username?: string;
  password?: string;
  /** Per-request timeout (default 60 s: bulk requests and index creation can be slow on small machines). */
  requestTimeoutMs?: number;
  /** Client retries on connection errors and 502/503/504 (default 3). */
  maxRetries?: number;
}

export interface ResolvedConnection {
  url: string;
  username?: string;
  password?: string;
  requestTimeoutMs: number;
  maxRetries: number;
}

/** Where to connect: explicit options, then settings (which already carry ES_URL), then ES_URL, then localhost. */
export function resolveConnection(
  store: Pick<Settings['store'], 'url' | 'username' | 'password'>,
  opts: ConnectionOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): ResolvedConnection {
  const url = opts.url ?? store.url ?? env.ES_URL ?? DEFAULT_ES_URL;
  const username = opts.username ?? store.username;
  const password = opts.password ?? store.password;
  if ((username === undefined) !== (password === undefined)) {
    throw new RangeError('Elasticsearch credentials need both store.username and store.password (or ES_USERNAME and ES_PASSWORD)');
  }
  return {
    url,
    ...(username !== undefined && password !== undefined ? { username, password } : {}),
    requestTimeoutMs: opts.requestTimeoutMs ?? 60_000,
    maxRetries: opts.maxRetries ?? 3,
  };
}

export function createClient(c: ResolvedConnection): Client {
  return new Client({
    node: c.url,
    ...(c.username !== undefined && c.password !== undefined ? { auth: { username: c.username, password: c.password } } : {}),
    requestTimeout: c.requestTimeoutMs,
    maxRetries: c.maxRetries,
  });
}

/** The installed @elastic/elasticsearch version (its package.json is not exported, so it is read from disk). */
export function clientVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@elastic/elasticsearch');
  const pkg = JSON.parse(readFileSync(join(dirname(entry), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export class ElasticsearchUnavailableError extends Error {
  override name = 'ElasticsearchUnavailableError';
}

/**
 * The server's version, after checking that it answers and that its major version is the client's.
 * Reads the local node's info: the minimal integ-test distribution has no `GET /` endpoint.
 */
export async function checkServer(client: Client, url: string): Promise<string> {
  let versions: string[];
  try {
    const info = await client.nodes.info({ node_id: '_local', metric: '_none' });
    versions = Object.values(info.nodes).map((n) => n.version);
  } catch (e) {
    if (e instanceof errors.ConnectionError || e instanceof errors.TimeoutError || e instanceof errors.NoLivingConnectionsError) {
      throw new ElasticsearchUnavailableError(
        `Elasticsearch at ${url} is unreachable (${e.message}). Start one with \`.ci/elasticsearch.sh start\` or point ES_URL at a running server.`,
      );
    }
    throw e;
  }
  const server = versions[0];
  if (server === undefined) throw new ElasticsearchUnavailableError(`Elasticsearch at ${url} reported no node`);
  const ours = clientVersion();
  if (server.split('.')[0] !== ours.split('.')[0]) {
    throw new ElasticsearchUnavailableError(
      `Elasticsearch at ${url} is version ${server} but the client is ${ours}; their major versions must match`,
    );
  }
  return server;
}
