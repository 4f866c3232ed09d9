#!/usr/bin/env bash
# What writing the result cache adds to a cold run: interleaved pairs of the same jar on one corpus
# of bench/corpus/ (see bench.sh), --no-cache against a run that starts from an empty cache
# directory and fills it, every offline rule on, the JSON report to a file, the launcher's JVM
# flags without an archive, or with --launcher through ./qbank-lint as a user runs it (its class-data
# archive or AOT cache, made first if missing). Prints the median CPU (user + sys) and wall ratios
# of the pairs, the steadier figures on a shared machine; fails if the two reports differ.
#
#   bench/cache-overhead.sh [--launcher] [PAIRS (default 10)] [CORPUS (default distinct-200)] [JAR]
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
launcher=
if [ "${1:-}" = --launcher ]; then
  launcher=$(cd "$bench/.." && pwd)/qbank-lint
  shift
fi
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

# The launcher makes its archive on its first run: not one of the pairs.
[ -z "$launcher" ] || "$launcher" check files-1 --no-cache >/dev/null 2>&1 || true
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $pairs pairs on $corpus${launcher:+ through the launcher}"
for i in $(seq "$pairs"); do
  order="no-cache cache"
  [ $((i % 2)) = 0 ] && order="cache no-cache" # neither variant always runs after the other
  for run in $order; do
    options=(--format json --output "$out/$run.json")
    [ "$run" = no-cache ] && options+=(--no-cache)
    rm -rf "$XDG_CACHE_HOME"
    if [ -n "$launcher" ]; then
      /usr/bin/time -f "%e %U %S" -o "$out/time" "$launcher" check "$corpus" "${options[@]}" \
        >/dev/null 2>&1 || true
    else
      /usr/bin/time -f "%e %U %S" -o "$out/time" java "${flags[@]}" -jar "$jar" check "$corpus" \
        "${options[@]}" >/dev/null 2>&1 || true
    fi
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
