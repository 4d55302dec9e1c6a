// The city column schema: how a list endpoint is requested (GET, or POST with a form or JSON body),
// and the messages a maintainer reads when a source file gets it wrong.
import { describe, expect, it } from 'vitest';
import { ConfigError, validateConfig } from '../../core/config.js';
import { CitySourceSchema, ColumnHintSchema } from '../../core/sources.js';

const city = (columns: Record<string, unknown>) => ({
  id: 'city-test',
  kind: 'city-credit',
  name: '信用测试',
  cityCode: '440300',
  homepage: 'https://credit.example.gov.cn/',
  columns,
});

function problems(columns: Record<string, unknown>): string[] {
  try {
    validateConfig(CitySourceSchema, city(columns), 'city-test.yaml');
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected the source to be refused');
}

const endpoint = 'https://credit.example.gov.cn/api/list';

describe('column request', () => {
  it('is optional: a column without one is fetched with a plain GET', () => {
    const hint = ColumnHintSchema.parse({ url: endpoint, format: 'json' });
    expect(hint.request).toBeUndefined();
  });

  it('defaults its method to GET and keeps extra headers', () => {
    const hint = ColumnHintSchema.parse({ url: endpoint, request: { headers: { Referer: 'https://credit.example.gov.cn/' } } });
    expect(hint.request).toEqual({ method: 'GET', headers: { Referer: 'https://credit.example.gov.cn/' } });
  });

  it('accepts a POST with form fields (深圳-like) or with a JSON body (东营-like)', () => {
    const form = ColumnHintSchema.parse({ url: endpoint, format: 'json', request: { method: 'POST', form: { action: 'getXZXKGSList', PageIndex: '1' } } });
    expect(form.request).toEqual({ method: 'POST', form: { action: 'getXZXKGSList', PageIndex: '1' } });
    const json = ColumnHintSchema.parse({ url: endpoint, request: { method: 'POST', json: { pageNum: 1, filter: { type: 'xzcf' } } } });
    expect(json.request?.json).toEqual({ pageNum: 1, filter: { type: 'xzcf' } });
  });

  it('refuses form and json together, naming the key', () => {
    const p = problems({ '双公示-许可': { url: endpoint, request: { method: 'POST', form: { a: '1' }, json: { a: 1 } } } });
    expect(p).toEqual(['columns.双公示-许可.request.json: give either form or json as the request body, not both']);
  });

  it('refuses a body without POST, saying which method was given', () => {
    expect(problems({ '双公示-处罚': { url: endpoint, request: { form: { a: '1' } } } })).toEqual([
      'columns.双公示-处罚.request.method: a request body (form or json) is only sent with method: POST, not GET',
    ]);
  });

  it('refuses a POST without the endpoint url', () => {
    expect(problems({ '双公示-处罚': { request: { method: 'POST', json: {} } } })).toEqual([
      'columns.双公示-处罚.url: a column requested with POST needs its endpoint url',
    ]);
  });

  it('names the allowed methods, and refuses form values that are not text', () => {
    expect(problems({ 红黑名单: { url: endpoint, request: { method: 'PUT' } } })).toEqual([
      "columns.红黑名单.request.method: expected one of 'GET', 'POST', got 'PUT'",
    ]);
    expect(problems({ 红黑名单: { url: endpoint, request: { method: 'POST', form: { PageIndex: 1 } } } })).toEqual([
      'columns.红黑名单.request.form.PageIndex: expected string, got number',
    ]);
    expect(problems({ 红黑名单: { url: endpoint, request: { method: 'POST', json: 'pageNum=1' } } })).toEqual([
      'columns.红黑名单.request.json: json must be an object or an array (the request body)',
    ]);
  });

  it('refuses headers the crawler sets itself, line breaks in values and unknown keys', () => {
    const p = problems({
      信用动态: { url: endpoint, request: { headers: { 'User-Agent': 'Mozilla/5.0', 'X-Token': 'a\r\nHost: evil' }, body: 'x' } },
    });
    expect(p).toContain('columns.信用动态.request.headers.User-Agent: host, content-length, user-agent, transfer-encoding, connection are set by the crawler and cannot be configured');
    expect(p).toContain('columns.信用动态.request.headers.X-Token: header values cannot contain line breaks');
    expect(p).toContain("columns.信用动态.request: unknown key 'body'");
  });
});
