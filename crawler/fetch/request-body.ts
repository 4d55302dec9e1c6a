// How a source's declared request (core/sources.ts `ColumnRequest`) goes over the wire: method,
// encoded body with its content type, and extra headers, ready to merge into a FetchRequest.
import type { ColumnRequest } from '../../core/sources.js';
import type { HttpMethod, RequestBody } from './types.js';

export interface WireRequest {
  method: HttpMethod;
  headers: Record<string, string>;
  body?: RequestBody;
}

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=UTF-8';
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

function encodeBody(r: ColumnRequest): RequestBody | undefined {
  if (r.form) return { contentType: FORM_CONTENT_TYPE, data: new URLSearchParams(r.form).toString() };
  if (r.json !== undefined) return { contentType: JSON_CONTENT_TYPE, data: JSON.stringify(r.json) };
  return undefined;
}

/** The request as sent; no declared request is a plain GET. */
export function wireRequest(r: ColumnRequest | undefined): WireRequest {
  if (!r) return { method: 'GET', headers: {} };
  const body = encodeBody(r);
  return { method: r.method, headers: { ...r.headers }, ...(body ? { body } : {}) };
}

