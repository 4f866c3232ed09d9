#!/usr/bin/env bash
# Measures `qbank-lint check` on the worst-shaped files at given sizes, through the launcher with
# a capped heap, every offline rule on: median wall time, CPU time and peak RSS of N runs per
# shape and size, to choose the default maxFileBytes. See bench/README.md.
#
#   bench/limits.sh [--sizes "1 4 16"] [--shapes "headings table ..."] [--runs 3] [--heap 1g]
#                   [--timeout 120] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

sizes="1 4 16"
shapes=""
runs=3
heap=1g
timeout_s=120
build=true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --shapes) shapes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --no-build) build=false; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

bench_jar=bench/jmh/target/qbank-lint-bench.jar
corpus=bench/corpus/limits
results=bench/results
mkdir -p "$corpus" "$results"
log="$results/limits-$(date -u +%Y%m%dT%H%M%SZ).txt"

if $build || [[ ! -f cli/target/qbank-lint.jar || ! -f "$bench_jar" ]]; then
  ./mvnw -q -o -Pbench -pl cli,bench/jmh -am package -DskipTests -Dspotless.check.skip
fi
java -cp "$bench_jar" io.github.qbanklint.bench.AllRulesConfigMain > "$corpus/.qbank-lint.yml"
# Sizes past the default maxFileBytes are measured too: that is how the default was chosen.
echo "maxFileBytes: 1073741824" >> "$corpus/.qbank-lint.yml"
# The launcher's first run after a build makes its class-data archive: not part of any figure.
"$repo/qbank-lint" --version >/dev/null

# The launcher as users run it (its JVM flags and class-data archive); JAVA_TOOL_OPTIONS adds the
# heap cap, which the JVM reads before the command line's flags.
run_once() { # file, time output
  (cd "$corpus" && JAVA_TOOL_OPTIONS="-Xmx$heap" /usr/bin/time -v -o "$2" \
    timeout --signal=KILL "$timeout_s" "$repo/qbank-lint" check "$1" --format json --output /dev/null \
    >/dev/null 2>"$2.err")
}

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# Median wall s, CPU s, peak RSS MB and the last exit code of $runs runs; "timeout" as the exit
# code when a run was killed.
measure() { # file
  local walls=() cpus=() rss=() code t
  t=$(mktemp)
  for ((r = 0; r < runs; r++)); do
    set +e
    run_once "$1" "$t"
    code=$?
    set -e
    [[ $code -eq 137 ]] && code=timeout
    walls+=("$(awk -F': ' '/Elapsed/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$t")")
    cpus+=("$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$t")")
    rss+=("$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$t")")
    [[ $code == timeout || $code -ge 2 ]] && { grep -v 'Picked up JAVA_TOOL_OPTIONS' "$t.err" | head -1 >&2 || true; break; }
  done
  rm -f "$t" "$t.err"
  printf '%s %s %s %s\n' "$(median "${walls[@]}")" "$(median "${cpus[@]}")" "$(median "${rss[@]}")" "$code"
}

report() { printf '%-22s %8s %8s %8s %8s %8s %s\n' "$@" | tee -a "$log"; }

{
  echo "qbank-lint limits, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$(java -version 2>&1 | head -1); median of $runs runs; -Xmx$heap; timeout $timeout_s s;" \
    "rules: $(grep -c 'enabled: true' "$corpus/.qbank-lint.yml") enabled"
  echo "command: JAVA_TOOL_OPTIONS=-Xmx$heap ./qbank-lint check FILE --format json --output /dev/null (cwd $corpus)"
} | tee "$log"
report "shape" "MiB" "bytes" "wall s" "CPU s" "RSS MB" "exit (load)"

for size in $sizes; do
  # shellcheck disable=SC2086
  java -cp "$bench_jar" io.github.qbanklint.bench.WorstShapesMain "$corpus" "$size" $shapes >"$corpus/files.txt"
  while read -r file; do
    read -r wall cpu rss code < <(measure "$(basename "$file")")
    name=$(basename "$file" "-${size}mib.md")
    report "$name" "$size" "$(stat -c %s "$file")" "$wall" "$cpu" "$rss" "$code ($(cut -d' ' -f1 /proc/loadavg))"
    rm -f "$file"
  done <"$corpus/files.txt"
done
echo "results written to $log"
