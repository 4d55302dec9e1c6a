// Progress of a crawl: one line rewritten in place on a terminal, a line every few seconds otherwise
// (logs and CI), so neither floods the output.
import { toShanghaiIso } from '../../core/clock.js';
import { totals, type CrawlStats } from './stats.js';

export interface ProgressState {
  /** Simulated time, shown in Beijing time. */
  at: Date | null;
  tick: number | null;
  ticks: number | null;
  stats: CrawlStats;
}

export interface ProgressDisplay {
  update(p: ProgressState): void;
  /** Ends the in-place line with a newline and prints the last state. */
  done(p: ProgressState): void;
}

export function progressLine(p: ProgressState): string {
  const t = totals(p.stats);
  const parts = [
    p.at ? toShanghaiIso(p.at).slice(0, 16).replace('T', ' ') : null,
    p.tick !== null ? `tick ${p.tick}${p.ticks !== null ? `/${p.ticks}` : ''}` : null,
    `polls ${t.polls}`,
    `snapshots ${t.snapshots}`,
    t.channelPolls ? `channel polls ${t.channelPolls}` : null,
    `articles ${t.articles}`,
    t.audits ? `city audits ${t.audits}` : null,
    `errors ${t.errors}`,
  ];
  return parts.filter((x) => x !== null).join(' | ');
}

export function createProgressDisplay(out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, intervalMs = 5000): ProgressDisplay {
  let lastPrint = 0;
  return {
    update(p) {
      const line = progressLine(p);
      if (out.isTTY) {
        const width = out.columns ?? 120;
        out.write(`\r\x1b[K${line.slice(0, width - 1)}`);
      } else if (Date.now() - lastPrint >= intervalMs) {
        out.write(`${line}\n`);
        lastPrint = Date.now();
      }
    },
    done(p) {
      const line = progressLine(p);
      out.write(out.isTTY ? `\r\x1b[K${line}\n` : `${line}\n`);
    },
  };
}
