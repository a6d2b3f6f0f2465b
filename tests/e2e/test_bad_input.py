"""End-to-end tests of saring on bad input: invalid UTF-8, NUL bytes, byte
order marks, empty files, lines that are not JSON, damaged compressed files,
huge lines and the --max-doc-bytes limit."""
import gzip
import json
import os
import resource
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers  # noqa: E402
from helpers import SaringTest  # noqa: E402

LEN_SCRIPT = "return saring.pipeline { function(doc) doc.meta.len = #doc; return doc end }\n"


class Utf8Test(SaringTest):
    BAD = (b"ok \xff mid \xe2\x82 trunc \xc0\xaf overlong \xed\xa0\x80 surrogate "
           b"\xf4\x90\x80\x80 big \xf0\x9f\x98\x80 emoji")
    # One U+FFFD per maximal subpart: \xe2\x82 is one subpart, \xc0 and \xaf
    # are two, \xed\xa0\x80 three, \xf4\x90\x80\x80 four.
    FIXED = ("ok \ufffd mid \ufffd trunc \ufffd\ufffd overlong \ufffd\ufffd\ufffd surrogate "
             "\ufffd\ufffd\ufffd\ufffd big \U0001F600 emoji")

    def test_repaired_by_default_text(self):
        a = self.write("a.txt", self.BAD)
        s = self.script(LEN_SCRIPT)
        st = self.path("st.json")
        p = self.run_ok("run", s, a, "-o", "-", "--stats", st)
        rec = helpers.parse_jsonl(p.stdout)[0]
        self.assertEqual(rec["text"], self.FIXED)
        self.assertEqual(rec["len"], len(self.FIXED.encode()), "the stage sees the repaired text")
        self.assertIn("repaired invalid UTF-8 in 1 document\n", self.stderr(p))
        with open(st) as fh:
            self.assertEqual(json.load(fh)["repaired_utf8"], 1)

    def test_repaired_by_default_jsonl(self):
        f = self.write("in.jsonl", b'{"id": "x", "text": "' + self.BAD + b'", "k": "\xffv"}\n{"text": "fine"}\n')
        s = self.keep_script()
        recs = helpers.parse_jsonl(self.run_ok("run", s, f, "-o", "-", "-q").stdout)
        self.assertEqual(recs[0]["text"], self.FIXED)
        self.assertEqual(recs[0]["k"], "\ufffdv")
        self.assertEqual(recs[1]["text"], "fine")

    def test_strict_fails_the_document(self):
        a = self.write("in/a.txt", self.BAD)
        self.write("in/b.txt", "good \u00e9")
        self.write("in/c.jsonl", b'{"text": "x\xffy"}\n{"text": "good line"}\n')
        s = self.keep_script()
        out = self.path("out.jsonl")
        self.run_ok("run", s, self.path("in"), "--utf8", "strict", "-o", out, "-q", code=1)
        self.assertEqual([r["text"] for r in self.read_jsonl(out)], ["good \u00e9", "good line"])
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        self.assertEqual([r["source"] for r in failed], [a, self.path("in/c.jsonl")])
        self.assertIn("invalid UTF-8 at byte 3", failed[0]["error"])
        self.assertEqual(failed[0]["stage"], "read")
        self.assertEqual(failed[1]["line"], 1)
        self.assertIn("invalid UTF-8", failed[1]["error"])

    def test_stage_produced_invalid_utf8_is_repaired_on_output(self):
        f = self.write_jsonl("in.jsonl", [{"text": "x"}])
        s = self.script('return saring.pipeline { function(doc) doc.text = "a\\255b"; doc.meta.m = "\\192"; return doc end }\n')
        rec = helpers.parse_jsonl(self.run_ok("run", s, f, "-o", "-", "-q").stdout)[0]
        self.assertEqual(rec["text"], "a\ufffdb")
        self.assertEqual(rec["m"], "\ufffd")


class OddBytesTest(SaringTest):
    def test_nul_bytes(self):
        a = self.write("a.txt", b"before\x00after\x00")
        f = self.write("in.jsonl", b'{"text": "j\\u0000k"}\n')
        g = self.write("raw.jsonl", b'{"text": "raw"}\x00\n{"text": "next"}\n')
        s = self.script(LEN_SCRIPT)
        out = self.path("out.jsonl")
        self.run_ok("run", s, a, f, g, "-o", out, "-q", code=1)
        recs = self.read_jsonl(out)
        self.assertEqual(recs[0]["text"], "before\x00after\x00")
        self.assertEqual(recs[0]["len"], 13)
        self.assertEqual(recs[1]["text"], "j\x00k")
        self.assertEqual(recs[1]["len"], 3)
        self.assertEqual(recs[2]["text"], "next")
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        self.assertEqual(failed[0]["line"], 1)
        self.assertEqual(failed[0]["input"], '{"text": "raw"}\x00')

    def test_bom_stripped(self):
        a = self.write("a.txt", b"\xef\xbb\xbfHello")
        b = self.write("b.txt", b"\xef\xbb\xbf")
        f = self.write("c.jsonl", b'\xef\xbb\xbf{"text": "first"}\n{"text": "second"}\n')
        s = self.keep_script()
        recs = helpers.parse_jsonl(self.run_ok("run", s, a, b, f, "-o", "-", "-q").stdout)
        self.assertEqual([r["text"] for r in recs], ["Hello", "", "first", "second"])

    def test_crlf_jsonl_and_blank_lines(self):
        f = self.write("in.jsonl", b'{"text": "a"}\r\n\r\n   \n{"text": "b"}\r\n{"text": "c"}')
        s = self.script("return saring.pipeline { function(doc) doc.meta.line = doc.line; return doc end }\n")
        recs = helpers.parse_jsonl(self.run_ok("run", s, f, "-o", "-", "-q").stdout)
        self.assertEqual([(r["text"], r["line"]) for r in recs], [("a", 1), ("b", 4), ("c", 5)])


class EmptyTest(SaringTest):
    def test_empty_files(self):
        e = self.write("in/empty.txt", b"")
        self.write("in/empty.jsonl", b"")
        self.write("in/blank.jsonl", b"\n\n  \n")
        with open(self.path("in/empty.txt.gz"), "wb") as fh:
            fh.write(gzip.compress(b""))
        subprocess.run(["zstd", "-q", "-o", self.path("in/empty2.txt.zst"), e], check=True)
        s = self.script(LEN_SCRIPT)
        out = self.path("out.jsonl")
        p = self.run_ok("run", s, self.path("in"), "-o", out)
        recs = self.read_jsonl(out)
        # An empty text file is one empty document; an empty JSONL file none.
        self.assertEqual([(r["id"], r["text"], r["len"]) for r in recs],
                         [("empty", "", 0), ("empty", "", 0), ("empty2", "", 0)])
        self.assertIn("3 documents read, 3 written", self.stderr(p))

    def test_empty_stdin(self):
        s = self.keep_script()
        p = self.run_ok("run", s, "-", "-f", "jsonl", "-o", "-", "-q", input=b"")
        self.assertEqual(p.stdout, b"")
        p = self.run_ok("run", s, "-", "-o", "-", "-q", input=b"")
        self.assertEqual(helpers.parse_jsonl(p.stdout), [{"id": "stdin", "source": "-", "text": ""}])

    def test_empty_folder(self):
        os.makedirs(self.path("nothing/inside"))
        p = self.run_ok("run", self.keep_script(), self.path("nothing"), "-o", "-")
        self.assertEqual(p.stdout, b"")
        self.assertIn("0 documents read", self.stderr(p))


class NotJsonTest(SaringTest):
    def test_bad_lines_reported_with_line_numbers(self):
        f = self.write("in.jsonl", b'{"text": "one"}\n'
                                   b'{"text": "two"\n'
                                   b'not json at all\n'
                                   b'["an", "array"]\n'
                                   b'{"text": "five"}\n'
                                   b'{"text": "six", "text": "dup"} trailing\n'
                                   b'{"text": "seven"}\n')
        s = self.keep_script()
        out = self.path("out.jsonl")
        p = self.run_ok("run", s, f, "-o", out, code=1)
        self.assertEqual([r["text"] for r in self.read_jsonl(out)], ["one", "five", "seven"])
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        self.assertEqual([r["line"] for r in failed], [2, 3, 4, 6])
        for r in failed:
            self.assertEqual(r["source"], f)
            self.assertEqual(r["stage"], "read")
        self.assertIn("not JSON", failed[0]["error"])
        self.assertIn("not a JSON object", failed[2]["error"])
        self.assertEqual(failed[1]["input"], "not json at all")
        self.assertEqual(failed[1]["id"], "in:3")
        self.assertIn("4 failed", self.stderr(p))


class DamagedCompressionTest(SaringTest):
    def records(self, n):
        # Incompressible-ish text so the compressed file is large enough to
        # cut in the middle of the data.
        import random
        rnd = random.Random(7)
        words = ["kata%d" % rnd.randrange(100000) for _ in range(60000)]
        return [{"id": "r%05d" % i, "text": " ".join(words[i * 30:(i + 1) * 30])} for i in range(n)]

    def check_damaged(self, path, recs, exact=True):
        """Runs saring on a damaged compressed input followed by a good one.
        exact: the damage is a truncation, so everything before it is good;
        otherwise corrupt data may decode to garbage lines before the
        decoder notices, and those may fail or pass as they come."""
        s = self.keep_script()
        out = self.path("out.jsonl")
        p = self.run_ok("run", s, path, self.write("after.txt", "after"), "-o", out, code=1)
        got = self.read_jsonl(out)
        self.assertEqual(got[-1]["text"], "after", "the next input is read")
        got = got[:-1]
        self.assertGreater(len(got), 10, "the lines before the damage are processed")
        self.assertLess(len(got), len(recs))
        good = 0
        while good < len(got) and got[good]["id"] == recs[good]["id"] and got[good]["text"] == recs[good]["text"]:
            good += 1
        self.assertGreater(good, 10)
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        last = failed[-1]
        self.assertEqual(last["source"], path)
        self.assertIn("cannot read past line", last["error"])
        self.assertIn("corrupt or truncated", last["error"])
        self.assertIn(os.path.basename(path), self.stderr(p) + last["source"])
        if exact:
            self.assertEqual(len(failed), 1, failed[:-1])
            self.assertEqual(good, len(got))
            self.assertEqual(last["line"], len(got) + 1, "the first line not delivered")
        for r in failed:
            self.assertEqual(r["source"], path)
            self.assertGreater(r["line"], good)
        return last

    def test_truncated_gzip(self):
        recs = self.records(1500)
        data = gzip.compress("".join(json.dumps(r) + "\n" for r in recs).encode())
        path = self.write("cut.jsonl.gz", data[:len(data) * 2 // 3])
        rec = self.check_damaged(path, recs)
        self.assertIn("cannot read past line", rec["error"])

    def test_corrupt_gzip_middle(self):
        recs = self.records(1500)
        data = bytearray(gzip.compress("".join(json.dumps(r) + "\n" for r in recs).encode()))
        mid = len(data) // 2
        data[mid:mid + 64] = b"\x00" * 64
        path = self.write("corrupt.jsonl.gz", bytes(data))
        self.check_damaged(path, recs, exact=False)

    def test_truncated_and_corrupt_zstd(self):
        recs = self.records(1500)
        src = self.write("z.jsonl", "".join(json.dumps(r) + "\n" for r in recs))
        subprocess.run(["zstd", "-q", "-f", src, "-o", src + ".zst"], check=True)
        with open(src + ".zst", "rb") as fh:
            data = fh.read()
        cut = self.write("cut.jsonl.zst", data[:len(data) * 2 // 3])
        self.check_damaged(cut, recs)
        # Damage late in the frame: zstd checks blocks one by one, so the
        # blocks before the damaged one come out.
        bad = bytearray(data)
        at = len(bad) * 4 // 5
        bad[at:at + 64] = b"\xa5" * 64
        corrupt = self.write("corrupt.jsonl.zst", bytes(bad))
        self.check_damaged(corrupt, recs, exact=False)

    def test_truncated_gzip_text_file(self):
        data = gzip.compress(b"some text " * 10000)
        path = self.write("t.txt.gz", data[:len(data) // 2])
        out = self.path("out.jsonl")
        self.run_ok("run", self.keep_script(), path, "-o", out, "-q", code=1)
        self.assertEqual(self.read_jsonl(out), [])
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        self.assertEqual(failed[0]["source"], path)
        self.assertIn("cannot read", failed[0]["error"])

    def test_gzip_magic_only(self):
        path = self.write("m.jsonl.gz", b"\x1f\x8b")
        out = self.path("out.jsonl")
        self.run_ok("run", self.keep_script(), path, "-o", out, "-q", code=1)
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        self.assertEqual(failed[0]["source"], path)


class HugeTest(SaringTest):
    def test_max_doc_bytes(self):
        long1 = "x" * (2 << 20)           # 2 MB: over the limit, within two chunks
        long2 = "y" * (3 << 20 | 12345)   # over 3 MB: spans several read chunks
        f = self.write("in.jsonl", '{"text": "a"}\n{"text": "%s"}\n{"text": "b"}\n{"text": "%s"}\n{"text": "c"}'
                       % (long1, long2))
        big = self.write("big.txt", "z" * (1 << 20 | 1))
        small = self.write("small.txt", "z" * (1 << 20))
        s = self.script(LEN_SCRIPT)
        out = self.path("out.jsonl")
        p = self.run_ok("run", s, f, big, small, "--max-doc-bytes", "1M", "-o", out, code=1)
        recs = self.read_jsonl(out)
        self.assertEqual([r["text"] for r in recs[:3]], ["a", "b", "c"])
        self.assertEqual(recs[3]["len"], 1 << 20, "a text of exactly the limit passes")
        failed = self.read_jsonl(self.path("out.failed.jsonl"))
        self.assertEqual([(r["source"], r.get("line")) for r in failed], [(f, 2), (f, 4), (big, None)])
        # named as documents without an id are ("name:LINE"), not null
        self.assertEqual([r["id"] for r in failed], ["in:2", "in:4", "big"])
        for r in failed:
            self.assertIn("--max-doc-bytes", r["error"])
            self.assertIn("limit of 1048576 bytes", r["error"])
        self.assertIn("3 failed", self.stderr(p))

    @unittest.skipIf(helpers.SANITIZED, "too slow and too big under sanitizers")
    def test_200mb_single_line(self):
        size = 200 << 20  # over 200 MB in the one text field
        path = self.path("huge.jsonl")
        chunk = ("abcdefghi " * 100000)  # 1 MB
        with open(path, "w") as fh:
            fh.write('{"id": "huge", "source_url": "u", "text": "')
            for _ in range(size // len(chunk)):
                fh.write(chunk)
        size = size // len(chunk) * len(chunk)
        with open(path, "a") as fh:
            fh.write('"}\n{"id": "after", "text": "small"}\n')
        s = self.script(r"""
local text = require "saring.text"
return saring.pipeline { function(doc)
  doc.meta.len = #doc
  doc.meta.words = text.count_words(doc)
  return doc
end }
""")
        out = self.path("out.jsonl")
        p = self.run_ok("run", s, path, "-o", out, "-w", "2", "--stats", self.path("st.json"), timeout=600)
        os.unlink(path)
        with open(out, "rb") as fh:
            head = fh.read(200)
            fh.seek(-200, os.SEEK_END)
            tail = fh.read()
        self.assertTrue(head.startswith(b'{"id":"huge","source":"%s","source_url":"u","len":%d,"words":%d,"text":"abc'
                                        % (path.encode(), size, size // 10)), head)
        self.assertTrue(tail.endswith(b'\n{"id":"after","source":"%s","len":5,"words":1,"text":"small"}\n'
                                      % path.encode()), tail)
        with open(out, "rb") as fh:
            n = sum(1 for _ in fh)
        self.assertEqual(n, 2)
        os.unlink(out)
        self.assertIn("2 documents read, 2 written", self.stderr(p))
        print("\n  peak RSS of saring on the 200 MB line: %d MB"
              % (resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024), file=sys.stderr)


if __name__ == "__main__":
    helpers.main()
