#!/usr/bin/env bash
# Reproduces the learned ranker's shipped weights from the CLEF CheckThat! training debates:
#   scripts/train-ranker.sh [DATA_DIR]     (default ../shared/data)
# Deterministic: sorted inputs, liblinear's fixed seed, no time stamp in the gzip header. The
# sentence embeddings are kept in target/ranker-cache (the first run embeds ~49,000 sentences).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data}
mvn -B -q test-compile
CP="target/classes:target/test-classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
OUT=src/main/resources/dev/claimdesk/extraction/ranker-weights.bin.gz
java -Xmx3g -cp "$CP" dev.claimdesk.bench.RankerTraining train "$DATA" "$OUT" target/ranker-cache
sha256sum "$OUT"
