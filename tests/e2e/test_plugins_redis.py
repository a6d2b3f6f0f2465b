"""The redis plugin end to end: two saring consumers share one stream of
5,000 documents through a consumer group; one is killed with SIGKILL halfway;
the survivor claims the dead one's pending entries (XAUTOCLAIM) and every
document appears exactly once in the output stream.

Starts its own redis-server on 127.0.0.1 and a free port, in a temporary
folder, with persistence off; never touches a system service.  Skips (77)
when redis-server or the plugin is missing."""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

SARING = os.environ.get("SARING", "build/saring")
N = 5000


def skip(why):
    print("SKIP:", why)
    sys.exit(77)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Redis:
    def __init__(self, tmp):
        self.port = free_port()
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", tmp, "--daemonize", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if self.cli("PING").strip() == "PONG":
                return
            time.sleep(0.05)
        raise SystemExit("redis-server did not start")

    def cli(self, *args):
        r = subprocess.run(["redis-cli", "-h", "127.0.0.1", "-p", str(self.port), "--raw", *args],
                           capture_output=True, text=True)
        return r.stdout

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


def main():
    if not shutil.which("redis-server") or not shutil.which("redis-cli"):
        skip("redis-server is not installed")
    probe = subprocess.run([SARING, "plugins"], capture_output=True, text=True)
    if "redis " not in probe.stdout:
        skip("the redis plugin was not built (libhiredis-dev)")
    tmp = tempfile.mkdtemp(prefix="saring-redis-")
    redis = Redis(tmp)
    procs = []
    try:
        port = redis.port
        docs = os.path.join(tmp, "docs.jsonl")
        with open(docs, "w") as f:
            for i in range(N):
                f.write(json.dumps({"id": f"d{i:05d}", "text": f"Document number {i} for the stream test.",
                                    "n": i}) + "\n")
        with open(os.path.join(tmp, "pass.lua"), "w") as f:
            f.write('local saring = require "saring"\nreturn saring.pipeline { function(d) return d end }\n')
        # A stage slow enough (about 1 ms a document) that the kill lands mid-stream.
        with open(os.path.join(tmp, "slow.lua"), "w") as f:
            f.write('local saring = require "saring"\n'
                    'return saring.pipeline { function(d)\n'
                    '  local x = 0; for i = 1, 150000 do x = x + i end\n'
                    '  d.meta.worked = saring.options.name; return d end }\n')
        # Load the input stream with the sink itself (no dedupe).
        r = subprocess.run([SARING, "run", os.path.join(tmp, "pass.lua"), docs, "-q",
                            "--sink", f"redis:port={port},stream=in,dedupe="], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        assert redis.cli("XLEN", "in").strip() == str(N), redis.cli("XLEN", "in")

        def consumer(name):
            # Only the survivor ends when the stream is drained; a victim
            # never leaves on its own, so it is still there to be killed
            # however long a loaded machine keeps this script from looking.
            idle = 3 if name == "B" else 0
            src = (f"redis:port={port},stream=in,group=g,consumer={name},count=32,block=200,"
                   f"claim_idle=1500,exit_idle={idle}")
            # A small in-flight window: a consumer reads ahead no more than 64
            # entries, so the stream still holds undelivered entries when the
            # victim is stopped (with the default 4,096 the survivor could
            # take the whole rest of the stream at once and leave the victim
            # with nothing pending, ever).
            return subprocess.Popen([SARING, "run", os.path.join(tmp, "slow.lua"), "-w", "1", "--batch", "8",
                                     "--max-inflight", "64",
                                     "-s", f"name={name}", "--source", src,
                                     "--sink", f"redis:port={port},stream=out"] + (["-q"] if name != "B" else []),
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        def out_len():
            return int(redis.cli("XLEN", "out").strip() or 0)

        def pending_of(name):
            rows = redis.cli("XPENDING", "in", "g", "-", "+", "100000", name).split("\n")
            return len([x for x in rows if x.strip() == name])

        def stopped(proc):
            assert proc.poll() is None, "the victim ended early:\n" + proc.stderr.read()
            with open(f"/proc/{proc.pid}/stat") as f:
                return f.read().rsplit(")", 1)[1].split()[0] == "T"

        def connected(name):
            return f"name=saring-{name} " in redis.cli("CLIENT", "LIST")

        b = consumer("B")
        procs = [b]
        deadline = time.time() + 120
        # Kill a consumer that holds entries it has not acknowledged: that
        # is what the survivor must claim.  What counts is the pending list
        # once the dead consumer's connection is gone, since an XACK it sent
        # just before the kill is still applied by Redis.  If that leaves it
        # nothing pending (a loaded machine can acknowledge everything at the
        # wrong instant), start another consumer and try again.
        pending_a, victim, progress = 0, None, N // 2
        for attempt in range(5):
            victim = "A" if attempt == 0 else f"A{attempt}"
            a = consumer(victim)
            procs.append(a)
            while out_len() < progress:
                assert time.time() < deadline, "no progress"
                assert a.poll() is None and b.poll() is None, "a consumer ended early"
                time.sleep(0.02)
            while True:
                assert time.time() < deadline, f"{victim} never held a pending entry"
                a.send_signal(signal.SIGSTOP)
                while not stopped(a):
                    assert time.time() < deadline, f"{victim} did not stop"
                    time.sleep(0.001)
                if pending_of(victim) > 0:
                    break
                a.send_signal(signal.SIGCONT)
                time.sleep(0.05)
            a.send_signal(signal.SIGKILL)
            a.wait()
            while connected(victim):
                assert time.time() < deadline, f"redis kept {victim}'s connection"
                time.sleep(0.01)
            pending_a = pending_of(victim)
            print(f"killed {victim} with {out_len()} documents out, {pending_a} pending for it")
            if pending_a > 0:
                break
            progress = min(N - 200, out_len() + 200)
        try:
            _, err_b = b.communicate(timeout=180)
        except subprocess.TimeoutExpired:
            b.kill()
            raise SystemExit("the survivor did not finish")
        assert b.returncode == 0, err_b
        debug = redis.cli("XINFO", "CONSUMERS", "in", "g") + redis.cli("XINFO", "GROUPS", "in")
        out = redis.cli("XRANGE", "out", "-", "+").split("\n")
        # --raw prints each entry as: entry id, "id", doc id, "doc", record.
        ids, workers = [], {}
        for i, line in enumerate(out):
            if line == "doc" and i + 1 < len(out):
                rec = json.loads(out[i + 1])
                ids.append(rec["id"])
                workers[rec["worked"]] = workers.get(rec["worked"], 0) + 1
        assert len(ids) == N, f"{len(ids)} documents in the output, expected {N}"
        assert len(set(ids)) == N, f"{N - len(set(ids))} duplicates"
        assert set(ids) == {f"d{i:05d}" for i in range(N)}
        pending = redis.cli("XPENDING", "in", "g").split("\n")[0].strip()
        assert pending == "0", f"{pending} entries still pending"
        assert pending_a > 0, "no killed consumer had anything in flight: the test proved nothing"
        assert "claimed" in err_b, "the survivor claimed nothing:\n" + err_b + "\n" + debug
        print(f"ok: {N} documents exactly once; by worker {workers}; {victim} left {pending_a} pending, B claimed them")
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
        redis.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
