#!/usr/bin/env bash
# Renders a sample statement with the HTML renderer and takes a screenshot of the page in headless
# Chromium, to see the default stylesheet as a reader does.
#
#   scripts/html-screenshot.sh [SAMPLE] [OUT.png] [WIDTHxHEIGHT] [light|dark]
#
# SAMPLE is a name from examples/statements/ (default green-alliance); OUT defaults to
# docs/html-screenshot.png. Installs Debian's chromium and the Noto fonts when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

sample=${1:-green-alliance}
out=${2:-docs/html-screenshot.png}
size=${3:-1200x1800}
theme=${4:-light}

if ! command -v chromium >/dev/null || ! fc-list | grep -q "Noto Serif"; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-core >/dev/null
fi

mvn -B -ntp -q -pl render-html -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
classpath="render-html/target/test-classes:render-html/target/classes:$(cat render-html/target/classpath.txt)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$classpath" io.github.communique.html.RenderSampleMain "$sample" "$work/page.html" "$theme"

mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$work/profile" \
  --screenshot="$(realpath -m "$out")" --window-size="${size/x/,}" \
  "file://$work/page.html" 2>/dev/null
echo "wrote $out"
