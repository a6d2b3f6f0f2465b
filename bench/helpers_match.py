#!/usr/bin/env python3
"""The Python peer of the regex part of bench/helpers_match.lua: the same
regexes with Python's `re`, document by document, on the same corpus.
Prints one line per regex: NAME MB/s (UTF-8 input bytes per CPU second,
best of REPEAT runs).

usage: python3 bench/helpers_match.py CORPUS.jsonl [REPEAT]
"""
import json
import re
import sys
import time

path = sys.argv[1]
repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
with open(path, "rb") as f:
    docs = [json.loads(line)["text"] for line in f]
total = sum(len(d.encode("utf-8")) for d in docs)

MONTHS = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
REGEXES = [
    ("date (find all, captures)", r"\b(\d{1,2})\s+(" + MONTHS + r")\s+(\d{4})\b", "findall"),
    ("boilerplate lines (count)", r"(?im)^(?:baca juga|advertisement|scroll to continue|artikel terkait)", "findall"),
    ("words \\w+ (count)", r"\w+", "findall"),
    ("spaces \\s+ -> ' ' (gsub)", r"\s+", "sub"),
    ("money Rp (find all)", r"Rp\s?\d[\d.,]*(?:\s(?:juta|miliar|triliun))?", "findall"),
]

for name, pat, how in REGEXES:
    rx = re.compile(pat)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        n = 0
        if how == "findall":
            for d in docs:
                for _m in rx.finditer(d):
                    n += 1
        else:
            for d in docs:
                n += rx.subn(" ", d)[1]
        best = min(best, time.process_time() - t0)
    print(f"{name} {total / 1e6 / best:.1f}")
