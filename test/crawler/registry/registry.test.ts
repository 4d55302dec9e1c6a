import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../core/config.js';
import { UsageError } from '../../../core/errors.js';
import { NationalSourceSchema, type Source } from '../../../core/sources.js';
import { articleUrlTest } from '../../../crawler/registry/article-urls.js';
import { allowedHosts, loadReplicaSources, loadSourcesDir, selectSources } from '../../../crawler/registry/index.js';

const PEOPLE = `id: people
kind: national
name: 人民网
homepage:
  url: http://www.people.com.cn/
article:
  urlPatterns: ['/n1/\\d{4}/\\d{4}/c\\d+-\\d+\\.html$']
hosts: ['*.people.cn']
`;

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccm-sources-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('source registry', () => {
  it('loads one validated source per file', () => {
    const [s] = loadSourcesDir(dirWith({ 'people.yaml': PEOPLE, 'README.md': '# not a source' }));
    expect(s).toMatchObject({ id: 'people', kind: 'national', homepage: { url: 'http://www.people.com.cn/', render: 'static' } });
  });

  it('names the file, the key and what was expected when a source is wrong', () => {
    const dir = dirWith({ 'bad.yaml': PEOPLE.replace('kind: national', 'kind: national\nhompage: x') });
    expect(() => loadSourcesDir(dir)).toThrow(ConfigError);
    expect(() => loadSourcesDir(dir)).toThrow(/bad\.yaml[\s\S]*hompage/);
  });

  it('refuses two files with the same id', () => {
    expect(() => loadSourcesDir(dirWith({ 'a.yaml': PEOPLE, 'b.yaml': PEOPLE }))).toThrow(/already used by .*a\.yaml/);
  });

  it('selects sources by id and lists the known ones for an unknown id', () => {
    const all = loadSourcesDir(dirWith({ 'people.yaml': PEOPLE }));
    expect(selectSources(all, ['people'])).toHaveLength(1);
    expect(() => selectSources(all, ['sina'])).toThrow(UsageError);
    expect(() => selectSources(all, ['sina'])).toThrow(/unknown source id: sina \(known: people\)/);
  });

  it("reads the replica's sites with the same schema", async () => {
    const body = [{ ...NationalSourceSchema.parse({ id: 'x', kind: 'national', name: 'X', homepage: { url: 'http://127.0.1.1:9/' }, article: { urlPatterns: ['/a/'] } }) }];
    const fake = (async () => new Response(JSON.stringify(body))) as unknown as typeof fetch;
    const sources = await loadReplicaSources('http://127.0.0.1:9', fake);
    expect(sources.map((s) => s.id)).toEqual(['x']);
    const broken = (async () => new Response(JSON.stringify([{ id: 'y', kind: 'national' }]))) as unknown as typeof fetch;
    await expect(loadReplicaSources('http://127.0.0.1:9', broken)).rejects.toThrow(/_replica\/sites \[0\][\s\S]*name: required/);
  });
});

describe('hosts and article URLs of a source', () => {
  const people = loadSourcesDir(dirWith({ 'people.yaml': PEOPLE }))[0] as Extract<Source, { kind: 'national' }>;

  it("allow the source's own hosts, subdomains of its homepage domain and configured hosts", () => {
    expect(allowedHosts(people).sort()).toEqual(['*.people.cn', '*.people.com.cn', 'www.people.com.cn']);
  });

  it('takes a link as an article when a pattern matches its URL or path, on an allowed host', () => {
    const isArticle = articleUrlTest(people);
    expect(isArticle('http://society.people.com.cn/n1/2026/1120/c1008-40123456.html')).toBe(true);
    expect(isArticle('http://www.people.com.cn/GB/59476/index.html')).toBe(false);
    expect(isArticle('http://evil.example.com/n1/2026/1120/c1008-40123456.html')).toBe(false);
  });

  it('reports an invalid pattern as a configuration error naming the source', () => {
    const bad = NationalSourceSchema.parse({ ...people, article: { urlPatterns: ['(unclosed'] } });
    expect(() => articleUrlTest(bad)).toThrow(/source people[\s\S]*urlPatterns\.0/);
  });
});
