#!/usr/bin/env python3
"""Quality gate of the news pipeline (scripts/news.lua).

Runs `$SARING run scripts/news.lua PAGES -o TMP.jsonl` on
  * the seed pages, SARING_SOURCE_DIR/../shared/seeds (or /work/shared/seeds),
  * the held-out pages of tests/quality/pages and the later sets
    tests/quality/unseen, unseen2, ... (every unseenN folder present),
scores each export with the shared scorer (score.py --json), prints the
figures and exits 1 when a target is missed:

  seeds     content line F1 >= 0.97, token F1 >= 0.98, title/published/lang
            exact on every page, authors and site right on >= 4 of 5 (80%),
            entity F1 >= 0.85, quantity F1 >= 0.95;
  held-out  the same figures with looser thresholds (pages the rules were not
            written on): line F1 >= 0.93, token F1 >= 0.95, title/published/
            lang >= 0.9, authors/site >= 0.7, entity F1 >= 0.75, quantity
            F1 >= 0.85.

Exit 77 (skip) when the shared seeds are not there.  Environment: SARING
(default build/saring), SARING_SOURCE_DIR (default: this file's repo).
Extra arguments are passed to `saring run` (e.g. -s prepass=1).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("SARING_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
SARING = os.environ.get("SARING") or os.path.join(SRC, "build", "saring")

SEED_TARGETS = {
    "content_line_f1": 0.97, "content_token_f1": 0.98, "title": 1.0,
    "published": 1.0, "lang": 1.0, "authors": 0.8, "site": 0.8,
    "entities_f1": 0.85, "quantities_f1": 0.95,
}
HELDOUT_TARGETS = {
    "content_line_f1": 0.93, "content_token_f1": 0.95, "title": 0.9,
    "published": 0.9, "lang": 0.9, "authors": 0.7, "site": 0.7,
    "entities_f1": 0.75, "quantities_f1": 0.85,
}



def shared_dir():
    for cand in (os.path.join(SRC, "..", "shared"), "/work/shared"):
        if os.path.isdir(os.path.join(cand, "seeds", "gold")):
            return os.path.abspath(cand)
    return None


def score(name, pages, gold, scorer, targets, extra):
    files = sorted(os.path.join(pages, f) for f in os.listdir(pages) if f.endswith(".txt"))
    if not files:
        print(f"{name}: no pages in {pages}")
        return True
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.jsonl")
        cmd = [SARING, "run", os.path.join(SRC, "scripts", "news.lua"), *files,
               "-o", out, "-q", *extra]
        r = subprocess.run(cmd, cwd=SRC, capture_output=True, text=True)
        if r.returncode != 0:
            print(f"{name}: saring failed ({r.returncode}):\n{r.stderr}")
            return False
        s = subprocess.run([sys.executable, scorer, "--gold", gold, "--docs", pages,
                            "--out", out, "--json"], capture_output=True, text=True)
        if s.returncode != 0:
            print(f"{name}: scorer failed:\n{s.stderr}")
            return False
        fig = json.loads(s.stdout)
        detail = subprocess.run([sys.executable, scorer, "--gold", gold, "--docs", pages,
                                 "--out", out, "--verbose"], capture_output=True, text=True)
    ok = True
    print(f"== {name}: {fig['docs']} pages, {fig['dropped']} dropped")
    for key, want in targets.items():
        got = fig[key]
        flag = "ok" if got + 1e-9 >= want else "MISS"
        ok &= flag == "ok"
        print(f"  {key:18} {got:6.3f}  (target {want:.3g})  {flag}")
    if not ok:
        print(detail.stdout)
    return ok


def main():
    shared = shared_dir()
    if not shared:
        print("skip: the shared seed pages (../shared/seeds) are not here")
        return 77
    if not os.access(SARING, os.X_OK):
        print(f"skip: no saring binary at {SARING}")
        return 77
    scorer = os.path.join(shared, "quality", "score.py")
    extra = sys.argv[1:]
    ok = score("seeds", os.path.join(shared, "seeds"), os.path.join(shared, "seeds", "gold"),
               scorer, SEED_TARGETS, extra)
    # The held-out sets: our first ten pages, then the sets written later by
    # people who had not read the rules (unseen, unseen2, ...; see their
    # READMEs), found by name so that a new set is scored as soon as it lands.
    # unseen4 to unseen6 passed the held-out targets on first contact, so all
    # later sets are held to the same ones (some were brought there after
    # their first contact; see their READMEs).
    def set_order(sub):
        rest = sub[len("unseen"):]
        return int(rest) if rest.isdigit() else 1
    subs = sorted((d for d in os.listdir(HERE)
                   if d.startswith("unseen") and os.path.isdir(os.path.join(HERE, d))),
                  key=set_order)
    for name, sub in [("held-out", "")] + [(d, d) for d in subs]:
        pages = os.path.join(HERE, sub, "pages")
        gold = os.path.join(HERE, sub, "gold")
        if os.path.isdir(pages) and os.path.isdir(gold):
            targets = HELDOUT_TARGETS
            ok &= score(name, pages, gold, scorer, targets, extra)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
