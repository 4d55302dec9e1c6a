// `ccm start`: the live crawl scheduler on the real clock, with the configured sources and settings.
import type { Command } from 'commander';
import { DEFAULT_SETTINGS_FILE, loadSettings } from '../../core/settings.js';
import { createProgressDisplay } from '../../crawler/scheduler/progress.js';
import { crawlLive } from '../../crawler/scheduler/run.js';
import { interruptible } from './crawl.js';

export function register(program: Command): void {
  program
    .command('start')
    .description('run the crawl scheduler on the real clock (homepages and rankings every 10 min, city sites daily, per settings.schedule) until Ctrl+C')
    .option('--data <dir>', 'data folder (default: dataDir of the settings)')
    .option('--config <file>', 'settings file', DEFAULT_SETTINGS_FILE)
    .action(async (o: { data?: string; config: string }) => {
      const settings = loadSettings(o.config);
      if (o.data !== undefined) settings.dataDir = o.data;
      const stop = interruptible('start');
      try {
        const r = await crawlLive({ settings, signal: stop.signal, progress: createProgressDisplay(process.stderr) });
        process.stdout.write(`${r.summary}\n`);
      } finally {
        stop.dispose();
      }
    });
}
