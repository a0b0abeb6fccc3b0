#!/usr/bin/env bash
# The command-line checks of issue 7, run by hand (never by the tests), after
#   mvn -B -ntp -q -DskipTests package
# 1. memory: the CLI renders the large statement to HTML, PDF and text with a 192 MB heap;
# 2. start-up: the CLI renders the small statement in a fresh JVM, against a minimal
#    commonmark-java command line (benchmarks/target/commonmark-cli.jar) on the same content;
# 3. the same with an AppCDS archive built from one run of each.
# Usage: benchmarks/cli-checks.sh [runs]   (default 20 runs per command; SKIP_MEMORY=1 skips 1.)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}
BENCH=benchmarks/target/benchmarks.jar
CLI=cli/target/communique.jar
CM=benchmarks/target/commonmark-cli.jar
DOCS=benchmarks/target/documents
OUT=$DOCS/out
mkdir -p "$OUT"

SIZES="small large"
[ -n "${SKIP_MEMORY:-}" ] && SIZES=small
java -cp "$BENCH" io.github.communique.benchmarks.GenerateDocuments "$DOCS" $SIZES

if [ -z "${SKIP_MEMORY:-}" ]; then
  echo "== memory: render large.json to html,pdf,text with -Xmx192m"
  /usr/bin/time -f "exit %x, %e s, max RSS %M KB" \
    java -Xmx192m -jar "$CLI" render "$DOCS/large.json" --to html,pdf,text -o "$OUT" -q
  ls -l "$OUT"/large.*
fi

echo "== start-up: small statement, fresh JVM each run ($RUNS runs)"
hyperfine -N -w 3 -r "$RUNS" --export-markdown "$DOCS/startup.md" \
  -n "commonmark-java CLI, small → HTML" "java -jar $CM $DOCS/small.commonmark.md $OUT/small.cm.html" \
  -n "communique, small → HTML" "java -jar $CLI render $DOCS/small.json --to html -o $OUT -q" \
  -n "communique, small → html,pdf,text" "java -jar $CLI render $DOCS/small.json --to html,pdf,text -o $OUT -q"

echo "== start-up with AppCDS archives (one training run each)"
java -XX:ArchiveClassesAtExit="$DOCS/communique.jsa" -jar "$CLI" render "$DOCS/small.json" \
  --to html,pdf,text -o "$OUT" -q 2>/dev/null
java -XX:ArchiveClassesAtExit="$DOCS/commonmark.jsa" -jar "$CM" "$DOCS/small.commonmark.md" \
  "$OUT/small.cm.html" 2>/dev/null
hyperfine -N -w 3 -r "$RUNS" --export-markdown "$DOCS/startup-cds.md" \
  -n "commonmark-java CLI + AppCDS, small → HTML" \
  "java -XX:SharedArchiveFile=$DOCS/commonmark.jsa -jar $CM $DOCS/small.commonmark.md $OUT/small.cm.html" \
  -n "communique + AppCDS, small → HTML" \
  "java -XX:SharedArchiveFile=$DOCS/communique.jsa -jar $CLI render $DOCS/small.json --to html -o $OUT -q" \
  -n "communique + AppCDS, small → html,pdf,text" \
  "java -XX:SharedArchiveFile=$DOCS/communique.jsa -jar $CLI render $DOCS/small.json --to html,pdf,text -o $OUT -q"
