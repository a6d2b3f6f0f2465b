"""saring watch: more fs events than the inotify queue holds.  The test
lowers /proc/sys/fs/inotify/max_queued_events (as root; skipped when it is
not writable) just while the daemon creates its inotify instance, then drops
a burst of files into 150 watched folders while the daemon is stopped
(SIGSTOP).  libuv drops the overflow
silently, so the events of whole folders are lost; the reconcile scan must
find them, and each file is committed exactly once."""
import os
import signal

import watchlib
from watchlib import WatchCase

QUEUE = "/proc/sys/fs/inotify/max_queued_events"


class TestOverflow(WatchCase):
    def test_event_overflow_caught_by_reconcile(self):
        try:
            with open(QUEUE) as f:
                old = f.read().strip()
            with open(QUEUE, "w") as f:
                f.write("64")
        except OSError as e:
            self.skipTest("cannot lower %s (%s): run as root to test an event overflow" % (QUEUE, e))
        try:
            # The queue size is fixed when the daemon's inotify instance is
            # created, which happens before it logs "watching".
            # No cap on files in flight: reaching it pauses intake, and the
            # scan on resuming would find the files before the reconcile
            # scan has to.
            d = self.start("--max-inflight-files", "1000000", settle=200,
                           reconcile=os.environ.get("SARING_TEST_RECONCILE", "500"))
        finally:
            with open(QUEUE, "w") as f:
                f.write(old)

        # Folders the daemon already watches (a first file in each, taken).
        seeds = ["d%03d/seed%03d.txt" % (k, k) for k in range(150)]
        for n in seeds:
            self.drop(n, "seed %s\n" % n, how="rename")
        self.wait_processed(seeds, timeout=60, daemon=d)
        # A burst while the daemon cannot read its events (stopped, as a
        # busy or swapped-out process would be): the queue overflows, and
        # the events of most folders are lost.
        names = []
        d.signal(signal.SIGSTOP)
        try:
            for k in range(150):
                for i in range(20):
                    n = "d%03d/f%03d-%02d.txt" % (k, k, i)
                    self.drop(n, "overflow test file %s\n" % n, how="rename")
                    names.append(n)
        finally:
            d.signal(signal.SIGCONT)
        names += seeds
        self.wait_processed(names, timeout=120, daemon=d)
        m = d.metrics()
        d.stop()
        ids = [os.path.splitext(os.path.basename(n))[0] for n in names]
        self.assertExactlyOnce(self.documents(), ids)
        self.assertEqual(self.journal_states(), {"committed": len(names)})
        self.assertEqual(self.waiting_inputs(), set())
        print("\n%d files in %d folders; %d full scans" % (len(names), 150, m["saring_full_scans_total"]))


if __name__ == "__main__":
    watchlib.main()
