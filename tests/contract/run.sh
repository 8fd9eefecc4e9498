#!/usr/bin/env bash
# The checks of docs/api/openapi.yaml with the standard npm tools (package.json here), one per
# CTest test (tests/CMakeLists.txt):
#   run.sh deps              npm ci from the committed lockfile, when node_modules is not
#                            already installed from this very lockfile (scripts/lib/setup.sh
#                            runs it too)
#   run.sh lint              redocly lint, with redocly.yaml: no errors and no warnings
#   run.sh contract DIR      every exchange the API tests recorded in DIR (SOUK_API_RECORD)
#                            validates against the spec (validate.mjs)
#   run.sh client            openapi-typescript generates a client; tsc --strict type-checks
#                            client/program.ts against it
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
spec="$here/../../docs/api/openapi.yaml"
cd "$here"

deps() {
    command -v npm >/dev/null || { echo "npm is missing: install nodejs and npm (scripts/lib/setup.sh does)"; exit 1; }
    exec 9>"$here/.npm-install.lock"
    flock 9
    if ! cmp -s package-lock.json node_modules/.souk-installed-lock 2>/dev/null; then
        echo "==> npm ci in tests/contract"
        npm ci --no-audit --no-fund --loglevel=error
        cp package-lock.json node_modules/.souk-installed-lock
    fi
}

case "${1:-}" in
deps) deps ;;
lint)
    deps
    # Redocly's notice that Node 20 support ends is not a finding.
    out=$(npx --no-install redocly lint "$spec" --config redocly.yaml --format=stylish 2>&1 \
        | grep -v -e '║' -e '╔' -e '╚' | grep -v '^\s*$') || { echo "$out"; exit 1; }
    echo "$out"
    if echo "$out" | grep -q -i "warning"; then echo "lint warnings are failures here"; exit 1; fi
    ;;
contract)
    deps
    [ $# -ge 2 ] || { echo "usage: run.sh contract <record dir>"; exit 2; }
    records=$(cd "$OLDPWD" && realpath -m "$2")
    exec node validate.mjs "$spec" "$records" --min-exchanges 100
    ;;
client)
    deps
    rm -rf generated
    npx --no-install openapi-typescript "$spec" -o generated/api.ts --silent
    npx --no-install tsc -p client/tsconfig.json
    echo "client/program.ts type-checks against the client generated from openapi.yaml"
    ;;
*)
    echo "usage: run.sh deps | lint | contract <record dir> | client" >&2
    exit 2
    ;;
esac
