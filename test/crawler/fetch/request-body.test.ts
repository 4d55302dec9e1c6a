import { describe, expect, it } from 'vitest';
import { ColumnRequestSchema } from '../../../core/sources.js';
import { FORM_CONTENT_TYPE, JSON_CONTENT_TYPE, wireRequest } from '../../../crawler/fetch/request-body.js';

describe('a declared request on the wire', () => {
  it('is a plain GET when nothing is declared', () => {
    expect(wireRequest(undefined)).toEqual({ method: 'GET', headers: {} });
  });

  it('form-encodes form fields in UTF-8, keeping their order', () => {
    const w = wireRequest(ColumnRequestSchema.parse({ method: 'POST', form: { action: 'getXZXKGSList', keyword: '食品 许可&证', PageIndex: '1' } }));
    expect(w.body).toEqual({ contentType: FORM_CONTENT_TYPE, data: 'action=getXZXKGSList&keyword=%E9%A3%9F%E5%93%81+%E8%AE%B8%E5%8F%AF%26%E8%AF%81&PageIndex=1' });
  });

  it('serialises a JSON body and carries the declared headers', () => {
    const w = wireRequest(ColumnRequestSchema.parse({ method: 'POST', json: [{ page: 1 }], headers: { Referer: 'http://a.example/' } }));
    expect(w).toEqual({ method: 'POST', headers: { Referer: 'http://a.example/' }, body: { contentType: JSON_CONTENT_TYPE, data: '[{"page":1}]' } });
  });

  it('sends a POST without a body when none is declared', () => {
    expect(wireRequest(ColumnRequestSchema.parse({ method: 'POST' }))).toEqual({ method: 'POST', headers: {} });
  });
});
