#!/usr/bin/env bash
# The command-line checks of issue 7, run by hand (never by the tests), after
#   mvn -B -ntp -q -DskipTests package
# 1. memory: the CLI renders the large statement to HTML, PDF and text with a 192 MB heap;
# 2. start-up: the CLI renders the small statement in a fresh JVM, side by side in one hyperfine
#    run with a minimal commonmark-java command line (benchmarks/target/commonmark-cli.jar) on the
#    same content: the launcher the build writes (cli/target/communique, with its class-data
#    archive) as shipped, and plain `java -jar` for comparison.
# Usage: benchmarks/cli-checks.sh [runs]   (default 20 runs per command; SKIP_MEMORY=1 skips 1.)
# Other work on the machine skews every figure: `uptime` is printed with them, and the ratios
# to the commonmark CLI (last lines) are the figures to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}
BENCH=benchmarks/target/benchmarks.jar
CLI=cli/target/communique.jar
LAUNCHER=cli/target/communique
CM=benchmarks/target/commonmark-cli.jar
DOCS=benchmarks/target/documents
OUT=$DOCS/out
mkdir -p "$OUT"

for f in "$BENCH" "$CLI" "$LAUNCHER" "$CM"; do
  [ -e "$f" ] || { echo "missing $f: run mvn -B -ntp -q -DskipTests package first" >&2; exit 1; }
done
[ -f cli/target/communique.jsa ] ||
  echo "warning: no cli/target/communique.jsa; the launcher runs without its archive" >&2

SIZES="small large"
[ -n "${SKIP_MEMORY:-}" ] && SIZES=small
java -cp "$BENCH" io.github.communique.benchmarks.GenerateDocuments "$DOCS" $SIZES

if [ -z "${SKIP_MEMORY:-}" ]; then
  echo "== memory: render large.json to html,pdf,text with -Xmx192m"
  uptime
  /usr/bin/time -f "exit %x, %e s, max RSS %M KB" \
    java -Xmx192m -jar "$CLI" render "$DOCS/large.json" --to html,pdf,text -o "$OUT" -q
  ls -l "$OUT"/large.*
fi

echo "== start-up: small statement, fresh JVM each run ($RUNS runs)"
uptime
hyperfine -N -w 3 -r "$RUNS" --export-markdown "$DOCS/startup.md" --export-json "$DOCS/startup.json" \
  -n "commonmark-java CLI, small → HTML" \
  "java -jar $CM $DOCS/small.commonmark.md $OUT/small.cm.html" \
  -n "communique launcher, small → HTML" \
  "$LAUNCHER render $DOCS/small.json --to html -o $OUT -q" \
  -n "communique launcher, small → html,pdf,text" \
  "$LAUNCHER render $DOCS/small.json --to html,pdf,text -o $OUT -q" \
  -n "java -jar communique.jar, small → HTML" \
  "java -jar $CLI render $DOCS/small.json --to html -o $OUT -q" \
  -n "java -jar communique.jar, small → html,pdf,text" \
  "java -jar $CLI render $DOCS/small.json --to html,pdf,text -o $OUT -q"
uptime

if command -v jq > /dev/null; then
  echo "== mean time as a multiple of the commonmark CLI's (goal: launcher → HTML ≤ 1.5×)"
  jq -r '.results[0].mean as $cm | .results[]
    | "\(.command): \(.mean * 1000 | floor) ms, \(.mean / $cm * 100 | floor / 100)×"' \
    "$DOCS/startup.json"
fi
