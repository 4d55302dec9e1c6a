"""Runs the benchmark's peer extractors (GNE and trafilatura) over the saved pages.

Usage: peers.py <rounds> <benchmark-dir> <file>...   Prints one JSON line per (extractor, file) with the prediction
and the seconds spent, then one line per extractor with its best total time over the rounds. Used only by
bench/extraction/run.ts.
"""
import json
import sys
import time
import warnings

warnings.filterwarnings('ignore')


def run_gne(html):
    from gne import GeneralNewsExtractor
    r = GeneralNewsExtractor().extract(html)
    return {'title': r.get('title'), 'publish_time': r.get('publish_time'), 'content': r.get('content')}


def run_trafilatura(html):
    import trafilatura
    r = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=False)
    if r is None:
        return {'title': None, 'publish_time': None, 'content': None}
    d = r if isinstance(r, dict) else r.as_dict()
    return {'title': d.get('title'), 'publish_time': d.get('date'), 'content': d.get('text')}


PEERS = {'gne': run_gne, 'trafilatura': run_trafilatura}


def main():
    rounds, pages_dir, files = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    htmls = {f: open(f'{pages_dir}/{f}', encoding='utf-8').read() for f in files}
    for name, fn in PEERS.items():
        fn(htmls[files[0]])  # warm-up: imports and lazy tables are not per-page cost
        best = None
        for r in range(rounds):
            total = 0.0
            for f in files:
                t0 = time.perf_counter()
                try:
                    pred, err = fn(htmls[f]), None
                except Exception as e:  # a peer failing on a page is a miss on that page, recorded with its reason
                    pred, err = {'title': None, 'publish_time': None, 'content': None}, f'{type(e).__name__}: {e}'
                total += time.perf_counter() - t0
                if r == 0:
                    print(json.dumps({'peer': name, 'file': f, 'pred': pred, 'error': err}, ensure_ascii=False), flush=True)
            best = total if best is None else min(best, total)
        print(json.dumps({'peer': name, 'total_seconds': best}), flush=True)


if __name__ == '__main__':
    main()
