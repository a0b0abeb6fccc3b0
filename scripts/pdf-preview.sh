#!/usr/bin/env bash
# Renders the sample statements to PDF and turns the first pages of one into PNG, to look at the
# PDF layout without a PDF viewer.
#
#   scripts/pdf-preview.sh [SAMPLE] [PAGES]   # default: green-alliance, 2 pages
#   scripts/pdf-preview.sh --docs             # also refresh docs/pdf-first-page.png (README)
#
# Writes render-pdf/target/preview/<name>.pdf for every sample in examples/statements (and the
# test statements) and <SAMPLE>-<page>.png for the first PAGES pages. Needs pdftoppm (Debian's
# poppler-utils), which it installs with apt-get when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

docs=false
if [[ "${1:-}" == "--docs" ]]; then
  docs=true
  shift
fi
sample="${1:-green-alliance}"
pages="${2:-2}"
out=render-pdf/target/preview

if ! command -v pdftoppm >/dev/null 2>&1; then
  echo "pdftoppm not found: installing poppler-utils" >&2
  sudo=""
  if [[ "$(id -u)" != 0 ]]; then sudo=sudo; fi
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq poppler-utils
fi

# Compile, and have Maven write the test class path (core from the reactor, OpenPDF, PDFBox).
mvn -B -ntp -q -pl render-pdf -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/pdf-preview.classpath -Dmdep.includeScope=test
classpath="render-pdf/target/test-classes:render-pdf/target/classes:$(cat render-pdf/target/pdf-preview.classpath)"

java -cp "$classpath" io.github.communique.pdf.PdfPreview "$out"
if [[ ! -f "$out/$sample.pdf" ]]; then
  echo "no sample '$sample'; rendered: $(cd "$out" && ls *.pdf | sed 's/\.pdf$//' | tr '\n' ' ')" >&2
  exit 2
fi
rm -f "$out/$sample"-*.png
pdftoppm -png -r 110 -f 1 -l "$pages" "$out/$sample.pdf" "$out/$sample"
ls "$out/$sample"-*.png

if $docs; then
  mkdir -p docs
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$out/green-alliance.pdf" docs/pdf-first-page
  echo "docs/pdf-first-page.png"
fi
