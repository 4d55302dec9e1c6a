// Which links of a source are articles: its configured URL patterns, on one of its hosts.
import { ConfigError } from '../../core/config.js';
import type { NationalSource } from '../../core/sources.js';
import { isHostAllowed } from '../fetch/hosts.js';
import { allowedHosts } from './index.js';

export type ArticleUrlTest = (url: string) => boolean;

/**
 * A test for article URLs of the source. A pattern may be written for the whole URL or for its path
 * (the replica publishes path patterns ending in `$`), so both are tried.
 */
export function articleUrlTest(source: NationalSource): ArticleUrlTest {
  let test = compiled.get(source);
  if (!test) {
    test = compile(source);
    compiled.set(source, test);
  }
  return test;
}

const compiled = new WeakMap<NationalSource, ArticleUrlTest>();

/** The source's article URL patterns, compiled; an invalid one is a configuration error naming the source. */
export function articlePatterns(source: NationalSource): RegExp[] {
  return source.article.urlPatterns.map((p, i) => {
    try {
      return new RegExp(p);
    } catch (e) {
      throw new ConfigError(`source ${source.id}`, [`article.urlPatterns.${i}: not a valid regular expression (${(e as Error).message})`]);
    }
  });
}

function compile(source: NationalSource): ArticleUrlTest {
  const patterns = articlePatterns(source);
  const hosts = allowedHosts(source);
  return (url) => {
    if (!isHostAllowed(url, hosts)) return false;
    const path = new URL(url).pathname;
    return patterns.some((re) => re.test(url) || re.test(path));
  };
}
