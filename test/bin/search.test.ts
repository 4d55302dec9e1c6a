// `ccm search`: option parsing as a specification, and the command run as a real subprocess.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchQueryFromOptions } from '../../bin/commands/search.js';
import { defaultGazetteer } from '../../core/gazetteer/index.js';
import { UsageError } from '../../core/errors.js';
import { openSqliteStore } from '../../indexer/store/sqlite/index.js';
import { analysis, article } from '../indexer/store/fixtures.js';

const CCM = fileURLToPath(new URL('../../bin/ccm.js', import.meta.url));
const run = promisify(execFile);
const g = defaultGazetteer();

describe('search options', () => {
  it('reads a city given by name, county-level city or code as its prefecture-level city', () => {
    expect(searchQueryFromOptions(undefined, { city: '苏州' }, g).cityCode).toBe('320500');
    expect(searchQueryFromOptions(undefined, { city: '昆山' }, g).cityCode).toBe('320500');
    expect(searchQueryFromOptions(undefined, { city: '320500' }, g).cityCode).toBe('320500');
    expect(searchQueryFromOptions(undefined, { province: '江苏' }, g).provinceCode).toBe('320000');
  });

  it('refuses an ambiguous or unknown place with the readings to choose from', () => {
    expect(() => searchQueryFromOptions(undefined, { city: '朝阳' }, g)).toThrow(/ambiguous.*211300/);
    expect(() => searchQueryFromOptions(undefined, { city: '不存在的地方' }, g)).toThrow(UsageError);
    expect(() => searchQueryFromOptions(undefined, { city: '999999' }, g)).toThrow(/no division/);
  });

  it('names the flag and the allowed values for a bad filter value', () => {
    expect(() => searchQueryFromOptions(undefined, { polarity: 'breach,bad' }, g)).toThrow(/--polarity: unknown value 'bad'/);
    expect(() => searchQueryFromOptions(undefined, { limit: '-3' }, g)).toThrow(/--limit/);
    expect(() => searchQueryFromOptions(undefined, { from: 'yesterday' }, g)).toThrow(/--from/);
  });
});

describe('ccm search', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ccm-search-'));
    const store = await openSqliteStore({ file: join(dataDir, 'ccm.sqlite') });
    await store.upsertArticles([
      article({ url: 'https://www.people.example.cn/20261120/a.html', title: '苏州一食品企业生产过期食品被查处', body: '苏州市市场监管局查处一家食品企业。' }),
      article({ url: 'https://www.people.example.cn/20261120/b.html', title: '<script>alert(1)</script>南京发布信用修复办法', body: '南京市发布信用修复办法。' }),
    ]);
    await store.setAnalyses([
      { url: 'https://www.people.example.cn/20261120/a.html', analysis: analysis({ polarity: 'breach', city: { code: '320500', name: '苏州市' } }) },
    ]);
    await store.close();
  });

  it('finds Chinese words and filters by city and polarity', async () => {
    const { stdout } = await run(process.execPath, [CCM, 'search', '食品', '--data', dataDir, '--city', '苏州', '--polarity', 'breach', '--json']);
    const r = JSON.parse(stdout) as { total: number; hits: { url: string; titleHtml: string }[] };
    expect(r.total).toBe(1);
    expect(r.hits[0]!.url).toBe('https://www.people.example.cn/20261120/a.html');
    expect(r.hits[0]!.titleHtml).toContain('<em>食品</em>');
  });

  it('prints hostile titles as text in the terminal listing', async () => {
    const { stdout } = await run(process.execPath, [CCM, 'search', '信用修复', '--data', dataDir]);
    expect(stdout).toMatch(/^1 matches/);
    expect(stdout).toContain('<script>alert(1)</script>南京发布【信用修复】办法');
  });

  it('exits 2 with a message for a missing store', async () => {
    const err = await run(process.execPath, [CCM, 'search', 'x', '--data', join(dataDir, 'nope')]).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toMatch(/no store/);
  });
});
