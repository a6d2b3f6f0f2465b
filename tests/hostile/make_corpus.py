#!/usr/bin/env python3
"""Builds saring's hostile-input corpus in a folder and writes its manifest.

    python3 tests/hostile/make_corpus.py OUT [--big] [--list]

Every case is one or more files under OUT/<case>/ plus an entry in
OUT/manifest.json saying what `saring run` (and, where it applies,
`saring watch`) must do with it: the exit code, how many documents come out,
how many dead-letter records, the reason those records give, whether UTF-8
was repaired, and a bound on peak memory.  The large cases (a 500 MB file, a
200 MB line, 1 GB of zeros compressed to a few MB) are written only with
--big: they are generated each time and never committed.  --list prints the
cases as the table of tests/hostile/README.md.

Outcomes (the `outcome` field):
  processed  every document comes out, nothing fails (exit 0)
  repaired   processed, with invalid UTF-8 replaced by U+FFFD (exit 0)
  failed     set aside: dead-letter records carry `reason` (exit 1)
  mixed      some documents come out, others are set aside with `reason`
  skipped    not taken at all (symbolic links in watch mode)
"""
import gzip
import json
import os
import random
import struct
import subprocess
import sys
import zlib

MB = 1 << 20
RNG = random.Random(7)  # the corpus is the same on every run


def _w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def _zstd(data):
    return subprocess.run(["zstd", "-q", "-c", "-3"], input=data, stdout=subprocess.PIPE, check=True).stdout


def _stream_to(path, chunks, compress=None):
    """Writes an iterable of byte chunks, optionally through gzip or zstd,
    without holding the whole in memory."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if compress == "gz":
        with open(path, "wb") as raw:
            co = zlib.compressobj(1, zlib.DEFLATED, 16 + 15)
            for c in chunks:
                raw.write(co.compress(c))
            raw.write(co.flush())
    elif compress == "zst":
        with open(path, "wb") as raw:
            p = subprocess.Popen(["zstd", "-q", "-c", "-3"], stdin=subprocess.PIPE, stdout=raw)
            for c in chunks:
                p.stdin.write(c)
            p.stdin.close()
            if p.wait():
                raise RuntimeError("zstd failed")
    else:
        with open(path, "wb") as f:
            for c in chunks:
                f.write(c)


def _jl(**kw):
    return (json.dumps(kw, ensure_ascii=False) + "\n").encode()


class Corpus:
    def __init__(self, out, big, dry=False):
        self.out = os.path.abspath(out)
        self.big = big
        self.dry = dry  # only the list of cases, no files
        self.cases = []

    def case(self, name, files, outcome, out=0, failed=0, reason=None, exit=None, repaired=False,
             args=(), watch=True, rss_mb=200, big=False, note="", **extra):
        """Writes nothing itself: files is {relative name: bytes or callable(path)}."""
        if big and not self.big:
            return
        base = os.path.join(self.out, name)
        paths = []
        for rel, data in files.items():
            p = os.path.join(base, rel)
            if self.dry:
                pass
            elif callable(data):
                os.makedirs(os.path.dirname(p), exist_ok=True)
                data(p)
            elif data is not None:
                _w(p, data)
            paths.append(os.path.join(name, rel))
        if exit is None:
            exit = 0 if failed == 0 else 1
        entry = dict(case=name, files=paths, outcome=outcome, out=out, failed=failed, reason=reason,
                     exit=exit, repaired=repaired, args=list(args), watch=watch, rss_mb=rss_mb,
                     big=big, note=note)
        entry.update(extra)
        self.cases.append(entry)

    def build(self):
        c = self.case
        # ---- encodings ------------------------------------------------------------
        c("utf8_invalid", {"a.txt": b"caf\xe9 \xff\xfe mid \xe2\x82 end"}, "repaired", out=1, repaired=True,
          note="stray and truncated sequences become U+FFFD", text_has="\ufffd")
        c("utf8_overlong", {"a.txt": b"slash \xc0\xaf nul \xc0\x80 three \xe0\x80\xaf four \xf0\x80\x80\xaf"},
          "repaired", out=1, repaired=True, note="overlong forms are never decoded as their ASCII", text_lacks="/")
        c("utf8_surrogates", {"a.txt": b"lone \xed\xa0\x80 pair \xed\xa0\xbd\xed\xb8\x80 low \xed\xbf\xbf"},
          "repaired", out=1, repaired=True, note="CESU-8 style surrogates (ED A0 80) are invalid")
        c("utf8_beyond", {"a.txt": b"max \xf4\x8f\xbf\xbf over \xf4\x90\x80\x80 f8 \xf8\x88\x80\x80\x80"},
          "repaired", out=1, repaired=True, note="code points over U+10FFFF and 5-byte forms")
        c("utf8_strict", {"a.txt": b"bad \xff byte\n", "b.txt": b"good\n"}, "mixed", out=1, failed=1,
          reason="invalid UTF-8 at byte 4", args=["--utf8", "strict"], watch=False, exit=1)
        c("utf8_invalid_jsonl", {"a.jsonl": b'{"text": "x\xffy", "k": "\xc0\xafv"}\n{"text": "fine"}\n'},
          "repaired", out=2, repaired=True, note="the line is repaired before it is parsed")
        c("json_lone_surrogate_escape", {"a.jsonl": b'{"text": "x\\ud800y"}\n{"text": "ok"}\n'}, "mixed",
          out=1, failed=1, reason="not JSON", note="an escaped lone surrogate is refused by the parser")
        c("nul_bytes", {"a.txt": b"before\x00after\x00\x00end\n"}, "processed", out=1,
          text_has="before\u0000after", note="NUL is kept and written as \\u0000")
        c("nul_bytes_jsonl", {"a.jsonl": b'{"text": "a\\u0000b"}\n{"text": "raw\x00nul"}\n'}, "mixed", out=1,
          failed=1, reason="not JSON", note="an escaped NUL is kept; a raw NUL in a line is not JSON")
        c("bom_text", {"a.txt": b"\xef\xbb\xbfhello"}, "processed", out=1, text_eq="hello")
        c("bom_jsonl", {"a.jsonl": b'\xef\xbb\xbf{"text": "hello"}\n'}, "processed", out=1, text_eq="hello")
        c("bom_utf16", {"a.txt": b"\xff\xfeh\x00i\x00"}, "repaired", out=1, repaired=True,
          note="UTF-16 is not decoded: its bytes are repaired as UTF-8")
        c("cr_only_text", {"a.txt": b"line one\rline two\rline three\r"}, "processed", out=1,
          text_has="line one\rline two", note="a text file is one document whatever its line ends")
        c("cr_only_lines", {"a.txt": b"one\rtwo\rthree\r"}, "processed", out=1, args=["-f", "lines"],
          note="only LF ends a line: a CR-only file is one line")
        c("cr_only_jsonl", {"a.jsonl": b'{"text": "a"}\r{"text": "b"}\r'}, "failed", failed=1,
          reason="not JSON", note="CR-only JSONL is one line, which is not one JSON value")
        c("crlf_jsonl", {"a.jsonl": b'{"text": "a"}\r\n{"text": "b"}\r\n'}, "processed", out=2)
        # ---- sizes -----------------------------------------------------------------
        c("empty", {"a.txt": b""}, "processed", out=1, text_eq="", note="an empty text file is one empty document")
        c("empty_jsonl", {"a.jsonl": b""}, "processed", out=0, note="no lines, no documents")
        c("one_byte", {"a.txt": b"x"}, "processed", out=1, text_eq="x")
        c("one_byte_invalid", {"a.txt": b"\x80"}, "repaired", out=1, repaired=True, text_eq="\ufffd")
        c("one_byte_jsonl", {"a.jsonl": b"{"}, "failed", failed=1, reason="not JSON")
        c("max_doc_bytes_text", {"a.txt": b"z" * (2 * MB)}, "failed", failed=1, reason="--max-doc-bytes",
          args=["--max-doc-bytes", "1M"])
        c("max_doc_bytes_line", {"a.jsonl": _jl(text="a") + _jl(text="x" * (2 * MB)) + _jl(text="b")
                                 + b'{"text": "' + b"y" * (3 * MB) + b'"}'}, "mixed", out=2, failed=2,
          reason="--max-doc-bytes", args=["--max-doc-bytes", "1M"], note="the last line has no newline")
        c("huge_json_line", {"a.jsonl": _jl(id="h", text="w " * (8 * MB)) + _jl(text="after")},
          "processed", out=2, rss_mb=400, note="a 16 MB text field within the default limit")
        many = {"k%d" % i: i for i in range(200000)}
        many["text"] = "many keys"
        c("huge_json_keys", {"a.jsonl": (json.dumps(many) + "\n").encode()}, "processed", out=1, rss_mb=400,
          note="200,000 meta fields")
        # ---- JSON structure ----------------------------------------------------------
        deep = b'{"text": "x", "m": ' + b"[" * 100000 + b"]" * 100000 + b"}\n"
        c("json_deep_100k", {"a.jsonl": deep + _jl(text="ok")}, "mixed", out=1, failed=1,
          reason="maximum parsing depth", note="100,000 levels: the parser's depth limit refuses it")
        c("json_deep_objects", {"a.jsonl": b'{"text": "x", "m": ' + b'{"a":' * 50000 + b"1" + b"}" * 50000
                                + b"}\n"}, "failed", failed=1, reason="maximum parsing depth")
        broken = (b'{"text": "good 1"}\n'
                  b'{"text": "unterminated\n'
                  b'{"text": "trailing"} garbage\n'
                  b'["an", "array"]\n'
                  b'"a string"\n'
                  b'{"text": 42}\n'
                  b'{"no_text": "x"}\n'
                  b'{"text": "bad escape \\q"}\n'
                  b'{"text": "dup", "text": "keys"}\n'
                  b'{text: "unquoted"}\n'
                  b'\n   \n'
                  b'{"text": "good 2"}\n')
        c("jsonl_broken_lines", {"a.jsonl": broken}, "mixed", out=3, failed=8,
          reason=["not JSON", "not a JSON object", "no string field"],
          note="each bad line fails alone with its line number; blank lines are skipped")
        # ---- binary --------------------------------------------------------------------
        png = (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
               + b"\x00\x00\x00\x00" + bytes(RNG.getrandbits(8) for _ in range(64 * 1024)) + b"\x00\x00\x00\x00IEND")
        c("binary_png", {"image.png": png}, "repaired", out=1, repaired=True,
          note="a binary file is text with its invalid bytes replaced")
        c("binary_random", {"random.bin": os.urandom(256 * 1024)}, "repaired", out=1, repaired=True)
        c("binary_random_jsonl", {"random.jsonl": bytes(RNG.getrandbits(8) for _ in range(64 * 1024))},
          "failed", failed=None, reason="not JSON", note="random bytes named .jsonl: every line fails")
        # ---- compression ---------------------------------------------------------------
        body = b"".join(_jl(text="line %d" % i) for i in range(20000))
        gz = gzip.compress(body)
        c("gzip_truncated", {"a.jsonl.gz": gz[: len(gz) // 2]}, "mixed", out=None, failed=1,
          reason="corrupt or truncated compressed data", note="the lines before the cut are processed")
        bad = bytearray(gz)
        for k in range(64):
            bad[len(bad) // 2 + k] ^= 0x5A
        c("gzip_corrupt", {"a.jsonl.gz": bytes(bad)}, "mixed", out=None, failed=None,
          reason=["corrupt or truncated compressed data", "not JSON", "no string field"],
          note="damaged lines decoded before the checksum fails are not JSON")
        c("gzip_header_only", {"a.txt.gz": gz[:10]}, "failed", failed=1, reason="corrupt or truncated")
        c("gzip_magic_only", {"a.txt.gz": b"\x1f\x8b"}, "failed", failed=1, reason="corrupt or truncated")
        zs = _zstd(body)
        c("zstd_truncated", {"a.jsonl.zst": zs[: len(zs) // 2]}, "mixed", out=None, failed=1,
          reason="corrupt or truncated compressed data")
        badz = bytearray(zs)
        for k in range(64):
            badz[len(badz) // 2 + k] ^= 0x5A
        c("zstd_corrupt", {"a.jsonl.zst": bytes(badz)}, "mixed", out=None, failed=None,
          reason=["corrupt or truncated compressed data", "not JSON", "no string field"])
        c("zstd_text_truncated", {"a.txt.zst": zs[: len(zs) // 3]}, "failed", failed=1,
          reason="corrupt or truncated")
        # Zip-bomb-like: many zeros compressed to a little.  The cap stops the
        # read, with the reason, long before it is all decompressed.
        zeros = lambda n: (b"\0" * MB for _ in range(n))  # noqa: E731
        nbomb = 1024 if self.big else 256
        c("bomb_gzip_text", {"zeros.txt.gz": lambda p: _stream_to(p, zeros(nbomb), "gz")}, "failed", failed=1,
          reason="--max-doc-bytes", args=["--max-doc-bytes", "8M"], rss_mb=120, watch_reason="larger than",
          note="%d MB of zeros in ~%d MB of gzip" % (nbomb, nbomb // 1000 + 1))
        c("bomb_zstd_text", {"zeros.txt.zst": lambda p: _stream_to(p, zeros(nbomb), "zst")}, "failed", failed=1,
          reason="--max-doc-bytes", args=["--max-doc-bytes", "8M"], rss_mb=120, watch_reason="larger than")
        c("bomb_gzip_jsonl", {"zeros.jsonl.gz": lambda p: _stream_to(p, zeros(nbomb), "gz")}, "failed",
          failed=1, reason="--max-doc-bytes", args=["--max-doc-bytes", "8M"], rss_mb=120,
          note="one line of zeros: its bytes are skipped as they are read")
        c("bomb_gzip_default_cap", {"zeros.txt.gz": lambda p: _stream_to(p, zeros(1100), "gz")}, "failed",
          failed=1, reason="--max-doc-bytes", rss_mb=1500, big=True, watch=False,
          note="1.1 GB of zeros against the default cap of 1G")
        # ---- large files (generated, --big) ----------------------------------------------
        line = (b"saring hostile corpus line with some words to count " * 20)[:1023] + b"\n"
        c("file_500mb_capped", {"big.txt": lambda p: _stream_to(p, (line * 1024 for _ in range(500)))},
          "failed", failed=1, reason="--max-doc-bytes", args=["--max-doc-bytes", "64M"], rss_mb=250, big=True,
          watch_reason="larger than", note="500 MB as one text document over a 64 MB cap")
        c("file_500mb_lines", {"big.txt": lambda p: _stream_to(p, (line * 1024 for _ in range(500)))},
          "processed", out=500 * 1024, args=["-f", "lines", "-o", "/dev/null"], rss_mb=250, big=True,
          watch=False, note="500 MB processed fully as 512,000 lines; memory stays flat")
        c("line_200mb", {"a.jsonl": lambda p: _stream_to(
            p, [b'{"text": "'] + [b"abcdefghi " * 104858 for _ in range(200)] + [b'"}\n', _jl(text="after")])},
          "mixed", out=1, failed=1, reason="--max-doc-bytes", args=["--max-doc-bytes", "16M"], rss_mb=150,
          big=True, note="a 200 MB line over a 16 MB cap; the next line is processed")
        # ---- names ----------------------------------------------------------------------
        c("name_newline", {"new\nline.txt": b"a"}, "processed", out=1)
        c("name_spaces", {"  lead and trail  .txt": b"b"}, "processed", out=1)
        c("name_invalid_utf8", {os.fsdecode(b"bad\xff\xfename.txt"): b"c"}, "processed", out=1,
          note="the id and source are written as valid JSON (bytes repaired)")
        c("name_dash", {"-rf.txt": b"d"}, "processed", out=1)
        # ---- links and permissions (made by the tests where the files must be special) ---
        c("symlink_loop", {"a.txt": b"real\n", "loop1": lambda p: os.symlink("loop2", p),
                           "loop2": lambda p: os.symlink("loop1", p)}, "mixed", out=1, failed=2,
          reason="cannot read", watch_outcome="skipped", note="run: each link of the loop fails with ELOOP")
        c("symlink_dir_loop", {"a.txt": b"real\n", "sub/up": lambda p: os.symlink("..", p)}, "processed", out=1,
          note="a link to a folder is not followed, so no loop")
        c("symlink_outside", {"a.txt": b"inside\n", "out.txt": lambda p: os.symlink("/etc/hostname", p)},
          "processed", out=2, watch_outcome="skipped",
          note="run follows links to files the user named; watch takes no link by default")
        c("symlink_dangling", {"a.txt": b"x\n", "gone.txt": lambda p: os.symlink("/nonexistent/file", p)},
          "mixed", out=1, failed=1, reason="cannot read", watch_outcome="skipped")
        c("unreadable", {"a.txt": b"ok\n", "secret.txt": b"no\n"}, "mixed", out=1, failed=1,
          reason="Permission denied", chmod0=["secret.txt"], note="read as uid 65534 when run as root")
        c("fifo", {"a.txt": b"ok\n", "pipe.txt": lambda p: os.mkfifo(p)}, "processed", out=1, watch=False,
          note="a FIFO in a folder is skipped (it could block forever)")
        c("dev_zero_capped", {}, "failed", failed=1, reason="--max-doc-bytes", args=["--max-doc-bytes", "4M"],
          watch=False, inputs=["/dev/zero"], note="an endless device named as input stops at the cap")
        return self

    def write_manifest(self):
        with open(os.path.join(self.out, "manifest.json"), "w") as f:
            json.dump(self.cases, f, indent=1)


def table(cases):
    rows = ["| case | files | `saring run` | reason | `saring watch` | note |", "|---|---|---|---|---|---|"]
    for e in cases:
        counts = []
        if e["out"] is not None:
            counts.append("%s out" % e["out"])
        if e["failed"]:
            counts.append("%s failed" % e["failed"])
        elif e["failed"] is None:
            counts.append("some failed")
        reason = e["reason"] if isinstance(e["reason"], str) else ", ".join(e["reason"] or [])
        watch = e.get("watch_outcome") or ("—" if not e["watch"] else
                                           "failed/" if e["outcome"] == "failed" else "processed/")
        rows.append("| %s | %s | %s (%s), exit %d%s | %s | %s | %s |" % (
            e["case"], ", ".join("`%r`" % os.path.basename(f) if "\n" in f or "\udcff" in f else
                                 "`%s`" % os.path.basename(f) for f in e["files"]) or "`/dev/zero`",
            e["outcome"], ", ".join(counts) or "nothing", e["exit"],
            ", " + " ".join(e["args"]) if e["args"] else "", reason or "", watch,
            ("generated, " if e["big"] else "") + e["note"]))
    return "\n".join(rows)


def main(argv):
    big = "--big" in argv
    if "--list" in argv:
        print(table(Corpus("/nonexistent", True, dry=True).build().cases))
        return 0
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    corpus = Corpus(args[0], big).build()
    corpus.write_manifest()
    print("%d cases in %s" % (len(corpus.cases), corpus.out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
