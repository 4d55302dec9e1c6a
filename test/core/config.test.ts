import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile } from '../../core/config.js';
import { SettingsSchema, loadSettings } from '../../core/settings.js';
import { SourceSchema } from '../../core/sources.js';

function tmpFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccm-config-'));
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

function problemsOf(fn: () => unknown): { file: string; problems: string[] } {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return { file: e.file, problems: e.problems };
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration loading', () => {
  it('fills every default from an empty settings file', () => {
    const s = loadConfigFile(SettingsSchema, tmpFile('ccm.yaml', '{}'));
    expect(s.store.kind).toBe('sqlite');
    expect(s.schedule.homepageMinutes).toBe(10);
    expect(s.crawler.browser.executablePath).toBe('/usr/bin/chromium');
  });

  it('names the file, the key and the expected type for a wrong type', () => {
    const f = tmpFile('ccm.yaml', 'crawler:\n  requestTimeoutMs: soon\n');
    const { file, problems } = problemsOf(() => loadConfigFile(SettingsSchema, f));
    expect(file).toBe(f);
    expect(problems).toEqual(['crawler.requestTimeoutMs: expected number, got string']);
  });

  it('rejects an unknown key by name', () => {
    const f = tmpFile('ccm.yaml', 'schedule:\n  homepageMinute: 5\n');
    expect(problemsOf(() => loadConfigFile(SettingsSchema, f)).problems).toEqual(["schedule: unknown key 'homepageMinute'"]);
  });

  it('lists the allowed values for a wrong enum value', () => {
    const f = tmpFile('ccm.yaml', 'store:\n  kind: postgres\n');
    expect(problemsOf(() => loadConfigFile(SettingsSchema, f)).problems[0]).toBe(
      "store.kind: expected one of 'sqlite', 'elasticsearch', got 'postgres'",
    );
  });

  it('reports unparseable YAML as a configuration error, not a crash', () => {
    const f = tmpFile('bad.yaml', 'a: [1, 2\n');
    expect(problemsOf(() => loadConfigFile(SettingsSchema, f)).problems[0]).toMatch(/^cannot parse/);
  });

  it('lets ES_URL select Elasticsearch', () => {
    const s = loadSettings('/nonexistent/ccm.yaml', { ES_URL: 'http://127.0.0.1:9200' });
    expect(s.store).toMatchObject({ kind: 'elasticsearch', url: 'http://127.0.0.1:9200' });
  });

  it('validates a source and requires a 6-digit city code for city sites', () => {
    const r = SourceSchema.safeParse({ id: 'credit-x', kind: 'city-credit', name: '信用X', cityCode: '3205', homepage: 'http://x.test/' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['cityCode']);
  });
});
