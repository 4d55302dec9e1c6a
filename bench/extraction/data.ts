// Where the shared benchmark data lives: $CCM_BENCHMARKS, else ../shared/benchmarks beside the repository.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export class BenchmarkDataMissing extends Error {
  override name = 'BenchmarkDataMissing';
}

/** The folder of one benchmark (`extraction`, `homepages`), checked to hold its truth.jsonl. */
export function benchmarkDir(name: string): string {
  const root = process.env.CCM_BENCHMARKS ? resolve(process.env.CCM_BENCHMARKS) : join(repoRoot, '..', 'shared', 'benchmarks');
  const dir = join(root, name);
  if (!existsSync(join(dir, 'truth.jsonl'))) {
    throw new BenchmarkDataMissing(
      `benchmark data not found: ${join(dir, 'truth.jsonl')} is missing. The real-page benchmarks live in shared/benchmarks/ beside ` +
        `the repository (../shared/benchmarks); set CCM_BENCHMARKS=<folder holding extraction/ and homepages/> to point elsewhere.`,
    );
  }
  return dir;
}
