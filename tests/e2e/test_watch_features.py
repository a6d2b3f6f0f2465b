"""saring watch: ignored names, marker mode, a changed file with the same
name, duplicate content, unreadable files, failing documents, metrics,
`saring status`, the config file and the state lock."""
import json
import os
import re
import subprocess

import watchlib
from watchlib import SARING, WatchCase, wait_for

BOOM_SCRIPT = ('local saring = require "saring"\n'
               'return saring.pipeline { function(doc)\n'
               '  if doc.text:find("BOOM", 1, true) then error("exploded on purpose") end\n'
               '  return doc\n'
               'end }\n')


class TestWatchFeatures(WatchCase):
    def wait_full_scans(self, d, n):
        """Waits until the daemon has made n more full scans than now."""
        key = "saring_full_scans_total"
        start = d.metrics()[key]
        wait_for(lambda: d.metrics()[key] >= start + n, 30, 0.05, "%d full scans" % n)

    def test_ignored_names(self):
        d = self.start(settle=100, reconcile=100)
        ignored = [".hidden.txt", "x.tmp", "y.part", "z.txt~", "sub/.h2.txt", ".dir/inner.txt",
                   "sub/w.txt.tmp"]
        for n in ignored:
            self.drop(n, "ignored %s\n" % n, how="direct")
        self.drop("ok.txt", "taken\n", how="direct")
        self.drop("sub/ok2.txt", "taken too\n", how="rename")
        self.wait_processed(["ok.txt", "sub/ok2.txt"], daemon=d)
        # Several full scans later, the ignored names are still untouched.
        self.wait_full_scans(d, 3)
        d.stop()
        for n in ignored:
            self.assertTrue(os.path.exists(os.path.join(self.inp, n)), n)
        self.assertEqual(sorted(doc["id"] for doc in self.documents()), ["ok", "ok2"])
        self.assertEqual(len(self.journal()), 2)

    def test_marker_mode(self):
        d = self.start("--marker", ".ready", settle=100, reconcile=100)
        self.drop("a.txt", "alpha\n", how="direct")
        self.drop("b.txt", "beta\n", how="rename")
        self.drop("b.txt.ready", "", how="direct")
        self.wait_processed(["b.txt"], daemon=d)
        # a.txt has no marker: not taken, however long it has been stable.
        self.wait_full_scans(d, 3)
        self.assertTrue(os.path.exists(os.path.join(self.inp, "a.txt")))
        self.assertEqual([doc["id"] for doc in self.documents()], ["b"])
        self.drop("a.txt.ready", "", how="direct")
        self.wait_processed(["a.txt"], daemon=d)
        d.stop()
        self.assertExactlyOnce(self.documents(), ["a", "b"])
        # Marker files are never documents themselves.
        self.assertEqual(self.journal_states(), {"committed": 2})

    def test_marker_is_consumed(self):
        # A marker left behind would announce the next file of the same
        # name while it is still being written.
        d = self.start("--marker", ".ready", "--after", "leave", settle=100, reconcile=100)
        self.drop("a.txt", "first\n", how="direct")
        self.drop("a.txt.ready", "", how="direct")
        wait_for(lambda: len(self.documents()) == 1, 30, 0.05, "first version committed")
        wait_for(lambda: not os.path.exists(os.path.join(self.inp, "a.txt.ready")), 30, 0.05,
                 "the marker removed after the commit")
        second = "second version, written slowly\n" * 20
        self.drop("a.txt", second, how="slow", pieces=4, pause=0.15)
        self.wait_full_scans(d, 3)
        self.assertEqual(len(self.documents()), 1)
        self.drop("a.txt.ready", "", how="direct")
        wait_for(lambda: len(self.documents()) == 2, 30, 0.05, "second version committed")
        d.stop()
        self.assertEqual([x["text"] for x in self.documents()], ["first\n", second])

    def test_changed_file_same_name(self):
        # --after leave: the file stays; changing it makes a new document.
        d = self.start("--after", "leave", settle=150)
        self.drop("a.txt", "version one\n", how="direct")
        wait_for(lambda: len(self.documents()) == 1, 30, 0.05, "first version committed")
        self.drop("a.txt", "the second version, longer\n", how="direct")
        wait_for(lambda: len(self.documents()) == 2, 30, 0.05, "second version committed")
        d.stop()
        self.assertEqual([(x["id"], x["text"]) for x in self.documents()],
                         [("a", "version one\n"), ("a", "the second version, longer\n")])
        self.assertEqual(self.journal_states(), {"committed": 2})

    def test_same_name_dropped_again_after_move(self):
        d = self.start(settle=150)
        self.drop("a.txt", "first drop\n", how="rename")
        self.wait_processed(["a.txt"], daemon=d)
        self.drop("a.txt", "second drop, other content\n", how="rename")
        # Nothing is overwritten in processed/: the second gets a suffix.
        self.wait_processed(["a.txt", "a.txt.1"], daemon=d)
        d.stop()
        self.assertEqual([x["text"] for x in self.documents()], ["first drop\n", "second drop, other content\n"])
        with open(os.path.join(self.inp, "processed", "a.txt")) as f:
            self.assertEqual(f.read(), "first drop\n")

    def test_duplicates_skipped(self):
        d = self.start(settle=150)
        self.drop("a.txt", "same content\n", how="rename")
        self.wait_processed(["a.txt"], daemon=d)
        self.drop("b.txt", "same content\n", how="rename")
        self.wait_processed(["b.txt"], daemon=d)
        d.wait_log(r'msg="duplicate content; skipped" file=b\.txt')
        d.stop()
        self.assertEqual([x["id"] for x in self.documents()], ["a"])
        states = {r["path"]: r["state"] for r in self.journal()}
        self.assertEqual(states, {"a.txt": "committed", "b.txt": "duplicate"})
        # The skip survives a restart: the journal remembers the content.
        d = self.start(settle=150)
        self.drop("c.txt", "same content\n", how="rename")
        self.wait_processed(["c.txt"], daemon=d)
        d.stop()
        self.assertEqual([x["id"] for x in self.documents()], ["a"])
        status = subprocess.run([SARING, "status", "--state", self.state], stdout=subprocess.PIPE, check=True)
        self.assertRegex(status.stdout.decode(), r"duplicate\s+2 files")

    def test_duplicates_processed(self):
        d = self.start("--duplicates", "process", settle=150)
        self.drop("a.txt", "same content\n", how="rename")
        self.wait_processed(["a.txt"], daemon=d)
        self.drop("b.txt", "same content\n", how="rename")
        self.wait_processed(["b.txt"], daemon=d)
        d.stop()
        self.assertEqual(sorted(x["id"] for x in self.documents()), ["a", "b"])
        self.assertEqual(self.journal_states(), {"committed": 2})

    def test_unreadable_file(self):
        user = None
        if os.getuid() == 0:
            # root reads anything: run the daemon as nobody, on folders it
            # owns, with an input it may not read.
            user = 65534
            os.chmod(self.tmp, 0o755)
            os.chmod(self.pass_script, 0o644)
            for p in (self.inp, self.state, self.out):
                os.makedirs(p, exist_ok=True)
                os.chown(p, user, user)
        d = self.start(settle=150, user=user)
        self.drop("good1.txt", "one\n", how="rename")
        secret = self.drop("secret.txt", "you may not read this\n", how="direct")
        os.chmod(secret, 0)
        if user is None and os.access(secret, os.R_OK):
            self.skipTest("this user can read a mode-000 file")
        self.drop("good2.txt", "two\n", how="rename")
        self.wait_processed(["good1.txt", "good2.txt"], daemon=d)
        failed = os.path.join(self.inp, "failed")
        wait_for(lambda: os.path.exists(os.path.join(failed, "secret.txt.error.json")), 30, 0.05,
                 "secret.txt in failed/ with its error")
        self.assertTrue(os.path.exists(os.path.join(failed, "secret.txt")))
        with open(os.path.join(failed, "secret.txt.error.json")) as f:
            err = json.load(f)
        self.assertEqual(err["file"], "secret.txt")
        self.assertIn("ermission denied", err["error"])
        self.assertIn("time", err)
        d.stop()
        self.assertEqual(sorted(x["id"] for x in self.documents()), ["good1", "good2"])
        states = {r["path"]: r["state"] for r in self.journal()}
        self.assertEqual(states, {"good1.txt": "committed", "good2.txt": "committed", "secret.txt": "failed"})

    def test_failing_documents(self):
        script = self.write("boom.lua", BOOM_SCRIPT)
        d = self.start(script=script, settle=150)
        self.drop("bad.txt", "this one goes BOOM\n", how="rename")
        recs = [{"id": "m1", "text": "fine"}, {"id": "m2", "text": "BOOM here"}, {"id": "m3", "text": "fine too"}]
        self.drop("mixed.jsonl", "".join(json.dumps(r) + "\n" for r in recs), how="rename")
        self.wait_processed(["mixed.jsonl"], daemon=d)
        failed = os.path.join(self.inp, "failed")
        wait_for(lambda: os.path.exists(os.path.join(failed, "bad.txt")), 30, 0.05, "bad.txt in failed/")
        d.stop()
        with open(os.path.join(failed, "bad.txt.error.json")) as f:
            err = json.load(f)
        self.assertIn("exploded on purpose", err["error"])
        for k in ("file", "stage", "error", "time"):
            self.assertIn(k, err)
        self.assertEqual(sorted(x["id"] for x in self.documents()), ["m1", "m3"])
        dead = self.documents("failed.jsonl")
        self.assertEqual(sorted(x.get("id") for x in dead), ["bad", "m2"])
        states = {r["path"]: r["state"] for r in self.journal()}
        self.assertEqual(states, {"bad.txt": "failed", "mixed.jsonl": "committed"})

    def test_metrics_health_and_status(self):
        d = self.start(settle=150)
        names = ["m%d.txt" % i for i in range(5)]
        for n in names:
            self.drop(n, "metrics %s\n" % n, how="rename")
        self.wait_processed(names, daemon=d)
        # The counters follow the commit that moves the file; poll.
        wait_for(lambda: d.metrics().get('saring_files_total{state="committed"}') == 5, 10, 0.05,
                 "5 files committed in /metrics")
        m = d.metrics()
        self.assertEqual(m['saring_documents_total{outcome="written"}'], 5)
        self.assertEqual(m['saring_documents_total{outcome="read"}'], 5)
        self.assertEqual(m['saring_files_total{state="seen"}'], 5)
        self.assertEqual(m['saring_files_total{state="failed"}'], 0)
        self.assertGreater(m['saring_bytes_total{direction="in"}'], 0)
        self.assertGreater(m['saring_bytes_total{direction="out"}'], 0)
        self.assertEqual(m["saring_commit_latency_seconds_count"], 5)
        self.assertEqual(m['saring_commit_latency_seconds_bucket{le="+Inf"}'], 5)
        self.assertIn('saring_lua_memory_bytes{worker="1"}', m)
        # Sampled by the workers that ran a batch: at least one did.
        self.assertGreater(sum(v for k, v in m.items() if k.startswith("saring_lua_memory_bytes{")), 0)
        for key in ("saring_queue_depth", "saring_files_in_flight", "saring_files_waiting", "saring_paused",
                    "saring_commit_errors_total", 'saring_reloads_total{result="ok"}',
                    'saring_reloads_total{result="failed"}', "saring_full_scans_total",
                    "saring_commit_latency_seconds_sum", 'saring_commit_latency_seconds_bucket{le="0.1"}'):
            self.assertIn(key, m)
        self.assertEqual(m["saring_paused"], 0)
        self.assertTrue(any(k.startswith("saring_stage_dropped_total{") for k in m), sorted(m))
        self.assertEqual(d.get("/health"), (200, "ok\n"))
        self.assertEqual(d.get("/nope")[0], 404)
        d.stop()
        p = subprocess.run([SARING, "status", "--state", self.state], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
        self.assertEqual(p.returncode, 0, p.stderr)
        out = p.stdout.decode()
        self.assertRegex(out, r"committed\s+5 files\s+5 documents out")
        self.assertRegex(out, r"documents\s+\d+")
        self.assertRegex(out, r"latency ready->committed: mean [\d.]+ ms")
        p = subprocess.run([SARING, "status", "--state", self.path("nowhere")], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
        self.assertEqual(p.returncode, 2)

    def test_config_file(self):
        conf = self.write("watch.conf", "\n".join([
            "# saring watch settings",
            "script = %s" % self.pass_script,
            "dir = %s" % self.inp,
            "state = %s" % self.state,
            'out = "%s"' % self.path("out-from-config"),
            "settle = 150",
            "metrics = 127.0.0.1:0",
            "log_level = info",
            ""]))
        # The command line wins over the file.
        d = watchlib.Daemon(self, ["--config", conf, "--out", self.out], self.path("conf.log"))
        d.wait_started()
        d.port  # the metrics setting took effect
        self.drop("c.txt", "configured\n", how="rename")
        self.wait_processed(["c.txt"], daemon=d)
        d.stop()
        self.assertEqual([x["id"] for x in self.documents()], ["c"])
        self.assertFalse(os.path.exists(os.path.join(self.path("out-from-config"), "documents.jsonl")))
        bad = self.write("bad.conf", "settle = 100\nno_such_setting = 1\n")
        p = subprocess.run([SARING, "watch", "--config", bad], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(p.returncode, 2)
        self.assertRegex(p.stderr.decode(), r"bad\.conf:2: unknown setting 'no-such-setting'")

    def test_sizes_as_for_run(self):
        # The limits take the same sizes as `saring run` ("256M", "2G"), as
        # the help says; --max-doc-bytes applies to each document.
        d = self.start("--limit-memory", "256M", "--lua-memory", "2G", "--max-doc-bytes", "1K", settle=150)
        recs = [{"id": "small", "text": "short"}, {"id": "big", "text": "x" * 2000}]
        self.drop("sizes.jsonl", "".join(json.dumps(r) + "\n" for r in recs), how="rename")
        self.wait_processed(["sizes.jsonl"], daemon=d)
        d.stop()
        self.assertEqual([x["id"] for x in self.documents()], ["small"])
        dead = self.documents("failed.jsonl")
        self.assertEqual([x.get("line") for x in dead], [2])
        self.assertIn("--max-doc-bytes", dead[0]["error"])
        p = subprocess.run([SARING, "watch", self.pass_script, self.inp, "--limit-memory", "lots"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--limit-memory takes a size such as 256M", p.stderr.decode())

    def test_one_daemon_per_state(self):
        d = self.start(settle=150)
        p = subprocess.run([SARING, "watch", self.pass_script, self.inp, "--state", self.state, "--out", self.out],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
        self.assertEqual(p.returncode, 2)
        self.assertIn("in use", p.stderr.decode())
        d.stop()

    def test_log_format_json(self):
        d = self.start("--log-format", "json", settle=150)
        self.drop("j.txt", "json logs\n", how="rename")
        self.wait_processed(["j.txt"], daemon=d)
        d.stop()
        lines = [ln for ln in d.log().splitlines() if ln.strip()]
        self.assertTrue(lines)
        for ln in lines:
            self.assertIsInstance(json.loads(ln), dict, ln)
        self.assertTrue(any(re.search(r'"msg":\s*"watching"', ln) for ln in lines), lines)


if __name__ == "__main__":
    watchlib.main()
