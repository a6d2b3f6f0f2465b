"""End-to-end tests of the persistent cache of compiled pattern sets
(core/text/hscache.c): a second run finds the sets the first one compiled and
gives the same output; --no-cache, SARING_CACHE_DIR and XDG_CACHE_HOME pick
or disable the folder; damaged entries and unwritable folders never fail a
run.  The counters come from --stats (pattern_cache)."""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers  # noqa: E402
from helpers import SaringTest  # noqa: E402

PATTERN_STAGE = r"""
local patterns = require "saring.patterns"
local set = patterns.new({"alpha", "beta", "Jawa Barat", {"Kab(upaten)?\\. \\w+", regex = true}},
                         {caseless = true})
return saring.pipeline { function(doc)
  local out = {}
  for _, m in ipairs(set:scan(doc.text)) do out[#out + 1] = m.start .. "-" .. m.stop end
  doc.meta.hits = table.concat(out, ",")
  return doc
end }
"""


class PatternCacheTest(SaringTest):
    def setUp(self):
        super().setUp()
        # The tests choose the folder themselves; the caller's must not leak in.
        for var in ("SARING_CACHE_DIR", "XDG_CACHE_HOME"):
            if var in os.environ:
                self.addCleanup(os.environ.__setitem__, var, os.environ[var])
                del os.environ[var]
        self.s = self.script(PATTERN_STAGE)
        self.inp = self.write_jsonl("in.jsonl", [
            {"id": "1", "text": "ALPHA and beta in Jawa Barat, Kab. Bogor"},
            {"id": "2", "text": "nothing here"},
        ])

    def run_stats(self, *args, workers=1, env=None):
        out = self.path("out-%d.jsonl" % len(os.listdir(self.tmp)))
        st = self.path("stats.json")
        self.run_ok("run", self.s, self.inp, "-q", "-w", workers, "-o", out, "--stats", st, *args,
                    env=env)
        with open(st) as f:
            stats = json.load(f)
        with open(out, "rb") as f:
            return stats["pattern_cache"], f.read()

    def entries(self, folder):
        return sorted(glob.glob(os.path.join(folder, "hs-*.db")))

    def test_second_run_hits(self):
        cache = self.path("cache")
        pc1, out1 = self.run_stats("--cache-dir", cache)
        if pc1["misses"] == 0 and pc1["stored"] == 0:
            self.skipTest("built without Hyperscan: nothing to cache")
        self.assertEqual(pc1["hits"], 0)
        self.assertEqual(pc1["stored"], 1)
        self.assertEqual(len(self.entries(cache)), 1)
        for workers in (1, 2):
            pc2, out2 = self.run_stats("--cache-dir", cache, workers=workers)
            self.assertEqual(pc2["misses"], 0)
            self.assertEqual(pc2["stored"], 0)
            self.assertGreaterEqual(pc2["hits"], 1)
            self.assertEqual(out2, out1)
        self.assertIn(b'"hits":"1-5,11-14,19-28,31-40"', out1)
        # No temporary files are left behind.
        self.assertEqual(os.listdir(cache), [os.path.basename(self.entries(cache)[0])])

    def test_no_cache_and_empty_values(self):
        cache = self.path("cache")
        pc, out = self.run_stats("--cache-dir", cache, "--no-cache")
        self.assertEqual(pc, {"hits": 0, "misses": 0, "stored": 0, "rejected": 0})
        self.assertFalse(os.path.exists(cache))
        pc, out2 = self.run_stats("--cache-dir", "")
        self.assertEqual(pc["misses"] + pc["hits"], 0)
        pc, out3 = self.run_stats(env={"SARING_CACHE_DIR": "", "HOME": self.path("home")})
        self.assertEqual(pc["misses"] + pc["hits"], 0)
        self.assertFalse(os.path.exists(self.path("home")))
        self.assertEqual(out, out2)
        self.assertEqual(out, out3)

    def test_default_folders(self):
        pc, _ = self.run_stats(env={"SARING_CACHE_DIR": self.path("env")})
        if pc["misses"] == 0:
            self.skipTest("built without Hyperscan: nothing to cache")
        self.assertEqual(len(self.entries(self.path("env"))), 1)
        self.run_stats(env={"XDG_CACHE_HOME": self.path("xdg"), "HOME": self.path("h1")})
        self.assertEqual(len(self.entries(self.path("xdg", "saring"))), 1)
        self.assertFalse(os.path.exists(self.path("h1")))
        self.run_stats(env={"HOME": self.path("h2")})
        self.assertEqual(len(self.entries(self.path("h2", ".cache", "saring"))), 1)
        # --cache-dir wins over the environment.
        self.run_stats("--cache-dir", self.path("flag"), env={"SARING_CACHE_DIR": self.path("env2")})
        self.assertEqual(len(self.entries(self.path("flag"))), 1)
        self.assertFalse(os.path.exists(self.path("env2")))

    def test_damaged_entries_are_recompiled(self):
        cache = self.path("cache")
        pc, out1 = self.run_stats("--cache-dir", cache)
        if pc["stored"] == 0:
            self.skipTest("built without Hyperscan: nothing to cache")
        (entry,) = self.entries(cache)
        size = os.path.getsize(entry)
        for damage in ("truncate", "flip", "garbage", "empty"):
            with open(entry, "r+b") as f:
                if damage == "truncate":
                    f.truncate(size // 2)
                elif damage == "flip":
                    f.seek(size - 10)
                    b = f.read(1)
                    f.seek(size - 10)
                    f.write(bytes([b[0] ^ 0xFF]))
                elif damage == "garbage":
                    f.write(b"\x00not a database at all" * 10)
                else:
                    f.truncate(0)
            p = self.run_saring("run", self.s, self.inp, "-q", "-w", 2, "-o", self.path("o.jsonl"),
                                "--stats", self.path("st.json"), "--cache-dir", cache,
                                "--log-level", "debug")
            self.assertExit(p, 0)
            with open(self.path("st.json")) as f:
                pc = json.load(f)["pattern_cache"]
            self.assertEqual(pc["rejected"], 1, damage)
            self.assertEqual(pc["stored"], 1, damage)  # compiled and written anew
            self.assertIn("pattern cache: ignoring", self.stderr(p))
            with open(self.path("o.jsonl"), "rb") as f:
                self.assertEqual(f.read(), out1, damage)
        pc, _ = self.run_stats("--cache-dir", cache)
        self.assertEqual((pc["hits"], pc["rejected"]), (1, 0))

    def test_unwritable_folder(self):
        blocker = self.write("file", "not a folder")
        _, out1 = self.run_stats("--no-cache")
        pc, out2 = self.run_stats("--cache-dir", os.path.join(blocker, "cache"))
        self.assertEqual(pc["stored"], 0)
        self.assertEqual(out1, out2)

    def test_news_pipeline_identical(self):
        """The news pipeline's sets: cached on the first run, all found on the
        second, with the same output, with one and with two workers."""
        pages = sorted(glob.glob(os.path.join(helpers.SOURCE_DIR, "tests", "quality", "pages", "*.txt")))[:3]
        if not pages:
            self.skipTest("no quality pages")
        news = os.path.join(helpers.SOURCE_DIR, "scripts", "news.lua")
        cache = self.path("cache")
        outs = []
        for i, args in enumerate((["--no-cache"], ["--cache-dir", cache], ["--cache-dir", cache],
                                  ["--cache-dir", cache, "-w", "1"])):
            out, st = self.path("n%d.jsonl" % i), self.path("n%d.json" % i)
            self.run_ok("run", news, *pages, "-q", "-w", "2", "-o", out, "--stats", st, *args)
            with open(st) as f:
                pc = json.load(f)["pattern_cache"]
            with open(out, "rb") as f:
                outs.append(f.read())
            if i == 1 and pc["misses"] == 0:
                self.skipTest("built without Hyperscan: nothing to cache")
            if i >= 2:
                self.assertEqual(pc["misses"], 0)
                self.assertGreaterEqual(pc["hits"], 1)
        self.assertEqual(len(set(outs)), 1)


if __name__ == "__main__":
    helpers.main()
