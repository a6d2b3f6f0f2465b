"""End-to-end tests of `saring run`: stages (keep, drop, split, fail), the
dead-letter file, ordering across workers, tags and metadata export, script
options, the CLI's exit codes and messages."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers  # noqa: E402
from helpers import SaringTest  # noqa: E402

# A stage whose cost varies a lot from one document to the next: with two
# workers, later batches often finish before earlier ones.
BUSY_STAGE = r"""
local function busy(doc)
  local n = tonumber(doc.meta.cost) or 0
  local x = 0
  for i = 1, n do x = x + i % 7 end
  doc.meta.x = x
  return doc
end
return saring.pipeline { busy }
"""


class CliTest(SaringTest):
    def test_version_and_help(self):
        p = self.run_ok("version")
        self.assertRegex(p.stdout.decode(), r"^saring \d+\.\d+")
        p = self.run_ok("--help")
        self.assertIn("usage: saring", p.stdout.decode())
        self.assertIn("run SCRIPT", p.stdout.decode())
        p = self.run_ok("run", "--help")
        out = p.stdout.decode()
        for opt in ("--out", "--failed", "--stats", "--workers", "--format", "--text-field",
                    "--utf8", "--max-doc-bytes", "--unordered", "--set"):
            self.assertIn(opt, out)
        self.assertEqual(self.run_ok("help", "run").stdout, p.stdout)

    def test_no_command_and_unknown_command(self):
        p = self.run_ok(code=2)
        self.assertIn("usage: saring", self.stderr(p))
        p = self.run_ok("frobnicate", code=2)
        self.assertIn("unknown command 'frobnicate'", self.stderr(p))

    def test_unknown_option(self):
        s = self.keep_script()
        a = self.write("a.txt", "x")
        p = self.run_ok("run", s, a, "--no-such-option", code=2)
        err = self.stderr(p)
        self.assertIn("saring run: unrecognized option '--no-such-option'", err)
        self.assertIn("usage: saring run", err)
        self.assertEqual(p.stdout, b"")
        # The message stays in sight: the usage line and a pointer to
        # --help follow it, not the whole help.
        self.assertLessEqual(len(err.splitlines()), 3, err)
        self.assertIn("saring run --help", err)
        p = self.run_ok("run", s, a, "-w", "0", code=2)
        err = self.stderr(p)
        self.assertTrue(err.startswith("saring: --workers takes a number"), err)
        self.assertLessEqual(len(err.splitlines()), 3, err)
        p = self.run_ok("watch", s, self.path("nowhere"), "--no-such-option", code=2)
        err = self.stderr(p)
        self.assertIn("saring watch: unrecognized option '--no-such-option'", err)
        self.assertIn("saring watch --help", err)
        self.assertLessEqual(len(err.splitlines()), 4, err)

    def test_pass_script(self):
        # scripts/pass.lua, which docs/distributed.md loads a stream with,
        # keeps every document as it came.
        recs = [{"id": "a", "text": "one", "url": "u"}, {"id": "b", "text": "two"}]
        inp = self.write_jsonl("in.jsonl", recs)
        p = self.run_ok("run", os.path.join(helpers.SOURCE_DIR, "scripts", "pass.lua"), inp, "-q")
        out = [json.loads(l) for l in p.stdout.decode().splitlines()]
        self.assertEqual([{k: v for k, v in r.items() if k != "source"} for r in out], recs)

    def test_help_command(self):
        # `saring help COMMAND` is `saring COMMAND --help`, for every command.
        for cmd in ("run", "watch", "status", "plugins", "lua"):
            want = self.run_ok(cmd, "--help").stdout
            self.assertIn(b"usage: saring " + cmd.encode(), want)
            self.assertEqual(self.run_ok("help", cmd).stdout, want, cmd)
        p = self.run_ok("help", "frobnicate", code=2)
        self.assertIn("unknown command 'frobnicate'", self.stderr(p))

    def test_bad_option_values(self):
        s = self.keep_script()
        a = self.write("a.txt", "x")
        for args, msg in ((["-w", "0"], "--workers"), (["-w", "x"], "--workers"),
                          (["--format", "xml"], "unknown format 'xml'"),
                          (["--utf8", "maybe"], "--utf8"), (["--max-doc-bytes", "10Q"], "--max-doc-bytes"),
                          (["--set", "novalue"], "--set")):
            p = self.run_ok("run", s, a, *args, code=2)
            self.assertIn(msg, self.stderr(p), args)

    def test_missing_script_and_inputs(self):
        p = self.run_ok("run", code=2)
        self.assertIn("missing SCRIPT", self.stderr(p))
        s = self.keep_script()
        p = self.run_ok("run", s, code=2)
        self.assertIn("missing INPUT", self.stderr(p))
        a = self.write("a.txt", "x")
        p = self.run_ok("run", self.path("nope.lua"), a, code=2)
        self.assertIn("nope.lua", self.stderr(p))

    def test_script_syntax_error(self):
        s = self.script("return saring.pipeline {\n  function(doc) return doc end\n  function(doc) end\n}\n",
                        "broken.lua")
        a = self.write("a.txt", "x")
        out = self.path("out.jsonl")
        p = self.run_ok("run", s, a, "-o", out, code=2)
        err = self.stderr(p)
        # PRELUDE is two lines; the error is on line 5 of the file.
        self.assertIn("broken.lua:5:", err)
        self.assertEqual(err.count("broken.lua:5:"), 1, "reported once, not once per worker")

    def test_script_runtime_error_at_load(self):
        s = self.script("local x = nil\nx.y = 1\nreturn saring.pipeline { function(d) return d end }\n",
                        "boom.lua")
        p = self.run_ok("run", s, self.write("a.txt", "x"), code=2)
        self.assertIn("boom.lua:4:", self.stderr(p))

    def test_script_not_returning_a_pipeline(self):
        a = self.write("a.txt", "x")
        for body in ("return { function(d) return d end }\n", "return 42\n", ""):
            s = self.script(body, "np.lua")
            p = self.run_ok("run", s, a, code=2)
            err = self.stderr(p)
            self.assertIn("np.lua", err)
            self.assertIn("must return a pipeline", err)

    def test_pipeline_argument_errors_at_load(self):
        a = self.write("a.txt", "x")
        s = self.script("return saring.pipeline { 42 }\n", "bad.lua")
        p = self.run_ok("run", s, a, code=2)
        self.assertIn("stage #1 is a number", self.stderr(p))
        s = self.script("return saring.pipeline {}\n", "empty.lua")
        p = self.run_ok("run", s, a, code=2)
        self.assertIn("at least one stage", self.stderr(p))

    def test_missing_input_among_good_ones(self):
        s = self.keep_script()
        a = self.write("a.txt", "A")
        b = self.write("b.txt", "B")
        missing = self.path("missing.txt")
        out = self.path("out.jsonl")
        p = self.run_ok("run", s, a, missing, b, "-o", out, code=1)
        self.assertIn("missing.txt", self.stderr(p))
        self.assertEqual([r["text"] for r in self.read_jsonl(out)], ["A", "B"])
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        self.assertEqual(len(failed), 1)
        self.assertEqual(failed[0]["source"], missing)

    def test_unreadable_input(self):
        if os.geteuid() == 0:
            self.skipTest("root reads everything")
        a = self.write("a.txt", "A")
        os.chmod(a, 0)
        p = self.run_ok("run", self.keep_script(), a, "-o", self.path("o.jsonl"), code=1)
        self.assertIn("a.txt", self.stderr(p))

    def test_unwritable_output(self):
        s = self.keep_script()
        a = self.write("a.txt", "A")
        p = self.run_ok("run", s, a, "-o", "/nonexistent/x.jsonl", code=2)
        self.assertIn("/nonexistent/x.jsonl", self.stderr(p))
        p = self.run_ok("run", s, a, "-o", self.tmp, code=2)
        self.assertIn(self.tmp, self.stderr(p))


class StagesTest(SaringTest):
    def test_summary_names_first_failure(self):
        # The summary says which document failed first and why, so a failing
        # run explains itself on the terminal; with -o /dev/null the dead
        # letters go to ./saring.failed.jsonl, as with standard output, not
        # to /dev/null.failed.jsonl.
        f = self.write_jsonl("in.jsonl", [{"id": "ok", "text": "fine"}, {"id": "bad", "text": "x"},
                                          {"id": "bad2", "text": "y"}])
        s = self.script('return saring.pipeline { saring.stage.named("typed", function(doc)\n'
                        '  if doc.id ~= "ok" then return 42 end\n  return doc\nend) }\n')
        p = self.run_ok("run", s, f, "-o", os.devnull, code=1)
        err = self.stderr(p)
        self.assertIn("first failure: bad in stage typed: stage returned a number", err)
        self.assertIn("failed documents in saring.failed.jsonl", err)
        dead = self.read_jsonl(self.path("saring.failed.jsonl"))
        self.assertEqual([r["id"] for r in dead], ["bad", "bad2"])
        self.assertFalse(os.path.exists(os.devnull + ".failed.jsonl") and
                         os.path.getmtime(os.devnull + ".failed.jsonl") >= os.path.getmtime(f))

    def test_drop_with_reason_summary_and_stats(self):
        recs = [{"id": "d%d" % i, "text": "x" * i} for i in range(10)]
        f = self.write_jsonl("in.jsonl", recs)
        s = self.script(r"""
local function short(doc)
  if #doc < 3 then return nil, "too short" end
  if #doc == 5 then return nil, "five" end
  return doc
end
local function odd(doc)
  if #doc % 2 == 1 then return nil end
  return doc
end
return saring.pipeline { saring.stage.named("short", short), odd }
""")
        out = self.path("out.jsonl")
        stats = self.path("stats.json")
        p = self.run_ok("run", s, f, "-o", out, "--stats", stats)
        self.assertEqual([r["id"] for r in self.read_jsonl(out)], ["d4", "d6", "d8"])
        err = self.stderr(p)
        self.assertIn("10 documents read, 3 written, 7 dropped, 0 failed", err)
        self.assertIn("dropped by short: 4", err)
        self.assertIn("too short", err)
        with open(stats) as fh:
            st = json.load(fh)
        self.assertEqual(st["documents_read"], 10)
        self.assertEqual(st["documents_written"], 3)
        self.assertEqual(st["dropped"], 7)
        self.assertEqual(st["failed"], 0)
        self.assertEqual(len(st["stages"]), 2)
        self.assertEqual(st["stages"][0]["name"], "short")
        self.assertEqual(st["stages"][0]["dropped"], 4)
        self.assertEqual(st["stages"][0]["reasons"], {"too short": 3, "five": 1})
        self.assertEqual(list(st["stages"][0]["reasons"])[0], "too short", "top reason first")
        self.assertRegex(st["stages"][1]["name"], r"s\.lua:\d+")
        self.assertEqual(st["stages"][1]["dropped"], 3)
        self.assertEqual(sum(st["stages"][1]["reasons"].values()), 3)
        self.assertFalse(os.path.exists(self.path("out.failed.jsonl")),
                         "no dead-letter file when nothing failed")

    def test_split(self):
        f = self.write_jsonl("in.jsonl", [{"id": "p", "text": "a|b|c", "k": "v"}, {"id": "q", "text": "z"}])
        s = self.script(r"""
return saring.pipeline {
  function(doc)
    local parts = {}
    for piece in doc.text:gmatch("[^|]+") do
      parts[#parts + 1] = saring.doc { text = piece, meta = { part = piece, k = doc.meta.k } }
    end
    if #parts == 1 then return doc end
    return parts
  end,
  function(doc) doc.meta.seen = true; return doc end,
}
""")
        p = self.run_ok("run", s, f, "-o", "-", "--stats", self.path("st.json"))
        recs = helpers.parse_jsonl(p.stdout)
        self.assertEqual([r["id"] for r in recs], ["p#1", "p#2", "p#3", "q"])
        self.assertEqual([r["text"] for r in recs], ["a", "b", "c", "z"])
        self.assertTrue(all(r["seen"] for r in recs), "later stages run on each part")
        self.assertEqual(recs[1]["source"], f)
        self.assertEqual(recs[1]["k"], "v")
        with open(self.path("st.json")) as fh:
            st = json.load(fh)
        self.assertEqual(st["documents_read"], 2)
        self.assertEqual(st["documents_written"], 4)

    def test_split_with_own_ids_and_empty_split(self):
        f = self.write_jsonl("in.jsonl", [{"id": "p", "text": "x"}, {"id": "e", "text": "empty"}])
        s = self.script(r"""
return saring.pipeline { function(doc)
  if doc.id == "e" then return {} end
  return { saring.doc { text = "one", id = "custom" }, saring.doc { text = "two" } }
end }
""")
        p = self.run_ok("run", s, f, "-o", "-")
        self.assertEqual([r["id"] for r in helpers.parse_jsonl(p.stdout)], ["custom", "p#2"])
        self.assertIn("split into nothing", self.stderr(p))

    def test_stage_returning_nothing(self):
        f = self.write_jsonl("in.jsonl", [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}])
        s = self.script("return saring.pipeline { function(doc) if doc.id == 'a' then return doc end end }\n")
        out = self.path("out.jsonl")
        p = self.run_ok("run", s, f, "-o", out, code=1)
        self.assertEqual([r["id"] for r in self.read_jsonl(out)], ["a"])
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        self.assertEqual(len(failed), 1)
        self.assertEqual(failed[0]["id"], "b")
        self.assertIn("stage returned nothing", failed[0]["error"])
        self.assertIn("1 failed", self.stderr(p))

    def test_stage_returning_garbage(self):
        f = self.write_jsonl("in.jsonl", [{"text": "x"}, {"text": "y"}])
        s = self.script("return saring.pipeline { function(doc) if doc.line == 1 then return 5 end return {1} end }\n")
        out = self.path("out.jsonl")
        self.run_ok("run", s, f, "-o", out, code=1)
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        self.assertIn("stage returned a number", failed[0]["error"])
        self.assertIn("not all documents", failed[1]["error"])

    def error_script(self):
        return self.script(r"""
local function check(doc)
  if doc.text:find("bad", 1, true) then error("bad document " .. doc.id) end
  return doc
end
return saring.pipeline { function(doc) return doc end, saring.stage.named("check", check) }
""", "err.lua")

    def test_stage_error_dead_letter_default_path(self):
        recs = [{"id": "r%d" % i, "text": "bad" if i in (2, 5) else "good %d" % i} for i in range(8)]
        f = self.write_jsonl("in.jsonl", recs)
        out = self.path("out.jsonl")
        p = self.run_ok("run", self.error_script(), f, "-o", out, "-w", "2", code=1)
        self.assertEqual([r["id"] for r in self.read_jsonl(out)],
                         ["r0", "r1", "r3", "r4", "r6", "r7"])
        failed_path = self.path("out.failed.jsonl")
        self.assertIn(failed_path, self.stderr(p))
        failed = self.read_jsonl(failed_path)
        self.assertEqual([r["id"] for r in failed], ["r2", "r5"])
        r = failed[0]
        self.assertEqual(r["source"], f)
        self.assertEqual(r["line"], 3)
        self.assertEqual(r["stage"], "check")
        self.assertIn("bad document r2", r["error"])
        self.assertIn("err.lua:", r["error"])
        self.assertIn("traceback", r["traceback"])
        self.assertIn("err.lua:4", r["traceback"])
        self.assertEqual(json.loads(r["input"]), recs[2])

    def test_stage_error_failed_option_and_compressed_out(self):
        f = self.write_jsonl("in.jsonl", [{"text": "bad"}, {"text": "fine"}])
        out = self.path("o.jsonl.gz")
        dead = self.path("sub-dead.jsonl")
        self.run_ok("run", self.error_script(), f, "-o", out, "--failed", dead, code=1)
        self.assertEqual([r["text"] for r in self.read_jsonl(out)], ["fine"])
        self.assertEqual([r["line"] for r in self.read_jsonl(dead)], [1])
        self.assertFalse(os.path.exists(self.path("o.failed.jsonl")))

    def test_error_with_non_string_value(self):
        f = self.write_jsonl("in.jsonl", [{"text": "x"}])
        s = self.script("return saring.pipeline { function(doc) error({code = 1}) end }\n")
        self.run_ok("run", s, f, "-o", self.path("o.jsonl"), code=1)
        failed = self.read_jsonl(self.path("o.failed.jsonl"))
        self.assertIn("table", failed[0]["error"])

    def test_text_input_failure_records_input(self):
        a = self.write("docs/page.txt", "bad page")
        out = self.path("out.jsonl")
        self.run_ok("run", self.error_script(), a, "-o", out, code=1)
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        self.assertEqual(failed[0]["id"], "page")
        self.assertNotIn("line", failed[0])
        self.assertEqual(failed[0]["input"], "bad page")

    def test_tags_written_exactly(self):
        # Tags are written by a fast path (plain strings, into room reserved
        # at once) or piece by piece (escapes, invalid UTF-8, numbers): both
        # give these bytes.
        f = self.write_jsonl("in.jsonl", [{"id": "t", "text": "Hello world"}])
        s = self.script(r"""
return saring.pipeline { function(doc)
  doc:tag(1, 1, "person", "Jos\xC3\xA9")
  doc:tag(1, 2, "q\"uote", "a\\b")
  doc:tag(2, 3, "y", 42)
  doc:tag(1, 11, "longtype-with-many-bytes", string.rep("abc", 10))
  doc:tag(1, 0, "empty")
  doc:tag(1, 1, "", "")
  doc:tag(1, 1, "ctl", "a\nb\1")
  doc:tag(1, 1, "bad", "\xFF")
  doc:tag(1, 1, "seven", "1234567")
  doc:tag(1, 1, "sixteen1sixteen1", "abcdefghijklmnop")
  return doc
end }
""")
        out = self.run_ok("run", s, f, "-o", "-", "-q").stdout.decode("utf-8")
        tags = out[out.index('"tags":'):].rstrip()
        self.assertEqual(tags, '"tags":['
                         '{"start":0,"end":1,"type":"person","value":"Jos\u00e9"},'
                         '{"start":0,"end":2,"type":"q\\"uote","value":"a\\\\b"},'
                         '{"start":1,"end":3,"type":"y","value":42},'
                         '{"start":0,"end":11,"type":"longtype-with-many-bytes","value":"' + "abc" * 10 + '"},'
                         '{"start":0,"end":0,"type":"empty"},'
                         '{"start":0,"end":1,"type":"","value":""},'
                         '{"start":0,"end":1,"type":"ctl","value":"a\\nb\\u0001"},'
                         '{"start":0,"end":1,"type":"bad","value":"\ufffd"},'
                         '{"start":0,"end":1,"type":"seven","value":"1234567"},'
                         '{"start":0,"end":1,"type":"sixteen1sixteen1","value":"abcdefghijklmnop"}]}')

    def test_tags_exported_zero_based_end_exclusive(self):
        f = self.write_jsonl("in.jsonl", [{"id": "t", "text": "Budi pergi ke Jakarta."}])
        s = self.script(r"""
return saring.pipeline { function(doc)
  local a, b = doc.text:find("Jakarta", 1, true)
  doc:tag(a, b, "location", "Jakarta")
  doc:tag(1, 4, "person")
  doc:tag(1, 0, "empty", 0.5)
  local tags = doc:tags("location")
  assert(#tags == 1 and tags[1].start == a and tags[1].stop == b and tags[1].value == "Jakarta")
  return doc
end }
""")
        rec = helpers.parse_jsonl(self.run_ok("run", s, f, "-o", "-", "-q").stdout)[0]
        text = rec["text"]
        self.assertEqual(rec["tags"], [
            {"start": 14, "end": 21, "type": "location", "value": "Jakarta"},
            {"start": 0, "end": 4, "type": "person"},
            {"start": 0, "end": 0, "type": "empty", "value": 0.5},
        ])
        for t in rec["tags"]:
            span = text.encode()[t["start"]:t["end"]].decode()
            if t["type"] == "location":
                self.assertEqual(span, "Jakarta")
            if t["type"] == "person":
                self.assertEqual(span, "Budi")

    def test_tag_out_of_range_fails_document(self):
        f = self.write_jsonl("in.jsonl", [{"text": "abc"}])
        s = self.script("return saring.pipeline { function(doc) doc:tag(2, 4, 'x'); return doc end }\n")
        self.run_ok("run", s, f, "-o", self.path("o.jsonl"), "-q", code=1)
        failed = self.read_jsonl(self.path("o.failed.jsonl"))
        # A method call counts arguments after self, as Lua's own errors do.
        self.assertIn("bad argument #2 to 'tag' (stop out of the text)", failed[0]["error"])

    def test_meta_encoding(self):
        f = self.write_jsonl("in.jsonl", [{"text": "x"}])
        s = self.script(r"""
return saring.pipeline { function(doc)
  doc.meta.null = json.null
  doc.meta.empty = {}
  doc.meta.empty_obj = json.object {}
  doc.meta.empty_arr = json.array {}
  doc.meta.list = { 1, 2.5, "three", true }
  doc.meta.obj = { b = 1, a = { c = json.null } }
  doc.meta.nan = 0/0
  doc.meta.big = 2^53
  doc.meta.str = "tab\there \"q\" \1"
  doc.meta.bytes = "\255ok"
  doc.meta.gone = nil
  return doc
end, fields = { "text", "null" } }
""")
        p = self.run_ok("run", s, f, "-o", "-", "-q")
        line = p.stdout.decode()
        rec = helpers.parse_jsonl(p.stdout)[0]
        # id and source always lead; then pipeline.fields; then the rest, sorted.
        self.assertTrue(line.startswith('{"id":"in:1","source":"%s","text":"x","null":null,"big":' % f), line)
        self.assertEqual(rec["empty"], [])
        self.assertEqual(rec["empty_obj"], {})
        self.assertEqual(rec["empty_arr"], [])
        self.assertEqual(rec["list"], [1, 2.5, "three", True])
        self.assertEqual(rec["obj"], {"a": {"c": None}, "b": 1})
        self.assertIsNone(rec["nan"])
        self.assertEqual(rec["big"], 2 ** 53)
        self.assertEqual(rec["str"], "tab\there \"q\" \x01")
        self.assertEqual(rec["bytes"], "\ufffdok")
        self.assertNotIn("gone", rec)
        self.assertIn(rec["source"], (f,))

    def test_meta_not_encodable_fails_document(self):
        f = self.write_jsonl("in.jsonl", [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}])
        s = self.script("return saring.pipeline { function(doc) if doc.id == 'a' then doc.meta.f = print end return doc end }\n")
        out = self.path("o.jsonl")
        self.run_ok("run", s, f, "-o", out, "-q", code=1)
        self.assertEqual([r["id"] for r in self.read_jsonl(out)], ["b"])
        failed = self.read_jsonl(self.path("o.failed.jsonl"))
        self.assertEqual(failed[0]["stage"], "export")
        self.assertIn("'f'", failed[0]["error"])

    def test_options_and_workers(self):
        f = self.write_jsonl("in.jsonl", [{"text": str(i)} for i in range(200)])
        s = self.script(r"""
local opts = saring.options
return saring.pipeline { function(doc)
  doc.meta.lang = opts.lang
  doc.meta.n = opts.n
  doc.meta.flag = opts.flag
  doc.meta.eq = opts.eq
  doc.meta.worker = saring.worker
  doc.meta.workers = saring.workers
  return doc
end }
""")
        p = self.run_ok("run", s, f, "-o", "-", "-q", "-w", "3", "--batch", "4",
                        "--set", "lang=id", "-s", "n=12", "--set", "flag=true", "--set", "eq=a=b")
        recs = helpers.parse_jsonl(p.stdout)
        self.assertEqual(len(recs), 200)
        for r in recs:
            self.assertEqual((r["lang"], r["n"], r["flag"], r["eq"]), ("id", 12, True, "a=b"))
            self.assertEqual(r["workers"], 3)
            self.assertIn(r["worker"], (1, 2, 3))

    def test_normalize_stage(self):
        f = self.write_jsonl("in.jsonl", [{"text": "Cafe\u0301 \ufb01"}])
        s = self.script('return saring.pipeline { saring.stage.normalize "NFKC" }\n')
        rec = helpers.parse_jsonl(self.run_ok("run", s, f, "-o", "-", "-q").stdout)[0]
        self.assertEqual(rec["text"], "Caf\u00e9 fi")


class RegexJitTest(SaringTest):
    def test_same_output_without_the_jit(self):
        # SARING_REGEX_JIT=0 (used under valgrind) must not change a result.
        src = os.environ.get("SARING_SOURCE_DIR", ".")
        args = ("run", os.path.join(src, "scripts", "news.lua"), os.path.join(src, "examples", "news"),
                "-o", "-", "-q", "-w", "1")
        with_jit = self.run_ok(*args)
        env = dict(os.environ, SARING_REGEX_JIT="0")
        without = self.run_ok(*args, env=env)
        self.assertTrue(with_jit.stdout.strip())
        self.assertEqual(with_jit.stdout, without.stdout)


class OrderTest(SaringTest):
    def make_input(self, n=400):
        # Costs vary by a factor of ~1000, in a pattern unrelated to batches.
        recs = [{"id": "o%04d" % i, "text": "doc %d" % i, "cost": (i * 7919 % 13) ** 3 * 200}
                for i in range(n)]
        return self.write_jsonl("in.jsonl", recs), recs

    def test_ordered_with_two_workers(self):
        f, recs = self.make_input()
        s = self.script(BUSY_STAGE)
        for batch in ("1", "3"):
            p = self.run_ok("run", s, f, "-o", "-", "-q", "-w", "2", "--batch", batch)
            self.assertEqual([r["id"] for r in helpers.parse_jsonl(p.stdout)], [r["id"] for r in recs])

    def test_unordered_same_set(self):
        f, recs = self.make_input()
        s = self.script(BUSY_STAGE)
        p = self.run_ok("run", s, f, "-o", "-", "-q", "-w", "2", "--batch", "1", "--unordered")
        got = helpers.parse_jsonl(p.stdout)
        self.assertEqual(sorted(r["id"] for r in got), [r["id"] for r in recs])
        self.assertEqual(len(got), len(recs))

    def test_one_slow_document_ahead_of_many(self):
        # One read delivers more batches than --max-inflight: the fast ones
        # must wait in the reorder buffer for the slow first one, without
        # overwriting each other.
        recs = [{"id": "o%04d" % i, "text": "d", "cost": 20000000 if i == 0 else 10} for i in range(200)]
        f = self.write_jsonl("in.jsonl", recs)
        s = self.script(BUSY_STAGE)
        p = self.run_ok("run", s, f, "-o", "-", "-q", "-w", "2", "--batch", "1", "--max-inflight", "1")
        self.assertEqual([r["id"] for r in helpers.parse_jsonl(p.stdout)], [r["id"] for r in recs])

    def test_small_inflight_limit(self):
        f, recs = self.make_input(300)
        s = self.script(BUSY_STAGE)
        p = self.run_ok("run", s, f, "-o", "-", "-q", "-w", "2", "--batch", "2", "--max-inflight", "3")
        self.assertEqual([r["id"] for r in helpers.parse_jsonl(p.stdout)], [r["id"] for r in recs])


if __name__ == "__main__":
    helpers.main()
