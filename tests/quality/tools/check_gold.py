#!/usr/bin/env python3
"""Verify the held-out gold set in tests/quality/.

    python3 tests/quality/tools/check_gold.py [--score PATH] [--seeds DIR] [--keep FILE] [--set DIR]

1. The generated pages/ and gold/ must match what tools/build.py makes from
   tools/src/ (no hand edits, no stale files).
2. A "perfect" export is built from the gold: one JSONL line per page with
   source = the file name, text = the gold content lines joined with "\\n",
   and title, published, lang, site, authors, entities, quantities copied.
3. The shared scorer (default ../shared/quality/score.py next to the repo)
   must give 1.000 for every figure on it, with no document dropped.

--seeds DIR runs steps 2-3 on another gold set laid out like
/work/shared/seeds (DIR/*.txt and DIR/gold/*.json), which checks that this
script builds exports the way the scorer reads them.  --set DIR checks
another authored set (DIR/src/*.page, DIR/pages, DIR/gold, e.g.
tests/quality/unseen) instead of the default one.  Exit status 0 means
every check passed.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
QUALITY = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(QUALITY))
DEFAULT_SCORE = os.path.join(REPO, "..", "shared", "quality", "score.py")

sys.path.insert(0, HERE)
import build  # noqa: E402  (the generator lives next to this script)

FIGURES = ("content_line_p", "content_line_r", "content_line_f1",
           "content_token_p", "content_token_r", "content_token_f1",
           "title", "published", "lang", "site", "authors",
           "entities_f1", "quantities_f1")


def perfect_export(gold_dir, docs_dir):
    """The JSONL lines a pipeline that agreed with the gold would write."""
    out = []
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
            g = json.load(f)
        with open(os.path.join(docs_dir, g["file"]), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        lines = [l[:-1] if l.endswith("\r") else l for l in lines]
        rec = {"source": g["file"], "text": "\n".join(lines[i - 1] for i in g["content_lines"])}
        for k in ("title", "published", "lang", "site", "authors", "entities", "quantities"):
            rec[k] = g[k]
        out.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(out) + "\n", len(out)


def score(score_py, gold_dir, docs_dir, keep=None):
    data, n = perfect_export(gold_dir, docs_dir)
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or os.path.join(tmp, "perfect.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write(data)
        res = subprocess.run([sys.executable, score_py, "--gold", gold_dir, "--docs", docs_dir,
                              "--out", path, "--json"], capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"check_gold.py: scorer failed:\n{res.stderr}")
    figures = json.loads(res.stdout)
    bad = [f"{k}={figures.get(k)}" for k in FIGURES if figures.get(k) != 1.0]
    if figures.get("docs") != n or figures.get("dropped") != 0:
        bad.append(f"docs={figures.get('docs')} (expected {n}) dropped={figures.get('dropped')}")
    return figures, bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--score", default=os.environ.get("SARING_SCORE", DEFAULT_SCORE),
                    help="path of score.py (env SARING_SCORE)")
    ap.add_argument("--seeds", help="also check a seeds-style directory (DIR/*.txt, DIR/gold/*.json)")
    ap.add_argument("--keep", help="write the perfect export of tests/quality here")
    ap.add_argument("--set", dest="set_dir",
                    help="check the set in DIR (DIR/src, DIR/pages, DIR/gold) instead of tests/quality")
    a = ap.parse_args()
    src, root = build.set_dirs(os.path.abspath(a.set_dir) if a.set_dir else None)
    if not os.path.exists(a.score):
        sys.exit(f"check_gold.py: scorer not found at {a.score} (use --score)")

    failed = False
    try:
        files = build.build_all(src)
    except build.SourceError as e:
        sys.exit(f"check_gold.py: {e}")
    stale = []
    for rel, text in files.items():
        try:
            with open(os.path.join(root, rel), encoding="utf-8", newline="") as f:
                if f.read() != text:
                    stale.append(rel)
        except FileNotFoundError:
            stale.append(rel)
    for d in ("pages", "gold"):
        for n in sorted(os.listdir(os.path.join(root, d))):
            if os.path.join(d, n) not in files:
                stale.append(os.path.join(d, n) + " (no source)")
    if stale:
        failed = True
        print("FAIL generated files out of date (run tools/build.py): " + ", ".join(sorted(stale)))
    else:
        print(f"ok   {len(files) // 2} pages and gold files match tools/src")

    label = os.path.relpath(root, REPO)
    sets = [(label, os.path.join(root, "gold"), os.path.join(root, "pages"), a.keep)]
    if a.seeds:
        sets.append((a.seeds, os.path.join(a.seeds, "gold"), a.seeds, None))
    for label, gold_dir, docs_dir, keep in sets:
        figures, bad = score(a.score, gold_dir, docs_dir, keep)
        if bad:
            failed = True
            print(f"FAIL {label}: perfect export scores below 1.000: " + ", ".join(bad))
        else:
            print(f"ok   {label}: perfect export of {figures['docs']} docs scores 1.000 on all "
                  f"{len(FIGURES)} figures")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
