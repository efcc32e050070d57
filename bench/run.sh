#!/usr/bin/env bash
# Builds and runs the JMH benchmarks in bench/java against the app's classes.
#   bench/run.sh                     all benchmarks
#   bench/run.sh PrepareUpload -f 1  JMH's own options pass through
# Needs a JDK >= 25 (JAVA_HOME) and Maven, like the build.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
mvn -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
cp="target/classes:target/test-classes:$(cat "$out/classpath.txt")"
rm -rf "$out/classes"
javac -proc:full -processorpath "$cp" -cp "$cp" -d "$out/classes" $(find bench/java -name '*.java')
exec java --enable-native-access=ALL-UNNAMED -cp "$out/classes:$cp" org.openjdk.jmh.Main "$@"
