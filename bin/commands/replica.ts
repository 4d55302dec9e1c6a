// `ccm replica`: serve the offline replica of the monitored web and print its base URL.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { startReplica } from '../../replica/index.js';

interface ReplicaCliOptions {
  seed: string;
  port: string;
  start?: string;
  days: string;
  eventsPerDay?: string;
}

function int(name: string, v: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, got '${v}'`);
  return n;
}

export function register(program: Command): void {
  program
    .command('replica')
    .description('serve the offline replica of the 15 national sites and the city credit websites (base URL on the first line of stdout)')
    .requiredOption('--seed <n>', 'world seed (integer)')
    .option('--port <p>', 'port for every address (0 picks a free one)', '0')
    .option('--start <date>', 'first simulated day, ISO date or time (default 2026-11-20)')
    .option('--days <d>', 'simulated days', '3')
    .option('--events-per-day <n>', 'mean events per simulated day')
    .action(async (o: ReplicaCliOptions) => {
      let replica;
      try {
        replica = await startReplica({
          seed: int('seed', o.seed, Number.MIN_SAFE_INTEGER),
          port: int('port', o.port, 0),
          days: int('days', o.days, 1),
          ...(o.start ? { start: o.start } : {}),
          ...(o.eventsPerDay ? { eventsPerDay: Number(o.eventsPerDay) } : {}),
        });
      } catch (e) {
        if (e instanceof RangeError) throw new UsageError(e.message);
        throw e;
      }
      process.stdout.write(`${replica.baseUrl}\n`);
      process.stderr.write(`replica: seed ${o.seed}, ${replica.world.events.length} events, ${replica.world.articles.length} articles, ${replica.sites.length} sites; control at ${replica.baseUrl}/_replica/{sites,clock,truth}\n`);
      const stop = () => {
        void replica.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
