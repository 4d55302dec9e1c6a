// Runs writer.ts in its own process and follows its progress lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WRITER = fileURLToPath(new URL('./writer.ts', import.meta.url));

export interface Writer {
  child: ChildProcess;
  /** Every progress line so far. */
  lines: string[];
  /** Resolves when a line equal to `line` (or starting with it) has been printed. */
  waitFor(line: string): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Start a writer that writes one batch per size given. */
export function startWriter(file: string, batchSizes: number[]): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, ...batchSizes.map(String)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { line: string; resolve: () => void }[] = [];
  let buffered = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      lines.push(line);
      for (const w of waiters.filter((w) => line.startsWith(w.line))) w.resolve();
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return {
    child,
    lines,
    exited,
    waitFor: (line) =>
      new Promise<void>((resolve, reject) => {
        if (lines.some((l) => l.startsWith(line))) return resolve();
        waiters.push({ line, resolve });
        void exited.then(({ code, signal, stderr }) => reject(new Error(`writer exited (${code ?? signal}) before "${line}": ${stderr}`)));
      }),
  };
}
