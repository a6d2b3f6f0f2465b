#!/usr/bin/env python3
"""Soak test of `saring watch`: the daemon runs for --minutes (default 10)
while files are dropped at a steady rate (--rate files per second), about one
in ten of them hostile (invalid UTF-8, binary, truncated gzip, a compressed
bomb over --max-doc-bytes, a broken JSONL line, an empty file, a symlink).

Checks, printed as figures and turned into the exit code:
  * RSS drift under 10%: the median RSS of the last fifth of the run against
    the median of the second fifth (the first fifth is warm-up);
  * zero lost documents: every good document dropped is in documents.jsonl
    exactly once, every file reaches a final state in the journal, nothing
    is left in the watched folder but the symlinks (never taken);
  * the daemon is alive at the end and stops cleanly on SIGTERM.

Not part of ctest: `make soak` (SOAK_MINUTES=N) or run by hand.
"""
import argparse
import gzip
import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = ('local saring = require "saring"\n'
          'local text = require "saring.text"\n'
          'return saring.pipeline { function(doc)\n'
          '  doc.meta.words = text.count_words(doc)\n'
          '  if doc.text:find("ERRORME") then error("asked to fail") end\n'
          '  return doc\n'
          'end }\n')


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--saring", default=os.path.join(ROOT, "build", "saring"))
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--rate", type=float, default=20, help="files per second")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    a = ap.parse_args()

    work = tempfile.mkdtemp(prefix="saring-soak-")
    inp, state, out = (os.path.join(work, d) for d in ("in", "state", "out"))
    os.makedirs(inp)
    script = os.path.join(work, "soak.lua")
    with open(script, "w") as f:
        f.write(SCRIPT)
    log = open(os.path.join(work, "watch.log"), "wb")
    d = subprocess.Popen([a.saring, "watch", script, inp, "--state", state, "--out", out, "--settle", "300",
                          "--max-doc-bytes", str(4 << 20), "--after", "delete", "-w", "2"],
                         stderr=log, stdout=subprocess.DEVNULL)
    rng = random.Random(1)
    expected = set()      # ids of good documents
    dropped_files = []
    samples = []          # (t, rss kB)
    t0 = time.monotonic()
    end = t0 + a.minutes * 60
    n = 0
    next_sample = t0
    try:
        while time.monotonic() < end:
            if d.poll() is not None:
                raise SystemExit("FAIL: the daemon exited (%s); see %s" % (d.returncode, work))
            n += 1
            kind = rng.random()
            name = "f%07d" % n
            tmp = os.path.join(inp, "." + name + ".tmp")
            if kind < 0.90:
                # Good JSONL: 1-20 documents.
                name += ".jsonl"
                docs = []
                for k in range(rng.randint(1, 20)):
                    i = "%s-%d" % (name, k)
                    expected.add(i)
                    docs.append(json.dumps({"id": i, "text": "kata %d " % k * rng.randint(1, 200)}))
                data = ("\n".join(docs) + "\n").encode()
            elif kind < 0.92:
                name += ".txt"
                data = b"bad \xff\xfe utf8 \xed\xa0\x80 " + name.encode()  # unique: not a duplicate
                expected.add(name[:-4])
            elif kind < 0.93:
                name += ".bin"
                data = os.urandom(rng.randint(1, 65536))
                expected.add(name[:-4])
            elif kind < 0.94:
                name += ".jsonl.gz"
                data = gzip.compress(b'{"text": "x"}\n' * 5000)[:300]
            elif kind < 0.95:
                name += ".txt.gz"
                data = gzip.compress(b"\0" * (16 << 20), 1)
            elif kind < 0.97:
                name += ".jsonl"
                i = name + "-ok"
                expected.add(i)
                data = b'{"text": "broken\n' + json.dumps({"id": i, "text": "fine"}).encode() + b"\n" + \
                    json.dumps({"id": name + "-err", "text": "ERRORME"}).encode() + b"\n"
            elif kind < 0.98:
                name += ".txt"
                data = b""  # the same content each time: later ones are duplicates
            else:
                os.symlink("/etc/hostname", os.path.join(inp, name + ".link"))
                continue
            with open(tmp, "wb") as f:
                f.write(data)
            os.rename(tmp, os.path.join(inp, name))
            dropped_files.append(name)
            now = time.monotonic()
            if now >= next_sample:
                samples.append((now - t0, rss_kb(d.pid)))
                next_sample = now + 1
            time.sleep(max(0.0, 1.0 / a.rate))
        # Let the last files settle and commit.
        db = os.path.join(state, "journal.db")
        deadline = time.monotonic() + 120
        final = 0
        while time.monotonic() < deadline:
            try:
                with sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=5) as c:
                    final = c.execute("SELECT count(*) FROM files WHERE state IN "
                                      "('committed','failed','duplicate')").fetchone()[0]
            except sqlite3.Error:
                pass
            if final >= len(dropped_files):
                break
            time.sleep(0.5)
        alive = d.poll() is None
        d.send_signal(signal.SIGTERM)
        rc = d.wait(120)
    finally:
        if d.poll() is None:
            d.kill()
            d.wait()
        log.close()

    ids = []
    with open(os.path.join(out, "documents.jsonl"), "rb") as f:
        for line in f:
            ids.append(json.loads(line)["id"])
    got = set(ids)
    lost = expected - got
    dup = len(ids) - len(got)
    left = [x for x in os.listdir(inp) if not x.endswith(".link") and x not in ("failed", "processed")
            and not x.startswith(".")]
    rss = [r for _, r in samples]
    k = max(1, len(rss) // 5)
    base = statistics.median(rss[k:2 * k]) if len(rss) >= 5 else rss[0]
    last = statistics.median(rss[-k:])
    drift = (last - base) / base * 100 if base else 0.0
    print("soak: %.1f min, %d files dropped (%d final in the journal), %d good documents expected, "
          "%d written, %d lost, %d duplicated, %d left in in/" % (
              a.minutes, len(dropped_files), final, len(expected), len(ids), len(lost), dup, len(left)))
    print("soak: RSS %.1f MB after warm-up, %.1f MB at the end, drift %+.1f%%, peak %.1f MB" % (
        base / 1024, last / 1024, drift, max(rss) / 1024))
    ok = alive and rc == 0 and not lost and not dup and not left and final >= len(dropped_files) and drift < 10
    if not ok:
        print("soak: FAILED (alive=%s exit=%s lost e.g. %s left e.g. %s); work folder kept: %s" % (
            alive, rc, sorted(lost)[:5], left[:5], work))
        return 1
    if not a.keep:
        shutil.rmtree(work, True)
    print("soak: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
