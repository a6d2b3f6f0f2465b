"""The script environment (docs/sandbox.md): what a stage may use by default,
what it may not (os.execute, os.exit, io.popen), --trusted lifting that, and
require from the script's folder."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers  # noqa: E402
from helpers import SaringTest  # noqa: E402

PROBE = r"""
local function kind(v) return type(v) end
return saring.pipeline { function(doc)
  doc.meta.execute = kind(os.execute)
  doc.meta.exit = kind(os.exit)
  doc.meta.popen = kind(io.popen)
  doc.meta.string = kind(string.format)
  doc.meta.table = kind(table.concat)
  doc.meta.math = kind(math.floor)
  doc.meta.utf8 = kind(utf8.char)
  doc.meta.textmod = kind(require("saring.text"))
  doc.meta.clock = kind(os.clock)
  return doc
end }
"""


class Sandbox(SaringTest):
    def probe(self, *args):
        s = self.script(PROBE)
        f = self.write("a.txt", "x")
        p = self.run_ok("run", s, f, "-o", "-", "-q", *args)
        return helpers.parse_jsonl(p.stdout)[0]

    def test_default_environment(self):
        r = self.probe()
        self.assertEqual((r["execute"], r["exit"], r["popen"]), ("nil", "nil", "nil"))
        for k in ("string", "table", "math", "utf8", "clock"):
            self.assertEqual(r[k], "function", k)
        self.assertEqual(r["textmod"], "table")

    def test_trusted_lifts_it(self):
        r = self.probe("--trusted")
        self.assertEqual((r["execute"], r["exit"], r["popen"]), ("function", "function", "function"))

    def test_calling_execute_fails_the_document_only(self):
        marker = self.path("ran")
        s = self.script('return saring.pipeline { function(doc) '
                        'if doc.text == "evil" then os.execute("touch %s") end return doc end }' % marker)
        f = self.write_jsonl("in.jsonl", [{"text": "good"}, {"text": "evil"}, {"text": "fine"}])
        failed = self.path("f.jsonl")
        p = self.run_ok("run", s, f, "-o", "-", "--failed", failed, "-q", code=1)
        self.assertEqual([r["text"] for r in helpers.parse_jsonl(p.stdout)], ["good", "fine"])
        bad = self.read_jsonl(failed)
        self.assertIn("execute", bad[0]["error"])
        self.assertFalse(os.path.exists(marker), "no program ran")

    def test_exit_at_load_is_refused(self):
        s = self.script("os.exit(0)\nreturn saring.pipeline { function(doc) return doc end }")
        p = self.run_ok("run", s, self.write("a.txt", "x"), "-o", "-", code=2)
        self.assertIn("exit", self.stderr(p))

    def test_require_from_script_folder(self):
        self.write("lib/helper.lua", 'return { mark = function(doc) doc.meta.m = "from helper" return doc end }\n')
        s = self.script('local h = require "helper"\nreturn saring.pipeline { h.mark }', name="lib/main.lua")
        p = self.run_ok("run", s, self.write("a.txt", "x"), "-o", "-", "-q")
        self.assertEqual(helpers.parse_jsonl(p.stdout)[0]["m"], "from helper")

    def test_watch_is_sandboxed_too(self):
        from watchlib import WatchCase  # noqa: F401  (the daemon shares script.c)
        s = self.script(PROBE)
        os.makedirs(self.path("in"))
        self.write("in/a.txt", "x")
        import subprocess
        import time
        p = subprocess.Popen([helpers.SARING, "watch", s, self.path("in"), "--state", self.path("st"),
                              "--out", self.path("out"), "--settle", "100"],
                             stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        try:
            docs = self.path("out", "documents.jsonl")
            helpers.wait_for(lambda: os.path.exists(docs) and os.path.getsize(docs) > 0, 30, what="output")
            r = helpers.parse_jsonl(open(docs, "rb").read())[0]
            self.assertEqual((r["execute"], r["popen"]), ("nil", "nil"))
        finally:
            p.terminate()
            p.wait(30)
            time.sleep(0)


if __name__ == "__main__":
    helpers.main()
