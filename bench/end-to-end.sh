#!/usr/bin/env bash
# The packaged command line end to end on camera-sized photos, as a photographer runs it: wall time and peak memory
# (RSS) of the whole process, median of RUNS runs each.
#   bench/end-to-end.sh [RUNS] [APP_IMAGE]      defaults: 3 runs, target/dist/face-beauty-studio (Linux)
# Photos (made once, kept in target/bench/e2e/photos): 24 MP and 45 MP camera-like JPEGs and a 45 MP 16-bit Adobe RGB
# TIFF, with a real face when ../shared/fixtures is there (bench/java/.../CameraPhotos.java). Cases:
#   built-in   beautify --engine local, the first-start settings plus a look, result written next to the photo's name
#   cloud      beautify --engine cloud against the contract server answering at once (no server time, first poll
#              done), full-size result: decode, fit the upload, send, download, rebuild at full size, write
# Build the app image first (mvn -DskipTests package). Needs GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
image=${2:-target/dist/face-beauty-studio}
app="$image/bin/face-beauty-studio"
[ -x "$app" ] || { echo "No app image at $image; run: mvn -DskipTests package" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "Needs GNU time: apt-get install time" >&2; exit 1; }
fixtures=${FIXTURES:-../shared/fixtures}

work=target/bench/e2e
photos="$work/photos"
mkdir -p "$work"
mvn -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
cp="target/classes:target/test-classes:$(cat "$work/classpath.txt")"
if [ ! -f "$photos/camera-24mp-high-iso.jpg" ]; then
  rm -rf "$work/classes"
  javac -d "$work/classes" -cp "$cp" bench/java/dev/facebeauty/bench/CameraPhotos.java
  java -Xmx4g -cp "$work/classes:$cp" dev.facebeauty.bench.CameraPhotos "$photos" "$fixtures"
fi

java -cp "$cp" dev.facebeauty.api.ContractServerMain instant > "$work/server.txt" &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do grep -q AILABAPI_BASE_URL "$work/server.txt" && break; sleep 0.2; done
export $(grep AILABAPI_ "$work/server.txt" | xargs)

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

run_case() {
  local label=$1 engine=$2 photo=$3 times=() rss=()
  for i in $(seq "$runs"); do
    local out="$work/out/$label-$i"
    rm -rf "$out" "$work/home" && mkdir -p "$out"
    JAVA_TOOL_OPTIONS="-Dfacebeauty.home=$PWD/$work/home" /usr/bin/time -f '%e %M' -o "$work/time.txt" \
      "$app" beautify --engine "$engine" --whitening 40 --smoothing 60 --thinface 30 --enlarge-eye 20 --filter 11 \
        --out-dir "$out" "$photos/$photo" > "$work/last.txt" 2>&1 || { cat "$work/last.txt"; exit 1; }
    [ "$(ls "$out" | wc -l)" = 1 ] || { echo "$label: no result written"; cat "$work/last.txt"; exit 1; }
    read -r seconds kilobytes < <(tail -1 "$work/time.txt")
    times+=("$seconds")
    rss+=("$((kilobytes / 1024))")
  done
  printf '%-34s %6.2f s  %5d MB peak RSS   (runs: %s s; %s MB)\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)" "${times[*]}" "${rss[*]}"
}

echo "End to end, packaged command line, median of $runs runs, $(nproc) cores, $(uname -sm)"
run_case "built-in, 24 MP JPEG" local camera-24mp.jpg
run_case "built-in, 45 MP JPEG" local camera-45mp.jpg
run_case "built-in, 45 MP 16-bit TIFF" local camera-45mp-16bit.tif
run_case "cloud (instant server), 24 MP JPEG" cloud camera-24mp.jpg
run_case "cloud (instant server), 45 MP JPEG" cloud camera-45mp.jpg
run_case "cloud (instant server), 45 MP TIFF" cloud camera-45mp-16bit.tif
