#!/usr/bin/env python3
"""Quality of saring's news pipeline and of the Python peer on the same labelled pages.

    bench/quality_peers.py [--saring build/saring] [--markdown FILE] [--sets seeds,unseen19,...]

bench/run measures how fast saring and ../shared/bench/peers/py_news.py are;
this measures how well each does the job on every labelled set we have: the
seed pages (../shared/seeds) and the held-out sets of tests/quality (pages/
and every unseenN/).  Both programs read the same .txt files and the shared
scorer (../shared/quality/score.py) scores both exports against the same
gold, so the figures are comparable line for line.  The peer has no authors
or site field: it scores 0 there by construction, which the table shows
rather than hides.

Figures are micro-averaged per set by the scorer; the "all held-out" row
pools every page of every held-out set (the seeds are left out of it, as
saring's rules were written on them).  Nothing fails: it prints figures.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)
QUALITY = os.path.join(SRC, "tests", "quality")
FIELDS = [("content_line_f1", "lines"), ("content_token_f1", "tokens"), ("title", "title"),
          ("published", "date"), ("authors", "authors"), ("site", "site"), ("lang", "lang"),
          ("entities_f1", "entities"), ("quantities_f1", "quantities")]


def shared_dir():
    for cand in (os.path.join(SRC, "..", "shared"), "/work/shared"):
        if os.path.isdir(os.path.join(cand, "seeds", "gold")):
            return os.path.abspath(cand)
    sys.exit("quality_peers: the shared seed pages (../shared/seeds) are not here")


def sets(shared, only):
    def order(name):
        rest = name[len("unseen"):]
        return int(rest) if rest.isdigit() else 1
    found = [("seeds", os.path.join(shared, "seeds"), os.path.join(shared, "seeds", "gold")),
             ("held-out", os.path.join(QUALITY, "pages"), os.path.join(QUALITY, "gold"))]
    for d in sorted((d for d in os.listdir(QUALITY) if d.startswith("unseen")), key=order):
        found.append((d, os.path.join(QUALITY, d, "pages"), os.path.join(QUALITY, d, "gold")))
    return [s for s in found if os.path.isdir(s[1]) and (not only or s[0] in only)]


def run_saring(saring, files, out):
    r = subprocess.run([saring, "run", os.path.join(SRC, "scripts", "news.lua"), *files,
                        "-o", out, "-q", "-w", "2"], cwd=SRC, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"quality_peers: saring failed ({r.returncode}): {r.stderr.strip()}")


def run_peer(peer, files, out):
    r = subprocess.run([sys.executable, peer, "--jobs", "2", "--out", out, *files],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"quality_peers: {peer} failed ({r.returncode}): {r.stderr.strip()}")


def score(scorer, gold, pages, out):
    r = subprocess.run([sys.executable, scorer, "--gold", gold, "--docs", pages, "--out", out,
                        "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"quality_peers: the scorer failed on {out}: {r.stderr.strip()}")
    return json.loads(r.stdout)


def pool(tmp, held):
    """One folder of pages and one of gold holding every held-out set (names prefixed by set)."""
    pages, gold = os.path.join(tmp, "all-pages"), os.path.join(tmp, "all-gold")
    os.makedirs(pages), os.makedirs(gold)
    for name, p, g in held:
        for f in os.listdir(p):
            if f.endswith(".txt"):
                stem = f[:-4]
                os.symlink(os.path.join(p, f), os.path.join(pages, f"{name}--{f}"))
                # The gold names its page ("file"): rename it with the page.
                with open(os.path.join(g, stem + ".json"), encoding="utf-8") as src:
                    label = json.load(src)
                label["file"] = f"{name}--{f}"
                with open(os.path.join(gold, f"{name}--{stem}.json"), "w", encoding="utf-8") as dst:
                    json.dump(label, dst, ensure_ascii=False)
    return pages, gold


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--saring", default=os.environ.get("SARING") or os.path.join(SRC, "build", "saring"))
    ap.add_argument("--markdown", help="also write the table to this file")
    ap.add_argument("--sets", help="comma-separated set names (default: all)")
    a = ap.parse_args()
    shared = shared_dir()
    scorer = os.path.join(shared, "quality", "score.py")
    peer = os.path.join(shared, "bench", "peers", "py_news.py")
    chosen = sets(shared, set(a.sets.split(",")) if a.sets else None)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        held = [s for s in chosen if s[0] != "seeds"]
        runs = list(chosen)
        if len(held) > 1:
            runs.append(("all held-out",) + pool(tmp, held))
        for name, pages, gold in runs:
            files = sorted(os.path.join(pages, f) for f in os.listdir(pages) if f.endswith(".txt"))
            for prog, runner, arg in (("saring", run_saring, a.saring), ("py_news", run_peer, peer)):
                out = os.path.join(tmp, f"{name.replace(' ', '_')}-{prog}.jsonl")
                runner(arg, files, out)
                rows.append((name, len(files), prog, score(scorer, gold, pages, out)))
    head = "| set | pages | program | " + " | ".join(label for _, label in FIELDS) + " |"
    lines = [head, "|" + "---|" * (3 + len(FIELDS))]
    for name, n, prog, fig in rows:
        cells = [f"{fig[key]:.3f}" for key, _ in FIELDS]
        if name == "all held-out":
            name = f"**{name}**"
        lines.append(f"| {name} | {n} | {prog} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(table)
    if a.markdown:
        with open(a.markdown, "w") as f:
            f.write(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
