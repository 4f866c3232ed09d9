#!/usr/bin/env bash
# Renders the unanswered-questions report of the example bank in headless Chromium, at a phone's
# width, and saves the screenshot (docs/unanswered-report.png unless a path is given).
# Needs cli/target/qbank-lint.jar (./mvnw -B -q -pl cli -am package -DskipTests) and Debian's
# chromium with fonts-noto-cjk (apt-get install -y chromium fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/.."
screenshot=$(realpath -m "${1:-docs/unanswered-report.png}")
width=${WIDTH:-420}
height=${HEIGHT:-1500}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -jar cli/target/qbank-lint.jar report examples/interview-bank \
  --format html --output "$work/unanswered.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --no-first-run --hide-scrollbars \
  --user-data-dir="$work/profile" --window-size="$width,$height" \
  --screenshot="$screenshot" "file://$work/unanswered.html" 2>"$work/chromium.log" \
  || { cat "$work/chromium.log" >&2; exit 1; }
echo "wrote $screenshot"
