#!/usr/bin/env python3
"""The hostile corpus (tests/hostile/make_corpus.py) dropped into a running
`saring watch`: the daemon stays up, every regular file reaches processed/
or failed/ (a failed one with its NAME.error.json), symbolic links are never
taken, the outputs are valid JSONL, and each case lands where its outcome
says: processed, repaired and mixed files are committed, failed ones are
set aside.  The big cases are left to test_hostile.py (saring run)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from watchlib import WatchCase, parse_jsonl, wait_for  # noqa: E402
import helpers  # noqa: E402

MAKE = os.path.join(helpers.SOURCE_DIR, "tests", "hostile", "make_corpus.py")
# Cases whose files are not regular files the daemon could take, or that
# need a user other than root (unreadable): covered elsewhere.
SKIP = {"unreadable", "fifo", "dev_zero_capped"}


def regular_files(root):
    """Regular files (not links) under root, relative, skipping hidden ones."""
    out = []
    for dirpath, dirnames, files in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for f in files:
            p = os.path.join(dirpath, f)
            if f.startswith(".") or os.path.islink(p) or not os.path.isfile(p):
                continue
            out.append(os.path.relpath(p, root))
    return sorted(out)


class TestHostileWatch(WatchCase):
    @classmethod
    def setUpClass(cls):
        cls.corpus = tempfile.mkdtemp(prefix="saring-hostile-watch-")
        subprocess.run([sys.executable, MAKE, cls.corpus], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(cls.corpus, "manifest.json")) as f:
            cls.cases = [c for c in json.load(f)
                         if c.get("watch") and not c.get("big") and c["case"] not in SKIP]

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.corpus, ignore_errors=True)

    def run_group(self, args, watch_args):
        """The cases made for `saring run ARGS`, under `saring watch WATCH_ARGS`
        (watch takes sizes in plain bytes)."""
        cases = [c for c in self.cases if c.get("args", []) == args]
        self.assertTrue(cases, "no case for %r" % (args,))
        # Several cases share their content (two empty files, for one), and
        # the duplicate policy would skip whichever came second.
        d = self.start(*watch_args, "--duplicates", "process", settle=200)
        for c in cases:
            # Copied in under a hidden name, then renamed into place, as a
            # careful producer would; links stay links.
            src = os.path.join(self.corpus, c["case"])
            tmp = os.path.join(self.inp, "." + c["case"])
            shutil.copytree(src, tmp, symlinks=True)
            os.rename(tmp, os.path.join(self.inp, c["case"]))
        out_dirs = {"out", "processed", "failed"}

        def taken():
            left = [p for p in regular_files(self.inp) if p.split(os.sep)[0] not in out_dirs]
            return not left
        try:
            wait_for(taken, 60, what="every hostile file to be taken")
        except AssertionError:
            self.fail("files never taken: %r\nlog:\n%s" % (regular_files(self.inp), d.log()[-3000:]))
        self.assertTrue(d.alive(), "the daemon died:\n" + d.log()[-3000:])
        d.stop()

        with open(os.path.join(self.out, "documents.jsonl"), "rb") as fh:
            docs = parse_jsonl(fh.read())
        failed_path = os.path.join(self.out, "failed.jsonl")
        if os.path.exists(failed_path):
            with open(failed_path, "rb") as fh:
                parse_jsonl(fh.read())
        processed = set(regular_files(os.path.join(self.inp, "processed")))
        failed_files = regular_files(os.path.join(self.inp, "failed"))
        failed = {p for p in failed_files if not p.endswith(".error.json")}
        for p in failed:
            self.assertIn(p + ".error.json", failed_files, "a failed input without its reason: " + p)
            with open(os.path.join(self.inp, "failed", p + ".error.json")) as fh:
                reason = json.load(fh)
            self.assertTrue(reason.get("error"), reason)
        for c in cases:
            files = [f for f in c["files"] if not os.path.islink(os.path.join(self.corpus, f))
                     and os.path.isfile(os.path.join(self.corpus, f))]
            links = [f for f in c["files"] if os.path.islink(os.path.join(self.corpus, f))]
            for f in links:
                self.assertTrue(os.path.islink(os.path.join(self.inp, f)), "a link was taken: " + f)
            for f in files:
                if c["outcome"] == "failed":
                    self.assertIn(f, failed, "%s (%s) should be set aside" % (f, c["note"]))
                else:
                    self.assertIn(f, processed, "%s (%s) should be committed" % (f, c["note"]))
            # Sources are written as valid UTF-8: a name with invalid bytes
            # reads with U+FFFD in the output.
            shown = {f.encode("utf-8", "surrogateescape").decode("utf-8", "replace") for f in files}
            if c["outcome"] in ("processed", "repaired") and not links and c.get("out") is not None:
                got = sum(1 for r in docs if r["source"] in shown)
                self.assertEqual(got, c["out"], "documents of %s" % c["case"])
            if c.get("repaired"):
                texts = [r["text"] for r in docs if r["source"] in shown]
                self.assertTrue(any("\ufffd" in t for t in texts), "no U+FFFD in " + c["case"])

    def test_default_settings(self):
        self.run_group([], [])

    def test_lines_format(self):
        self.run_group(["-f", "lines"], ["-f", "lines"])

    def test_doc_cap_1m(self):
        self.run_group(["--max-doc-bytes", "1M"], ["--max-doc-bytes", "1048576"])

    def test_bombs_8m(self):
        self.run_group(["--max-doc-bytes", "8M"], ["--max-doc-bytes", "8388608"])


if __name__ == "__main__":
    helpers.main()
