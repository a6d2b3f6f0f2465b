"""Run one command and measure its wall time and memory.

Wall time is time.perf_counter() around the whole command (start-up
included).  Peak RSS comes from two sources:

* ``rss_kb``: the kernel's own figure, ru_maxrss of the command: the
  largest peak of the process *or any of its waited-for descendants*, i.e.
  the biggest single process, never a sum.  For a single-process program
  (saring, lua5.4, py_news.py --jobs 1) it is exact.  It is read through
  GNU time (/usr/bin/time, Debian package ``time``) because a process
  forked from this Python script inherits the script's RSS high-water mark
  (~15 MB) through exec(), which would put a false floor under every figure;
  /usr/bin/time is small, so its floor is ~2 MB.  Without it we fall back to
  os.wait4() and say so (``rss_floor``).
* ``tree_kb``: the largest sum of VmRSS over the child and all its
  descendants, sampled every ``SAMPLE_S`` seconds from /proc.  It is what a
  multi-process program (py_news.py --jobs 2: a parent and two pool workers)
  costs in total.  Sampling can miss a short peak, and pages shared between
  forked processes are counted once per process, so read it as a rough figure.
"""

import os
import subprocess
import tempfile
import threading
import time

SAMPLE_S = 0.05


def _rss_and_ppid():
    """Map pid -> (ppid, VmRSS in kB) for every process we can read."""
    out = {}
    for name in os.listdir('/proc'):
        if not name.isdigit():
            continue
        try:
            with open('/proc/%s/status' % name, 'rb') as f:
                ppid = rss = 0
                for line in f:
                    if line.startswith(b'PPid:'):
                        ppid = int(line.split()[1])
                    elif line.startswith(b'VmRSS:'):
                        rss = int(line.split()[1])
                        break
            out[int(name)] = (ppid, rss)
        except (OSError, ValueError, IndexError):
            pass  # the process ended while we looked
    return out


def _tree_rss(root):
    procs = _rss_and_ppid()
    children = {}
    for pid, (ppid, _) in procs.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        if pid in procs:
            total += procs[pid][1]
        todo.extend(children.get(pid, ()))
    return total


class Result:
    """What one run of a command gave."""

    def __init__(self, wall, rss_kb, tree_kb, rc, user, sys_):
        self.wall = wall          # seconds, wall clock
        self.rss_kb = rss_kb      # ru_maxrss of the child (largest process)
        self.tree_kb = tree_kb    # sampled peak of the whole process tree
        self.rc = rc              # exit status (negative: killed by a signal)
        self.user = user          # CPU seconds in user mode (tree)
        self.sys = sys_           # CPU seconds in the kernel (tree)


GNU_TIME = '/usr/bin/time' if os.access('/usr/bin/time', os.X_OK) else None


def run(argv, stdout=None, stderr=None, env=None, cwd=None):
    """Run argv to completion and return a Result.

    stdout/stderr are file paths (None: /dev/null).  argv may be a list, or a
    string run with bash -c (for a pipeline such as the cat I/O floor).
    """
    if isinstance(argv, str):
        argv = ['bash', '-c', argv]
    rss_file = None
    if GNU_TIME:
        fd, rss_file = tempfile.mkstemp(prefix='bench-rss-')
        os.close(fd)
        argv = [GNU_TIME, '-f', '%M', '-o', rss_file] + list(argv)
    out = open(stdout or os.devnull, 'wb')
    err = open(stderr or os.devnull, 'wb')
    try:
        peak = [0]
        done = threading.Event()
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env,
                                cwd=cwd, stdin=subprocess.DEVNULL)

        def sample():
            while not done.wait(SAMPLE_S):
                peak[0] = max(peak[0], _tree_rss(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss = ru.ru_maxrss
        if rss_file:
            try:
                with open(rss_file) as f:
                    # GNU time writes "Command exited with non-zero status
                    # N" before the figure when the command fails.
                    rss = int(f.read().split()[-1])
            except (OSError, ValueError, IndexError):
                pass
        return Result(wall, rss, max(peak[0], rss), proc.returncode,
                      ru.ru_utime, ru.ru_stime)
    finally:
        out.close()
        err.close()
        if rss_file:
            os.unlink(rss_file)
