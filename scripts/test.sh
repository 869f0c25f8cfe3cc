#!/usr/bin/env bash
# Every test of Plenum: types, lint and formatting, then all vitest projects (unit and module
# scenarios, services against the machine's PostgreSQL, media against a real Janus, browser
# end to end). Exits non-zero when anything fails; ends with one plain summary line.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
status=0

echo "== typecheck"
npx tsc -p tsconfig.json || status=1
echo "== lint and format"
npx biome check . --diagnostic-level=error || status=1

echo "== tests"
report="$root/.vitest-report.json"
rm -f "$report"
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=1

if [ -f "$report" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
    if (r.numTotalTests === 0 || r.numFailedTests > 0) process.exit(1);
  ' "$report" || status=1
else
  echo "tests: 0 passed, 1 failed"
  status=1
fi
exit $status
