#!/usr/bin/env bash
# Cold start of a one-bank run: wall and CPU (user+sys) time of N fresh JVMs linting BANK, as a
# pre-commit hook would (OS file cache warm). Prints min / median / max per variant.
#
#   bench/cold-start.sh [BANK]            # the launcher as shipped (JVM flags + AppCDS archive)
#   bench/cold-start.sh --compare [BANK]  # also plain `java -jar` and the launcher's flags without
#                                         # the archive; variants are interleaved run by run so a
#                                         # changing machine load hits them alike
#
# RUNS=N sets the runs per variant (default 10). An untimed first run builds the jar if needed and
# lets the launcher create its class-data archive. On a shared machine, read the CPU column too:
# wall time there mostly measures the other processes.
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
jar="$repo/cli/target/qbank-lint.jar"
results="$(mktemp -d "${TMPDIR:-/tmp}/qbank-lint-bench.XXXXXX")"
trap 'rm -rf "$results"' EXIT

names=("launcher: ./qbank-lint $bank")
commands=("./qbank-lint $bank")
if $compare; then
  names+=("java -jar, default JVM flags" "java -jar, C1 only + SerialGC, no AppCDS")
  commands+=("java -jar $jar $bank" "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar $bank")
fi

# Appends "wall_ms cpu_ms" of one run of the command to the variant's file.
measure() {
  local file="$1" command="$2" start end cpu
  start=$(date +%s%N)
  cpu=$( { TIMEFORMAT='%U %S'; time $command >/dev/null 2>&1 || true; } 2>&1 | tail -1)
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $(echo "$cpu" | awk '{ printf "%d", ($1 + $2) * 1000 }')" >>"$file"
}

# min / median / max of column $2 of file $1, in seconds.
summary() {
  awk -v c="$2" '{ print $c }' "$1" | sort -n | awk '{ t[NR] = $1 } END {
    m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "min %.3f  median %.3f  max %.3f", t[1] / 1000, m / 1000, t[NR] / 1000 }'
}

./qbank-lint "$bank" >/dev/null 2>&1 || true
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $runs runs each"
for _ in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    measure "$results/$i" "${commands[$i]}"
  done
done
for i in "${!commands[@]}"; do
  echo "${names[$i]}"
  echo "  wall s: $(summary "$results/$i" 1)"
  echo "  cpu  s: $(summary "$results/$i" 2)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
