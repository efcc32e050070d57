#!/usr/bin/env bash
# Time to first frame of the packaged app, with its AOT cache (JDK 25 class-data sharing) and with no CDS at all.
#   bench/startup.sh [RUNS] [APP_IMAGE]      defaults: 9 runs, target/dist/face-beauty-studio (Linux)
# Build the app image first (mvn -DskipTests package). Each run starts the launcher with --exit-after-first-frame,
# which prints the wall-clock time of the first laid-out frame of the window and quits; the time from just before
# the launcher is started to that frame is taken, and the median reported. (Until December 2026 the app printed the
# time since its own process start as the JVM reports it, which on Linux counts from the boot time in whole seconds
# and was up to a second too long: the figures before then are not comparable.) "no CDS" is a copy of the image whose launcher runs with -Xshare:off. Uses $DISPLAY, or starts
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

# MODE "isolated": everything under one folder (-Dfacebeauty.home), which also skips the system keychain;
# MODE "as installed": a fresh $HOME, so the app finds its folders and probes the keychain as on a user's machine.
measure() {
  local launcher=$1 label=$2 mode=$3 times=()
  "$launcher" --exit-after-first-frame >/dev/null 2>&1 || true   # warm the OS file cache
  for _ in $(seq "$runs"); do
    local start frame
    start=$(date +%s%3N)
    if [ "$mode" = isolated ]; then
      frame=$(JAVA_TOOL_OPTIONS="-Dfacebeauty.home=$PWD/$work/home" "$launcher" --exit-after-first-frame 2>/dev/null \
        | sed -n 's/^first-frame-at-ms=//p')
    else
      frame=$(HOME="$PWD/$work/user" XDG_CONFIG_HOME= XDG_DATA_HOME= XDG_CACHE_HOME= XDG_STATE_HOME= \
        "$launcher" --exit-after-first-frame 2>/dev/null | sed -n 's/^first-frame-at-ms=//p')
    fi
    times+=("$((frame - start))")
  done
  printf '%-26s median %5s ms to first frame   (runs: %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

echo "Time to first frame, $runs runs each, $(nproc) cores, $(uname -sm)"
mkdir -p "$work/user"
measure "$image/bin/face-beauty-studio" "AOT cache" isolated
measure "$image/bin/face-beauty-studio" "AOT cache, as installed" installed
measure "$work/no-cds/bin/face-beauty-studio" "no CDS" isolated
