"""The plugin API end to end.

- plugins built for another API version, or for a larger host table, are
  refused with a message naming the plugin, its version and ours;
- the template plugin's stage, Lua helper, source and sink all run, an error
  from a plugin stage fails only that document, and the source's documents
  are acknowledged after the sink committed them;
- the template plugin's calls into Lua's C API bind to the one Lua the
  binary runs (the binary's own copy when it links Lua statically, else the
  shared liblua), never to a second copy;
- the template builds out of tree against the installed header and
  pkg-config file (cmake --install, then cc with pkg-config) and loads;
- gazetteer tags a generated list of 200,000 names with spans and ids;
- the sqlite sink writes normalized tables and FTS5, checked with the sqlite3
  CLI, and a re-run leaves one row per document."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

SARING = os.environ.get("SARING", "build/saring")
SRC = os.environ.get("SARING_SOURCE_DIR", os.getcwd())
BUILD = os.environ.get("SARING_BUILD_DIR", os.path.dirname(os.path.abspath(SARING)))
CC = shutil.which("cc") or shutil.which("gcc")


def run(*args, **kw):
    return subprocess.run([SARING, *args], capture_output=True, text=True, **kw)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def cc(out, src, *extra):
    r = subprocess.run([CC, "-shared", "-fPIC", "-O1", "-o", out, src, *extra], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return out


BAD = r'''
#include <saring/plugin.h>
#include <string.h>
SR_PLUGIN_EXPORT const sr_plugin_info saring_plugin_info = {API, SIZE, "NAME", "9.9.9", "a bad plugin"};
int saring_plugin_init(const sr_host_api *host, sr_plugin *self) { (void)host; (void)self; return 0; }
'''


def test_refused(tmp):
    inc = os.path.join(SRC, "core", "include")
    d = os.path.join(tmp, "bad")
    os.makedirs(d)
    cases = [("badapi", "SR_PLUGIN_API_VERSION + 1", "sizeof(sr_host_api)", "plugin API 2"),
             ("badsize", "SR_PLUGIN_API_VERSION", "sizeof(sr_host_api) + 64", "host table of")]
    for name, api, size, expect in cases:
        src = write(os.path.join(tmp, name + ".c"), BAD.replace("API", api).replace("SIZE", size).replace("NAME", name))
        cc(os.path.join(d, name + ".so"), src, "-I", inc)
        r = run("run", "--plugin-path", d, "--plugin", name, os.path.join(tmp, "x.lua"), "-")
        assert r.returncode == 2, (r.returncode, r.stderr)
        for part in (f"plugin {name} 9.9.9", expect, "this saring", "plugin API 1", "rebuild"):
            assert part in r.stderr, (part, r.stderr)
        # From a script too.
        script = write(os.path.join(tmp, name + ".lua"),
                       f'local saring = require "saring"\nlocal p = saring.plugin("{name}")\n'
                       'return saring.pipeline { function(d) return d end }\n')
        r = run("run", "--plugin-path", d, script, "-", input="")
        assert r.returncode == 2 and f"plugin {name} 9.9.9" in r.stderr, r.stderr
    r = run("plugins", "--plugin-path", d)
    assert r.returncode == 0 and r.stdout.count("refused") == 2, r.stdout
    r = run("run", "--plugin", "nosuchplugin", "x.lua", "-")
    assert r.returncode == 2 and "plugin 'nosuchplugin' not found" in r.stderr, r.stderr
    print("ok: mismatched plugins refused")


def test_template(tmp, plugin_args):
    script = write(os.path.join(tmp, "t.lua"), '''
local saring = require "saring"
local t = saring.plugin("template", {word = "saring", fail_on = "BOOM"})
local helper = require "plugin.template"
assert(t.name == "template" and t.version == "1.0.0")
assert(helper.count("a saring b saring", "saring") == 2)
return saring.pipeline {
  t.stage,
  function(doc) doc.meta.counted = helper.count(doc, "saring"); return doc end,
}
''')
    inp = write(os.path.join(tmp, "in.jsonl"),
                '{"id":"a","text":"saring, saring"}\n{"id":"b","text":"BOOM saring"}\n{"id":"c","text":"none"}\n')
    out = os.path.join(tmp, "t.jsonl")
    r = run("run", *plugin_args, script, inp, "-o", out)
    assert r.returncode == 1, (r.returncode, r.stderr)  # one document failed
    recs = [json.loads(l) for l in open(out)]
    assert [x["id"] for x in recs] == ["a", "c"], recs
    assert recs[0]["marks"] == 2 and recs[0]["counted"] == 2
    assert recs[0]["tags"] == [{"start": 0, "end": 6, "type": "mark", "value": "saring"},
                               {"start": 8, "end": 14, "type": "mark", "value": "saring"}], recs[0]
    failed = [json.loads(l) for l in open(os.path.join(tmp, "t.failed.jsonl"))]
    assert len(failed) == 1 and failed[0]["id"] == "b" and failed[0]["stage"] == "template.mark", failed
    assert "BOOM" in failed[0]["error"]
    assert "template.marks=2" in r.stderr, r.stderr
    # Source and sink: 2,000 documents, acknowledged after the sink commits.
    sink, acks = os.path.join(tmp, "sink.jsonl"), os.path.join(tmp, "acks")
    r = run("run", *plugin_args, script, "-q", "-w", "2", "--source", f"template:n=2000,ack_file={acks}",
            "--sink", f"template:path={sink}")
    assert r.returncode == 0, r.stderr
    recs = [json.loads(l) for l in open(sink)]
    assert [x["id"] for x in recs] == [f"doc-{i}" for i in range(1, 2001)]
    assert recs[0]["origin"] == "template" and recs[0]["counted"] == 1 and recs[0]["source"] == "template:count"
    assert open(acks).read().strip() == "2000"
    # --source and an INPUT together are a usage error.
    r = run("run", *plugin_args, script, inp, "--source", "template")
    assert r.returncode == 2 and "--source replaces" in r.stderr
    r = run("run", *plugin_args, script, "--source", "template:n=-1")
    assert r.returncode == 2 and "n must be" in r.stderr, r.stderr
    print("ok: template stage, helper, source and sink")


def test_one_lua(tmp, plugin_args):
    """With a static Lua in the binary and the plugin linked to the shared
    liblua5.4, a second copy of Lua is loaded beside it: the plugin's lua_*
    calls must still bind to the binary's copy (core/lua-api.exports)."""
    script = write(os.path.join(tmp, "one.lua"),
                   'local saring = require "saring"\n'
                   'saring.plugin("template", {word = "x"})\n'
                   'local helper = require "plugin.template"\n'
                   'return saring.pipeline { function(doc) doc.meta.n = helper.count(doc, "x"); return doc end }\n')
    inp = write(os.path.join(tmp, "one.jsonl"), '{"id":"a","text":"x y x"}\n')
    env = dict(os.environ, LD_DEBUG="bindings", LD_DEBUG_OUTPUT=os.path.join(tmp, "ld"))
    r = run("run", *plugin_args, script, inp, "-o", "-", "-q", "-w", "1", env=env)
    assert r.returncode == 0 and json.loads(r.stdout)["n"] == 2, (r.returncode, r.stdout, r.stderr)
    log = "".join(open(os.path.join(tmp, f)).read() for f in os.listdir(tmp) if f.startswith("ld."))
    targets = set()
    for line in log.splitlines():
        if " to " in line and "template.so" in line.split(" to ")[0] and "symbol `lua" in line:
            targets.add(os.path.basename(line.split(" to ")[1].split(" [")[0]))
    # Static when the binary does not need the shared liblua at all.
    needed = subprocess.run(["readelf", "-d", SARING], capture_output=True, text=True).stdout
    static = "liblua5.4" not in needed
    if static:
        want = {os.path.basename(SARING)}
    else:
        want = {t for t in targets if t.startswith("liblua5.4")}
    assert targets and targets == want, (static, targets)
    print("ok: the plugin's Lua calls bind to %s" % ", ".join(sorted(targets)))


def test_out_of_tree(tmp):
    prefix = os.path.join(tmp, "prefix")
    r = subprocess.run(["cmake", "--install", BUILD, "--prefix", prefix], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    pcdirs = [os.path.join(root) for root, _, files in os.walk(prefix) if "saring.pc" in files]
    assert pcdirs, "saring.pc was not installed"
    env = dict(os.environ, PKG_CONFIG_PATH=pcdirs[0])
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "saring"], env=env, capture_output=True, text=True)
    assert flags.returncode == 0, flags.stderr
    assert os.path.isfile(os.path.join(prefix, "include", "saring", "plugin.h"))
    work = os.path.join(tmp, "mine")
    shutil.copytree(os.path.join(SRC, "plugins", "template"), work)
    so = os.path.join(work, "template.so")
    # The documented command line, with the compiler's default language
    # mode: a function the C library declares only on request (memmem) must
    # not be called undeclared, which truncates the pointer it returns.
    cc(so, os.path.join(work, "template.c"), "-Werror=implicit-function-declaration", *flags.stdout.split())
    r = run("plugins", "--plugin", so)
    assert r.returncode == 0 and "template     1.0.0" in r.stdout and so in r.stdout, r.stdout + r.stderr
    # The plugin built out of tree behaves as the one built in the tree.
    os.makedirs(os.path.join(tmp, "oot"), exist_ok=True)
    test_template(os.path.join(tmp, "oot"), ["--plugin-path", work])
    # And with cmake, the template's own CMakeLists.txt.
    if shutil.which("cmake"):
        b = os.path.join(tmp, "mine-build")
        r = subprocess.run(["cmake", "-S", work, "-B", b], env=env, capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr
        r = subprocess.run(["cmake", "--build", b], env=env, capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr
        assert os.path.isfile(os.path.join(b, "template.so"))
    print("ok: the template builds out of tree against the installed header")
    return so


def test_gazetteer_sqlite(tmp, plugin_args):
    import random
    rnd = random.Random(7)
    syll = ["ka", "ri", "mu", "to", "sa", "ne", "lo", "ba", "di", "ja", "wi", "ro", "ha", "su", "pe", "gu"]
    tsv = os.path.join(tmp, "names.tsv")
    names = set()
    with open(tsv, "w", encoding="utf-8") as f:
        f.write("# name\ttype\tid\n")
        f.write("Joko Widodo\tPER\tQ3318\nJoko\tPER\tjoko\nSão Paulo\tLOC\tQ174\nBank Indonesia\tORG\tQ806154\n")
        while len(names) < 200000:
            n = " ".join("".join(rnd.choice(syll) for _ in range(rnd.randint(2, 4))).capitalize()
                         for _ in range(rnd.randint(1, 3)))
            names.add(n)
        for i, n in enumerate(sorted(names)):
            f.write(f"{n}\t{'PER' if i % 3 else 'ORG'}\tE{i}\n")
    script = write(os.path.join(tmp, "g.lua"), f'''
local saring = require "saring"
local g = saring.plugin("gazetteer", {{file = "{tsv}", count = true}})
local m = g.load("{tsv}")
assert(m:size() >= 200004, m:size())
local ty, id = m:lookup("joko  WIDODO"); assert(ty == "PER" and id == "Q3318")
local f = m:find("ke sao paulo")
assert(#f == 1 and f[1].start == 4 and f[1].stop == 12 and f[1].id == "Q174")
return saring.pipeline {{ g.stage }}
''')
    inp = write(os.path.join(tmp, "g.jsonl"),
                json.dumps({"id": "n1", "text": "Presiden JOKO WIDODO ke São Paulo. Bank Indonesia; Jokowi.", "site": "x"},
                           ensure_ascii=False) + "\n" +
                json.dumps({"id": "n2", "text": "Nothing here at all."}) + "\n")
    out = os.path.join(tmp, "g.out.jsonl")
    db = os.path.join(tmp, "g.db")
    for _ in range(2):  # the second run must leave the database as it was
        r = run("run", *plugin_args, script, inp, "-o", out, "--sink", f"sqlite:db={db}", "-q")
        assert r.returncode == 0, r.stderr
    recs = [json.loads(l) for l in open(out, encoding="utf-8")]
    text = recs[0]["text"].encode()
    tags = [(text[t["start"]:t["end"]].decode(), t["type"], t["value"]) for t in recs[0]["tags"]]
    assert tags == [("JOKO WIDODO", "PER", "Q3318"), ("São Paulo", "LOC", "Q174"),
                    ("Bank Indonesia", "ORG", "Q806154")], tags
    assert recs[0]["gazetteer_matches"] == 3 and "tags" not in recs[1]
    if not shutil.which("sqlite3"):
        print("sqlite3 CLI missing: database not checked")
        return

    def q(sql):
        r = subprocess.run(["sqlite3", db, sql], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        return r.stdout.strip()

    assert q("SELECT count(*) FROM documents") == "2"
    assert q("SELECT source FROM documents WHERE id='n1'") == inp
    assert q("SELECT value FROM doc_meta d JOIN documents ON d.doc = documents.rowid WHERE id='n1' AND key='site'") == "x"
    assert q("SELECT count(*) FROM tags") == "3"
    assert q("SELECT group_concat(e.type || ':' || e.value, ' ') FROM tags t JOIN entities e USING(entity) "
             "ORDER BY t.start") == "PER:Q3318 LOC:Q174 ORG:Q806154"
    assert q("SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid "
             "WHERE documents_fts MATCH 'paulo'") == "n1"
    assert q("PRAGMA integrity_check") == "ok"
    print("ok: gazetteer tags and the sqlite database")


def main():
    if not CC:
        print("SKIP: no C compiler")
        sys.exit(77)
    tmp = tempfile.mkdtemp(prefix="saring-plugins-")
    try:
        write(os.path.join(tmp, "x.lua"), 'return require("saring").pipeline { function(d) return d end }\n')
        test_refused(tmp)
        plugin_args = []
        test_template(tmp, plugin_args)
        test_one_lua(tmp, plugin_args)
        test_out_of_tree(tmp)
        test_gazetteer_sqlite(tmp, plugin_args)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
