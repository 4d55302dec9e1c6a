// The replica over HTTP: every site on its own loopback address, all on one port, control
// endpoints on 127.0.0.1. Port 0 picks a free port on 127.0.0.1 and then binds the other addresses
// on the same port, retrying another port if one of them is taken.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simulatedClock, toShanghaiIso, type SimulatedClock } from '../../core/clock.js';
import { SourceSchema, type Source } from '../../core/sources.js';
import { createLogger, type Logger } from '../../core/log.js';
import { createCityRenderer, type CityRenderer } from '../city/render.js';
import { describeChannels } from '../sites/channels.js';
import { NATIONAL_MODULES } from '../sites/national/index.js';
import { SITE_ADDRESSES, SITE_PROFILES } from '../sites/profiles.js';
import { SLOW_HOLD_MS, TRANSIENT_FAILURES } from '../sites/faults.js';
import { buildTruth, type Truth } from '../truth.js';
import { createWorld, type World } from '../world/world.js';
import type { WorldOptionsInput } from '../world/options.js';
import { createResponseCache, type CachedResponse } from './cache.js';
import { createSiteRenderer, type SiteRenderer } from './pages.js';

export const CONTROL_ADDRESS = '127.0.0.1';

export interface ReplicaOptions extends WorldOptionsInput {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Serve an already built world instead of building one from the options. */
  world?: World;
  /** Simulated clock; defaults to one set at the world's start. */
  clock?: SimulatedClock;
  logger?: Logger;
}

export interface Replica {
  /** http://127.0.0.1:<port>, where /_replica/* lives. */
  baseUrl: string;
  port: number;
  world: World;
  clock: SimulatedClock;
  /** Source descriptors, valid under SourceSchema (national sites, then city sites). */
  sites: Source[];
  truth(opts?: { bodies?: boolean }): Truth;
  pages: SiteRenderer;
  cities: CityRenderer;
  close(): Promise<void>;
}

const MAX_PORT_TRIES = 20;

export async function startReplica(opts: ReplicaOptions): Promise<Replica> {
  const { port, world: given, clock: givenClock, logger, ...worldOptions } = opts;
  const log = logger ?? createLogger('replica');
  const world = given ?? createWorld(worldOptions);
  const clock = givenClock ?? simulatedClock(world.start);
  const hosting = { port: port ?? 0 };
  const pages = createSiteRenderer(world, hosting);
  const cities = createCityRenderer(world, hosting);
  const cache = createResponseCache();
  const transientCount = new Map<string, number>();
  const held = new Set<ServerResponse>();
  const truthCache = new Map<string, string>();

  const describeSites = (): Source[] => [
    ...SITE_PROFILES.map((s) => SourceSchema.parse({ ...NATIONAL_MODULES[s.id].describe(pages.origin(s.id), pages.origin), channels: describeChannels(s.id, pages.origin) })),
    ...cities.describe().map((d) => SourceSchema.parse(d)),
  ];
  const truth = (o: { bodies?: boolean } = {}) => buildTruth(world, pages.faults, cities.truth(), (a) => `${pages.origin(a.address)}${a.path}`, o);

  const send = (req: IncomingMessage, res: ServerResponse, r: CachedResponse) => {
    res.statusCode = r.status;
    for (const [k, v] of Object.entries(r.headers)) res.setHeader(k, v);
    res.setHeader('server', 'nginx');
    res.setHeader('x-replica-clock', toShanghaiIso(clock.nowMs()));
    if (!r.headers['content-length']) res.setHeader('content-length', String(r.body.length));
    res.end(req.method === 'HEAD' ? undefined : r.body);
  };
  const json = (req: IncomingMessage, res: ServerResponse, status: number, value: unknown, raw?: string) =>
    send(req, res, { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: Buffer.from(raw ?? JSON.stringify(value), 'utf8') });

  const control = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const clockJson = () => ({ t: toShanghaiIso(clock.nowMs()), ms: clock.nowMs(), start: toShanghaiIso(world.start), end: toShanghaiIso(world.end) });
    if (url.pathname === '/_replica/clock' && req.method === 'POST') {
      const body = await readBody(req, 64 * 1024);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body || '{}');
      } catch (e) {
        return json(req, res, 400, { error: `body is not JSON: ${(e as Error).message}` });
      }
      const p = parsed as { t?: unknown; advanceMs?: unknown };
      try {
        if (typeof p.t === 'string' || typeof p.t === 'number') clock.set(p.t);
        else if (typeof p.advanceMs === 'number') clock.advance(p.advanceMs);
        else return json(req, res, 400, { error: 'expected {"t": "<ISO time>"} or {"advanceMs": <ms>}' });
      } catch (e) {
        return json(req, res, 400, { error: (e as Error).message });
      }
      return json(req, res, 200, clockJson());
    }
    if (url.pathname === '/_replica/clock') return json(req, res, 200, clockJson());
    if (url.pathname === '/_replica/sites') return json(req, res, 200, describeSites());
    if (url.pathname === '/_replica/truth') {
      const bodies = url.searchParams.get('bodies') !== '0';
      const key = bodies ? 'full' : 'lean';
      let raw = truthCache.get(key);
      if (!raw) {
        raw = JSON.stringify(truth({ bodies }));
        truthCache.set(key, raw);
      }
      return json(req, res, 200, null, raw);
    }
    if (url.pathname === '/' || url.pathname === '/_replica') {
      return json(req, res, 200, { replica: true, seed: world.options.seed, clock: clockJson(), endpoints: ['/_replica/sites', '/_replica/clock', '/_replica/truth'] });
    }
    return json(req, res, 404, { error: `no such endpoint ${url.pathname}` });
  };

  const national = (req: IncomingMessage, res: ServerResponse, address: string, url: URL) => {
    const t = clock.nowMs();
    const key = `${address}|${url.pathname}?${url.searchParams.toString()}|${pages.stateKey(address, url.pathname, t)}`;
    const hit = cache.get(key);
    if (hit) return send(req, res, hit);
    const r = pages.render(address, url.pathname, url.searchParams, t);
    if (r.response) {
      if (r.cacheKey) cache.set(key, r.response);
      return send(req, res, r.response);
    }
    const sp = r.special!;
    if (sp.kind === 'transient') {
      const id = `${address}|${url.pathname}`;
      const n = transientCount.get(id) ?? 0;
      transientCount.set(id, n + 1);
      if (n < TRANSIENT_FAILURES) return send(req, res, { status: 500, headers: { 'content-type': 'text/html' }, body: Buffer.from('<html><body><h1>500 Internal Server Error</h1></body></html>') });
      return send(req, res, sp.ok);
    }
    res.statusCode = 200;
    for (const [k, v] of Object.entries(sp.headers)) res.setHeader(k, v);
    res.setHeader('server', 'nginx');
    if (sp.kind === 'cut') {
      res.write(sp.head);
      setImmediate(() => res.socket?.destroy());
      return;
    }
    res.write(sp.head);
    held.add(res);
    const timer = setTimeout(() => {
      held.delete(res);
      res.end('</head><body></body></html>');
    }, SLOW_HOLD_MS);
    // A held page must never keep a test process alive.
    timer.unref();
    res.on('close', () => {
      clearTimeout(timer);
      held.delete(res);
    });
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const local = (req.socket.localAddress ?? '').replace(/^::ffff:/, '');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${local}`);
    } catch (e) {
      return json(req, res, 400, { error: `bad request URL: ${(e as Error).message}` });
    }
    if (local === CONTROL_ADDRESS) {
      control(req, res, url).catch((e: unknown) => {
        log.error('control endpoint failed', { path: url.pathname, error: String(e) });
        if (!res.headersSent) json(req, res, 500, { error: String(e) });
      });
      return;
    }
    const bodyless = req.method === 'GET' || req.method === 'HEAD';
    if (!bodyless && SITE_ADDRESSES.has(local)) return send(req, res, { status: 405, headers: { 'content-type': 'text/plain', allow: 'GET, HEAD' }, body: Buffer.from('method not allowed') });
    if (!bodyless) {
      // Some city sites serve their lists only to POST; the city renderer reads the body and answers every method.
      readBody(req, 64 * 1024)
        .then((body) => cities.render(local, url.pathname, url.searchParams, clock.nowMs(), { method: req.method ?? 'POST', contentType: req.headers['content-type'] ?? null, body }))
        .then(
          (city) => send(req, res, city),
          (e: unknown) => {
            const tooLarge = e instanceof RangeError;
            if (!tooLarge) log.error('render failed', { address: local, path: url.pathname, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
            if (!res.headersSent) send(req, res, { status: tooLarge ? 413 : 500, headers: { 'content-type': 'text/plain' }, body: Buffer.from(tooLarge ? String(e) : 'replica render error') });
          },
        );
      return;
    }
    try {
      if (SITE_ADDRESSES.has(local)) return national(req, res, local, url);
      const city = cities.render(local, url.pathname, url.searchParams, clock.nowMs());
      return send(req, res, city);
    } catch (e) {
      log.error('render failed', { address: local, path: url.pathname, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      if (!res.headersSent) send(req, res, { status: 500, headers: { 'content-type': 'text/plain' }, body: Buffer.from('replica render error') });
    }
  };

  const addresses = [CONTROL_ADDRESS, ...SITE_ADDRESSES.keys(), ...cities.addresses()];
  const servers = await bindAll(addresses, hosting.port, handler);
  hosting.port = (servers[0]!.address() as AddressInfo).port;
  const baseUrl = `http://${CONTROL_ADDRESS}:${hosting.port}`;
  log.debug('replica listening', { baseUrl, addresses: addresses.length });

  return {
    baseUrl,
    port: hosting.port,
    world,
    clock,
    get sites() {
      return describeSites();
    },
    truth,
    pages,
    cities,
    async close() {
      for (const r of held) r.destroy();
      held.clear();
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}

async function bindAll(addresses: string[], port: number, handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server[]> {
  for (let attempt = 0; ; attempt++) {
    const servers: Server[] = [];
    try {
      const first = await listen(addresses[0]!, port, handler);
      servers.push(first);
      const chosen = (first.address() as AddressInfo).port;
      for (const a of addresses.slice(1)) servers.push(await listen(a, chosen, handler));
      return servers;
    } catch (e) {
      await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
      const code = (e as NodeJS.ErrnoException).code;
      if (port !== 0 || code !== 'EADDRINUSE' || attempt + 1 >= MAX_PORT_TRIES) throw e;
    }
  }
}

function listen(address: string, port: number, handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  return new Promise((resolve, reject) => {
    const s = createServer({ keepAliveTimeout: 10_000 }, handler);
    s.once('error', reject);
    s.listen(port, address, () => {
      s.off('error', reject);
      resolve(s);
    });
  });
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new RangeError(`request body over ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
