#!/usr/bin/env bash
# Writes the retouch contact sheet (pages of before/after crops, every face, every effect alone at 100 and the
# first-start values) and prints the quality figures per face.
#   bench/contact-sheet.sh docs/contact-sheet ../shared/fixtures [more folders of photos]
# Needs a JDK >= 25 (JAVA_HOME) and Maven, like the build.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
exec java -Xmx3g -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat "$out/classpath.txt")" \
    dev.facebeauty.retouch.ContactSheet "$@"
