#!/usr/bin/env python3
"""Gazetteer benchmark: the gazetteer plugin (C, Aho-Corasick) against the
same tagging written in Lua (gaz_lua.lua: a table of folded names, n-gram
lookups over saring.text.words), on a generated list and corpus.

usage: bench/gazetteer/bench.py [--names 200000] [--docs 4000] [--workers 2]
Env SARING: the binary (default build/saring)."""
import argparse
import json
import os
import random
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SARING = os.environ.get("SARING", "build/saring")
SYLL = ["ka", "ri", "mu", "to", "sa", "ne", "lo", "ba", "di", "ja", "wi", "ro", "ha", "su", "pe", "gu", "é", "ñ"]
FILLER = ("yang dan di ke dari untuk dengan pada ini itu dalam tidak akan juga oleh sebagai "
          "the of and to in a is that for it as was with be by on not he").split()


def name(rnd):
    return " ".join("".join(rnd.choice(SYLL) for _ in range(rnd.randint(2, 4))).capitalize()
                    for _ in range(rnd.randint(1, 3)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=int, default=200000)
    ap.add_argument("--docs", type=int, default=4000)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    rnd = random.Random(11)
    tmp = tempfile.mkdtemp(prefix="saring-gaz-bench-")
    names = set()
    while len(names) < a.names:
        names.add(name(rnd))
    names = sorted(names)
    tsv = os.path.join(tmp, "names.tsv")
    with open(tsv, "w", encoding="utf-8") as f:
        for i, n in enumerate(names):
            f.write(f"{n}\t{('PER', 'ORG', 'LOC')[i % 3]}\tE{i}\n")
    corpus = os.path.join(tmp, "docs.jsonl")
    with open(corpus, "w", encoding="utf-8") as f:
        for d in range(a.docs):
            words = []
            while len(words) < 500:
                if rnd.random() < 0.03:
                    n = rnd.choice(names)
                    words.append(n.upper() if rnd.random() < 0.2 else n)
                else:
                    words.append(rnd.choice(FILLER))
            f.write(json.dumps({"id": f"d{d}", "text": " ".join(words) + "."}, ensure_ascii=False) + "\n")
    mb = os.path.getsize(corpus) / 1e6
    results = {}
    for label, script in (("C plugin", "gaz_c.lua"), ("Lua", "gaz_lua.lua")):
        out = os.path.join(tmp, label[0] + ".jsonl")
        t0 = time.time()
        r = subprocess.run([SARING, "run", os.path.join(HERE, script), corpus, "-o", out, "-q",
                            "-w", str(a.workers), "-s", f"file={tsv}"], capture_output=True, text=True)
        dt = time.time() - t0
        assert r.returncode == 0, r.stderr
        tags = sum(len(json.loads(l).get("tags", [])) for l in open(out, encoding="utf-8"))
        # Load time alone: the same run over one tiny document.
        one = os.path.join(tmp, "one.jsonl")
        with open(one, "w") as f:
            f.write('{"id":"x","text":"a"}\n')
        t1 = time.time()
        subprocess.run([SARING, "run", os.path.join(HERE, script), one, "-o", os.devnull, "-q",
                        "-w", str(a.workers), "-s", f"file={tsv}"], check=True, capture_output=True)
        load = time.time() - t1
        results[label] = (dt, load, tags)
        print(f"{label:9s} {dt:6.2f} s total, {load:5.2f} s loading the list, "
              f"{mb / max(dt - load, 1e-9):7.1f} MB/s tagging, {tags} tags")
    c, l = results["C plugin"], results["Lua"]
    print(f"{a.names} names, {a.docs} documents ({mb:.1f} MB), {a.workers} workers: "
          f"C is {(l[0] - l[1]) / max(c[0] - c[1], 1e-9):.1f}x faster at tagging, "
          f"{l[1] / max(c[1], 1e-9):.1f}x at loading")
    subprocess.run(["rm", "-rf", tmp])


if __name__ == "__main__":
    main()
