#!/usr/bin/env bash
# What writing the result cache adds to a cold run: interleaved pairs of the same jar on one corpus
# of bench/corpus/ (see bench.sh), --no-cache against a run that starts from an empty cache
# directory and fills it, every offline rule on, the JSON report to a file, the launcher's JVM
# flags without an archive. Prints the median CPU (user + sys) and wall ratios of the pairs, the
# steadier figures on a shared machine; fails if the two reports differ.
#
#   bench/cache-overhead.sh [PAIRS (default 10)] [CORPUS (default distinct-200)] [JAR]
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
pairs=${1:-10}
corpus=${2:-distinct-200}
cd "$(dirname "$0")/.."
jar=$(readlink -f "${3:-cli/target/qbank-lint.jar}")
cd bench/corpus
[ -d "$corpus" ] || { echo "no corpus bench/corpus/$corpus: run bench/cache.sh first" >&2; exit 2; }
source "$bench/jvm-runs.sh"
out=$(mktemp -d "${TMPDIR:-/tmp}/qbank-lint-cache-overhead.XXXXXX")
trap 'rm -rf "$out"' EXIT
export XDG_CACHE_HOME=$out/xdg # the cache directory, emptied before every run

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $pairs pairs on $corpus"
for i in $(seq "$pairs"); do
  order="no-cache cache"
  [ $((i % 2)) = 0 ] && order="cache no-cache" # neither variant always runs after the other
  for run in $order; do
    options=(--format json --output "$out/$run.json")
    [ "$run" = no-cache ] && options+=(--no-cache)
    rm -rf "$XDG_CACHE_HOME"
    /usr/bin/time -f "%e %U %S" -o "$out/time" java "${flags[@]}" -jar "$jar" check "$corpus" \
      "${options[@]}" >/dev/null 2>&1 || true
    tail -1 "$out/time" | awk -v r="$run" '{ printf "%s %s %s ", r, $1, $2 + $3 }' >"$out/$run.time"
  done
  cat "$out/no-cache.time" "$out/cache.time" >>"$out/runs"
  echo >>"$out/runs"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '{ print $6 / $3 }' "$out/runs" | median | awk '{ printf "with the cache / without, CPU: median %.3f\n", $1 }'
awk '{ print $5 / $2 }' "$out/runs" | median | awk '{ printf "with the cache / without, wall: median %.3f\n", $1 }'
echo "without: CPU median $(awk '{ print $3 }' "$out/runs" | median) s; with: $(awk '{ print $6 }' "$out/runs" | median) s"
cmp -s "$out/no-cache.json" "$out/cache.json" && echo "reports: identical" || { echo "reports: DIFFER"; exit 1; }
