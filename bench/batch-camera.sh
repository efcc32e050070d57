#!/usr/bin/env bash
# A batch of N camera-sized photos (default 200 × 24 MP) through the packaged command line's built-in engine, to show
# that memory stays flat however long the batch: wall time, peak RSS, and the heap after each collection early in the
# batch against late in it.
#   bench/batch-camera.sh [N] [JOBS]      defaults: 200 photos, 2 at a time (the app's default)
# The photos are hard links to bench/end-to-end.sh's 24 MP photo (run that once first): each is read, analysed,
# retouched and written as a photo of its own. Needs the app image (mvn -DskipTests package) and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-200}
jobs=${2:-2}
app=target/dist/face-beauty-studio/bin/face-beauty-studio
photo=target/bench/e2e/photos/camera-24mp.jpg
[ -x "$app" ] || { echo "No app image; run: mvn -DskipTests package" >&2; exit 1; }
[ -f "$photo" ] || { echo "No $photo; run bench/end-to-end.sh once first" >&2; exit 1; }
work=target/bench/batch-camera
rm -rf "$work" && mkdir -p "$work/in" "$work/out"
for i in $(seq -w 1 "$count"); do ln "$photo" "$work/in/portrait-$i.jpg"; done

start=$(date +%s.%N)
JAVA_TOOL_OPTIONS="-Dfacebeauty.home=$PWD/$work/home -Xlog:gc:file=$PWD/$work/gc.log" /usr/bin/time -f '%M' -o "$work/rss.txt" \
  "$app" beautify --engine local --whitening 40 --smoothing 60 --thinface 30 --enlarge-eye 20 --filter 11 \
  --jobs "$jobs" --out-dir "$work/out" "$work/in" > "$work/progress.txt" 2>&1
end=$(date +%s.%N)

made=$(ls "$work/out" | wc -l)
after=$(grep -o -- '->[0-9]*M' "$work/gc.log" | tr -dc '0-9\n')
collections=$(echo "$after" | wc -l)
tenth=$((collections / 10 + 1))
printf 'Batch of %d × 24 MP, built-in engine, %d at a time: %d results in %.0f s (%.1f s a photo); peak RSS %d MB\n' \
  "$count" "$jobs" "$made" "$(echo "$end - $start" | bc)" "$(echo "($end - $start) / $count" | bc -l)" "$(( $(cat "$work/rss.txt") / 1024 ))"
printf 'Heap after collection, MB: first tenth of the batch max %s, last tenth max %s (%d collections)\n' \
  "$(echo "$after" | head -n "$tenth" | sort -n | tail -1)" "$(echo "$after" | tail -n "$tenth" | sort -n | tail -1)" "$collections"
