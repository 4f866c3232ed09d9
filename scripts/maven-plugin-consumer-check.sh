#!/usr/bin/env bash
# Checks the Maven plugin the way a user meets it: installs this build into a PRIVATE local
# repository (never ~/.m2), then builds a project outside the repository whose pom has only the
# <plugin> block from docs/maven-plugin.md, on a copy of the example bank:
#   1. `mvn verify` must fail and list the bank's empty answers;
#   2. `mvn verify -Dqbanklint.failOn=none` must pass and write the reports.
#
# Usage: scripts/maven-plugin-consumer-check.sh [maven command for the consumer, default: mvn]
# Environment: QBANKLINT_M2 (private repository, default /work/m2-plugin, seeded from
# ~/.m2/repository when missing), MVN_OFFLINE=-o to build offline, SKIP_INSTALL=1 to reuse the
# plugin already installed there, KEEP_LOGS=dir to keep the consumer build logs.
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/.." && pwd)
consumer_mvn=${1:-mvn}
m2=${QBANKLINT_M2:-/work/m2-plugin}
offline=${MVN_OFFLINE:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/qbank-lint-consumer.XXXXXX")
trap 'if [ -n "${KEEP_LOGS:-}" ]; then mkdir -p "$KEEP_LOGS" && cp "$work"/*.log "$KEEP_LOGS"/; fi; rm -rf "$work"' EXIT

if [ "$m2" = "$HOME/.m2/repository" ]; then
  echo "refusing to install into the shared ~/.m2/repository" >&2
  exit 2
fi
if [ ! -d "$m2" ]; then
  echo "seeding $m2 from ~/.m2/repository"
  cp -r "$HOME/.m2/repository" "$m2"
fi

if [ -z "${SKIP_INSTALL:-}" ]; then
  echo "installing qbank-lint into $m2"
  "$repo_root/mvnw" -B -q $offline -f "$repo_root/pom.xml" install \
    -DskipTests -Dinvoker.skip -Dspotless.check.skip -Dmaven.repo.local="$m2"
fi

# The first ```xml block after the marker in the docs, exactly as a user would copy it.
plugin_block=$(awk '/<!-- consumer-plugin-block/ {found=1; next}
  found && /^```xml/ {inside=1; next}
  inside && /^```/ {exit}
  inside {print}' "$repo_root/docs/maven-plugin.md")
if [ -z "$plugin_block" ]; then
  echo "no <plugin> block found in docs/maven-plugin.md" >&2
  exit 2
fi

cat > "$work/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>interview-bank</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>
$plugin_block
    </plugins>
  </build>
</project>
POM
cp "$repo_root/examples/interview-bank/README.md" "$work/README.md"

run() {
  (cd "$work" && "$consumer_mvn" -B $offline -Dmaven.repo.local="$m2" "$@")
}

echo "consumer 1: $consumer_mvn verify (must fail on the example bank)"
if run verify > "$work/fail.log" 2>&1; then
  tail -40 "$work/fail.log"
  echo "FAILED: the build passed on the example bank" >&2
  exit 1
fi
empty_answers=$(grep -c '^\[ERROR\] README.md:[0-9]*:[0-9]* empty-answer ' "$work/fail.log" || true)
if [ "$empty_answers" -eq 0 ] || ! grep -q 'qbank-lint found .* at or above failOn=error' "$work/fail.log"; then
  tail -40 "$work/fail.log"
  echo "FAILED: the build failed, but not because of the bank's empty answers" >&2
  exit 1
fi
grep -m1 'questions answered' "$work/fail.log"
echo "ok: build failed, $empty_answers empty answers listed"

echo "consumer 2: $consumer_mvn verify -Dqbanklint.failOn=none (must pass and write reports)"
if ! run verify -Dqbanklint.failOn=none > "$work/pass.log" 2>&1; then
  tail -40 "$work/pass.log"
  echo "FAILED: the build failed with failOn=none" >&2
  exit 1
fi
for report in qbank-lint.txt qbank-lint.json; do
  if [ ! -s "$work/target/qbank-lint/$report" ]; then
    echo "FAILED: target/qbank-lint/$report was not written" >&2
    exit 1
  fi
done
echo "ok: build passed, reports: $(ls "$work/target/qbank-lint" | tr '\n' ' ')"
"$consumer_mvn" -v | head -1
