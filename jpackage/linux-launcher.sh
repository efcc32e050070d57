#!/bin/sh
# Face Beauty Studio's launcher on Linux: starts the bundled Java runtime with the class path and options of
# lib/app/<this file's name>.cfg, as jpackage's own launcher does. That one asks rpm and dpkg which package owns it
# (rpm -qf, dpkg -S, then dpkg -L, twice over) before every start, which took 0.15 s from the app image and more
# installed; this one does not. Written into the app image by jpackage/Packager.java, over jpackage's.
launcher=$(readlink -f "$0") || exit 1
root=${launcher%/bin/*}
app=$root/lib/app
cfg=$app/${launcher##*/}.cfg
[ -r "$cfg" ] || { echo "Face Beauty Studio is damaged: $cfg is missing; please reinstall it." >&2; exit 1; }

# The user's arguments stay in "$@"; the JVM's are added after them and rotated to the front below.
given=$#
classpath=
while IFS= read -r line || [ -n "$line" ]; do
  value=${line#*=}
  # jpackage's substitutions, wherever they stand in a value
  for token in APPDIR BINDIR ROOTDIR; do
    case $token in APPDIR) dir=$app ;; BINDIR) dir=$root/bin ;; ROOTDIR) dir=$root ;; esac
    while :; do
      case $value in
        *"\$$token"*) value=${value%%"\$$token"*}$dir${value#*"\$$token"} ;;
        *) break ;;
      esac
    done
  done
  case $line in
    app.mainclass=*) main=$value ;;
    app.classpath=*) classpath=$classpath${classpath:+:}$value ;;
    java-options=*) set -- "$@" "$value" ;;
  esac
done < "$cfg"
set -- "$@" "-Djpackage.app-path=$launcher" -cp "$classpath" "$main"
while [ "$given" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  given=$((given - 1))
done
exec "$root/lib/runtime/bin/java" "$@"
