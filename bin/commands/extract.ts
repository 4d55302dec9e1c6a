// ccm extract [--url <u>] [--site <id>] <file.html>: extract one saved article page, printed as JSON.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { ArticleHints } from '../../core/sources.js';
import { decodeHtml } from '../../crawler/charset.js';
import { extractArticle } from '../../crawler/extract/index.js';
import { articleUrlTest } from '../../crawler/registry/article-urls.js';
import { DEFAULT_SOURCES_DIR, isNational, loadSourcesDir } from '../../crawler/registry/index.js';

interface Options {
  url?: string;
  site?: string;
  sources: string;
  diagnostics?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract title, publish time, source and body of a saved article page; prints JSON')
    .argument('<file>', 'saved article page (any charset)')
    .option('--url <u>', "the page's URL (its date cross-checks the publish time; selects the site's hints)")
    .option('--site <id>', 'use this source\'s selector hints (default: the source whose article pattern matches --url)')
    .option('--sources <dir>', 'source definitions folder', DEFAULT_SOURCES_DIR)
    .option('--diagnostics', 'also print how each field was found')
    .action((file: string, opts: Options) => {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
      }
      const { text, charset } = decodeHtml(bytes);
      const a = extractArticle(text, { url: opts.url, hints: hintsFor(opts) });
      const out: Record<string, unknown> = { title: a.title, publishedAt: a.publishedAt, source: a.source, body: a.body };
      if (opts.diagnostics) out.diagnostics = { ...a.diagnostics, charset };
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    });
}

function hintsFor(opts: Options): Partial<ArticleHints> | undefined {
  if (!opts.site && !opts.url) return undefined;
  const national = loadSourcesDir(opts.sources).filter(isNational);
  if (opts.site) {
    const s = national.find((x) => x.id === opts.site);
    if (!s) throw new UsageError(`unknown national site '${opts.site}' (known: ${national.map((x) => x.id).join(', ')})`);
    return s.article.hints;
  }
  return national.find((s) => articleUrlTest(s)(opts.url!))?.article.hints;
}
