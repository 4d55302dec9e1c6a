// A source is data: one typed, declarative object per site (config/sources/<id>.yaml for the real
// sites, GET /_replica/sites for the replica), so the same crawler code path reads both and a
// maintainer fixes a site by editing one file.
import { z } from 'zod';
import { CREDIT_COLUMNS } from './types.js';

const url = z.string().url();
const listUrl = url.describe(
  "a list URL may name the listed day with {yyyymmdd}, {yyyy-mm-dd}, {yyyy}, {mm} or {dd}, filled in with the poll's Beijing date",
);
const selector = z.string().min(1);

/**
 * How a page must be fetched: `static` (plain HTTP), `browser` (Chromium renders it, for lists built
 * by JavaScript) or `auto` (static first, the browser when the static page yields no items).
 */
export const RenderSchema = z.enum(['static', 'browser', 'auto']);
export type Render = z.infer<typeof RenderSchema>;

export const HtmlRankingSchema = z
  .object({
    kind: z.literal('html'),
    /** Name of the list as the site prints it (e.g. 点击排行). */
    list: z.string().min(1),
    url: listUrl,
    render: RenderSchema.default('static'),
    /** One element per ranking entry. */
    itemSelector: selector,
    /** Inside an item: the link carrying title and URL. */
    linkSelector: selector.default('a[href]'),
    /** Inside an item: the rank number; absent → the item's order. */
    rankSelector: selector.optional(),
    /** Inside an item: the click/heat count; absent → score null. */
    scoreSelector: selector.optional(),
    /** For the browser: wait until this matches before reading. */
    waitForSelector: selector.optional(),
  })
  .strict();

export const JsonRankingSchema = z
  .object({
    /** `json`: a JSON document; `jsonp`: a script such as `var x = {...};` or `cb({...})`. */
    kind: z.enum(['json', 'jsonp']),
    list: z.string().min(1),
    url: listUrl,
    /** Dotted path to the item array, e.g. `data` or `idlist.0.newslist`. */
    itemsPath: z.string().min(1),
    titleField: z.string().default('title'),
    urlField: z.string().default('url'),
    scoreField: z.string().optional(),
    rankField: z.string().optional(),
  })
  .strict();

export const RankingEndpointSchema = z.union([HtmlRankingSchema, JsonRankingSchema]);
export type HtmlRanking = z.output<typeof HtmlRankingSchema>;
export type JsonRanking = z.output<typeof JsonRankingSchema>;
export type RankingEndpoint = z.output<typeof RankingEndpointSchema>;

export const HomepageSpecSchema = z
  .object({
    url,
    render: RenderSchema.default('static'),
    /** Elements that group links into sections; the section name is read from sectionTitleSelector or a data-section attribute. */
    sectionSelector: selector.optional(),
    sectionTitleSelector: selector.optional(),
    /** Regions never counted (footers, ads, licence bars). */
    ignoreSelectors: z.array(selector).default([]),
    /** Link texts shorter than this are labels, not headlines. */
    minTitleLength: z.number().int().min(1).default(4),
  })
  .strict();
export type HomepageSpec = z.output<typeof HomepageSpecSchema>;

/** Per-site hints for the article extractor; the generic extractor is used where a hint is absent or fails. */
export const ArticleHintsSchema = z
  .object({
    title: z.array(selector).default([]),
    publishedAt: z.array(selector).default([]),
    source: z.array(selector).default([]),
    body: z.array(selector).default([]),
    remove: z.array(selector).default([]),
  })
  .strict();
export type ArticleHints = z.output<typeof ArticleHintsSchema>;

const Meta = {
  /** Facts checked against the live site? Research-only facts stay false until someone checks. */
  verified: z.boolean().default(false),
  notes: z.string().default(''),
  maintainers: z.array(z.string()).default([]),
  /** Known to block plain clients (TLS/browser fingerprinting, signed tokens). */
  antiCrawler: z.boolean().default(false),
  /** Expected charset; only a hint, every response is detected on its own. */
  encoding: z.string().optional(),
  /** Hosts the crawler may follow for this source, besides the hosts of its own URLs. */
  hosts: z.array(z.string()).default([]),
};

/** Header names a source may not set: the fetcher computes them, and it always says who it is. */
const RESERVED_HEADERS = ['host', 'content-length', 'user-agent', 'transfer-encoding', 'connection'];
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/** Extra request headers a source may send (e.g. the `Referer` cctv's channel API expects). */
const RequestHeadersSchema = z.record(
  z.string().regex(HEADER_NAME, 'header names are HTTP tokens such as X-Requested-With (letters, digits, -)').refine((h) => !RESERVED_HEADERS.includes(h.toLowerCase()), {
    message: `${RESERVED_HEADERS.join(', ')} are set by the crawler and cannot be configured`,
  }),
  z.string().regex(/^[^\r\n]*$/, 'header values cannot contain line breaks'),
);

/**
 * A channel (section) list of a national site: 滚动, 社会, 地方, 法治… Most articles, credit news
 * included, never reach the homepage, so channel lists are where they are found. Items are read with
 * the ranking adapters: `html` rows by selector, `json`/`jsonp` entries at `itemsPath`.
 */
export const ChannelListSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_-]+$/i, 'letters, digits, _ and - only'),
    /** Name as the site prints it (社会, 国内滚动). */
    name: z.string().min(1).optional(),
    url: listUrl,
    format: z.enum(['html', 'json', 'jsonp']),
    render: RenderSchema.default('static'),
    headers: RequestHeadersSchema.optional(),
    /** html: one element per listed article. */
    itemSelector: selector.optional(),
    /** html: inside an item, the link carrying title and URL. */
    linkSelector: selector.default('a[href]'),
    /** json/jsonp: dotted path to the item array, e.g. `result.data` or `data.list`. */
    itemsPath: z.string().min(1).optional(),
    titleField: z.string().min(1).default('title'),
    urlField: z.string().min(1).default('url'),
    /** Checked against the live site? A source's channels may be research-only while its homepage is checked. */
    verified: z.boolean().default(false),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.format === 'html' && c.itemSelector === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['itemSelector'], message: 'an html channel needs itemSelector (one element per listed article)' });
    }
    if (c.format !== 'html' && c.itemsPath === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['itemsPath'], message: `a ${c.format} channel needs itemsPath (where the item array is, e.g. data.list)` });
    }
  });
export type ChannelList = z.output<typeof ChannelListSchema>;

export const NationalSourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and - only'),
    kind: z.literal('national'),
    name: z.string().min(1),
    homepage: HomepageSpecSchema,
    rankings: z.array(RankingEndpointSchema).default([]),
    /** Channel lists polled for article links (not homepage appearances). */
    channels: z
      .array(ChannelListSchema)
      .default([])
      .superRefine((cs, ctx) => {
        const seen = new Set<string>();
        cs.forEach((c, i) => {
          if (seen.has(c.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'id'], message: `channel id '${c.id}' is used twice` });
          seen.add(c.id);
        });
      }),
    article: z
      .object({
        /** Regular expressions (JavaScript syntax) an article URL must match. */
        urlPatterns: z.array(z.string().min(1)).min(1),
        render: RenderSchema.default('static'),
        hints: ArticleHintsSchema.default({}),
      })
      .strict(),
    ...Meta,
  })
  .strict();
export type NationalSource = z.output<typeof NationalSourceSchema>;


/**
 * How a column's list is requested, for vendors whose list is an API answering only POST
 * (东营 `POST /creditInquiry/xzcfLZ`, 深圳 `POST …/Ajax.ashx` with `action=getXZXKGSList`).
 * - `method`: `GET` (default) or `POST`.
 * - `form`: fields sent as `application/x-www-form-urlencoded` (UTF-8), POST only.
 * - `json`: a JSON object or array sent as `application/json`, POST only; `form` and `json` exclude each other.
 * - `headers`: extra request headers (e.g. `X-Requested-With`, `Referer`); a `content-type` here
 *   replaces the one implied by the body. Host, Content-Length and User-Agent are the crawler's.
 */
export const ColumnRequestSchema = z
  .object({
    method: z.enum(['GET', 'POST']).default('GET'),
    form: z.record(z.string().min(1, 'form field names cannot be empty'), z.string()).optional(),
    json: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())], {
      errorMap: () => ({ message: 'json must be an object or an array (the request body)' }),
    }).optional(),
    headers: RequestHeadersSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.form !== undefined && r.json !== undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['json'], message: 'give either form or json as the request body, not both' });
    }
    if (r.method !== 'POST' && (r.form !== undefined || r.json !== undefined)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['method'], message: `a request body (form or json) is only sent with method: POST, not ${r.method}` });
    }
  });
export type ColumnRequest = z.output<typeof ColumnRequestSchema>;

export const ColumnHintSchema = z
  .object({
    url: url.optional(),
    /** `html`: dated rows in the page; `json`: a JSON list endpoint. */
    format: z.enum(['html', 'json']).default('html'),
    /** How `url` is requested; absent → a plain GET. */
    request: ColumnRequestSchema.optional(),
    rowSelector: selector.optional(),
    dateSelector: selector.optional(),
    itemsPath: z.string().optional(),
    dateField: z.string().optional(),
    titleField: z.string().optional(),
  })
  .strict()
  .superRefine((h, ctx) => {
    // A POST goes to a known endpoint; the pages found by navigation labels are read with GET.
    if (h.request?.method === 'POST' && h.url === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['url'], message: 'a column requested with POST needs its endpoint url' });
    }
  });
export type ColumnHint = z.output<typeof ColumnHintSchema>;

export const CitySourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and - only'),
    kind: z.literal('city-credit'),
    /** Site name as published, e.g. 信用中国（苏州）. */
    name: z.string().min(1),
    /** GB/T 2260 code of the city the site belongs to. */
    cityCode: z.string().regex(/^\d{6}$/, 'a 6-digit GB/T 2260 code'),
    homepage: url,
    /** Optional per-column hints; columns are otherwise found by their navigation labels. */
    columns: z.record(z.enum(CREDIT_COLUMNS), ColumnHintSchema).default({}),
    ...Meta,
  })
  .strict();
export type CitySource = z.output<typeof CitySourceSchema>;

export const SourceSchema = z.discriminatedUnion('kind', [NationalSourceSchema, CitySourceSchema]);
export type Source = z.output<typeof SourceSchema>;
