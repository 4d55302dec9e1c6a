// `npm test` must run on a fresh machine as it does in CI: when the run includes the Elasticsearch
// tests and no server answers at ES_URL, start the project's local one (.ci/elasticsearch.sh: Maven
// Central artifact, unprivileged user) and stop it afterwards. A server that was already running is
// left alone.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = `${ROOT}.ci/elasticsearch.sh`;
const ES_URL = process.env.ES_URL ?? 'http://127.0.0.1:9200';

async function reachable(): Promise<boolean> {
  try {
    const r = await fetch(`${ES_URL}/_cluster/health`, { signal: AbortSignal.timeout(3000) });
    return r.ok;
  } catch (e) {
    if (e instanceof Error) return false;
    throw e;
  }
}

/** File filters given to `vitest run <filters…>`; none means the whole suite. */
function selectsElasticsearch(argv: string[]): boolean {
  const i = argv.findIndex((a) => a === 'run' || a === 'related');
  const filters = (i >= 0 ? argv.slice(i + 1) : []).filter((a) => !a.startsWith('-'));
  return filters.length === 0 || filters.some((f) => /elastic|store|reindex|test\/?$|^test\/indexer\/?$/.test(f));
}

export default async function setup(): Promise<(() => void) | void> {
  if (process.env.CCM_ES_AUTOSTART === '0' || !selectsElasticsearch(process.argv)) return;
  if (await reachable()) return;
  const env = { ...process.env, ES_BASE: process.env.ES_BASE ?? '/var/tmp/ccm-es' };
  process.stderr.write(`Elasticsearch is not running at ${ES_URL}: starting one with .ci/elasticsearch.sh (set CCM_ES_AUTOSTART=0 to skip)\n`);
  execFileSync(SCRIPT, ['start'], { stdio: 'inherit', env });
  return () => {
    execFileSync(SCRIPT, ['stop'], { stdio: 'inherit', env });
  };
}
