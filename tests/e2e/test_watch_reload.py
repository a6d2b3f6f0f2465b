"""saring watch: reloading the script while files flow.  A good script takes
effect at a document boundary (no document is half old, half new); a broken
one is rejected with a logged error and the old one keeps running; both
SIGHUP and a change of the script file trigger a reload, including after the
file was replaced by a rename (as editors and deploy tools do).  SIGTERM
then drains the files in flight and exits 0."""
import json
import os
import signal
import threading
import time

import watchlib
from watchlib import WatchCase, wait_for


def version_script(v):
    # Two stages that both stamp the version: a document whose two stamps
    # differ would have been processed half by one script, half by another.
    return ('local saring = require "saring"\n'
            'local function slow() local x = 0 for i = 1, 20000 do x = x + i end return x end\n'
            'return saring.pipeline {\n'
            '  function(doc) slow() doc.meta.a = "%s" return doc end,\n'
            '  function(doc) doc.meta.b = "%s" return doc end,\n'
            '}\n' % (v, v))


BROKEN = 'local saring = require "saring"\nreturn saring.pipeline { function(doc) return doc end\n'  # no }


class Feeder(threading.Thread):
    def __init__(self, case, rate=25.0):
        super().__init__(daemon=True)
        self.case, self.rate = case, rate
        self.names, self.ids = [], {}
        self.stopping = threading.Event()
        self.error = None

    def run(self):
        try:
            i = 0
            while not self.stopping.is_set():
                name = "f%05d.jsonl" % i
                ids = ["f%05d-%02d" % (i, k) for k in range(20)]
                self.case.drop(name, "".join(json.dumps({"id": x, "text": "doc " + x}) + "\n" for x in ids))
                self.names.append(name)
                self.ids[name] = ids
                i += 1
                time.sleep(1.0 / self.rate)
        except Exception as e:
            self.error = e


class TestReload(WatchCase):
    def write_script(self, text, how="inplace"):
        if how == "inplace":
            with open(self.script_path, "w") as f:
                f.write(text)
        else:
            tmp = self.script_path + ".new"
            with open(tmp, "w") as f:
                f.write(text)
            os.rename(tmp, self.script_path)

    def wait_version(self, v, what):
        wait_for(lambda: any(x.get("a") == v for x in self.documents()), 30, 0.05, what)

    def test_reload_while_files_flow(self):
        self.script_path = self.write("s.lua", version_script("1"))
        d = self.start(script=self.script_path, settle=200, reconcile=300)
        feeder = Feeder(self)
        feeder.start()
        try:
            self.wait_version("1", "documents from the first script")
            # 1. A change of the file.
            self.write_script(version_script("2"))
            d.wait_log(r'level=info msg="script reloaded; workers switch at their next batch" reason="script changed"')
            self.wait_version("2", "documents from the changed script")
            # 2. SIGHUP.
            d.signal(signal.SIGHUP)
            d.wait_log(r'msg="script reloaded; workers switch at their next batch" reason=SIGHUP')
            # 3. A broken script, noticed as a change and then by SIGHUP:
            # rejected both times, version 2 keeps running.
            self.write_script(BROKEN)
            d.wait_log(r'level=error msg="reload rejected; the running script stays" reason="script changed" error=')
            d.signal(signal.SIGHUP)
            d.wait_log(r'level=error msg="reload rejected; the running script stays" reason=SIGHUP', count=1)
            n = len(self.documents())
            wait_for(lambda: len(self.documents()) >= n + 100, 30, 0.05, "100 more documents after the rejection")
            # (That no worker is left on version 1 is test_validated_script_everywhere.)
            self.assertIn("2", {x["a"] for x in self.documents()[n:]})
            # 4. Replaced by a rename, then changed in place again: both seen.
            self.write_script(version_script("3"), how="rename")
            d.wait_log(r'msg="script reloaded; workers switch at their next batch" reason="script changed"', count=2)
            self.wait_version("3", "documents from the renamed-in script")
            self.write_script(version_script("4"))
            d.wait_log(r'msg="script reloaded; workers switch at their next batch" reason="script changed"', count=3)
            self.wait_version("4", "documents from the script changed after the rename")
            m = d.metrics()
            self.assertEqual(m['saring_reloads_total{result="ok"}'], 4)
            self.assertEqual(m['saring_reloads_total{result="failed"}'], 2)
        finally:
            feeder.stopping.set()
            feeder.join()
        self.assertIsNone(feeder.error)

        # SIGTERM while files are in flight: they are finished and committed.
        for i in range(30):
            name = "last%02d.jsonl" % i
            ids = ["last%02d-%02d" % (i, k) for k in range(60)]
            self.drop(name, "".join(json.dumps({"id": x, "text": x}) + "\n" for x in ids))
            feeder.names.append(name)
            feeder.ids[name] = ids
        wait_for(lambda: d.metrics()["saring_files_in_flight"] > 0, 30, 0.01, "files in flight")
        d.stop()
        self.assertIn("stopped: everything in flight is committed", d.log())

        docs = self.documents()
        for x in docs:
            self.assertEqual(x["a"], x["b"], "a document processed by two scripts: %r" % x)
        done = self.processed()
        left = set(feeder.names) - done
        if left != self.waiting_inputs():
            self.fail("files neither processed nor waiting: %s; failed/: %s; log:\n%s" % (
                sorted(left - self.waiting_inputs())[:5], sorted(self.files_under(self.path("in", "failed")))[:5],
                d.log()[-3000:]))
        self.assertExactlyOnce(docs, [i for n in done for i in feeder.ids[n]])
        self.assertEqual(sorted(r["path"] for r in self.journal()), sorted(done))
        self.assertEqual(self.journal_states(), {"committed": len(done)})

    def test_validated_script_everywhere(self):
        # The script that was validated must be the one every worker runs.
        # Workers that load it from disk at their own next batch find
        # whatever is there by then: here a broken script, which they fail
        # to load, so they keep running version 1 while others run 2.
        self.script_path = self.write("s.lua", version_script("1"))
        d = self.start("--workers", "4", script=self.script_path, settle=200)
        for i in range(8):
            self.drop("a%02d.jsonl" % i, json.dumps({"id": "a%02d" % i, "text": "x"}) + "\n")
        wait_for(lambda: len(self.documents()) == 8, 30, 0.05, "8 documents from version 1")
        self.write_script(version_script("2"))
        d.wait_log(r'msg="script reloaded; workers switch at their next batch" reason="script changed"')
        self.write_script(BROKEN)
        d.wait_log(r'msg="reload rejected; the running script stays" reason="script changed"')
        for i in range(40):
            self.drop("b%02d.jsonl" % i, json.dumps({"id": "b%02d" % i, "text": "x"}) + "\n")
        wait_for(lambda: len(self.documents()) == 48, 30, 0.05, "40 documents after the reloads")
        d.stop()
        versions = {x["id"]: x["a"] for x in self.documents()[8:]}
        stale = sorted(k for k, v in versions.items() if v != "2")
        self.assertEqual(stale, [], "documents processed by version 1 after version 2 was loaded")


if __name__ == "__main__":
    watchlib.main()
