#!/usr/bin/env bash
# The smallest heap a full-size rebuild runs in: a 24 MP camera JPEG and a 45 MP 16-bit Adobe RGB TIFF, each rebuilt in
# a fresh JVM under smaller and smaller -Xmx until it no longer fits.   bench/rebuild-heap.sh [24|45]
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
mvn -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
cp="target/classes:target/test-classes:$(cat "$out/classpath.txt")"
rm -rf "$out/heap-classes"
javac -cp "$cp" -d "$out/heap-classes" bench/java/dev/facebeauty/bench/RebuildHeapMain.java
for size in ${1:-24 45}; do
  dir="$out/rebuild-$size"
  java -Xmx6g -cp "$out/heap-classes:$cp" dev.facebeauty.bench.RebuildHeapMain prepare "$size" "$dir"
  for heap in 3000 2500 2000 1750 1500 1250 1000 800 600; do
    if java -Xmx${heap}m -cp "$out/heap-classes:$cp" dev.facebeauty.bench.RebuildHeapMain run "$size" "$dir" 2>/dev/null; then
      echo "  fits in -Xmx${heap}m"
    else
      echo "  does not fit in -Xmx${heap}m"
      break
    fi
  done
done
