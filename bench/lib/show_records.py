#!/usr/bin/env python3
"""Prints the first N records of a saring JSONL output for a person to read:
long texts shortened, tag lists replaced by their count."""
import json
import sys


def main():
    path, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n:
                break
            rec = json.loads(line)
            if isinstance(rec.get("text"), str) and len(rec["text"]) > 400:
                rec["text"] = rec["text"][:400] + " ..."
            if isinstance(rec.get("tags"), list):
                rec["tags"] = f"{len(rec['tags'])} tags"
            rec.pop("removed", None)
            print(json.dumps(rec, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
