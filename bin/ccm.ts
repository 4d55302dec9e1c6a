// The ccm command line. Each subcommand lives in bin/commands/<name>.ts and is a thin wrapper over
// module functions that tests call directly; this file only collects them.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../core/config.js';
import { UsageError } from '../core/errors.js';

export interface CommandModule {
  register(program: Command): void;
}

const here = dirname(fileURLToPath(import.meta.url));

async function main(argv: string[]): Promise<void> {
  const program = new Command('ccm')
    .description('City Credit Monitor: crawl, analyse and score city credit (城市信用状况监测)')
    .showHelpAfterError()
    .exitOverride();
  const dir = join(here, 'commands');
  const all = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  // Loading every command pulls in crawler, browser and Elasticsearch modules; a named command only
  // needs its own file (help and unknown commands still see them all).
  const asked = argv[2] && all.includes(`${argv[2]}.ts`) ? [`${argv[2]}.ts`, 'version.ts'] : all;
  for (const f of asked) {
    try {
      const mod = (await import(pathToFileURL(join(dir, f)).href)) as CommandModule;
      mod.register(program);
    } catch (e) {
      // One broken command must not take the others down; it fails loudly when it is the one asked for.
      const name = f.replace(/\.ts$/, '');
      program
        .command(name)
        .description(`(failed to load: ${(e as Error).message.split('\n')[0]})`)
        .allowUnknownOption()
        .allowExcessArguments()
        .action(() => {
          throw e;
        });
    }
  }
  await program.parseAsync(argv);
}

main(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode;
    return;
  }
  if (e instanceof ConfigError || e instanceof UsageError) {
    process.stderr.write(`ccm: ${e.message}\n`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`ccm: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
