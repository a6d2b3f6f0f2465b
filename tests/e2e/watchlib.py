"""Shared helpers for the end-to-end tests of `saring watch`.

The tests run the real daemon on real folders and send it real signals.  A
`Daemon` is one run of `saring watch` with its log (stderr) in a file; a
`WatchCase` is a test case with a fresh folder holding the watched folder
`in/`, the journal folder `state/` and the output folder `out/`.

Nothing waits for a fixed time except where a test creates a timing
condition on purpose (a file written slowly, a kill at a random moment):
every wait polls a condition until a deadline and fails naming what it
waited for.
"""
import collections
import http.client
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from helpers import SARING, SOURCE_DIR, SaringTest, parse_jsonl, wait_for  # noqa: E402,F401

PASS_SCRIPT = ('local saring = require "saring"\n'
               'return saring.pipeline { function(doc) return doc end }\n')

FINAL_STATES = ("committed", "failed", "duplicate")


class Daemon:
    """One run of `saring watch`.  stderr goes to a log file that the test
    reads; the process is killed at the end of the test if still running."""

    def __init__(self, case, args, log_path, user=None):
        self.case = case
        self.args = [SARING, "watch"] + [str(a) for a in args]
        self.log_path = log_path
        self._log = open(log_path, "wb")
        kw = {}
        if user is not None:
            kw["user"], kw["group"] = user, user
        self.proc = subprocess.Popen(self.args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=self._log, cwd=case.tmp, **kw)
        self._port = None
        case.addCleanup(self._cleanup)

    def _cleanup(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._log.close()

    # ---- the log ----------------------------------------------------------
    def log(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def wait_log(self, pattern, timeout=30.0, count=1):
        """Waits until the log matches the regex pattern `count` times;
        returns the last match.  Fails early if the daemon exits."""
        rx = re.compile(pattern)

        def cond():
            found = rx.findall(self.log())
            if len(found) >= count:
                return found[-1] or True
            if self.proc.poll() is not None:
                raise AssertionError("saring watch exited (%s) while waiting for %r in its log:\n%s" % (
                    self.proc.returncode, pattern, self.log()[-3000:]))
            return None
        return wait_for(cond, timeout, 0.02, "log line %r" % pattern)

    def wait_started(self, timeout=30.0):
        self.wait_log(r'msg=watching|"msg":\s*"watching"', timeout)
        return self

    # ---- metrics ----------------------------------------------------------
    @property
    def port(self):
        if self._port is None:
            m = self.wait_log(r'msg="metrics served".* port=(\d+)')
            self._port = int(m)
        return self._port

    def get(self, path, timeout=5.0):
        """GET path from the metrics server: (status, body text)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            return r.status, r.read().decode("utf-8", "replace")
        finally:
            conn.close()

    def metrics(self):
        """The /metrics series as {'name{labels}': float}."""
        status, body = self.get("/metrics")
        self.case.assertEqual(status, 200, body)
        out = {}
        for line in body.splitlines():
            if not line or line.startswith("#"):
                continue
            key, _, val = line.rpartition(" ")
            out[key] = float(val)
        return out

    # ---- signals ----------------------------------------------------------
    def alive(self):
        return self.proc.poll() is None

    def signal(self, sig):
        self.proc.send_signal(sig)

    def stop(self, timeout=60.0, expect=0):
        """SIGTERM, then waits for the exit; asserts the exit code."""
        self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            self.case.fail("saring watch did not stop within %.0f s of SIGTERM; log:\n%s" % (
                timeout, self.log()[-3000:]))
        if expect is not None and rc != expect:
            self.case.fail("saring watch exited %d after SIGTERM, expected %d; log:\n%s" % (
                rc, expect, self.log()[-3000:]))
        return rc

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()


class WatchCase(SaringTest):
    """A test case with in/ (watched), state/ (journal) and out/ (outputs)."""

    def setUp(self):
        super().setUp()
        self.inp = self.path("in")
        self.state = self.path("state")
        self.out = self.path("out")
        os.makedirs(self.inp)
        self.nlogs = 0
        self.pass_script = self.write("pass.lua", PASS_SCRIPT)

    # ---- the daemon ---------------------------------------------------------
    def start(self, *extra, script=None, settle=300, reconcile=None, metrics=True, user=None,
              wait=True, folders=True):
        """Starts `saring watch SCRIPT in/ --state state/ --out out/ ...`."""
        args = [script or self.pass_script, self.inp]
        if folders:
            args += ["--state", self.state, "--out", self.out]
        if settle is not None:
            args += ["--settle", settle]
        if reconcile is not None:
            args += ["--reconcile", reconcile]
        if metrics:
            args += ["--metrics", "127.0.0.1:0"]
        args += list(extra)
        self.nlogs += 1
        d = Daemon(self, args, self.path("watch%d.log" % self.nlogs), user=user)
        if wait:
            d.wait_started()
        return d

    # ---- dropping files -------------------------------------------------------
    def drop(self, name, data, how="rename", pieces=3, pause=0.1):
        """Puts a file into in/: 'rename' writes .NAME.tmp beside it then
        renames it into place; 'direct' writes it in one go under its name;
        'slow' writes it under its name in `pieces` parts with `pause`
        seconds between them (a timing condition on purpose)."""
        p = os.path.join(self.inp, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        if how == "rename":
            tmp = os.path.join(os.path.dirname(p), "." + os.path.basename(p) + ".tmp")
            with open(tmp, "wb") as f:
                f.write(data)
            os.rename(tmp, p)
        elif how == "direct":
            with open(p, "wb") as f:
                f.write(data)
        elif how == "slow":
            step = max(1, (len(data) + pieces - 1) // pieces)
            with open(p, "wb") as f:
                for i in range(0, len(data), step):
                    if i:
                        time.sleep(pause)
                    f.write(data[i:i + step])
                    f.flush()
        else:
            raise ValueError(how)
        return p

    # ---- reading the results ---------------------------------------------------
    def documents(self, name="documents.jsonl"):
        """The output records, parsed strictly (valid UTF-8, a JSON object
        per line, no torn last line)."""
        p = os.path.join(self.out, name)
        if not os.path.exists(p):
            return []
        with open(p, "rb") as f:
            return parse_jsonl(f.read(), where=p)

    def journal(self, where="1=1"):
        """Rows of the journal's files table as dicts (read-only)."""
        db = sqlite3.connect("file:%s?mode=ro" % os.path.join(self.state, "journal.db"), uri=True, timeout=10)
        try:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute("SELECT * FROM files WHERE " + where)]
        finally:
            db.close()

    def journal_states(self):
        return collections.Counter(r["state"] for r in self.journal())

    def files_under(self, folder):
        """Relative paths of the regular files under folder."""
        out = set()
        for root, _dirs, names in os.walk(folder):
            for n in names:
                out.add(os.path.relpath(os.path.join(root, n), folder))
        return out

    def processed(self):
        return self.files_under(os.path.join(self.inp, "processed"))

    def waiting_inputs(self):
        """Files still in in/ (outside processed/, failed/ and ignored names)."""
        out = set()
        for root, dirs, names in os.walk(self.inp):
            if root == self.inp:
                dirs[:] = [d for d in dirs if d not in ("processed", "failed")]
            for n in names:
                out.add(os.path.relpath(os.path.join(root, n), self.inp))
        return out

    def wait_processed(self, names, timeout=60.0, daemon=None):
        """Waits until every relative name in `names` is in in/processed/."""
        names = set(names)

        def cond():
            if daemon is not None and not daemon.alive():
                raise AssertionError("saring watch exited (%s):\n%s" % (daemon.proc.returncode, daemon.log()[-3000:]))
            return names <= self.processed()
        try:
            wait_for(cond, timeout, 0.05, "%d files in processed/" % len(names))
        except AssertionError:
            missing = sorted(names - self.processed())
            raise AssertionError("%d of %d files not processed after %.0f s, e.g. %s; still in in/: %d%s" % (
                len(missing), len(names), timeout, missing[:5], len(self.waiting_inputs()),
                ("\nlog:\n" + daemon.log()[-3000:]) if daemon else ""))

    def assertExactlyOnce(self, docs, expected_ids):
        """Every id in expected_ids appears exactly once in docs, and no
        other id appears."""
        counts = collections.Counter(d.get("id") for d in docs)
        expected = set(expected_ids)
        missing = sorted(expected - set(counts))
        twice = sorted(i for i, n in counts.items() if n > 1)
        extra = sorted(set(counts) - expected, key=str)
        if missing or twice or extra:
            self.fail("exactly-once violated: %d missing (e.g. %s), %d more than once (e.g. %s), "
                      "%d unexpected (e.g. %s); %d records for %d expected ids" % (
                          len(missing), missing[:5], len(twice), [(i, counts[i]) for i in twice[:5]],
                          len(extra), extra[:5], len(docs), len(expected)))


def main():
    if not os.path.exists(SARING):
        print("saring binary not found at %s (set SARING)" % SARING, file=sys.stderr)
        sys.exit(1)
    prog = unittest.main(module="__main__", verbosity=2, exit=False)
    sys.exit(0 if prog.result.wasSuccessful() else 1)
