#!/usr/bin/env bash
# Builds the committed tree twice from clean copies, a minute apart, with the release profile (signing
# skipped, tests skipped: they do not change the jars), and compares the sha256 of every jar.
# Exit 0 when all are byte-identical. The Central bundle's zip is left out: its entries carry the time
# of the build; the files inside it are compared instead.
# Usage: tools/check-reproducible.sh [commit]   (default HEAD)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="${1:-HEAD}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in 1 2; do
  mkdir -p "$work/$i"
  git -C "$repo" archive "$commit" | tar -x -C "$work/$i"
  (cd "$work/$i" && ./mvnw -B -q -Prelease -Dgpg.skip verify -DskipTests > "$work/build-$i.log" 2>&1) \
    || { echo "build $i failed; log:" >&2; tail -40 "$work/build-$i.log" >&2; exit 2; }
  (cd "$work/$i" && sha256sum */target/*.jar | sort -k2) > "$work/jars-$i.sha256"
  mkdir -p "$work/bundle-$i"
  unzip -q "$work/$i/target/central-publishing/central-bundle.zip" -d "$work/bundle-$i"
  if [ "$i" = 1 ]; then sleep 61; fi
done
cat "$work/jars-1.sha256"
if diff "$work/jars-1.sha256" "$work/jars-2.sha256" && diff -r "$work/bundle-1" "$work/bundle-2"; then
  echo "reproducible: $(wc -l < "$work/jars-1.sha256") jars and the bundle's files are byte-identical ($(git -C "$repo" rev-parse --short "$commit"))"
else
  echo "NOT reproducible: see the differences above" >&2
  exit 1
fi
