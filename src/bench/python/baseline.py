#!/usr/bin/env python3
"""The performance baseline: a plain script that only finds dates, chapter times and URLs with
regular expressions in every *.txt file below a folder and prints one JSON line per file.

It understands nothing (no cards, people, links or diagnostics); the command line must beat it
by a wide margin while doing all of that.
"""
import json
import os
import re
import sys

DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b")
CHAPTER = re.compile(r"(?:^|\s)(\d{1,2}(?::\d{2}){1,2})\s*(?:-\s*)?([^\n]*?)(?=\s\d{1,2}(?::\d{2}){1,2}\s|$)",
                     re.MULTILINE)
URL = re.compile(r"https?://[^\s]+")


def page(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return {
        "file": path,
        "dates": ["%s-%s-%s" % (y if len(y) == 4 else "20" + y, m.zfill(2), d.zfill(2))
                  for m, d, y in DATE.findall(text)],
        "chapters": [{"start": start, "title": title.strip()} for start, title in CHAPTER.findall(text)],
        "urls": [url.rstrip(".,)") for url in URL.findall(text)],
    }


def main(folder):
    out = sys.stdout
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if name.endswith(".txt"):
                out.write(json.dumps(page(os.path.join(root, name)), ensure_ascii=False))
                out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
