#!/usr/bin/env bash
# Cold start of the workreport command: the median wall time of N runs (default 15) of
#   java -version                                   (the JVM's own start, the yardstick)
#   java -jar cli/target/workreport.jar --version
#   java -jar cli/target/workreport.jar parse examples/sample-report.txt
#   cli/target/workreport --version                 (the launcher: class-data sharing archive, UTF-8)
#   cli/target/workreport parse examples/sample-report.txt
# and each parse's ratio to java -version. A benchmark, not a test: the figures depend on the machine and
# its load (docs/performance.md#cold-start-issue-18). Usage: bench/cold-start.sh [N]   (after mvn package)
# BASELINE_JAR=old/workreport.jar adds the same two java -jar rows for an earlier build, measured alongside.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
N=${1:-15}
JAR=cli/target/workreport.jar
LAUNCHER=cli/target/workreport
SAMPLE=examples/sample-report.txt
[[ -f $JAR ]] || { echo "no $JAR: run mvn -B -q -DskipTests package first" >&2; exit 1; }

# median wall time in milliseconds of N runs of the command
median_ms() {
    local times=() i t0 t1
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; } # warm the file cache once
    for ((i = 0; i < N; i++)); do
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1
        t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}

base=$(median_ms java -version)
printf '%-58s %6s ms\n' "java -version" "$base"
row() {
    local label=$1; shift
    local ms
    ms=$(median_ms "$@")
    printf '%-58s %6s ms  %5.1fx\n' "$label" "$ms" "$(awk -v a="$ms" -v b="$base" 'BEGIN {print a / b}')"
}
if [[ -n ${BASELINE_JAR:-} ]]; then
    row "java -jar BASELINE_JAR --version" java -jar "$BASELINE_JAR" --version
    row "java -jar BASELINE_JAR parse sample" java -jar "$BASELINE_JAR" parse "$SAMPLE"
fi
row "java -jar workreport.jar --version" java -jar "$JAR" --version
row "java -jar workreport.jar parse sample" java -jar "$JAR" parse "$SAMPLE"
if [[ -x $LAUNCHER ]]; then
    row "workreport --version (launcher)" "$LAUNCHER" --version
    row "workreport parse sample (launcher)" "$LAUNCHER" parse "$SAMPLE"
fi
echo "median of $N runs each; $(nproc) processors; $(java -version 2>&1 | head -n 1)"
