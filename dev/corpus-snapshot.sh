#!/usr/bin/env bash
# Writes the JSON of every text file in ../shared/corpus and ../shared/corpus-wide/texts to a
# folder (one JVM), and compares it with an earlier snapshot when one is given.
#   dev/corpus-snapshot.sh OUT            write a snapshot into OUT
#   dev/corpus-snapshot.sh OUT BASELINE   write one and list every file whose JSON differs
# Prints the dev scores of the snapshot too (SHOW=n SHOW_LINES=m to list misses).
# Used to keep refactorings byte-identical: take a snapshot before, one after, compare.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SHARED=../shared
JAR=cli/target/workreport.jar
out=${1:?usage: corpus-snapshot.sh OUT [BASELINE]}
base=${2:-}
[[ -d "$SHARED/corpus" ]] || { echo "no $SHARED/corpus: nothing to snapshot"; exit 0; }
rm -rf "$out"; mkdir -p "$out"
dirs=("$SHARED/corpus")
[[ -d "$SHARED/corpus-wide/texts" ]] && dirs+=("$SHARED/corpus-wide/texts")
java -jar "$JAR" parse --format json --pretty -q -o "$out" --glob '*.txt' "${dirs[@]}"
n=$(find "$out" -name '*.json' | wc -l)
echo "snapshot: $n files in $out"
# dev scores from the snapshot: evaluate.py wants <doc name>.json in one folder
if [[ -d "$SHARED/gold/dev" ]]; then
    flat=$(mktemp -d)
    find "$(cd "$out" && pwd)" -name '*.json' -exec ln -s {} "$flat/" \;
    python3 "$SHARED/tools/evaluate.py" --gold "$SHARED/gold/dev" --json-dir "$flat" --show "${SHOW:-0}" > "$flat/scores.txt" || true
    head -n "${SHOW_LINES:-4}" "$flat/scores.txt"
    rm -rf "$flat"
fi
if [[ -n "$base" ]]; then
    if diff -rq "$base" "$out" >/dev/null; then
        echo "identical to $base"
    else
        diff -rq "$base" "$out" || true
        exit 1
    fi
fi
