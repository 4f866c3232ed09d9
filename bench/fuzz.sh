#!/usr/bin/env bash
# Runs generated Markdown documents through the engine in-process with every offline rule on
# (not part of CI). Failing or slow documents are saved under bench/results/fuzz/<seed>.md with
# the problem in <seed>.txt; rerun one with --seed <seed> --count 1.
#
#   bench/fuzz.sh [--count 1000000] [--seed S] [--minutes M] [--threads T] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

jar=bench/jmh/target/qbank-lint-bench.jar
args=()
build=true
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then build=false; else args+=("$arg"); fi
done
if $build || [[ ! -f "$jar" ]]; then
  ./mvnw -q -o -Pbench -pl bench/jmh -am package -DskipTests -Dspotless.check.skip
fi
exec java -cp "$jar" io.github.qbanklint.bench.FuzzMain --out bench/results/fuzz "${args[@]}"
