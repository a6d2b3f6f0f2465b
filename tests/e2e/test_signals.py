"""End-to-end tests of signals: SIGINT stops reading, finishes the documents
in flight, prints the summary and exits 130 with whole JSONL lines; a second
SIGINT exits at once.  Waits poll for conditions; nothing sleeps blindly."""
import json
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers  # noqa: E402
from helpers import SaringTest, wait_for  # noqa: E402

# About 2 ms of CPU per document; document 300 leaves a marker file, so the
# test knows the run is well under way before it sends the signal.
SLOW_STAGE = r"""
local clock = os.clock
return saring.pipeline { function(doc)
  if doc.line == 300 then
    local f = assert(io.open(saring.options.marker, "w"))
    f:close()
  end
  local t = clock() + 0.002
  while clock() < t do end
  doc.meta.w = saring.worker
  return doc
end }
"""

# The stage of document "stuck" signals that it started, then never ends.
STUCK_STAGE = r"""
return saring.pipeline { function(doc)
  if doc.id == "stuck" then
    local f = assert(io.open(saring.options.marker, "w"))
    f:write("started")
    f:close()
    while true do end
  end
  return doc
end }
"""


# The reader hands over a whole read chunk (1 MB) of lines at once, so the
# documents are made large enough that one chunk holds about a thousand:
# the signal then leaves most of the input unread.
FILL = "x" * 1000


class SignalTest(SaringTest):
    N = 20000

    def start(self, *args):
        self.err_path = self.path("stderr.txt")
        err = open(self.err_path, "wb")
        self.addCleanup(err.close)
        p = subprocess.Popen([helpers.SARING] + [str(a) for a in args], stdout=subprocess.DEVNULL,
                             stderr=err, cwd=self.tmp)

        def reap():
            if p.poll() is None:
                p.kill()
                p.wait()
        self.addCleanup(reap)
        return p

    def err_text(self):
        with open(self.err_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def lines_in(self, path):
        try:
            with open(path, "rb") as f:
                return f.read().count(b"\n")
        except FileNotFoundError:
            return 0

    def wait_exit(self, p, timeout):
        try:
            return p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.fail("saring did not exit within %s s; stderr: %s" % (timeout, self.err_text()[-2000:]))

    def interrupt_run(self, sig, expected_code, extra=()):
        recs = [{"id": "s%05d" % i, "text": "document %d " % i + FILL} for i in range(self.N)]
        f = self.write_jsonl("in.jsonl", recs)
        s = self.script(SLOW_STAGE)
        out = self.path("out.jsonl")
        stats = self.path("stats.json")
        marker = self.path("marker")
        # A small in-flight limit keeps the drain short on a loaded machine.
        p = self.start("run", s, f, "-o", out, "-w", "2", "--batch", "8", "--max-inflight", "64",
                       "--stats", stats, "--set", "marker=" + marker, *extra)
        wait_for(lambda: os.path.exists(marker) or p.poll() is not None, 120, what="document 300")
        self.assertIsNone(p.poll(), "the run ended before the signal: make it slower")
        p.send_signal(sig)
        code = self.wait_exit(p, 60)
        err = self.err_text()
        self.assertEqual(code, expected_code, err)
        self.assertIn("stopping", err)
        self.assertIn("documents read", err, "the summary is printed")
        got = self.read_jsonl(out)  # whole lines only: parse_jsonl checks the last newline
        self.assertGreaterEqual(len(got), 250)
        self.assertLess(len(got), self.N, "reading stopped")
        if "--unordered" in extra:
            ids = sorted(r["id"] for r in got)
            self.assertEqual(len(set(ids)), len(ids))
        else:
            # In order, and nothing read is lost: what was read was written.
            self.assertEqual([r["id"] for r in got], [r["id"] for r in recs[:len(got)]])
        with open(stats) as fh:
            st = json.load(fh)
        self.assertEqual(st["documents_written"], len(got))
        self.assertEqual(st["documents_read"], len(got), "every document read was finished")
        return got

    def test_sigint_drains_and_exits_130(self):
        self.interrupt_run(signal.SIGINT, 130)

    def test_sigint_unordered(self):
        self.interrupt_run(signal.SIGINT, 130, ("--unordered",))

    def test_sigint_gzip_output_is_complete(self):
        recs = [{"id": "g%05d" % i, "text": "document %d " % i + FILL} for i in range(self.N)]
        f = self.write_jsonl("in.jsonl", recs)
        s = self.script(SLOW_STAGE)
        out = self.path("out.jsonl.gz")
        marker = self.path("marker")
        p = self.start("run", s, f, "-o", out, "-w", "2", "--batch", "8", "--max-inflight", "64",
                       "--set", "marker=" + marker)
        wait_for(lambda: os.path.exists(marker) or p.poll() is not None, 120, what="document 300")
        self.assertIsNone(p.poll())
        p.send_signal(signal.SIGINT)
        self.assertEqual(self.wait_exit(p, 60), 130, self.err_text())
        subprocess.run(["gzip", "-t", out], check=True)  # a finished gzip stream
        got = self.read_jsonl(out)
        self.assertEqual([r["id"] for r in got], [r["id"] for r in recs[:len(got)]])
        self.assertLess(len(got), self.N)

    def test_sigterm_drains_and_exits_143(self):
        self.interrupt_run(signal.SIGTERM, 143)

    def test_second_sigint_exits_at_once(self):
        marker = self.path("marker")
        f = self.write_jsonl("in.jsonl", [{"id": "a", "text": "x"}, {"id": "stuck", "text": "y"},
                                          {"id": "c", "text": "z"}])
        s = self.script(STUCK_STAGE)
        out = self.path("out.jsonl")
        p = self.start("run", s, f, "-o", out, "-w", "1", "--batch", "1", "--set", "marker=" + marker)
        wait_for(lambda: os.path.exists(marker) or p.poll() is not None, 60, what="the stuck stage to start")
        self.assertIsNone(p.poll())
        p.send_signal(signal.SIGINT)
        wait_for(lambda: "stopping" in self.err_text() or p.poll() is not None, 30, what="the first signal's message")
        # The stage never ends, so the first signal cannot finish the run.
        self.assertIsNone(p.poll(), "one signal must wait for the documents in flight")
        t0 = time.monotonic()
        p.send_signal(signal.SIGINT)
        code = self.wait_exit(p, 10)
        self.assertEqual(code, 130)
        self.assertLess(time.monotonic() - t0, 10)
        self.assertIn("interrupted", self.err_text())


if __name__ == "__main__":
    helpers.main()
