#!/usr/bin/env bash
# Benchmarks (not tests): prints figures recorded in docs/benchmarks.md.
# Usage: scripts/bench.sh store-open|clef|detection
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
CP="target/classes:target/test-classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

case "${1:-}" in
  store-open)
    java -cp "$CP" dev.claimdesk.bench.StoreOpenBenchmark claimdesk-new "$WORK" >/dev/null
    DB=$(ls "$WORK"/*.db | head -1)
    for mode in "claimdesk-new $WORK" "claimdesk-existing $DB" "jdbc $DB"; do
      for i in 1 2 3 4 5; do java -cp "$CP" dev.claimdesk.bench.StoreOpenBenchmark $mode; done \
        | awk '{s+=$2; n++; if (min==""||$2<min) min=$2} END {printf "%-16s mean %7.1f ms  min %7.1f ms  (%d fresh JVMs)\n", $1, s/n, min, n}'
    done
    ;;
  clef)
    # Ranking quality on real fact-checker labels; the Python reference scorer confirms the MAP.
    DATA=${CLEF_DIR:-../shared/data/clef2019-task1}
    java -cp "$CP" dev.claimdesk.bench.ClefEvaluation "$DATA/training" "$WORK/pred"
    GOLD=$(ls "$DATA"/training/*.tsv | paste -sd,)
    PRED=$(for f in "$DATA"/training/*.tsv; do echo "$WORK/pred/$(basename "$f")"; done | paste -sd,)
    if command -v python3 >/dev/null; then
      echo "reference scorer (clef_map.py):"; python3 "$DATA/clef_map.py" "$GOLD" "$PRED" | tail -3
    fi
    ;;
  detection)
    # Throughput on >= 20 MB of generated article text, beside a plain BreakIterator sentence pass.
    java -Xmx4g -cp "$CP" dev.claimdesk.bench.DetectionBenchmark "${2:-20}"
    ;;
  *) echo "usage: $0 store-open|clef|detection" >&2; exit 64 ;;
esac
