// `ccm demo`: the replica world crawled offline on the simulated clock, then a per-site summary.
import type { Command } from 'commander';
import { toShanghaiIso } from '../../core/clock.js';
import { UsageError } from '../../core/errors.js';
import { DEFAULT_SETTINGS_FILE, loadSettings } from '../../core/settings.js';
import { demoDataDir, runDemo } from '../../crawler/demo/index.js';
import { createProgressDisplay } from '../../crawler/scheduler/progress.js';
import { interruptible } from './crawl.js';

interface DemoCliOptions {
  days: string;
  seed: string;
  data?: string;
  config: string;
  serve: boolean;
  resume: boolean;
  eventsPerDay?: string;
}

function number(name: string, v: string, check: (n: number) => boolean, expected: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} must be ${expected}, got '${v}'`);
  return n;
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

const when = (ms: number) => toShanghaiIso(ms).slice(0, 16).replace('T', ' ');

export function register(program: Command): void {
  program
    .command('demo')
    .description('start the replica, crawl its simulated days on the simulated clock and print a per-site summary')
    .option('--days <d>', 'simulated days to crawl', '3')
    .option('--seed <n>', 'world seed (integer)', '1')
    .option('--data <dir>', 'data folder (default: <dataDir>/demo-<seed>)')
    .option('--config <file>', 'settings file', DEFAULT_SETTINGS_FILE)
    .option('--no-serve', 'exit when the crawl is done instead of keeping the replica up')
    .option('--resume', 'continue an interrupted demo in the same data folder (default: start clean)', false)
    .option('--events-per-day <n>', 'mean events per simulated day in the replica world')
    .action(async (o: DemoCliOptions) => {
      const seed = number('seed', o.seed, Number.isInteger, 'an integer');
      const days = number('days', o.days, (n) => n > 0 && n <= 3650, 'a number of days > 0');
      const eventsPerDay = o.eventsPerDay === undefined ? undefined : number('events-per-day', o.eventsPerDay, (n) => n > 0, 'a positive number');
      const settings = loadSettings(o.config);
      if (o.data !== undefined) settings.dataDir = o.data;
      settings.dataDir = demoDataDir(settings, seed, o.data !== undefined);

      const stop = interruptible('demo');
      try {
        const r = await runDemo({
          seed,
          days,
          settings,
          resume: o.resume,
          eventsPerDay,
          progress: createProgressDisplay(process.stderr),
          signal: stop.signal,
          keepReplica: o.serve,
          onAnalysisProgress: (p) => process.stderr.write(`analysis: ${p.done}/${p.total} articles, ${p.events} events written\n`),
        });
        const out = process.stdout;
        out.write(
          `demo: seed ${seed}, ${days} simulated day${days === 1 ? '' : 's'} (${when(r.from)} → ${when(r.to)} +08:00), ` +
            `${r.run.ticks} ticks${r.run.resumedAfter !== null ? ` (resumed after ${when(r.run.resumedAfter)})` : ''} in ${duration(r.elapsedMs)}; data in ${r.dataDir}\n\n`,
        );
        out.write(`${r.summary}\n`);
        if (r.analysis) {
          out.write(
            `\nanalysis: ${r.analysis.analyzed} articles classified, located and clustered in ${duration(r.analysis.elapsedMs)}; ` +
              `store holds ${r.analysis.articles} analysed articles in ${r.analysis.events} events ` +
              `(ccm dump articles|events --data ${r.dataDir})\n`,
          );
        }
        if (r.run.aborted) {
          out.write(`\ninterrupted: run the same command with --resume to continue\n`);
          process.exitCode = 130;
        }
        if (r.replica && r.run.aborted) await r.replica.close();
        else if (r.replica) {
          out.write(`\nreplica still serving at ${r.replica.baseUrl} (/_replica/sites, /_replica/clock, /_replica/truth); Ctrl+C to stop\n`);
          const replica = r.replica;
          stop.dispose();
          await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
          await replica.close();
        }
      } finally {
        stop.dispose();
      }
    });
}
