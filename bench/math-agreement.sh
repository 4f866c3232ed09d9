#!/usr/bin/env bash
# How the strict math rules (math-syntax, math-unknown-command, math-delimiters) agree with KaTeX
# 0.19.1 (default options, throwOnError) on the formulas of Markdown files: formulas KaTeX rejects
# that the rules flag or miss, and formulas it accepts that they flag. See bench/README.md.
#
#   bench/math-agreement.sh [--profile github] [--no-build] [FILE.md...]
#
# Without FILEs: the example bank, KaTeX's own test cases written as Markdown, and bench/math-corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=github
build=true
files=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --profile) profile=$2; shift 2 ;;
    --no-build) build=false; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) files+=("$1"); shift ;;
  esac
done

jar=bench/jmh/target/qbank-lint-bench.jar
if $build || [[ ! -f $jar ]]; then
  ./mvnw -q -B -Pbench -pl bench/jmh -am package -DskipTests -Dspotless.check.skip=true
fi
if [[ ! -d bench/katex/node_modules/katex ]]; then
  (cd bench/katex && npm install --silent --no-audit --no-fund)
fi
if [[ ${#files[@]} -eq 0 ]]; then
  mkdir -p bench/corpus
  node bench/katex/cases-to-markdown.mjs rules/src/test/resources/math/katex-cases.portable.jsonl \
    > bench/corpus/katex-cases.md
  files=(examples/interview-bank/README.md bench/corpus/katex-cases.md bench/math-corpus/*.md)
fi
for file in "${files[@]}"; do
  echo "== $file"
  java -cp "$jar" io.github.qbanklint.rules.math.MathAgreementDump "$profile" "$file" \
    | node bench/katex/agreement.mjs
done
echo "== all files"
java -cp "$jar" io.github.qbanklint.rules.math.MathAgreementDump "$profile" "${files[@]}" \
  | node bench/katex/agreement.mjs
