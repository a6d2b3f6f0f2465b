#!/usr/bin/env python3
"""Generate tests/quality/pages/*.txt and tests/quality/gold/*.json from the
authored sources in tests/quality/tools/src/*.page.

    python3 tests/quality/tools/build.py            # (re)write pages/ and gold/
    python3 tests/quality/tools/build.py --check    # fail if they are out of date
    python3 tests/quality/tools/build.py --audit    # list words and numbers to review
    python3 tests/quality/tools/build.py --set tests/quality/unseen   # another set

--set DIR works on a set laid out as DIR/src/*.page, DIR/pages, DIR/gold
(default: tools/src with pages/ and gold/ in tests/quality).

A source file is a header of "key: value" lines, a line "---", then the page.
Every page line starts with a two-character marker:

    "C " the line is content (body paragraph, subheading, list item)
    ". " the line is not content (headline, byline, boilerplate ...)

and an empty source line is an empty page line.  Inside page lines, {NBSP},
{ZWSP} and {BOM} stand for U+00A0, U+200B and U+FEFF, and {TAB} for a tab,
so the noise stays visible in the source.

Header keys: lang, title, published (YYYY-MM-DD or null), authors, site,
person, location, organization (lists separated by " ; "), quantity (one
per line: "<text> = <value>", repeatable, reading order), notes, options
("crlf" writes CRLF line ends; "no-final-newline").

The gold line numbers follow /work/shared/seeds/README.md: split the page
on "\\n", strip one trailing "\\r", number from 1; lines empty after removing
whitespace, NBSP and zero-width characters are never content.  The build
refuses sources that break the labelling rules it can check mechanically:
empty content lines, a title that is not a line of the page, entity forms or
quantity texts that do not occur in the content lines, quantities out of
reading order, and case-insensitive duplicate entity forms.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
ROOT = os.path.dirname(HERE)
PAGES = os.path.join(ROOT, "pages")
GOLD = os.path.join(ROOT, "gold")

ESCAPES = {"{NBSP}": "\u00a0", "{ZWSP}": "\u200b", "{BOM}": "\ufeff", "{TAB}": "\t"}
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
LIST_KEYS = ("authors", "person", "location", "organization")


def norm(s):
    """The scorer's normalisation: NFC, no zero-width, NBSP -> space, one space."""
    s = unicodedata.normalize("NFC", s).translate(ZERO_WIDTH).replace("\u00a0", " ")
    return " ".join(s.split())


def fold(s):
    return norm(s).casefold()


class SourceError(Exception):
    pass


def unescape(s):
    for k, v in ESCAPES.items():
        s = s.replace(k, v)
    return s


def parse(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise SourceError(f"{path}: no '---' line between header and page")
    meta = {"quantity": []}
    for n, line in enumerate(head.split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, colon, value = line.partition(":")
        if not colon:
            raise SourceError(f"{path}:{n}: expected 'key: value'")
        key, value = key.strip(), value.strip()
        if key == "quantity":
            text, eq, num = value.rpartition(" = ")
            if not eq:
                raise SourceError(f"{path}:{n}: quantity needs '<text> = <value>'")
            num = float(num)
            meta["quantity"].append({"text": text.strip(), "value": int(num) if num.is_integer() else num})
        elif key in LIST_KEYS:
            meta[key] = [v.strip() for v in value.split(" ; ") if v.strip()]
        elif key == "published":
            meta[key] = None if value == "null" else value
        else:
            meta[key] = value
    lines, content = [], []
    src_lines = body.split("\n")
    if src_lines and src_lines[-1] == "":
        src_lines.pop()  # the source file's own final newline
    for n, line in enumerate(src_lines, 1):
        if line == "":
            lines.append("")
            continue
        mark, text = line[:2], unescape(line[2:])
        if mark not in ("C ", ". "):
            raise SourceError(f"{path}: page line {n}: marker must be 'C ' or '. ', got {line[:2]!r}")
        lines.append(text)
        if mark == "C ":
            content.append(n)
    return meta, lines, content


def word_re(form):
    """The form as a whole word (not inside a longer word), case-insensitive."""
    return re.compile(r"(?<!\w)" + re.escape(fold(form)) + r"(?!\w)")


def validate(name, meta, lines, content):
    errs = []
    for key in ("lang", "title", "published", "site"):
        if key not in meta:
            errs.append(f"missing header key {key}")
    if meta.get("published") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
        errs.append(f"published {meta['published']!r} is not YYYY-MM-DD")
    for n in content:
        if not norm(lines[n - 1]):
            errs.append(f"content line {n} is empty")
    text = "\n".join(fold(lines[n - 1]) for n in content)
    others = {fold(l) for i, l in enumerate(lines, 1) if i not in set(content)}
    if fold(meta.get("title", "")) not in others:
        errs.append("title is not a (non-content) line of the page")
    for kind in ("person", "location", "organization"):
        seen = set()
        for form in meta.get(kind, []):
            if fold(form) in seen:
                errs.append(f"{kind} {form!r} listed twice")
            seen.add(fold(form))
            if not word_re(form).search(text):
                errs.append(f"{kind} {form!r} does not occur in the content lines")
    # A form is listed only if it occurs on its own somewhere, not just
    # inside a longer listed form ("Kajang" inside "balai bomba Kajang" is
    # fine, "Malaysia" only inside "Jabatan Perangkaan Malaysia" is not).
    forms = [f for k in ("person", "location", "organization") for f in meta.get(k, [])]
    for form in forms:
        longer = [f for f in forms if len(fold(f)) > len(fold(form)) and fold(form) in fold(f)]
        spans = [m.span() for f in longer for m in word_re(f).finditer(text)]
        alone = [m for m in word_re(form).finditer(text)
                 if not any(a <= m.start() and m.end() <= b for a, b in spans)]
        if word_re(form).search(text) and not alone:
            errs.append(f"{form!r} occurs only inside a longer listed form ({', '.join(longer)})")
    pos = 0
    for q in meta["quantity"]:
        m = re.compile(re.escape(fold(q["text"]))).search(text, pos)
        if not m:
            where = "anywhere in" if not re.search(re.escape(fold(q["text"])), text) else "after the previous quantity in"
            errs.append(f"quantity {q['text']!r} not found {where} the content lines")
            continue
        pos = m.start() + 1
    if errs:
        raise SourceError(f"{name}:\n  " + "\n  ".join(errs))


def render(meta, lines):
    eol = "\r\n" if "crlf" in meta.get("options", "") else "\n"
    page = eol.join(lines)
    if "no-final-newline" not in meta.get("options", ""):
        page += eol
    return page


CONVENTION = (
    "Conventions (whole set, see tests/quality/README.md): content = body paragraphs, in-article subheadings "
    "and list items, dateline included; entities = distinct surface forms in the content lines, titles dropped, "
    "dateline place/outlet included, places used for governments are locations, a place nested in an "
    "organisation name is listed only if it also stands alone, laws/events/programmes/products not tagged; "
    "quantities = digit-written counts, money, percentages and measures in reading order, with dates, years, "
    "times, durations, ages, ranks and identifiers excluded.")


def resolve_notes(notes, lines):
    """Replace {line:PREFIX} with the number of the first page line that
    starts with PREFIX, so notes can cite lines without going stale."""
    def sub(m):
        for i, l in enumerate(lines, 1):
            if norm(l).startswith(m.group(1)):
                return str(i)
        raise SourceError(f"notes cite a line starting with {m.group(1)!r} that does not exist")
    return re.sub(r"\{line:([^}]*)\}", sub, notes)


def gold_of(name, meta, content, lines):
    notes = resolve_notes(meta.get("notes", ""), lines)
    g = {
        "file": name + ".txt",
        "lang": meta["lang"],
        "title": meta["title"],
        "published": meta["published"],
        "authors": meta.get("authors", []),
        "site": meta["site"],
        "content_lines": content,
        "entities": {k: meta.get(k, []) for k in ("person", "location", "organization")},
        "quantities": meta["quantity"],
        "notes": (notes + " " + CONVENTION).strip(),
    }
    return dump_gold(g)


def dump_gold(g):
    """JSON laid out like the seed gold files: one field per line, lists
    inline, one quantity per line."""
    def j(v):
        return json.dumps(v, ensure_ascii=False)
    rows = []
    for k, v in g.items():
        if k == "entities":
            inner = ",\n".join(f"    {j(t)}: {j(forms)}" for t, forms in v.items())
            rows.append(f'  "entities": {{\n{inner}\n  }}')
        elif k == "quantities" and v:
            inner = ",\n".join(f"    {j(q)}" for q in v)
            rows.append(f'  "quantities": [\n{inner}\n  ]')
        else:
            rows.append(f"  {j(k)}: {j(v)}")
    text = "{\n" + ",\n".join(rows) + "\n}\n"
    assert json.loads(text) == g
    return text


def set_dirs(set_dir=None):
    """(source folder, root holding pages/ and gold/) of a set: the default
    set keeps its sources in tools/src, another set DIR in DIR/src."""
    if set_dir is None:
        return SRC, ROOT
    return os.path.join(set_dir, "src"), set_dir


def build_all(src=SRC):
    """{relative path: text} for every generated file."""
    out = {}
    for fname in sorted(os.listdir(src)):
        if not fname.endswith(".page"):
            continue
        name = fname[: -len(".page")]
        meta, lines, content = parse(os.path.join(src, fname))
        validate(name, meta, lines, content)
        page = render(meta, lines)
        # The numbering must survive the reader's own split: check it here.
        reread = [l[:-1] if l.endswith("\r") else l for l in page.split("\n")]
        assert reread[: len(lines)] == lines, name
        out[os.path.join("pages", name + ".txt")] = page
        out[os.path.join("gold", name + ".json")] = gold_of(name, meta, content, lines)
    return out


def audit(src=SRC):
    """Print, per page, the capitalised words no entity covers and the
    digit-bearing tokens no quantity covers, for a human to review."""
    for fname in sorted(os.listdir(src)):
        if not fname.endswith(".page"):
            continue
        meta, lines, content = parse(os.path.join(src, fname))
        print(f"== {fname}")
        forms = [f for k in ("person", "location", "organization") for f in meta.get(k, [])]
        qtexts = [q["text"] for q in meta["quantity"]]
        for n in content:
            line = norm(lines[n - 1])
            covered = [False] * len(line)
            for f in forms:
                for m in word_re(f).finditer(line.casefold()):
                    covered[m.start():m.end()] = [True] * (m.end() - m.start())
            caps = [m.group() for m in re.finditer(r"\b[A-Z][\w'’.-]*", line) if not covered[m.start()]]
            qcov = [False] * len(line)
            for t in qtexts:
                for m in re.finditer(re.escape(t.casefold()), line.casefold()):
                    qcov[m.start():m.end()] = [True] * (m.end() - m.start())
            nums = [m.group() for m in re.finditer(r"\S*\d\S*", line) if not qcov[m.start()]]
            if caps or nums:
                print(f"  {n:3}: caps {caps}  numbers {nums}")


def main():
    args = sys.argv[1:]
    set_dir = None
    if "--set" in args:
        i = args.index("--set")
        if i + 1 >= len(args):
            sys.exit("build.py: --set needs a directory")
        set_dir = os.path.abspath(args[i + 1])
        del args[i:i + 2]
    src, root = set_dirs(set_dir)
    try:
        if "--audit" in args:
            audit(src)
            return
        files = build_all(src)
    except SourceError as e:
        sys.exit(f"build.py: {e}")
    if "--check" in args:
        stale = []
        for rel, text in files.items():
            path = os.path.join(root, rel)
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    if f.read() != text:
                        stale.append(rel)
            except FileNotFoundError:
                stale.append(rel)
        for d in ("pages", "gold"):
            for n in os.listdir(os.path.join(root, d)):
                if os.path.join(d, n) not in files:
                    stale.append(os.path.join(d, n) + " (no source)")
        if stale:
            sys.exit("build.py: out of date (run tests/quality/tools/build.py): " + ", ".join(sorted(stale)))
        print(f"build.py: {len(files) // 2} pages and gold files up to date")
        return
    for d in ("pages", "gold"):
        os.makedirs(os.path.join(root, d), exist_ok=True)
    for rel, text in files.items():
        with open(os.path.join(root, rel), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    print(f"build.py: wrote {len(files) // 2} pages and gold files")


if __name__ == "__main__":
    main()
