#!/usr/bin/env python3
"""Pack the sample pages in examples/news/*.txt into examples/news.jsonl.

One JSON object per page, in file-name order: {"id", "url", "text"}.  The
text is the file decoded as UTF-8 and kept byte-for-byte (CRLF, NBSP and
zero-width characters included), because the noise is part of the sample.
The URLs are made up from the outlet style and the file's slug; no such
articles exist.

    python3 examples/tools/make_news_jsonl.py [--check]

With --check the script exits non-zero when news.jsonl is out of date.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = os.path.join(HERE, "..", "news")
OUT = os.path.join(HERE, "..", "news.jsonl")

# The host each sample imitates; the path is built from the slug.
HOSTS = {
    "01": "money.kompas.com/read/2025/04/30",
    "02": "www.liputan6.com/bola/read",
    "03": "jabar.tribunnews.com/2025/06/17",
    "04": "sulsel.suara.com/read/2024/10/23",
    "05": "www.cnbcindonesia.com/tech/20251023",
    "06": "www.antaranews.com/berita",
    "07": "manadopost.jawapos.com/regional",
    "08": "lombokpost.jawapos.com/pendidikan",
    "09": "www.tribunnews.com/metropolitan/2025/05/15",
    "10": "ekonomi.bisnis.com/read/20250214",
}


def build():
    lines = []
    for name in sorted(os.listdir(NEWS)):
        if not name.endswith(".txt"):
            continue
        stem = name[:-4]
        num, _, slug = stem.partition("_")
        with open(os.path.join(NEWS, name), encoding="utf-8", newline="") as f:
            text = f.read()
        host = HOSTS.get(num, "example.com/news")
        rec = {"id": stem, "url": f"https://{host}/{slug.replace('_', '-')}", "text": text}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main():
    data = build()
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8", newline="") as f:
            if f.read() != data:
                sys.exit("examples/news.jsonl is out of date: run examples/tools/make_news_jsonl.py")
        return
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)
    print(f"wrote {OUT} ({data.count(chr(10))} pages)")


if __name__ == "__main__":
    main()
