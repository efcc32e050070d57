#!/usr/bin/env bash
# Installs the .deb that `mvn -Pinstallers package` built, runs the installed launcher with --version, checks the
# answer, and removes the package again. Needs root (CI runs as root); called by .ci/run on Debian-like systems.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
deb=target/installer/face-beauty-studio_${version}_amd64.deb
[ -f "$deb" ] || { echo "No $deb; build it with: mvn -Pinstallers -DskipTests package" >&2; exit 1; }

echo "Installing $deb ($(du -h "$deb" | cut -f1))"
# On a bare machine the package's Depends (X11 and ALSA libraries, xdg-utils) are missing: apt brings them.
if ! dpkg -i "$deb" >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -f -y -qq >/dev/null
fi
trap 'dpkg --purge face-beauty-studio >/dev/null' EXIT
echo "Installed size: $(du -sh /opt/face-beauty-studio | cut -f1)"

answer=$(/opt/face-beauty-studio/bin/face-beauty-studio --version 2>&1)
expected="Face Beauty Studio $version"
if [ "$answer" != "$expected" ]; then
  echo "The installed launcher answered '$answer', expected '$expected'" >&2
  exit 1
fi
# AOTMode=on: the JVM refuses to start unless it can use the AOT cache, which it does only with the jars it was trained
# on (their times are set by the postinst); without it every start is slower, silently.
JAVA_TOOL_OPTIONS=-XX:AOTMode=on /opt/face-beauty-studio/bin/face-beauty-studio --version >/dev/null 2>&1 \
  || { echo "The installed app cannot use its AOT cache: the installed jars are not the ones it was trained on" >&2; exit 1; }
desktop=/usr/share/applications/face-beauty-studio-face-beauty-studio.desktop
[ -f "$desktop" ] && grep -q '^MimeType=image/jpeg;image/png;' "$desktop" \
  || { echo "No desktop entry with the JPEG/PNG association was installed" >&2; exit 1; }
edit=/opt/face-beauty-studio/bin/face-beauty-studio-edit-in-place
[ -x "$edit" ] && grep -q '^java-options=-XX:AOTCache=' /opt/face-beauty-studio/lib/app/face-beauty-studio-edit-in-place.cfg \
  || { echo "No edit-in-place launcher (for Lightroom's and Capture One's Edit In) with the app's options" >&2; exit 1; }
echo "Installed launcher answered: $answer, with its AOT cache; desktop entry $desktop; Edit In launcher $edit"
