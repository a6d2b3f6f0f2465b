"""End-to-end tests of saring's inputs and outputs: folders, stdin, JSONL
fields, compressed inputs and outputs."""
import gzip
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers  # noqa: E402
from helpers import SaringTest  # noqa: E402


class TextFolderTest(SaringTest):
    def make_tree(self):
        # Names chosen so that creation order, readdir order and sorted order
        # differ; "b" (a folder) sorts between "a.txt" and "b.txt".
        self.write("in/z.txt", "zed\n")
        self.write("in/b.txt", "bee\n")
        self.write("in/b/c.txt", "sea\n")
        self.write("in/b/a.md", "ay in b\n")
        self.write("in/a.txt", "ay\n")
        self.write("in/.hidden.txt", "hidden\n")
        self.write("in/.git/x.txt", "hidden folder\n")
        self.write("in/d/e/f/deep.text", "deep\n")

    def test_folder_recursive_sorted(self):
        self.make_tree()
        s = self.keep_script()
        out = self.path("out.jsonl")
        p = self.run_ok("run", s, self.path("in"), "-o", out, "--quiet")
        self.assertEqual(p.stdout, b"", "with -o FILE nothing goes to stdout")
        recs = self.read_jsonl(out)
        root = self.path("in")
        self.assertEqual([r["source"] for r in recs],
                         [root + "/a.txt", root + "/b/a.md", root + "/b/c.txt", root + "/b.txt",
                          root + "/d/e/f/deep.text", root + "/z.txt"])
        self.assertEqual([r["id"] for r in recs], ["a", "a", "c", "b", "deep", "z"])
        self.assertEqual([r["text"] for r in recs],
                         ["ay\n", "ay in b\n", "sea\n", "bee\n", "deep\n", "zed\n"])
        for r in recs:
            self.assertEqual(list(r.keys())[:2], ["id", "source"])

    def test_order_is_deterministic_across_workers(self):
        self.make_tree()
        for i in range(40):
            self.write("in/m/%03d.txt" % (97 * i % 40), "doc %d\n" % i)
        s = self.keep_script()
        outs = []
        for w in ("1", "2", "3"):
            p = self.run_ok("run", s, self.path("in"), "-o", "-", "-w", w, "--batch", "1", "--quiet")
            outs.append(p.stdout)
        self.assertEqual(outs[0], outs[1])
        self.assertEqual(outs[0], outs[2])
        ids = [r["id"] for r in helpers.parse_jsonl(outs[0])]
        m = [i for i in ids if i.isdigit()]
        self.assertEqual(m, sorted(m))
        self.assertEqual(len(m), 40)

    def test_stdout_default_and_dash(self):
        a = self.write("a.txt", "alpha")
        s = self.keep_script()
        p1 = self.run_ok("run", s, a, "--quiet")
        p2 = self.run_ok("run", s, a, "-o", "-", "--quiet")
        self.assertEqual(p1.stdout, p2.stdout)
        self.assertEqual(helpers.parse_jsonl(p2.stdout),
                         [{"id": "a", "source": a, "text": "alpha"}])

    def test_summary_goes_to_stderr(self):
        a = self.write("a.txt", "alpha")
        s = self.keep_script()
        p = self.run_ok("run", s, a, "-o", "-")
        helpers.parse_jsonl(p.stdout)  # the summary must not pollute the JSONL
        self.assertIn("1 document read, 1 written", self.stderr(p))
        p = self.run_ok("run", s, a, "-o", "-", "-q")
        self.assertEqual(p.stderr, b"")


class StdinTest(SaringTest):
    def test_stdin_text(self):
        s = self.keep_script()
        p = self.run_ok("run", s, "-", "--format", "text", "-o", "-", "-q",
                        input=b"line one\nline two\n")
        self.assertEqual(helpers.parse_jsonl(p.stdout),
                         [{"id": "stdin", "source": "-", "text": "line one\nline two\n"}])

    def test_stdin_default_is_text(self):
        s = self.keep_script()
        p = self.run_ok("run", s, "-", "-o", "-", "-q", input=b"{\"text\": \"x\"}\n")
        self.assertEqual(helpers.parse_jsonl(p.stdout)[0]["text"], "{\"text\": \"x\"}\n")

    def test_stdin_jsonl(self):
        s = self.keep_script()
        data = b'{"id": "a", "text": "one"}\n{"text": "two", "k": 1}\n'
        p = self.run_ok("run", s, "-", "--format", "jsonl", "-o", "-", "-q", input=data)
        self.assertEqual(helpers.parse_jsonl(p.stdout), [
            {"id": "a", "source": "-", "text": "one"},
            {"id": "stdin:2", "source": "-", "k": 1, "text": "two"},
        ])

    def test_stdin_lines(self):
        s = self.script("return saring.pipeline { function(doc) doc.meta.line = doc.line; return doc end }\n")
        p = self.run_ok("run", s, "-", "-f", "lines", "-o", "-", "-q",
                        input=b"first\r\nsecond\n\n   \nthird")
        recs = helpers.parse_jsonl(p.stdout)
        self.assertEqual([r["text"] for r in recs], ["first", "second", "third"])
        self.assertEqual([r["line"] for r in recs], [1, 2, 5])
        self.assertEqual([r["id"] for r in recs], ["stdin:1", "stdin:2", "stdin:5"])

    def test_stdin_among_files(self):
        a = self.write("a.txt", "A")
        b = self.write("b.txt", "B")
        s = self.keep_script()
        p = self.run_ok("run", s, a, "-", b, "-o", "-", "-q", "-w", "2", input=b"S")
        self.assertEqual([r["text"] for r in helpers.parse_jsonl(p.stdout)], ["A", "S", "B"])


class JsonlTest(SaringTest):
    def test_fields_and_metadata_order(self):
        f = self.write("in.jsonl",
                       '{"zeta": 1, "id": "d1", "body": "hello", "alpha": [1, 2], "text": "not me", "m": {"b": 1, "a": 2}}\n'
                       '{"body": "no id", "n": null}\n'
                       '{"id": 42, "body": "int id"}\n')
        s = self.keep_script()
        p = self.run_ok("run", s, f, "--text-field", "body", "-o", "-", "-q")
        lines = p.stdout.decode().splitlines()
        # Metadata keeps the input's key order (checked on the raw text).
        self.assertEqual(lines[0],
                         '{"id":"d1","source":"%s","zeta":1,"alpha":[1,2],"m":{"b":1,"a":2},'
                         '"text":"hello"}' % f)
        recs = helpers.parse_jsonl(p.stdout)
        self.assertEqual(recs[1], {"id": "in:2", "source": f, "n": None, "text": "no id"})
        self.assertEqual(recs[2]["id"], "42")
        self.assertEqual(recs[2]["text"], "int id")

    def test_id_field(self):
        f = self.write_jsonl("in.jsonl", [{"url": "http://x/1", "id": "old", "text": "t"}])
        s = self.keep_script()
        p = self.run_ok("run", s, f, "--id-field", "url", "-o", "-", "-q")
        rec = helpers.parse_jsonl(p.stdout)[0]
        self.assertEqual(rec["id"], "http://x/1")
        self.assertNotIn("url", rec)
        self.assertEqual(rec["text"], "t")
        # The input's own "id" is plain metadata now; it must not clobber the
        # document's id (two "id" keys in one object would be ambiguous).
        self.assertEqual(p.stdout.count(b'"id":'), 1, p.stdout)

    def test_meta_modified_in_lua_keeps_input_order(self):
        f = self.write_jsonl("in.jsonl", [{"text": "t", "zz": 1, "aa": 2}])
        s = self.script("return saring.pipeline { function(doc) doc.meta.new = true; doc.meta.aa = 3; return doc end }\n")
        p = self.run_ok("run", s, f, "-o", "-", "-q")
        self.assertEqual(p.stdout.decode(),
                         '{"id":"in:1","source":"%s","zz":1,"aa":3,"new":true,"text":"t"}\n' % f)

    def test_json_extension_and_format_override(self):
        f = self.write("in.json", '{"text": "from .json"}\n')
        g = self.write("data.log", '{"text": "forced"}\n')
        s = self.keep_script()
        p = self.run_ok("run", s, f, "-o", "-", "-q")
        self.assertEqual(helpers.parse_jsonl(p.stdout)[0]["text"], "from .json")
        p = self.run_ok("run", s, g, "-f", "jsonl", "-o", "-", "-q")
        self.assertEqual(helpers.parse_jsonl(p.stdout)[0]["text"], "forced")
        p = self.run_ok("run", s, g, "-o", "-", "-q")
        self.assertEqual(helpers.parse_jsonl(p.stdout)[0]["text"], '{"text": "forced"}\n')

    def test_text_field_missing_fails_document(self):
        f = self.write_jsonl("in.jsonl", [{"text": "ok"}, {"body": "x"}, {"text": 5}, {"text": "ok2"}])
        s = self.keep_script()
        out = self.path("out.jsonl")
        self.run_ok("run", s, f, "-o", out, "-q", code=1)
        self.assertEqual([r["text"] for r in self.read_jsonl(out)], ["ok", "ok2"])
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        self.assertEqual([r["line"] for r in failed], [2, 3])
        for r in failed:
            self.assertIn('"text"', r["error"])

    def test_many_lines_in_small_chunks(self):
        # More than one read chunk (1 MB), lines crossing chunk boundaries.
        recs = [{"id": "r%d" % i, "text": ("w%d " % i) * (i % 50 + 1)} for i in range(30000)]
        f = self.write_jsonl("big.jsonl", recs)
        self.assertGreater(os.path.getsize(f), 2 << 20)
        s = self.keep_script()
        p = self.run_ok("run", s, f, "-o", "-", "-q", "-w", "2")
        got = helpers.parse_jsonl(p.stdout)
        self.assertEqual(len(got), len(recs))
        self.assertEqual([r["id"] for r in got], [r["id"] for r in recs])
        self.assertEqual(got[12345]["text"], recs[12345]["text"])


class CompressionTest(SaringTest):
    def test_gzip_jsonl_input(self):
        recs = [{"id": "g%d" % i, "text": "gz %d" % i} for i in range(100)]
        p = self.path("in.jsonl.gz")
        with gzip.open(p, "wt") as f:
            for r in recs:
                f.write(json.dumps(r) + "\n")
        s = self.keep_script()
        out = self.run_ok("run", s, p, "-o", "-", "-q").stdout
        got = helpers.parse_jsonl(out)
        self.assertEqual([(r["id"], r["text"]) for r in got], [(r["id"], r["text"]) for r in recs])
        self.assertEqual(got[0]["source"], p)

    def test_concatenated_gzip_members(self):
        p = self.path("cat.jsonl.gz")
        with open(p, "wb") as f:
            f.write(gzip.compress(b'{"text": "one"}\n'))
            f.write(gzip.compress(b'{"text": "two"}\n'))
        s = self.keep_script()
        got = helpers.parse_jsonl(self.run_ok("run", s, p, "-o", "-", "-q").stdout)
        self.assertEqual([r["text"] for r in got], ["one", "two"])

    def test_zstd_text_input(self):
        src = self.write("doc.txt", "zstd compressed text\nsecond line\n")
        subprocess.run(["zstd", "-q", "-f", src, "-o", src + ".zst"], check=True)
        os.unlink(src)
        s = self.keep_script()
        got = helpers.parse_jsonl(self.run_ok("run", s, src + ".zst", "-o", "-", "-q").stdout)
        self.assertEqual(got, [{"id": "doc", "source": src + ".zst",
                                "text": "zstd compressed text\nsecond line\n"}])

    def test_zstd_jsonl_and_gzip_text_in_a_folder(self):
        self.write("in/a.jsonl", '{"text": "a1"}\n{"text": "a2"}\n')
        subprocess.run(["zstd", "-q", "--rm", self.path("in/a.jsonl")], check=True)
        with gzip.open(self.path("in/b.txt.gz"), "wb") as f:
            f.write(b"b text")
        s = self.keep_script()
        got = helpers.parse_jsonl(self.run_ok("run", s, self.path("in"), "-o", "-", "-q").stdout)
        self.assertEqual([(r["id"], r["text"]) for r in got], [("a:1", "a1"), ("a:2", "a2"), ("b", "b text")])

    def test_compressed_outputs(self):
        recs = [{"id": "x%d" % i, "text": "text number %d" % i} for i in range(2000)]
        f = self.write_jsonl("in.jsonl", recs)
        s = self.keep_script()
        for name in ("out.jsonl.gz", "out.jsonl.zst", "out.jsonl"):
            out = self.path(name)
            self.run_ok("run", s, f, "-o", out, "-q", "-w", "2")
            with open(out, "rb") as fh:
                magic = fh.read(4)
            if name.endswith(".gz"):
                self.assertEqual(magic[:2], b"\x1f\x8b")
            elif name.endswith(".zst"):
                self.assertEqual(magic, b"\x28\xb5\x2f\xfd")
            got = self.read_jsonl(out)
            self.assertEqual([(r["id"], r["text"]) for r in got], [(r["id"], r["text"]) for r in recs])
        # The gzip output is readable by the gzip tool too (a complete stream).
        subprocess.run(["gzip", "-t", self.path("out.jsonl.gz")], check=True)
        subprocess.run(["zstd", "-q", "-t", self.path("out.jsonl.zst")], check=True)

    def test_empty_compressed_output(self):
        f = self.write_jsonl("in.jsonl", [{"text": "x"}])
        s = self.script("return saring.pipeline { function(doc) return nil, 'no' end }\n")
        out = self.path("out.jsonl.gz")
        self.run_ok("run", s, f, "-o", out, "-q")
        self.assertEqual(helpers.read_file_bytes(out), b"")


if __name__ == "__main__":
    helpers.main()
