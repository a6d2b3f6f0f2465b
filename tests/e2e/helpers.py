"""Shared helpers for saring's end-to-end tests.

The tests drive the real binary (env SARING, else build/saring under the
repository root) on real files in a fresh temporary folder per test.  Nothing
here sleeps for a fixed time: waits poll a condition until a deadline.
"""
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

SOURCE_DIR = os.environ.get("SARING_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SARING = os.environ.get("SARING") or os.path.join(SOURCE_DIR, "build", "saring")
# Set when the binary is built with ASan/UBSan: only the huge-input test is
# skipped, as it would take too long and too much memory there.
SANITIZED = os.environ.get("SARING_SANITIZED") == "1"

# The header of every test script.
PRELUDE = 'local saring = require "saring"\nlocal json = require "saring.json"\n'


def wait_for(cond, timeout=30.0, interval=0.01, what="condition"):
    """Polls cond() until it returns a true value, which is returned; fails
    with an AssertionError naming `what` after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        v = cond()
        if v:
            return v
        if time.monotonic() > deadline:
            raise AssertionError("timed out after %.0f s waiting for %s" % (timeout, what))
        time.sleep(interval)


def parse_jsonl(data, where="output"):
    """Parses JSONL bytes strictly: every line must be a JSON object and the
    data must end with a newline (no torn last line)."""
    if isinstance(data, bytes):
        text = data.decode("utf-8")  # raises on invalid UTF-8: the output must be valid
    else:
        text = data
    if not text:
        return []
    if not text.endswith("\n"):
        raise AssertionError("%s does not end with a newline (torn line?): %r" % (where, text[-200:]))
    out = []
    for i, line in enumerate(text[:-1].split("\n"), 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise AssertionError("%s line %d is not JSON (%s): %r" % (where, i, e, line[:300]))
        if not isinstance(obj, dict):
            raise AssertionError("%s line %d is not a JSON object: %r" % (where, i, line[:300]))
        out.append(obj)
    return out


def read_file_bytes(path):
    """The content of path, decompressed when it is .gz or .zst."""
    if path.endswith(".gz"):
        with gzip.open(path, "rb") as f:
            return f.read()
    if path.endswith(".zst"):
        return subprocess.run(["zstd", "-dc", path], check=True, stdout=subprocess.PIPE).stdout
    with open(path, "rb") as f:
        return f.read()


class SaringTest(unittest.TestCase):
    """A test case with a private temporary folder and ways to run saring."""

    maxDiff = 4000

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="saring-e2e-")
        self.addCleanup(shutil.rmtree, self.tmp, True)

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def write(self, name, data):
        """Writes data (str as UTF-8, or bytes) to name under the temp
        folder, creating folders; returns the full path."""
        p = self.path(name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        return p

    def write_jsonl(self, name, records):
        return self.write(name, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))

    def script(self, body, name="s.lua"):
        """A pipeline script: PRELUDE (saring, json) then body."""
        return self.write(name, PRELUDE + body)

    def keep_script(self, name="keep.lua"):
        return self.script("return saring.pipeline { function(doc) return doc end }\n", name)

    def run_saring(self, *args, input=None, timeout=300, env=None, cwd=None):
        """Runs saring with args; returns the CompletedProcess (bytes)."""
        e = dict(os.environ)
        if env:
            e.update(env)
        try:
            return subprocess.run([SARING] + [str(a) for a in args], input=input,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=timeout, env=e, cwd=cwd or self.tmp)
        except subprocess.TimeoutExpired as ex:
            self.fail("saring %s timed out after %s s; stderr: %r" % (
                " ".join(map(str, args)), timeout, (ex.stderr or b"")[-2000:]))

    def run_ok(self, *args, code=0, **kw):
        """run_saring, asserting the exit code (0 unless told)."""
        p = self.run_saring(*args, **kw)
        self.assertExit(p, code)
        return p

    def assertExit(self, p, code):
        if p.returncode != code:
            self.fail("saring %s exited %d, expected %d\nstderr:\n%s" % (
                " ".join(map(str, p.args[1:])), p.returncode, code,
                p.stderr.decode("utf-8", "replace")[-4000:]))

    def assertNoSanitizerReport(self, p):
        err = p.stderr.decode("utf-8", "replace")
        for marker in ("AddressSanitizer", "LeakSanitizer", "runtime error:"):
            self.assertNotIn(marker, err)

    def read_jsonl(self, path):
        return parse_jsonl(read_file_bytes(path), where=path)

    def stderr(self, p):
        return p.stderr.decode("utf-8", "replace")


def main():
    """Runs the tests of the calling module; exits 1 on any failure."""
    if not os.path.exists(SARING):
        print("saring binary not found at %s (set SARING)" % SARING, file=sys.stderr)
        sys.exit(1)
    prog = unittest.main(module="__main__", verbosity=2, exit=False)
    sys.exit(0 if prog.result.wasSuccessful() else 1)
