import type { Command } from 'commander';
import { defaultGazetteer } from '../../core/gazetteer/index.js';
import { createClassifier } from '../../indexer/classify/index.js';
import { contractLocator } from '../../indexer/classify/locator.js';
import { classifyStream } from '../../indexer/classify/stream.js';

export function register(program: Command): void {
  program
    .command('classify')
    .description('classify articles read as JSON lines on stdin (守信/失信 polarity, domain, sector, city)')
    .option('--lexicon <dir>', 'lexicon folder (default config/lexicon)')
    .option('--no-model', 'classify with the lexicon rules alone, without the trained model (config/lexicon/model.json)')
    .option('--max-line <chars>', 'longest accepted input line', (v) => Number.parseInt(v, 10), 1_000_000)
    .addHelpText(
      'after',
      `
Input, one JSON object per line:  {"id", "title", "lead"?, "body"?, "url"?, "publishedAt"?}
Output, one line per input line, in order:
  {"id", "polarity", "domain", "sector", "confidence", "evidence": [...],
   "city": {"code","name"}|null, "province": {"code","name"}|null, "county": {"code","name"}|null, "cities": [...]}
A bad line (invalid JSON, missing id or title, too long) gives {"id": <id or null>, "error": "..."} and
processing goes on; blank lines are skipped. Exit code 0 when every line was read and answered (error
lines included) or the reader closed the pipe early (| head); 1 when reading stdin or writing stdout failed.`,
    )
    .action(async (opts: { lexicon?: string; model: boolean; maxLine: number }) => {
      const gazetteer = defaultGazetteer();
      const classifier = createClassifier({ lexiconDir: opts.lexicon, gazetteer, ...(opts.model ? {} : { model: null }) });
      const summary = await classifyStream(process.stdin, process.stdout, {
        classify: (i) => classifier.classify(i),
        locate: contractLocator(gazetteer),
        maxLineChars: opts.maxLine,
      });
      if (summary.errors > 0) process.stderr.write(`ccm classify: ${summary.errors} of ${summary.lines} lines had errors\n`);
    });
}
