#!/usr/bin/env bash
# Builds the self-contained app image (target/dist/$APP_NAME) from what `mvn package` left in target/.
# Called by exec-maven-plugin with JDK_HOME, TARGET, APP_NAME, APP_VERSION, APP_JAR, MAIN_CLASS, JLINK_MODULES.
set -euo pipefail
cd "$TARGET"
rm -rf jlink/runtime "dist/$APP_NAME"
cp "$APP_JAR" jpackage/input/

# Only the platform JavaFX jars are real modules; the classifier-less ones are empty placeholders.
fxdir=jlink/javafx-platform
rm -rf "$fxdir" && mkdir -p "$fxdir"
for jar in jlink/javafx/*.jar; do
  case "$(basename "$jar")" in *-[0-9]*.[0-9]*.[0-9]*-*.jar) cp "$jar" "$fxdir/" ;; esac
done

"$JDK_HOME/bin/jlink" \
  --module-path "$fxdir" \
  --add-modules "$JLINK_MODULES" \
  --strip-debug --no-header-files --no-man-pages --compress zip-6 \
  --output jlink/runtime

icon_args=()
icon="$(dirname "$0")/../icons/face-beauty-studio-256.png"
[ -f "$icon" ] && icon_args=(--icon "$icon")

"$JDK_HOME/bin/jpackage" \
  --type app-image \
  --name "$APP_NAME" \
  --app-version "$APP_VERSION" \
  --vendor "Face Beauty Studio" \
  --input jpackage/input \
  --main-jar "$APP_JAR" \
  --main-class "$MAIN_CLASS" \
  --runtime-image jlink/runtime \
  --java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED" \
  --java-options "-Xss2m" \
  "${icon_args[@]}" \
  --dest dist
echo "App image: $TARGET/dist/$APP_NAME (launcher bin/$APP_NAME)"
