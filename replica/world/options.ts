// The world's configuration: data, validated with zod so a wrong option says what was expected.
import { z } from 'zod';

const isoDateOrTime = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(s) && Number.isFinite(parseStart(s)), {
    message: 'expected an ISO date (2026-11-20) or time (2026-11-20T08:00:00+08:00)',
  });

export const WorldOptionsSchema = z
  .object({
    seed: z.number().int('the seed must be an integer'),
    /** First simulated day; a bare date means midnight in Beijing. */
    start: isoDateOrTime.default('2026-11-20'),
    days: z.number().int().min(1, 'at least one simulated day').max(3650).default(3),
    /** How many cities of each tier the world holds. */
    cities: z
      .object({
        capital: z.number().int().min(0).max(36).default(12),
        prefecture: z.number().int().min(0).max(250).default(24),
        county: z.number().int().min(0).max(350).default(12),
      })
      .strict()
      .default({}),
    /** Mean number of credit-related and distractor events per simulated day. */
    eventsPerDay: z.number().positive().max(20000).default(100),
    /** Mean number of non-credit filler articles each site publishes per day. */
    fillerPerSitePerDay: z.number().min(0).max(5000).default(36),
    /** Hours of filler-only history before the start, so homepages are full at the start. */
    warmupHours: z.number().min(0).max(24 * 30).default(24),
    /** Build the city credit websites. */
    citySites: z.boolean().default(true),
  })
  .strict();

export type WorldOptionsInput = z.input<typeof WorldOptionsSchema>;
export type WorldOptions = z.output<typeof WorldOptionsSchema>;

/** Start instant in ms; a bare date is midnight Asia/Shanghai. */
export function parseStart(s: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00+08:00`) : Date.parse(s);
}

export function parseWorldOptions(input: WorldOptionsInput): WorldOptions {
  const r = WorldOptionsSchema.safeParse(input);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`);
  throw new RangeError(`invalid replica world options:\n  - ${problems.join('\n  - ')}`);
}
