// ccm snapshot <homepage|ranking|channel> --site <id> [--url <base>] <file>: parse a saved page with the site's adapter.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { NationalSource } from '../../core/sources.js';
import { DEFAULT_SOURCES_DIR, isNational, loadSourcesDir } from '../../crawler/registry/index.js';
import { channelOf, homepageOf, rankingsOf } from '../../crawler/snapshot/index.js';

interface Options {
  site: string;
  url?: string;
  list?: string[];
  channel?: string;
  sources: string;
}

export function register(program: Command): void {
  program
    .command('snapshot')
    .description(
      'parse a saved homepage, ranking or channel list with a site adapter from config/sources; prints JSON lines: ' +
        '{position, url, title, section[, hidden][, otherTitles]}, {list, rank, title, url, score} or {position, title, url}',
    )
    .argument('<kind>', 'homepage, ranking or channel')
    .argument('<file>', 'saved page (any charset) or JSON/JSONP body')
    .requiredOption('--site <id>', 'source id, e.g. people, 163, sina')
    .option('--url <base>', 'URL the page was saved from (resolves relative links; default: the configured URL)')
    .option('--list <name...>', 'ranking: only these configured lists')
    .option('--channel <id>', 'channel: which configured channel list the file holds')
    .option('--sources <dir>', 'source definitions folder', DEFAULT_SOURCES_DIR)
    .action((kind: string, file: string, opts: Options) => {
      if (kind !== 'homepage' && kind !== 'ranking' && kind !== 'channel') throw new UsageError(`kind must be homepage, ranking or channel, got '${kind}'`);
      if (kind === 'channel' && !opts.channel) throw new UsageError('channel needs --channel <id> (the configured channel list the file holds)');
      const source = findSource(opts.sources, opts.site);
      const bytes = readInput(file);
      const out = (o: unknown) => process.stdout.write(JSON.stringify(o) + '\n');
      if (kind === 'homepage') {
        for (const i of homepageOf(source, bytes, opts.url)) {
          out({ position: i.position, url: i.url, title: i.title, section: i.section, ...(i.hidden ? { hidden: true } : {}), ...(i.otherTitles ? { otherTitles: i.otherTitles } : {}) });
        }
        return;
      }
      if (kind === 'channel') {
        for (const i of channelOf(source, opts.channel!, bytes, opts.url)) out({ position: i.position, title: i.title, url: i.url });
        return;
      }
      const { items, missing } = rankingsOf(source, bytes, { baseUrl: opts.url, lists: opts.list });
      for (const i of items) out({ list: i.list, rank: i.rank, title: i.title, url: i.url, score: i.score });
      if (missing.length) process.stderr.write(`ccm snapshot: ${missing.length} configured list(s) of ${source.id} not in this file\n`);
    });
}

function findSource(dir: string, id: string): NationalSource {
  const sources = loadSourcesDir(dir);
  const s = sources.find((x) => x.id === id);
  if (!s || !isNational(s)) {
    throw new UsageError(`unknown national site '${id}' (known: ${sources.filter(isNational).map((x) => x.id).join(', ')})`);
  }
  return s;
}

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
}
