// The recurring work of a crawl: each homepage, each source's ranking lists, its channel lists and each city site is a
// task with an interval from settings.schedule. When each task last ran is persisted, so a restarted
// crawl neither repeats nor skips a poll.
import type { Settings } from '../../core/settings.js';
import type { Source } from '../../core/sources.js';

export type TaskKind = 'homepage' | 'ranking' | 'channel' | 'city';

export interface Task {
  key: string;
  kind: TaskKind;
  sourceId: string;
  intervalMs: number;
}

/** Last run time (ms) per task key. */
export type LastRuns = Record<string, number>;

export function tasksFor(sources: readonly Source[], schedule: Settings['schedule']): Task[] {
  const min = 60_000;
  const tasks: Task[] = [];
  for (const s of sources) {
    if (s.kind === 'national') {
      tasks.push({ key: `homepage:${s.id}`, kind: 'homepage', sourceId: s.id, intervalMs: schedule.homepageMinutes * min });
      if (s.rankings.length) tasks.push({ key: `ranking:${s.id}`, kind: 'ranking', sourceId: s.id, intervalMs: schedule.rankingMinutes * min });
      if (s.channels.length) tasks.push({ key: `channel:${s.id}`, kind: 'channel', sourceId: s.id, intervalMs: schedule.channelMinutes * min });
    } else {
      tasks.push({ key: `city:${s.id}`, kind: 'city', sourceId: s.id, intervalMs: schedule.citySiteMinutes * min });
    }
  }
  return tasks;
}

export function isDue(task: Task, last: LastRuns, nowMs: number): boolean {
  const prev = last[task.key];
  return prev === undefined || nowMs - prev >= task.intervalMs;
}

/** When the next task falls due (ms), or null without tasks. */
export function nextDueMs(tasks: readonly Task[], last: LastRuns, nowMs: number): number | null {
  let next: number | null = null;
  for (const t of tasks) {
    const prev = last[t.key];
    const at = prev === undefined ? nowMs : prev + t.intervalMs;
    if (next === null || at < next) next = at;
  }
  return next;
}
