#!/usr/bin/env bash
# Cold start of a one-bank run: wall time of N fresh runs of `./qbank-lint BANK` (each a new JVM;
# the OS file cache is warm, as it is for a pre-commit hook). Prints min / median / max in seconds.
#
#   bench/cold-start.sh [BANK]          # the launcher as shipped (JVM flags + class-data archive)
#   bench/cold-start.sh --compare [BANK] # also plain `java -jar` and the launcher flags without CDS
#
# RUNS=N sets the number of runs (default 10). One untimed run first builds the jar if needed and
# lets the launcher create its class-data archive.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
compare=false
if [ "${1:-}" = "--compare" ]; then
  compare=true
  shift
fi
bank="${1:-examples/interview-bank}"
runs="${RUNS:-10}"

# Median, min and max of the times (in ms) read from standard input.
summarise() {
  sort -n | awk '{ t[NR] = $1 } END {
    m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "min %.3f s  median %.3f s  max %.3f s  (%d runs)\n", t[1] / 1000, m / 1000, t[NR] / 1000, NR }'
}

# Times `"$@"` RUNS times; the exit code is ignored (findings exit 1).
measure() {
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
  done | summarise
}

./qbank-lint "$bank" >/dev/null 2>&1 || true
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
printf '%-44s' "launcher (./qbank-lint $bank):"
measure ./qbank-lint "$bank"
if $compare; then
  jar="$repo/cli/target/qbank-lint.jar"
  printf '%-44s' "java -jar, default JVM flags:"
  measure java -jar "$jar" "$bank"
  printf '%-44s' "java -jar, C1 only + SerialGC, no AppCDS:"
  measure java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" "$bank"
fi
