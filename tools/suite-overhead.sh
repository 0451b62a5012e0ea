#!/usr/bin/env bash
# What carbon4j's JUnit extension costs a real project's test suite: runs the project's Surefire tests
# without and with carbon4j-junit (autodetected: junit.jupiter.extensions.autodetection.enabled=true,
# carbon4j-junit and its dependencies added to the test class path), in alternating rounds (ABBA),
# and prints the wall time of each Maven run and of its test JVM (with that JVM's CPU time).
#
#   tools/suite-overhead.sh PROJECT_DIR [ROUNDS] [MAVEN_ARGS...]
#
# PROJECT_DIR is a Maven project with a JUnit 5 suite (e.g. a checkout of apache/commons-text); it is
# compiled once, then only `surefire:test` runs. MAVEN_ARGS go to every run, e.g. -Dtest=CaseUtilsTest
# to measure what one test JVM pays to start carbon4j, or -Dtest='!NetTest' to leave out tests that
# need the network. carbon4j is packaged here, not installed. Needs /usr/bin/time.
#
# The runs with carbon4j write their reports into one directory, which gathers a run per round, as a developer's
# target/carbon4j does between builds without `clean`; each closing test JVM then merges its run into the runs
# already there. With CARBON4J_FRESH=1 in the environment each of them starts from an empty directory instead, as a
# CI build from a clean checkout does.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
project="$(cd "$1" && pwd)"
rounds="${2:-4}"
shift $(( $# >= 2 ? 2 : 1 ))
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn=("$repo/mvnw" -B -q)
skips=(-Denforcer.skip -Drat.skip -Djacoco.skip -Danimal.sniffer.skip -Dcyclonedx.skip -Dspotbugs.skip -Dpmd.skip
  -Dcheckstyle.skip -Djapicmp.skip -Dmaven.test.failure.ignore=true)

echo "building carbon4j-junit and the project's tests..." >&2
"${mvn[@]}" -f "$repo/pom.xml" -o -pl extension -am package -DskipTests > "$work/build.log" 2>&1 \
  || { tail -30 "$work/build.log" >&2; exit 2; }
# What a project that depends on carbon4j-junit gets: carbon4j-core's runtime dependencies without its optional
# OpenTelemetry API. (The plugin's property is includeScope: with mdep.includeScope, ignored, the whole test class
# path of carbon4j-core came along, ArchUnit's test engine and SLF4J's "no providers" warning included.)
"${mvn[@]}" -f "$repo/pom.xml" -o -pl src dependency:build-classpath -Dmdep.outputFile="$work/core.cp" \
  -DincludeScope=runtime -DexcludeArtifactIds=opentelemetry-api,opentelemetry-context,opentelemetry-common \
  > "$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; exit 2; }
extension="$(ls "$repo"/extension/target/carbon4j-junit-*.jar | grep -v -e sources -e javadoc | head -1)"
core="$(ls "$repo"/src/target/carbon4j-core-*.jar | grep -v -e sources -e javadoc | head -1)"
classpath="$extension,$core,$(tr ':' ',' < "$work/core.cp")"
"${mvn[@]}" -f "$project/pom.xml" test-compile "${skips[@]}" > "$work/build.log" 2>&1 \
  || { tail -30 "$work/build.log" >&2; exit 2; }

# Surefire starts its test JVM through this, which logs the JVM's wall, user and system seconds (Surefire's
# `jvm`, which Apache Commons projects set from commons.surefire.java).
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
java_bin="$(command -v "$java_bin")"
mkdir -p "$work/jdk/bin"
cat > "$work/jdk/bin/java" <<WRAPPER
#!/bin/sh
exec /usr/bin/time -a -o "\$CARBON4J_FORK_LOG" -f "%e %U %S" "$java_bin" "\$@"
WRAPPER
chmod +x "$work/jdk/bin/java"

# run KIND: one surefire:test; prints "maven-wall fork-wall fork-cpu tests"
run() {
  local kind="$1" extra=()
  shift
  if [ "$kind" = with ]; then
    extra=(-Dmaven.test.additionalClasspath="$classpath" -Djunit.jupiter.extensions.autodetection.enabled=true
      -Dcarbon4j.output-dir="$work/carbon4j")
  fi
  rm -rf "$project/target/surefire-reports"
  if [ "${CARBON4J_FRESH:-}" = 1 ]; then
    rm -rf "$work/carbon4j"
  fi
  : > "$work/fork.log"
  local start end
  start=$(date +%s%N)
  CARBON4J_FORK_LOG="$work/fork.log" "${mvn[@]}" -f "$project/pom.xml" -o surefire:test -Djvm="$work/jdk/bin/java" -Dcommons.surefire.java="$work/jdk/bin/java" \
    "${skips[@]}" "${extra[@]}" "$@" > "$work/$kind.log" 2>&1 || { tail -30 "$work/$kind.log" >&2; exit 2; }
  end=$(date +%s%N)
  local tests
  tests=$(cat "$project"/target/surefire-reports/TEST-*.xml 2>/dev/null | grep -o '<testsuite [^>]*tests="[0-9]*"' \
    | grep -o 'tests="[0-9]*"' | tr -dc '0-9\n' | paste -sd+ | bc)
  if [ "$kind" = with ] && ! grep -q "carbon4j: .* tests tracked" "$work/with.log"; then
    echo "carbon4j tracked nothing: is autodetection on? see its log:" >&2; tail -30 "$work/with.log" >&2; exit 2
  fi
  [ -s "$work/fork.log" ] || { echo "no test JVM went through $work/jdk/bin/java: does the project set Surefire's jvm?" >&2; exit 2; }
  awk -v wall="$(( (end - start) / 1000000 ))" -v tests="$tests" \
    '/^[0-9.]+ [0-9.]+ [0-9.]+$/ { w += $1; c += $2 + $3 } END { printf "%.2f %.2f %.2f %d\n", wall / 1000, w, c, tests }' \
    "$work/fork.log"
}

run without "$@" > /dev/null   # untimed: warms the page cache and Maven's repository reads
run with "$@" > /dev/null
printf "%-6s %12s %12s %12s %12s %12s %12s %8s\n" round "mvn s" "mvn+c4j s" "fork s" "fork+c4j s" "cpu s" "cpu+c4j s" tests
: > "$work/rows"
for ((round = 1; round <= rounds; round++)); do
  if (( round % 4 == 2 || round % 4 == 3 )); then
    with=$(run with "$@"); without=$(run without "$@")
  else
    without=$(run without "$@"); with=$(run with "$@")
  fi
  read -r mw fw cw tw <<< "$without"
  read -r mc fc cc tc <<< "$with"
  [ "$tw" = "$tc" ] || { echo "test counts differ: $tw without, $tc with" >&2; exit 2; }
  echo "$mw $mc $fw $fc $cw $cc" >> "$work/rows"
  printf "%-6d %12s %12s %12s %12s %12s %12s %8s\n" "$round" "$mw" "$mc" "$fw" "$fc" "$cw" "$cc" "$tw"
done
# Medians of each column, the change of the medians, and the median of the rounds' paired differences (what the
# ABBA order is for: a drifting machine moves both sides of a round alike), with its 95 % interval (tools/paired.py).
python3 - "$work/rows" "$repo/tools" <<'PY'
import statistics, sys
sys.path.insert(0, sys.argv[2])
import paired
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
cols = list(zip(*rows))
med = [statistics.median(c) for c in cols]
print("%-6s %12.2f %12.2f %12.2f %12.2f %12.2f %12.2f" % ("median", *med))
for name, a, b in (("maven wall", 0, 1), ("test JVM wall", 2, 3), ("test JVM cpu", 4, 5)):
    print("%-14s %+7.2f s (%+.1f %%), paired differences: %s"
          % (name, med[b] - med[a], (med[b] - med[a]) / med[a] * 100,
             paired.describe([r[b] - r[a] for r in rows], "s", digits=2)))
PY
