#!/usr/bin/env python3
"""Checks the demo data files: schema, slugs made from titles the Vietnamese
way, categories known, dates RFC 3339 with offset, media files present.
Usage: scripts/check-data.py [file ...]   (default: every data/articles/*.json)"""
import json, re, sys, unicodedata
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "data"
CATS = {c["slug"]: c["name"] for c in json.loads((ROOT / "categories.json").read_text("utf-8"))}
REQUIRED = {"slug", "title", "published_at", "category", "body_html"}
OPTIONAL = {"summary", "author", "thumbnail", "modified_at", "tags", "views"}

def slugify(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")

def check(path):
    errs = []
    try:
        a = json.loads(path.read_text("utf-8"))
    except Exception as e:
        return [f"not JSON: {e}"]
    keys = set(a)
    if REQUIRED - keys: errs.append(f"missing {sorted(REQUIRED - keys)}")
    if keys - REQUIRED - OPTIONAL: errs.append(f"unknown fields {sorted(keys - REQUIRED - OPTIONAL)}")
    if a.get("slug") != slugify(a.get("title", "")): errs.append(f"slug should be {slugify(a.get('title',''))}")
    if path.stem != a.get("slug"): errs.append("file name must be <slug>.json")
    c = a.get("category", {})
    if CATS.get(c.get("slug")) != c.get("name"): errs.append(f"category {c} not in categories.json")
    try:
        d = datetime.fromisoformat(a["published_at"])
        if d.utcoffset() is None or not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", a["published_at"]):
            errs.append("published_at must look like 2021-02-05T14:39:00+07:00")
    except Exception as e:
        errs.append(f"published_at: {e}")
    t = a.get("thumbnail")
    if t is not None:
        if set(t) - {"url", "alt", "width", "height", "variants", "caption", "credit"} or not {"url", "alt", "width", "height"} <= set(t):
            errs.append("thumbnail needs url, alt, width, height (and optionally variants, caption, credit)")
        elif not (ROOT / t["url"].lstrip("/")).exists():
            errs.append(f"thumbnail {t['url']} missing")
    for src in re.findall(r'src="(/media/[^"]+)"', a.get("body_html", "")):
        if not (ROOT / src.lstrip("/")).exists(): errs.append(f"body image {src} missing")
    if "\u00a0" in a.get("title", ""): errs.append("title has a no-break space")
    if not isinstance(a.get("views", 0), int) or a.get("views", 0) < 0: errs.append("views must be a whole number")
    return errs

def main():
    files = [Path(f) for f in sys.argv[1:]] or sorted((ROOT / "articles").glob("*.json"))
    bad = 0
    for f in files:
        for e in check(f):
            bad += 1
            print(f"{f.name}: {e}")
    print(f"{len(files)} files, {bad} problems")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
