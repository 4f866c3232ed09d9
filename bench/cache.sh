#!/usr/bin/env bash
# Times `qbank-lint check` with the result cache, every offline rule on, on N distinct files:
# without the cache, writing it cold, unchanged (warm), and after editing one file; and the
# cache's size against the bank's. Build the jars first:
# ./mvnw -q -o -Pbench -pl cli,bench/jmh -am package -DskipTests
#
#   bench/cache.sh [--sizes "200 2000"] [--corpus distinct|varied|latin]
#
# distinct-N: copies of the example bank, each with its own last line. varied-N: each copy's CJK
# ideographs permuted its own way (VariedCorpusMain), so titles and paths differ between files as
# in a real workspace. latin-N: each copy's ideographs written as Latin words of its own
# (VariedCorpusMain --latin), a bank in a Latin script.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="200 2000"
kind=distinct
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --corpus) kind=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ $kind == distinct || $kind == varied || $kind == latin ]] \
  || { echo "--corpus: distinct, varied or latin" >&2; exit 2; }
bench_jar=bench/jmh/target/qbank-lint-bench.jar
corpus=bench/corpus
mkdir -p "$corpus" bench/results
java -cp "$bench_jar" io.github.qbanklint.bench.AllRulesConfigMain \
  > "$corpus/.qbank-lint.yml"
echo "maxFileBytes: 67108864" >> "$corpus/.qbank-lint.yml"
export XDG_CACHE_HOME=$PWD/bench/results/xdg-cache # git-ignored, outside the corpus
echo "$(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-6s %-22s %7s %7s\n' files run "wall s" "CPU s"
for n in $sizes; do
  name=$kind-$n
  dir=$corpus/$name
  if [[ $(find "$dir" -name '*.md' 2>/dev/null | wc -l) -ne $n ]]; then
    rm -rf "$dir" && mkdir -p "$dir"
    if [[ $kind == varied || $kind == latin ]]; then
      latin=()
      [[ $kind == latin ]] && latin=(--latin)
      java -cp "$bench_jar" io.github.qbanklint.bench.VariedCorpusMain "${latin[@]}" \
        examples/interview-bank/README.md "$n" "$dir"
    else
      for i in $(seq -w 1 "$n"); do
        { cat examples/interview-bank/README.md; printf '\nCopy %s.\n' "$i"; } > "$dir/bank-$i.md"
      done
    fi
  fi
  rm -rf "$XDG_CACHE_HOME"
  run() { # label, options...
    local label=$1; shift
    local t; t=$(mktemp)
    (cd "$corpus" && /usr/bin/time -f '%e %U %S' -o "$t" ../../qbank-lint check "$@" \
      --format json "$name" > "../results/cache-$name-$label.json" 2>/dev/null) || true
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
  cmp -s "bench/results/cache-$name-no-cache.json" "bench/results/cache-$name-warm-unchanged.json" \
    && echo "$n files: warm report identical to the uncached one"
  cache=$(du -b "$XDG_CACHE_HOME"/qbank-lint/workspaces/*/results.bin | cut -f1)
  bank=$(du -sb --apparent-size "$dir" | cut -f1)
  awk -v c="$cache" -v b="$bank" -v n="$n" \
    'BEGIN {printf "%s files: cache %.1f MB, bank %.1f MB (%.1f%%)\n", n, c / 1e6, b / 1e6, 100 * c / b}'
  mv "$first.orig" "$first"
done
