import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-elasticsearch.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native modules (better-sqlite3, nodejieba) and servers bound to fixed loopback addresses are
    // safer in forked processes than in worker threads.
    pool: 'forks',
  },
});
