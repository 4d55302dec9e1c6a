import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../core/settings.js';
import { CitySourceSchema, NationalSourceSchema } from '../../../core/sources.js';
import { isDue, nextDueMs, tasksFor } from '../../../crawler/scheduler/tasks.js';

const national = (id: string, rankings: boolean) =>
  NationalSourceSchema.parse({
    id,
    kind: 'national',
    name: id,
    homepage: { url: `http://${id}.example/` },
    rankings: rankings ? [{ kind: 'json', list: '热榜', url: `http://${id}.example/hot.json`, itemsPath: 'data' }] : [],
    article: { urlPatterns: ['/a/'] },
  });
const city = CitySourceSchema.parse({ id: 'city-320500', kind: 'city-credit', name: '信用苏州', cityCode: '320500', homepage: 'http://credit.suzhou.example/' });
const schedule = SettingsSchema.parse({ schedule: { homepageMinutes: 10, rankingMinutes: 5, citySiteMinutes: 1440 } }).schedule;

describe('scheduler tasks', () => {
  const tasks = tasksFor([national('a', true), national('b', false), city], schedule);

  it('has a homepage task per national site, a ranking task where it has lists, and a task per city site', () => {
    expect(tasks.map((t) => [t.key, t.intervalMs / 60_000])).toEqual([
      ['homepage:a', 10],
      ['ranking:a', 5],
      ['homepage:b', 10],
      ['city:city-320500', 1440],
    ]);
  });

  it('makes a task due when it never ran or its interval has passed since it last ran', () => {
    const home = tasks[0]!;
    expect(isDue(home, {}, 0)).toBe(true);
    expect(isDue(home, { 'homepage:a': 0 }, 9 * 60_000)).toBe(false);
    expect(isDue(home, { 'homepage:a': 0 }, 10 * 60_000)).toBe(true);
  });

  it('knows when the next task falls due', () => {
    const last = Object.fromEntries(tasks.map((t) => [t.key, 0]));
    expect(nextDueMs(tasks, last, 60_000)).toBe(5 * 60_000);
    expect(nextDueMs(tasks, { ...last, 'homepage:b': undefined as unknown as number }, 60_000)).toBe(60_000);
  });
});

describe('channel tasks', () => {
  const withChannels = NationalSourceSchema.parse({
    id: 'c',
    kind: 'national',
    name: 'c',
    homepage: { url: 'http://c.example/' },
    article: { urlPatterns: ['/a/'] },
    channels: [
      { id: 'roll', url: 'http://c.example/roll.json', format: 'json', itemsPath: 'data' },
      { id: 'society', url: 'http://c.example/society.html', format: 'html', itemSelector: 'li' },
    ],
  });

  it('polls all of a site’s channel lists in one task at channelMinutes (30 by default)', () => {
    const tasks = tasksFor([withChannels, national('b', false)], SettingsSchema.parse({}).schedule);
    expect(tasks.map((t) => [t.key, t.kind, t.intervalMs / 60_000])).toEqual([
      ['homepage:c', 'homepage', 10],
      ['channel:c', 'channel', 30],
      ['homepage:b', 'homepage', 10],
    ]);
  });

  it('refuses a channel interval that is not a positive number of minutes', () => {
    expect(() => SettingsSchema.parse({ schedule: { channelMinutes: 0 } })).toThrow();
    expect(SettingsSchema.parse({ schedule: { channelMinutes: 15 } }).schedule.channelMinutes).toBe(15);
  });
});
