"""saring watch: the output disk fills up.  The outputs live on a 1 MB tmpfs
that the test mounts (skipped when it cannot mount, e.g. not root).  When
commits fail the daemon pauses intake (/health 503), marks nothing done and
retries; once space is freed it resumes, and every input is committed
exactly once."""
import os
import subprocess
import time

import watchlib
from watchlib import WatchCase, wait_for


def big_text(i, n=12000):
    # Larger than a page, so each commit needs new tmpfs pages.
    line = "file %d says something worth keeping. " % i
    return (line * (n // len(line) + 1))[:n] + "\n"


class TestDiskFull(WatchCase):
    def setUp(self):
        super().setUp()
        os.makedirs(self.out)
        p = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", self.out],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            self.skipTest("cannot mount a tmpfs for the outputs (%s): run as root to test a full disk" %
                          p.stderr.decode().strip())
        # Cleanups run last-in first-out: the daemons (registered later) are
        # killed before the unmount.
        self.addCleanup(subprocess.run, ["umount", "-l", self.out])

    def fill(self):
        """Fills the tmpfs to the last byte; returns the filler's path."""
        path = os.path.join(self.out, "filler")
        with open(path, "wb", buffering=0) as f:
            for size in (1 << 16, 4096, 512, 1):
                while True:
                    try:
                        f.write(b"x" * size)
                    except OSError:
                        break
        return path

    def seen(self, d):
        return d.metrics()['saring_files_total{state="seen"}']

    def test_disk_full_pauses_and_resumes(self):
        d = self.start(settle=150, reconcile=200)
        first = ["a%02d.txt" % i for i in range(5)]
        for i, n in enumerate(first):
            self.drop(n, big_text(i), how="rename")
        self.wait_processed(first, daemon=d)

        filler = self.fill()
        second = ["b%02d.txt" % i for i in range(20)]
        for i, n in enumerate(second):
            self.drop(n, big_text(100 + i), how="rename")
        d.wait_log(r'msg="cannot commit output; intake paused, retrying"')
        wait_for(lambda: d.get("/health")[0] == 503, 30, 0.05, "/health 503 while paused")
        self.assertIn("paused", d.get("/health")[1])
        self.assertEqual(d.metrics()["saring_paused"], 1)

        # Intake stops: files dropped now are not even taken.
        seen = self.seen(d)
        third = ["c%02d.txt" % i for i in range(10)]
        for i, n in enumerate(third):
            self.drop(n, big_text(200 + i), how="rename")
        start = d.metrics()["saring_full_scans_total"]
        wait_for(lambda: d.metrics()["saring_full_scans_total"] >= start + 3, 30, 0.05, "3 full scans")
        self.assertEqual(self.seen(d), seen)
        # Nothing is marked done: the inputs stay, the journal has only the
        # first files, the output only their records.
        self.assertEqual(self.processed(), set(first))
        self.assertEqual(sorted(r["path"] for r in self.journal()), first)
        self.assertEqual(sorted(x["id"] for x in self.documents()), [n[:-4] for n in first])
        self.assertGreater(d.metrics()["saring_commit_errors_total"], 0)
        self.assertEqual(d.get("/health")[0], 503)

        os.unlink(filler)
        t0 = time.monotonic()
        everything = first + second + third
        self.wait_processed(everything, timeout=90, daemon=d)
        resumed = time.monotonic() - t0
        d.wait_log(r'msg="commits succeed again; intake resumed"')
        self.assertEqual(d.get("/health"), (200, "ok\n"))
        d.stop()
        self.assertExactlyOnce(self.documents(), [n[:-4] for n in everything])
        for x in self.documents():
            self.assertEqual(x["text"], big_text(int(x["id"][1:]) + {"a": 0, "b": 100, "c": 200}[x["id"][0]]))
        self.assertEqual(self.journal_states(), {"committed": len(everything)})
        self.assertEqual(self.waiting_inputs(), set())
        print("\nresumed %.1f s after space was freed" % resumed)


if __name__ == "__main__":
    watchlib.main()
