"""Python jieba on the benchmark corpus, for bench/segmentation/run.ts (never a product dependency).

Usage: jieba_peer.py <main-dict> <user-dict> <corpus.txt> <tokens-out.jsonl> <rounds>
Prints one JSON object: load seconds, best cut seconds over the rounds, characters, tokens.
Tokens of the last round are written one JSON list per corpus line, for the agreement score.
"""
import json
import logging
import sys
import time

import jieba

main_dict, user_dict, corpus_path, tokens_out, rounds = sys.argv[1:6]
jieba.setLogLevel(logging.WARNING)

with open(corpus_path, encoding="utf-8") as f:
    lines = f.read().split("\n")

t0 = time.perf_counter()
tok = jieba.Tokenizer(dictionary=main_dict)
tok.initialize()
tok.load_userdict(user_dict)
load_s = time.perf_counter() - t0

best = float("inf")
cut = []
for _ in range(int(rounds)):
    t0 = time.perf_counter()
    cut = [tok.lcut(line, HMM=True) for line in lines]
    best = min(best, time.perf_counter() - t0)

with open(tokens_out, "w", encoding="utf-8") as f:
    for tokens in cut:
        f.write(json.dumps(tokens, ensure_ascii=False) + "\n")

print(json.dumps({
    "load_s": load_s,
    "cut_s": best,
    "chars": sum(len(line) for line in lines),
    "tokens": sum(len(t) for t in cut),
}))
