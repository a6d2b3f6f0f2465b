"""`saring run` on the hostile corpus (tests/hostile/make_corpus.py).

Each case of the manifest becomes one test: saring runs a pass-through
pipeline on the case's folder (or its named inputs) and the test checks the
defined outcome: the exit code, the documents written, the dead-letter
records and their reason, UTF-8 repair, valid JSONL output, no sanitizer
report, no hang (a timeout) and a bound on peak memory (the child's maximum
RSS from wait4).  The large generated cases (500 MB, 200 MB line, 1.1 GB of
compressed zeros) run unless SARING_SANITIZED=1 or SARING_HOSTILE_BIG=0.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers  # noqa: E402
from helpers import SARING, SOURCE_DIR, SaringTest  # noqa: E402

sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "hostile"))
import make_corpus  # noqa: E402

BIG = not helpers.SANITIZED and os.environ.get("SARING_HOSTILE_BIG", "1") != "0"
NOBODY = 65534
CORPUS = None
CASES = []


def setUpModule():
    global CORPUS
    CORPUS = tempfile.mkdtemp(prefix="saring-hostile-")
    os.chmod(CORPUS, 0o755)
    t = time.monotonic()
    # In a child process: the peak RSS that wait4 reports for saring starts
    # from this process's own size, which must stay small.
    subprocess.run([sys.executable, os.path.join(SOURCE_DIR, "tests", "hostile", "make_corpus.py"), CORPUS]
                   + (["--big"] if BIG else []), check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(CORPUS, "manifest.json")) as f:
        cases = json.load(f)
    print("hostile corpus: %d cases in %.1f s" % (len(cases), time.monotonic() - t), file=sys.stderr)
    for e in cases:
        for f in e.get("chmod0", []):
            os.chmod(os.path.join(CORPUS, e["case"], f), 0)


def tearDownModule():
    if CORPUS:
        shutil.rmtree(CORPUS, True)


def run_measured(args, timeout, user=None, cwd=None):
    """Runs args; returns (exit code, stdout, stderr, peak RSS in MB) with
    the peak taken from wait4 for this child alone (an upper bound: it
    includes the test process's size at the fork, a few MB)."""
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    kw = {}
    if user is not None:
        kw["user"], kw["group"] = user, user
    p = subprocess.Popen(args, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd, **kw)
    deadline = time.monotonic() + timeout
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            p.kill()
            os.wait4(p.pid, 0)
            p.returncode = -9
            err.seek(0)
            raise AssertionError("timed out after %d s (a hang?): %s\n%s" % (
                timeout, " ".join(args), err.read()[-2000:].decode("utf-8", "replace")))
        time.sleep(0.01)
    p.returncode = os.waitstatus_to_exitcode(status)
    with out, err:
        out.seek(0)
        err.seek(0)
        return p.returncode, out.read(), err.read().decode("utf-8", "replace"), ru.ru_maxrss / 1024.0


class HostileRun(SaringTest):
    """Filled in below: one test_<case> per manifest entry."""

    def run_case(self, e):
        case_dir = os.path.join(CORPUS, e["case"])
        inputs = e.get("inputs") or [case_dir]
        user = NOBODY if e.get("chmod0") and os.getuid() == 0 else None
        work = self.tmp
        if user is not None:
            os.chmod(self.tmp, 0o777)
        script = self.keep_script()
        os.chmod(script, 0o644)
        out = self.path("out.jsonl")
        failed = self.path("failed.jsonl")
        stats = self.path("stats.json")
        args = [SARING, "run", script] + inputs + ["-o", out, "--failed", failed, "--stats", stats, "-q"]
        args += e["args"]  # a later -o wins
        code, _, err, rss = run_measured(args, timeout=600 if e["big"] else 120, user=user, cwd=work)
        for marker in ("AddressSanitizer", "LeakSanitizer", "runtime error:", "Segmentation"):
            self.assertNotIn(marker, err)
        self.assertEqual(code, e["exit"], "exit code; stderr:\n" + err[-3000:])
        with open(stats) as f:
            st = json.load(f)
        recs = self.read_jsonl(out) if os.path.exists(out) and "/dev/null" not in e["args"] else []
        bad = self.read_jsonl(failed) if os.path.exists(failed) else []
        # Counts: a None in the manifest means "some" (where the cut falls
        # depends on compression block boundaries).
        if e["out"] is not None:
            self.assertEqual(st["documents_written"], e["out"], "documents written")
        if e["failed"] is None:
            self.assertGreater(len(bad), 0, "some dead-letter records")
        else:
            self.assertEqual(len(bad), e["failed"], "dead-letter records: %r" % [b.get("error") for b in bad])
        self.assertEqual(st["failed"], len(bad))
        if e["outcome"] == "mixed" and e["out"] is None:
            self.assertGreater(st["documents_written"], 0, "the documents before the damage are written")
        reasons = e["reason"] if isinstance(e["reason"], list) else [e["reason"]] if e["reason"] else []
        for b in bad:
            self.assertTrue(any(r in b["error"] for r in reasons), "reason %r not in %r" % (reasons, b["error"]))
            self.assertIn("source", b)
        if e["repaired"]:
            self.assertGreater(st["repaired_utf8"], 0)
        elif e["outcome"] == "processed":
            self.assertEqual(st["repaired_utf8"], 0)
        if recs:
            t = recs[0]["text"]
            if "text_eq" in e:
                self.assertEqual(t, e["text_eq"])
            if "text_has" in e:
                self.assertIn(e["text_has"], t)
            if "text_lacks" in e:
                self.assertNotIn(e["text_lacks"], t)
        if not helpers.SANITIZED:
            self.assertLess(rss, e["rss_mb"], "peak RSS %.0f MB over the bound of %d MB" % (rss, e["rss_mb"]))
        return st, rss


def _make(e):
    def test(self):
        st, rss = self.run_case(e)
        if e["big"]:
            print("  %s: %.1f s, peak RSS %.0f MB" % (e["case"], st["seconds"], rss), file=sys.stderr)
    if e["big"] and not BIG:
        test = unittest.skip("large generated case (SARING_SANITIZED or SARING_HOSTILE_BIG=0)")(test)
    if e.get("chmod0") and os.getuid() == 0 and not hasattr(os, "setuid"):
        test = unittest.skip("cannot drop privileges")(test)
    return test


for _e in make_corpus.Corpus("/nonexistent", True, dry=True).build().cases:
    setattr(HostileRun, "test_" + _e["case"], _make(_e))


class HostileRunAll(SaringTest):
    """The whole (small) corpus in one run: every case side by side, with
    several workers, still one defined outcome each and no crash."""

    def test_everything_at_once(self):
        script = self.keep_script()
        out = self.path("out.jsonl")
        code, _, err, rss = run_measured(
            [SARING, "run", script, CORPUS, "-o", out, "--failed", self.path("f.jsonl"), "--stats",
             self.path("st.json"), "-q", "-w", "2", "--max-doc-bytes", "32M"], timeout=600)
        self.assertEqual(code, 1, err[-3000:])
        for marker in ("AddressSanitizer", "LeakSanitizer", "runtime error:"):
            self.assertNotIn(marker, err)
        recs = self.read_jsonl(out)
        bad = self.read_jsonl(self.path("f.jsonl"))
        with open(self.path("st.json")) as f:
            st = json.load(f)
        self.assertEqual(st["documents_written"], len(recs))
        self.assertEqual(st["failed"], len(bad))
        self.assertGreater(len(recs), 20)


if __name__ == "__main__":
    helpers.main()
