#!/usr/bin/env bash
# Benchmarks `qbank-lint check` with every offline rule on, on corpora built from the example
# bank, with /usr/bin/time -v: median wall time, CPU time and peak RSS of N runs. See
# bench/README.md.
#
#   bench/bench.sh [--runs 5] [--sizes "1 20 200 2000"] [--jar] [--jvm-flags "FLAGS"]...
#                  [--flag-matrix] [--pathological] [--no-peer] [--peer-files 200] [--no-build]
#                  [--floor]
# Every run is cold (--no-cache) and writes the JSON report to a file; bench/cache.sh measures
# warm runs. --floor also runs each corpus with every rule off (reading, parsing, the bank model
# and the summary line: what no rule can go below) and prints what the rules and the report add.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

runs=5
sizes="1 20 200 2000"
use_jar=false
flag_sets=()
flag_matrix=false
pathological=false
peer=true
peer_files=200
build=true
floor=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --jar) use_jar=true; shift ;;
    --jvm-flags) flag_sets+=("$2"); use_jar=true; shift 2 ;;
    --flag-matrix) flag_matrix=true; use_jar=true; shift ;;
    --pathological) pathological=true; shift ;;
    --no-peer) peer=false; shift ;;
    --peer-files) peer_files=$2; shift 2 ;;
    --no-build) build=false; shift ;;
    --floor) floor=true; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
if $flag_matrix; then
  flag_sets+=(
    ""
    "-XX:TieredStopAtLevel=1"
    "-XX:+UseParallelGC"
    "-XX:+UseSerialGC"
    "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
    "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
    "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx1g"
    "-XX:+UseParallelGC -Xmn512m"
  )
fi
[[ ${#flag_sets[@]} -eq 0 ]] && flag_sets=("")

cli_jar=cli/target/qbank-lint.jar
bench_jar=bench/jmh/target/qbank-lint-bench.jar
bank=examples/interview-bank/README.md
corpus=bench/corpus
results=bench/results
mkdir -p "$corpus" "$results"
log="$results/bench-$(date -u +%Y%m%dT%H%M%SZ).txt"

if $build || [[ ! -f "$cli_jar" || ! -f "$bench_jar" ]]; then
  ./mvnw -q -o -Pbench -pl cli,bench/jmh -am package -DskipTests -Dspotless.check.skip
fi

# The command under test, into the array cli: the launcher users run, or the jar with JVM flags.
cli_with() { # flags
  if $use_jar; then
    # shellcheck disable=SC2206
    cli=(java $1 -jar "$repo/$cli_jar")
  else
    cli=("$repo/qbank-lint")
  fi
}

build_corpus() { # files
  local n=$1 dir="$corpus/files-$1"
  if [[ $(find "$dir" -name '*.md' 2>/dev/null | wc -l) -ne $n ]]; then
    rm -rf "$dir" && mkdir -p "$dir"
    for i in $(seq -w 1 "$n"); do cp "$bank" "$dir/bank-$i.md"; done
  fi
}

# Runs a command $runs times under /usr/bin/time -v; prints median wall s, CPU s, peak RSS MB, exit.
measure() { # workdir, command...
  local workdir=$1; shift
  local walls=() cpus=() rss=() code=0 t
  for ((r = 0; r < runs; r++)); do
    t=$(mktemp)
    set +e
    (cd "$workdir" && /usr/bin/time -v -o "$t" "$@" >/dev/null 2>&1)
    code=$?
    set -e
    walls+=("$(awk -F': ' '/Elapsed/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$t")")
    cpus+=("$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$t")")
    rss+=("$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$t")")
    rm -f "$t"
  done
  printf '%s %s %s %s\n' "$(median "${walls[@]}")" "$(median "${cpus[@]}")" "$(median "${rss[@]}")" "$code"
}

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

report() { printf '%-44s %6s %8s %9s %8s %9s %5s\n' "$@" | tee -a "$log"; }

java -cp "$bench_jar" io.github.qbanklint.bench.AllRulesConfigMain > "$corpus/.qbank-lint.yml"
# Two of the pathological inputs (10 MB and 9 MB) are over the default maxFileBytes.
echo "maxFileBytes: 67108864" >> "$corpus/.qbank-lint.yml"
rules_off="$corpus/rules-off.yml"
java -cp "$bench_jar" io.github.qbanklint.bench.AllRulesConfigMain --off > "$rules_off"
{
  echo "qbank-lint bench, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$(java -version 2>&1 | head -1); median of $runs runs; rules: $(grep -c 'enabled: true' "$corpus/.qbank-lint.yml") enabled"
  echo "command: $($use_jar && echo "java FLAGS -jar $cli_jar" || echo ./qbank-lint) check <corpus> (cwd $corpus)"
} | tee "$log"
report "corpus [JVM flags]" "files" "MB" "wall s" "CPU s" "RSS MB" "exit"

declare -A wall_of floor_of
check_flags=(--no-cache --format json --output "$corpus/report.json")
for n in $sizes; do
  build_corpus "$n"
  mb=$(du -sm --apparent-size "$corpus/files-$n" | cut -f1)
  for flags in "${flag_sets[@]}"; do
    cli_with "$flags"
    read -r wall cpu rss code < <(measure "$corpus" "${cli[@]}" check "files-$n" "${check_flags[@]}")
    wall_of["$n|$flags"]=$wall
    report "files-$n${flags:+ [$flags]}" "$n" "$mb" "$wall" "$cpu" "$rss" "$code"
    [[ $code -ge 2 ]] && echo "  warning: exit code $code (2 usage/config error, 3 internal error)" | tee -a "$log"
    if $floor; then
      read -r fwall fcpu frss fcode < <(measure "$corpus" "${cli[@]}" check "files-$n" \
        --config "$(basename "$rules_off")" "${check_flags[@]}")
      floor_of["$n|$flags"]=$fwall
      report "  every rule off (the floor)" "$n" "$mb" "$fwall" "$fcpu" "$frss" "$fcode"
      awk -v a="$wall" -v f="$fwall" 'BEGIN {printf "  the rules and the report add %.2f s wall to the floor\n", a - f}' | tee -a "$log"
    fi
  done
done

if $peer; then
  n=$peer_files
  build_corpus "$n"
  printf '# Probe\n' > "$corpus/probe.md"
  peer_works=false
  (cd "$corpus" && npx --yes markdownlint-cli2 probe.md >/dev/null 2>&1) && peer_works=true
  rm -f "$corpus/probe.md"
  if $peer_works; then
    read -r wall cpu rss code < <(measure "$corpus" npx --yes markdownlint-cli2 "files-$n/*.md")
    report "markdownlint-cli2 (default rules) files-$n" "$n" "$(du -sm --apparent-size "$corpus/files-$n" | cut -f1)" "$wall" "$cpu" "$rss" "$code"
    ours=${wall_of["$n|${flag_sets[0]}"]:-}
    if [[ -z "$ours" ]]; then
      cli_with "${flag_sets[0]}"
      read -r ours _ < <(measure "$corpus" "${cli[@]}" check "files-$n" "${check_flags[@]}")
    fi
    awk -v a="$wall" -v b="$ours" -v n="$n" 'BEGIN {printf "markdownlint-cli2 / qbank-lint wall time on files-%s: %.1fx\n", n, a / b}' | tee -a "$log"
    floor_wall=${floor_of["$n|${flag_sets[0]}"]:-}
    if [[ -n "$floor_wall" ]]; then
      awk -v a="$wall" -v f="$floor_wall" -v n="$n" 'BEGIN {printf "15x markdownlint-cli2 would be %.2f s on files-%s; every rule off takes %.2f s, %.1fx\n", a / 15, n, f, a / f}' | tee -a "$log"
    fi
  else
    echo "markdownlint-cli2 could not be run with npx: peer comparison skipped" | tee -a "$log"
  fi
fi

if $pathological; then
  java -cp "$bench_jar" io.github.qbanklint.bench.PathologicalMain "$corpus/pathological" >/dev/null
  for file in "$corpus"/pathological/*.md; do
    name=$(basename "$file")
    cli_with "${flag_sets[0]}"
    read -r wall cpu rss code < <(measure "$corpus" "${cli[@]}" check "pathological/$name")
    mb=$(du -m --apparent-size "$file" | cut -f1)
    report "$name${flag_sets[0]:+ [${flag_sets[0]}]}" 1 "$mb" "$wall" "$cpu" "$rss" "$code"
    awk -v w="$wall" 'BEGIN {exit !(w > 2)}' && echo "  over the 2 s target" | tee -a "$log"
  done
fi
echo "results written to $log"
