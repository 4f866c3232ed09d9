#!/usr/bin/env bash
# Interleaved A/B of two CLI jars: A, B, B, A, A, B, ... on one corpus of bench/corpus/ (see bench.sh),
# every offline rule on, the JSON report to a file, the launcher's JVM flags without an archive.
# Prints the median wall and CPU (user + sys) time of each and the median of the per-pair CPU
# ratios B/A, the steadier figure on a shared machine; fails if the two reports differ.
# With --warm, each jar runs with a result cache of its own, filled by one run before the pairs
# (two builds never share entries), instead of --no-cache. With --fill, every run starts from an
# empty cache directory and fills it: what writing the cache costs each build.
#
#   bench/ab.sh [--warm | --fill] A.jar B.jar [PAIRS (default 5)] [CORPUS (default files-200)]
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
mode=no-cache
[[ ${1:-} == --warm || ${1:-} == --fill ]] && mode=${1#--} && shift
a=$(readlink -f "$1")
b=$(readlink -f "$2")
pairs=${3:-5}
corpus=${4:-files-200}
cd "$(dirname "$0")/corpus"
source "$bench/jvm-runs.sh"
out=$(mktemp -d "${TMPDIR:-/tmp}/qbank-lint-ab.XXXXXX")
trap 'rm -rf "$out"' EXIT

run() { # A or B: one timed run of that jar
  local jar=$a cache=(--no-cache)
  [ "$1" = B ] && jar=$b
  if [ "$mode" != no-cache ]; then
    cache=()
    export XDG_CACHE_HOME="$out/cache-$1"
    [ "$mode" = fill ] && rm -rf "$XDG_CACHE_HOME"
  fi
  /usr/bin/time -f "%e %U %S" -o "$out/time" java "${flags[@]}" -jar "$jar" check "$corpus" \
    "${cache[@]}" --format json --output "$out/$1.json" >/dev/null 2>&1 || true
}
if [ "$mode" = warm ]; then
  run A
  run B
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $pairs pairs on $corpus, $mode"
for i in $(seq "$pairs"); do
  order="A B"
  [ $((i % 2)) = 0 ] && order="B A" # neither jar always runs after the other
  for v in $order; do
    run "$v"
    tail -1 "$out/time" | awk -v v="$v" '{ print v, $1, $2 + $3 }' >>"$out/runs"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for v in A B; do
  echo "$v: wall median $(awk -v v="$v" '$1 == v { print $2 }' "$out/runs" | median) s," \
    "CPU median $(awk -v v="$v" '$1 == v { print $3 }' "$out/runs" | median) s"
done
awk '$1 == "A" { a[++i] = $3 } $1 == "B" { b[++j] = $3 } END { for (k = 1; k <= i; k++) print b[k] / a[k] }' \
  "$out/runs" | median | awk '{ printf "B/A CPU per pair: median %.3f\n", $1 }'
cmp -s "$out/A.json" "$out/B.json" && echo "reports: identical" || { echo "reports: DIFFER"; exit 1; }
