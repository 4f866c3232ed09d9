#!/usr/bin/env bash
# Takes the light and dark screenshots of the unanswered-questions report of the example bank at a
# phone's width: docs/unanswered-report.png and docs/unanswered-report-dark.png (or the two paths
# given). The history chart shows four real runs: the bank's first 40%, 60% and 80% of lines, then
# all of it, a week apart.
# Needs cli/target/qbank-lint.jar (./mvnw -B -q -pl cli -am package -DskipTests), Node.js 20 and
# Debian's chromium with fonts-noto-cjk (apt-get install -y chromium fonts-noto-cjk); installs the
# pinned playwright-core of scripts/screenshots/package-lock.json with npm ci on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
light=$(realpath -m "${1:-docs/unanswered-report.png}")
dark=$(realpath -m "${2:-docs/unanswered-report-dark.png}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -d scripts/screenshots/node_modules ] || npm ci --prefix scripts/screenshots --no-audit --no-fund
bank=examples/interview-bank/README.md
lines=$(wc -l <"$bank")
epoch=1764806400 # 2025-12-04 00:00 UTC
jar=$PWD/cli/target/qbank-lint.jar
mkdir -p "$work/bank"
for percent in 40 60 80 100; do
  head -n $((lines * percent / 100)) "$bank" >"$work/bank/README.md"
  (cd "$work" && SOURCE_DATE_EPOCH=$((epoch - (100 - percent) / 20 * 7 * 86400)) \
    java -jar "$jar" report bank --format html --output unanswered.html --history history.jsonl)
done
node scripts/screenshots/take.mjs "$work/unanswered.html" "$light" "$dark"
