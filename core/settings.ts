// The main configuration (config/ccm.yaml): where data lives, which store, crawl politeness and
// schedules. Every field has a default so an empty file is valid.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfigFile, validateConfig } from './config.js';

const minutes = z.number().positive();

export const SettingsSchema = z
  .object({
    dataDir: z.string().default('data'),
    store: z
      .object({
        kind: z.enum(['sqlite', 'elasticsearch']).default('sqlite'),
        /** Elasticsearch URL; the ES_URL environment variable overrides it and selects Elasticsearch. */
        url: z.string().url().optional(),
        username: z.string().optional(),
        password: z.string().optional(),
        indexPrefix: z.string().regex(/^[a-z0-9_-]+$/, 'lower-case letters, digits, _ and - only').default('ccm'),
      })
      .strict()
      .default({}),
    crawler: z
      .object({
        userAgent: z.string().default('CityCreditMonitor/0.1 (+https://github.com/city-credit-monitor)'),
        requestTimeoutMs: z.number().int().positive().default(15_000),
        maxPageBytes: z.number().int().positive().default(5 * 1024 * 1024),
        maxRetries: z.number().int().min(0).max(10).default(3),
        perHostConcurrency: z.number().int().positive().default(2),
        perHostDelayMs: z.number().int().min(0).default(250),
        respectRobotsTxt: z.boolean().default(true),
        browser: z
          .object({
            executablePath: z.string().default('/usr/bin/chromium'),
            args: z
              .array(z.string())
              .default([
                '--no-sandbox',
                '--disable-gpu',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync',
                '--no-first-run',
              ]),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
    schedule: z
      .object({
        homepageMinutes: minutes.default(10),
        rankingMinutes: minutes.default(10),
        /** Channel (section) lists: they list every article, so a slower poll still finds each one. */
        channelMinutes: minutes.default(30),
        citySiteMinutes: minutes.default(24 * 60),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Settings = z.output<typeof SettingsSchema>;

export const DEFAULT_SETTINGS_FILE = join('config', 'ccm.yaml');

/** Settings from a file (if present) with environment overrides (ES_URL, ES_USERNAME, ES_PASSWORD, CCM_DATA). */
export function loadSettings(file = DEFAULT_SETTINGS_FILE, env: NodeJS.ProcessEnv = process.env): Settings {
  const base = existsSync(file) ? loadConfigFile(SettingsSchema, file) : validateConfig(SettingsSchema, {}, file);
  const s: Settings = structuredClone(base);
  if (env.CCM_DATA) s.dataDir = env.CCM_DATA;
  if (env.ES_URL) {
    s.store.kind = 'elasticsearch';
    s.store.url = env.ES_URL;
  }
  if (env.ES_USERNAME) s.store.username = env.ES_USERNAME;
  if (env.ES_PASSWORD) s.store.password = env.ES_PASSWORD;
  return s;
}
