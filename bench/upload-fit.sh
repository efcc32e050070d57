#!/usr/bin/env bash
# The upload fit (decode, scale under 4096 px, JPEG under 2 MB) as a whole process, side by side with ImageMagick on
# the same files:  convert PHOTO -resize '4095x4095>' -define jpeg:extent=2000kb OUT
#   bench/upload-fit.sh [RUNS] [PHOTO...]      defaults: 5 runs; the 24 MP, 24 MP high-ISO and 45 MP photos of
#   bench/end-to-end.sh; APP_IMAGE=DIR measures another build's app image
# Ours runs on the app image's own runtime (bench/java/.../FitUploadMain.java, no AOT cache). Reports the median wall
# time and peak RSS of each and the ratio ours / ImageMagick's. Needs the app image (mvn -DskipTests package),
# ImageMagick and GNU time (apt-get install imagemagick time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
image=${APP_IMAGE:-target/dist/face-beauty-studio}
java="$image/lib/runtime/bin/java"
[ -x "$java" ] || { echo "No app image at $image; run: mvn -DskipTests package" >&2; exit 1; }
command -v convert >/dev/null && convert -version | grep -q ImageMagick || { echo "Needs ImageMagick: apt-get install imagemagick" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "Needs GNU time: apt-get install time" >&2; exit 1; }

work=target/bench/upload-fit
mkdir -p "$work"
photos=("$@")
if [ ${#photos[@]} = 0 ]; then
  [ -f target/bench/e2e/photos/camera-24mp-high-iso.jpg ] || { echo "Run bench/end-to-end.sh once first (it makes the photos), or name photos" >&2; exit 1; }
  photos=(target/bench/e2e/photos/camera-24mp.jpg target/bench/e2e/photos/camera-24mp-high-iso.jpg target/bench/e2e/photos/camera-45mp.jpg)
fi
appcp=$(ls "$image"/lib/app/*.jar | tr '\n' ':')
rm -rf "$work/classes"
javac -d "$work/classes" -cp "$appcp" bench/java/dev/facebeauty/bench/FitUploadMain.java

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Prints "seconds megabytes" medians of RUNS runs of the command.
timed() {
  local times=() rss=()
  "$@" >/dev/null 2>&1   # warm the OS file cache
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" > "$work/last.txt" 2>&1 || { cat "$work/last.txt"; exit 1; }
    read -r seconds kilobytes < <(tail -1 "$work/time.txt")
    times+=("$seconds")
    rss+=("$((kilobytes / 1024))")
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${rss[@]}" | median)"
}

echo "Upload fit as a process, median of $runs runs, $(nproc) cores, $(uname -sm), $(convert -version | head -1 | cut -d' ' -f2-3)"
for photo in "${photos[@]}"; do
  read -r im_s im_mb < <(timed convert "$photo" -resize '4095x4095>' -define jpeg:extent=2000kb "$work/imagemagick.jpg")
  read -r our_s our_mb < <(timed "$java" -cp "$work/classes:$appcp" dev.facebeauty.bench.FitUploadMain "$photo" "$work/ours.jpg")
  printf '%s\n  ImageMagick %5.2f s %5d MB   %s\n  ours        %5.2f s %5d MB   %s\n  ratio       %5.2f × time, %.2f × memory\n' \
    "$(basename "$photo")" "$im_s" "$im_mb" "$(identify -format '%w × %h, %b' "$work/imagemagick.jpg")" \
    "$our_s" "$our_mb" "$(cat "$work/last.txt")" \
    "$(echo "$our_s / $im_s" | bc -l)" "$(echo "$our_mb / $im_mb" | bc -l)"
done
