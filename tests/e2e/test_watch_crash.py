"""saring watch: the crash loop.  A writer keeps dropping files while the
daemon is killed with SIGKILL at random moments (during start-up and
recovery too), 30 rounds, restarting each time.  At the end every input is
committed exactly once, the outputs are valid JSONL with no torn line, and
the journal's offsets point at each file's own records."""
import json
import os
import random
import threading
import time

import watchlib
from watchlib import WatchCase

ROUNDS = 30


class Writer(threading.Thread):
    """Drops files into the watched folder until stopped: plain text renamed
    into place, JSONL files of many documents (so commits are large enough
    to be cut by a kill), and some written directly under their name."""

    def __init__(self, case, rate=120.0):
        super().__init__(daemon=True)
        self.case = case
        self.rate = rate
        self.names = []    # relative paths dropped
        self.ids = []      # every document id they hold
        self.stopping = threading.Event()
        self.error = None
        self.rng = random.Random(1234)

    def one(self, i):
        sub = ("", "s1/", "s2/deep/")[i % 3]
        kind = self.rng.random()
        if kind < 0.2:
            name = "%sj%05d.jsonl" % (sub, i)
            n = self.rng.randint(20, 150)
            recs = [{"id": "j%05d-%03d" % (i, k), "text": "record %d of file %d: %s" % (k, i, "é" * k)}
                    for k in range(n)]
            self.case.drop(name, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), how="rename")
            self.ids += [r["id"] for r in recs]
        else:
            name = "%st%05d.txt" % (sub, i)
            how = "direct" if kind > 0.9 else "rename"
            self.case.drop(name, "text file %d\n%s\n" % (i, "word " * self.rng.randint(1, 400)), how=how)
            self.ids.append("t%05d" % i)
        self.names.append(name)

    def run(self):
        try:
            i = 0
            t0 = time.monotonic()
            while not self.stopping.is_set():
                self.one(i)
                i += 1
                # A steady rate, whatever the daemon is doing.
                delay = t0 + i / self.rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
        except Exception as e:  # reported by the test
            self.error = e


class TestCrashLoop(WatchCase):
    def test_kill9_loop(self):
        rng = random.Random(int(os.environ.get("SARING_CRASH_SEED", "42")))
        writer = Writer(self)
        writer.start()
        args = ["--reconcile", "500", "--workers", "2"]
        kills = 0
        try:
            for r in range(ROUNDS):
                d = self.start(*args, settle=200, metrics=False, wait=False)
                # A random moment: sometimes during start-up and recovery,
                # mostly while files stream in and commits are made.
                time.sleep(rng.choice((rng.uniform(0.0, 0.15), rng.uniform(0.1, 1.5), rng.uniform(0.1, 1.5))))
                if not d.alive():
                    self.fail("saring watch exited on its own in round %d (%s):\n%s" % (
                        r, d.proc.returncode, d.log()[-3000:]))
                d.kill9()
                kills += 1
        finally:
            writer.stopping.set()
            writer.join()
        self.assertIsNone(writer.error)
        self.assertEqual(kills, ROUNDS)

        # Let the daemon drain what is left, then stop it politely.
        d = self.start(*args, settle=200)
        self.wait_processed(writer.names, timeout=120, daemon=d)
        d.stop()
        self.assertIn("stopped: everything in flight is committed", d.log())

        docs = self.documents()   # strict: valid UTF-8, objects, no torn last line
        self.assertExactlyOnce(docs, writer.ids)
        self.assertEqual(self.documents("failed.jsonl"), [])
        self.assertEqual(self.waiting_inputs(), set())
        self.assertEqual(self.processed(), set(writer.names))
        rows = self.journal()
        self.assertEqual(sorted(r["path"] for r in rows), sorted(writer.names))
        self.assertEqual({r["state"] for r in rows}, {"committed"})

        # The journal's offsets: each file's slice of documents.jsonl holds
        # its own records, the slices tile the file, and it ends where the
        # journal says the committed output ends.
        with open(os.path.join(self.out, "documents.jsonl"), "rb") as f:
            data = f.read()
        end = 0
        for row in sorted(rows, key=lambda r: r["out_offset"]):
            self.assertEqual(row["out_offset"], end, row["path"])
            chunk = data[row["out_offset"]:row["out_offset"] + row["out_len"]]
            recs = watchlib.parse_jsonl(chunk, where=row["path"])
            self.assertEqual({x["source"] for x in recs}, {row["path"]})
            self.assertEqual(len(recs), row["docs_out"])
            end += row["out_len"]
        self.assertEqual(end, len(data))
        cuts = 0
        for k in range(1, self.nlogs + 1):
            with open(self.path("watch%d.log" % k)) as f:
                cuts += f.read().count("cutting uncommitted output")
        print("\n%d rounds of kill -9, %d files, %d documents, %d recoveries that cut output" % (
            kills, len(writer.names), len(writer.ids), cuts))


if __name__ == "__main__":
    watchlib.main()
