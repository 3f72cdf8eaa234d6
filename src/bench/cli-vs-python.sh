#!/usr/bin/env bash
# Times the command line (convert --jobs 2 --format jsonl) against the Python baseline on
# N copies of the example page, each as a whole process, alternately, ROUNDS times each; with
# "sites" as the third argument, on N copies of the real pages of testdata/realworld taken in
# turn (pages from many sites, read by the generic layout).
# Usage: src/bench/cli-vs-python.sh [COPIES] [ROUNDS] [example|sites]   (defaults 10000, 3 and
# example; builds the -cli jar first)
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-10000}
rounds=${2:-3}
pages=${3:-example}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -q -DskipTests package
jar=$(ls target/episode-page-parser-*-cli.jar)
mkdir -p "$work/pages"
case "$pages" in
  example) sources=(testdata/goodpods/database-school.txt) ;;
  sites) sources=(testdata/realworld/*.txt) ;;
  *) echo "pages: example or sites, not $pages" >&2; exit 2 ;;
esac
for i in $(seq 1 "$copies"); do
  cp "${sources[$(( (i - 1) % ${#sources[@]} ))]}" "$work/pages/page-$i.txt"
done
echo "pages: $copies, $(du -sh "$work/pages" | cut -f1)"

time_it() {
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/$name.jsonl" 2> /dev/null || true
  end=$(date +%s.%N)
  echo "$name: $(echo "$end - $start" | bc) s, $(wc -l < "$work/$name.jsonl") lines of JSON"
}

for round in $(seq 1 "$rounds"); do
  echo "round $round"
  time_it cli java -jar "$jar" convert --quiet --jobs 2 --format jsonl "$work/pages"
  time_it python python3 src/bench/python/baseline.py "$work/pages"
done
