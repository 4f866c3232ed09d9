#!/usr/bin/env bash
# Times `qbank-lint check` with the result cache, every offline rule on, on N distinct files
# (copies of the example bank, each with its own last line): without the cache, writing it cold,
# unchanged (warm), and after editing one file; and the cache's size against the bank's. Build the
# jars first: ./mvnw -q -o -Pbench -pl cli,bench/jmh -am package -DskipTests
#
#   bench/cache.sh [--sizes "200 2000"]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="200 2000"
[[ ${1:-} == --sizes ]] && sizes=$2
corpus=bench/corpus
mkdir -p "$corpus" bench/results
java -cp bench/jmh/target/qbank-lint-bench.jar io.github.qbanklint.bench.AllRulesConfigMain \
  > "$corpus/.qbank-lint.yml"
echo "maxFileBytes: 67108864" >> "$corpus/.qbank-lint.yml"
export XDG_CACHE_HOME=$PWD/bench/results/xdg-cache # git-ignored, outside the corpus
echo "$(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-6s %-22s %7s %7s\n' files run "wall s" "CPU s"
for n in $sizes; do
  dir=$corpus/distinct-$n
  if [[ $(find "$dir" -name '*.md' 2>/dev/null | wc -l) -ne $n ]]; then
    rm -rf "$dir" && mkdir -p "$dir"
    for i in $(seq -w 1 "$n"); do
      { cat examples/interview-bank/README.md; printf '\nCopy %s.\n' "$i"; } > "$dir/bank-$i.md"
    done
  fi
  rm -rf "$XDG_CACHE_HOME"
  run() { # label, options...
    local label=$1; shift
    local t; t=$(mktemp)
    (cd "$corpus" && /usr/bin/time -f '%e %U %S' -o "$t" ../../qbank-lint check "$@" \
      --format json "distinct-$n" > "../results/cache-$n-$label.json" 2>/dev/null) || true
    tail -1 "$t" | awk -v n="$n" -v l="$label" '{printf "%-6s %-22s %7.2f %7.2f\n", n, l, $1, $2 + $3}'
    rm -f "$t"
  }
  run no-cache --no-cache
  run cold-writing-cache
  run warm-unchanged
  first=$dir/bank-$(printf '%0*d' ${#n} 1).md
  cp "$first" "$first.orig"
  printf 'Edited.\n' >> "$first"
  run after-one-edit
  cmp -s "bench/results/cache-$n-no-cache.json" "bench/results/cache-$n-warm-unchanged.json" \
    && echo "$n files: warm report identical to the uncached one"
  cache=$(du -b "$XDG_CACHE_HOME"/qbank-lint/workspaces/*/results.bin | cut -f1)
  bank=$(du -sb --apparent-size "$dir" | cut -f1)
  awk -v c="$cache" -v b="$bank" -v n="$n" \
    'BEGIN {printf "%s files: cache %.1f MB, bank %.1f MB (%.1f%%)\n", n, c / 1e6, b / 1e6, 100 * c / b}'
  mv "$first.orig" "$first"
done
