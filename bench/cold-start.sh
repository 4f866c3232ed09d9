#!/usr/bin/env bash
# Cold start of a one-bank run: wall and CPU (user+sys) time of N fresh JVMs linting BANK, as a
# pre-commit hook would (OS file cache warm). Prints min / median / max per variant.
#
#   bench/cold-start.sh [BANK]            # the launcher as shipped (JVM flags + class-data archive)
#   bench/cold-start.sh --compare [BANK]  # also plain `java -jar` and the launcher's flags without
#                                         # the archive; variants are interleaved run by run so a
#                                         # changing machine load hits them alike
#   bench/cold-start.sh --java /usr/lib/jvm/java-17-openjdk-amd64 \
#       --java /usr/lib/jvm/temurin-25-jdk-amd64 [BANK]
#                                         # the launcher with each JAVA_HOME, with its archive
#                                         # (AppCDS before Java 25, the AOT cache from 25 on) and
#                                         # without any, interleaved
#
# RUNS=N sets the runs per variant (default 10). An untimed first run per variant builds the jar
# if needed, lets the launcher create its archive and fills the variant's own result cache (its own
# XDG_CACHE_HOME under a temporary folder): every timed run then reads a warm cache, as a repeated
# run does. (With one cache for all, each JVM version found the other's entries, which name the
# runtime, and checked the bank again: variants then alternated between cold and warm caches.) On a
# shared machine, read the CPU column too: wall time there mostly measures the other processes.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
compare=false
homes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --compare) compare=true; shift ;;
    --java) homes+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
bank="${1:-examples/interview-bank}"
runs="${RUNS:-10}"
jar="$repo/cli/target/qbank-lint.jar"
results="$(mktemp -d "${TMPDIR:-/tmp}/qbank-lint-bench.XXXXXX")"
trap 'rm -rf "$results"' EXIT

# The launcher's JVM flags without its archive (keep in step with ./qbank-lint).
launcher_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxTenuringThreshold=1 -XX:SurvivorRatio=16 -Xmn128m -XX:InitialRAMPercentage=3.125 -XX:-UsePerfData"
launcher_flags+=" -XX:CompileCommand=quiet -XX:CompileCommand=CompileThresholdScaling,io.github.qbanklint.*::*,0.1"
launcher_flags+=" -XX:CompileCommand=CompileThresholdScaling,org.commonmark.*::*,0.1"
grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null \
  && launcher_flags+=" -XX:+UseTransparentHugePages"

# Variants: a name and a command line, run with eval.
names=()
commands=()
if [ ${#homes[@]} -eq 0 ]; then
  names+=("launcher: ./qbank-lint $bank")
  commands+=("./qbank-lint $bank")
  if $compare; then
    names+=("java -jar, default JVM flags" "java -jar, C1 only + SerialGC, no AppCDS")
    commands+=("java -jar $jar $bank" "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar $bank")
  fi
fi
for home in "${homes[@]}"; do
  version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null)"
  if [ "${version:-0}" -ge 25 ]; then kind="AOT cache"; else kind="AppCDS archive"; fi
  names+=("launcher, Java ${version:-?} ($home), $kind" "launcher, Java ${version:-?} ($home), no archive")
  commands+=("JAVA_HOME='$home' ./qbank-lint $bank"
    "JAVA_HOME='$home' QBANK_LINT_JAVA_OPTS='$launcher_flags' ./qbank-lint $bank")
done

# Appends "wall_ms cpu_ms" of one run of the command to the variant's file.
measure() {
  local file="$1" command="$2" start end cpu
  start=$(date +%s%N)
  cpu=$( { TIMEFORMAT='%U %S'; time eval "$command" >/dev/null 2>&1 || true; } 2>&1 | tail -1)
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $(echo "$cpu" | awk '{ printf "%d", ($1 + $2) * 1000 }')" >>"$file"
}

# min / median / max of column $2 of file $1, in seconds.
summary() {
  awk -v c="$2" '{ print $c }' "$1" | sort -n | awk '{ t[NR] = $1 } END {
    m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "min %.3f  median %.3f  max %.3f", t[1] / 1000, m / 1000, t[NR] / 1000 }'
}

# Each variant keeps its result cache apart from the others' and the user's.
for i in "${!commands[@]}"; do
  commands[$i]="XDG_CACHE_HOME='$results/cache-$i' ${commands[$i]}"
done

# Untimed: builds the jar if needed, makes each JVM's archive and fills each variant's cache.
./qbank-lint "$bank" >/dev/null 2>&1 || true
for i in "${!commands[@]}"; do
  eval "${commands[$i]}" >/dev/null 2>&1 || true
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1) on the PATH; $runs runs each"
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
