#!/usr/bin/env python3
"""The Python peer of bench/helpers.lua: the same text operations written
the way a user would in plain Python (unicodedata, str methods, re), timed
on the same documents.  Prints one line per operation: NAME MB/s.

usage: python3 bench/helpers.py CORPUS.jsonl [REPEAT]
"""
import json
import re
import sys
import time
import unicodedata

path = sys.argv[1]
repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
with open(path, "rb") as f:
    raw = [json.loads(line)["text"] for line in f]
docs = raw
blobs = [d.encode("utf-8") for d in docs]
total = sum(len(b) for b in blobs)

SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]")
DROP = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
                  "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
RUNS = re.compile(" {2,}")
TRIM = re.compile(r"^ +| +$", re.M)
WORD = re.compile(r"\w+(?:[-'.,\u2019]\w+)*")
SENT = re.compile(r"(?<=[.!?])\s+(?=[^a-z])|\n")
PARA = re.compile(r"\n[ \t\r]*\n")


def clean_spaces(s):
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = DROP.sub("", SPACES.sub(" ", s))
    return TRIM.sub("", RUNS.sub(" ", s))


def strip_accents(s):
    d = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if unicodedata.category(c) != "Mn"))


OPS = [
    ("validate", lambda b, s: b.decode("utf-8")),
    ("repair", lambda b, s: b.decode("utf-8", errors="replace")),
    ("normalize NFC", lambda b, s: unicodedata.normalize("NFC", s)),
    ("normalize NFD", lambda b, s: unicodedata.normalize("NFD", s)),
    ("normalize NFKC", lambda b, s: unicodedata.normalize("NFKC", s)),
    ("casefold", lambda b, s: unicodedata.normalize("NFC", s.casefold())),
    ("strip_accents", lambda b, s: strip_accents(s)),
    ("clean_spaces", lambda b, s: clean_spaces(s)),
    ("graphemes", None),  # no grapheme segmentation in the standard library
    ("count_words", lambda b, s: len(WORD.findall(s))),
    ("words", lambda b, s: [m.span() for m in WORD.finditer(s)]),
    ("sentences", lambda b, s: SENT.split(s)),
    ("lines", lambda b, s: s.splitlines()),
    ("paragraphs", lambda b, s: PARA.split(s)),
]

for name, fn in OPS:
    if fn is None:
        print(f"{name}\t-")
        continue
    best = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        for b, s in zip(blobs, docs):
            fn(b, s)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    print(f"{name}\t{total / best / 1e6:.1f}", flush=True)
