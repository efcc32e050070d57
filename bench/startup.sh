#!/usr/bin/env bash
# Time to first frame of the packaged app, with its AOT cache (JDK 25 class-data sharing) and with no CDS at all.
#   bench/startup.sh [RUNS] [APP_IMAGE]      defaults: 9 runs, target/dist/face-beauty-studio (Linux)
# Build the app image first (mvn -DskipTests package). Each run starts the launcher with --exit-after-first-frame,
# which prints first-frame-ms (from process start to the first laid-out frame of the window) and quits; the median
# is reported. "no CDS" is a copy of the image whose launcher runs with -Xshare:off. Uses $DISPLAY, or starts
# Xvfb when there is none (apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
image=${2:-target/dist/face-beauty-studio}
[ -x "$image/bin/face-beauty-studio" ] || { echo "No app image at $image; run: mvn -DskipTests package" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "No DISPLAY and no Xvfb (apt-get install xvfb)" >&2; exit 1; }
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:97
  sleep 1
fi

work=target/bench/startup
rm -rf "$work" && mkdir -p "$work/home"
cp -a "$image" "$work/no-cds"
cfg="$work/no-cds/lib/app/face-beauty-studio.cfg"
sed -i -e '/AOTCache\|Xshare/d' "$cfg"
echo "java-options=-Xshare:off" >> "$cfg"
rm -f "$work/no-cds/lib/app/"*.aot

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

measure() {
  local launcher=$1 label=$2 times=()
  "$launcher" --exit-after-first-frame >/dev/null 2>&1 || true   # warm the OS file cache
  for _ in $(seq "$runs"); do
    times+=("$(JAVA_TOOL_OPTIONS="-Dfacebeauty.home=$PWD/$work/home" "$launcher" --exit-after-first-frame 2>/dev/null \
      | sed -n 's/^first-frame-ms=//p')")
  done
  printf '%-12s median %5s ms to first frame   (runs: %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

echo "Time to first frame, $runs runs each, $(nproc) cores, $(uname -sm)"
measure "$image/bin/face-beauty-studio" "AOT cache"
measure "$work/no-cds/bin/face-beauty-studio" "no CDS"
