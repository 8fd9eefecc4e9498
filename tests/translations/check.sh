#!/usr/bin/env bash
# Fails when a visible string is missing from the .ts files (lupdate finds a source they lack),
# or when the German or Arabic file has a string without a translation.
#   tests/translations/check.sh <lupdate>
set -euo pipefail
lupdate=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root"/translations/souk_*.ts "$work/"
cd "$root"
"$lupdate" -silent app qml -ts "$work"/souk_en.ts "$work"/souk_de.ts "$work"/souk_ar.ts
python3 - "$root/translations" "$work" <<'PY'
import sys, re, glob, os, html
committed, updated = sys.argv[1], sys.argv[2]
def sources(path):
    text = open(path, encoding="utf-8").read()
    out = set()
    for ctx in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", ctx).group(1)
        for m in re.findall(r"<message[^>]*>(.*?)</message>", ctx, re.S):
            if 'type="vanished"' in m or 'type="obsolete"' in m:
                continue
            out.add((name, html.unescape(re.search(r"<source>(.*?)</source>", m, re.S).group(1))))
    return out
failed = False
for f in sorted(glob.glob(os.path.join(committed, "souk_*.ts"))):
    name = os.path.basename(f)
    missing = sources(os.path.join(updated, name)) - sources(f)
    for ctx, src in sorted(missing):
        print(f"{name}: missing {ctx}: {src!r} (run the update_translations target)")
        failed = True
    if not name.endswith("_en.ts"):
        text = open(f, encoding="utf-8").read()
        for m in re.findall(r"<message[^>]*>(.*?)</message>", text, re.S):
            if 'type="unfinished"' in m and 'type="vanished"' not in m:
                print(f"{name}: untranslated: {re.search(r'<source>(.*?)</source>', m, re.S).group(1)!r}")
                failed = True
print("translations complete" if not failed else "translations incomplete")
sys.exit(1 if failed else 0)
PY
