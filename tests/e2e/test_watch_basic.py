"""saring watch: 2,000 files dropped at once, written in the three ways
producers write (in one go, slowly in pieces, renamed into place), into the
top folder and subfolders.  Each must be taken only when complete and appear
exactly once in the output."""
import os
import threading

import watchlib
from watchlib import WatchCase


def content(name):
    # Unique per file (so no file is a duplicate of another) and long enough
    # that a slow write takes several pieces.
    return ("document %s\n" % name) + ("line of %s text\n" % name) * 40


class TestDropAtOnce(WatchCase):
    def test_2000_files(self):
        settle = 600
        d = self.start(settle=settle)
        names = []
        for i in range(2000):
            sub = ("", "a/", "a/b/", "c/")[i % 4]
            names.append("%sf%05d.txt" % (sub, i))
        slow = [n for i, n in enumerate(names) if i % 20 == 0]          # 100 files
        renamed = [n for i, n in enumerate(names) if i % 20 in (1, 2, 3)]  # 300 files
        slow_set, renamed_set = set(slow), set(renamed)
        direct = [n for n in names if n not in slow_set and n not in renamed_set]

        # Slow writers: pieces with pauses shorter than --settle, so only a
        # daemon that mistakes a pause for the end would take them early.
        errors = []

        def slow_writer(batch):
            try:
                for n in batch:
                    self.drop(n, content(n), how="slow", pieces=4, pause=settle / 1000 / 3)
            except Exception as e:  # reported by the main thread
                errors.append(e)
        threads = [threading.Thread(target=slow_writer, args=(slow[k::20],)) for k in range(20)]
        for t in threads:
            t.start()
        for k, n in enumerate(direct):
            self.drop(n, content(n), how="direct")
            if k % 5 == 0 and renamed:
                r = renamed.pop()
                self.drop(r, content(r), how="rename")
        for r in renamed:
            self.drop(r, content(r), how="rename")
        for t in threads:
            t.join()
        self.assertEqual(errors, [])

        self.wait_processed(names, timeout=120, daemon=d)
        # A backlog larger than --max-inflight-files is taken in rounds, each
        # resuming with one rescan: not one rescan per committed file.
        scans = d.metrics()["saring_full_scans_total"]
        self.assertLess(scans, 100, "full scans for a backlog of 2,000 files")
        d.stop()

        docs = self.documents()
        ids = [os.path.splitext(os.path.basename(n))[0] for n in names]
        self.assertExactlyOnce(docs, ids)
        by_source = {doc["source"]: doc for doc in docs}
        for n in names:
            self.assertIn(n, by_source)
            # The whole file, not the part written before a pause.
            self.assertEqual(by_source[n]["text"], content(n), "text of %s" % n)
        self.assertEqual(self.waiting_inputs(), set())
        self.assertEqual(self.processed(), set(names))
        self.assertEqual(self.journal_states(), {"committed": 2000})
        self.assertEqual(self.documents("failed.jsonl"), [])


if __name__ == "__main__":
    watchlib.main()
