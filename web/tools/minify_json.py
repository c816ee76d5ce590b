#!/usr/bin/env python3
"""Copies a quiz file (or a UI string table) into dist/ without its whitespace: the same JSON (keys in the same order,
text as UTF-8), about 15% fewer bytes for the page to fetch and parse. The CLI and the tests
read content/ itself; an error in a quiz file is found there, with its line and column.

Usage: minify_json.py INPUT OUTPUT
"""
import json
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: minify_json.py INPUT OUTPUT")
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
