#!/usr/bin/env bash
# A batch of N photos (default 200) through the command line against the loopback contract server, with the heap
# capped, to show that memory stays flat however long the batch: reports wall time and the largest heap after GC.
#   bench/batch.sh [N] [JOBS]      defaults: 200 photos, 8 at a time
# The contract server answers each job after two 1-second polls, so the wall time is mostly waiting, as with the
# real service. Needs a JDK >= 25 and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-200}
jobs=${2:-8}
heap=256m
work=target/bench/batch
rm -rf "$work" && mkdir -p "$work"
mvn -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
cp="target/classes:target/test-classes:$(cat "$work/classpath.txt")"
javac -d "$work/classes" -cp "$cp" bench/java/dev/facebeauty/bench/BatchPhotos.java
java -cp "$work/classes:$cp" dev.facebeauty.bench.BatchPhotos "$work/in" "$count"

java -cp "$cp" dev.facebeauty.api.ContractServerMain > "$work/server.txt" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do grep -q AILABAPI_BASE_URL "$work/server.txt" && break; sleep 0.2; done
export $(grep AILABAPI_ "$work/server.txt" | xargs)

start=$(date +%s.%N)
java -Xmx$heap -Xlog:gc:file="$work/gc.log" -Dfacebeauty.home="$PWD/$work/home" --enable-native-access=ALL-UNNAMED \
  -cp "$cp" dev.facebeauty.Main beautify --engine cloud --poll-interval 1 --jobs "$jobs" --out-dir "$work/out" "$work/in" \
  2> "$work/progress.txt"
end=$(date +%s.%N)

made=$(ls "$work/out" | wc -l)
peak=$(grep -o -- '->[0-9]*M' "$work/gc.log" | tr -dc '0-9\n' | sort -n | tail -1)
printf 'Batch of %d photos (1600 x 1200), %d at a time, heap capped at %s: %d results in %.1f s; largest heap after GC %s MB\n' \
  "$count" "$jobs" "$heap" "$made" "$(echo "$end - $start" | bc)" "${peak:-?}"
