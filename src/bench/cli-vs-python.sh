#!/usr/bin/env bash
# Times the command line (convert --jobs 2 --format jsonl) against the Python baseline on
# N copies of the example page, each as a whole process, alternately, ROUNDS times each.
# Usage: src/bench/cli-vs-python.sh [COPIES] [ROUNDS]   (defaults 10000 and 3; builds the -cli
# jar first)
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-10000}
rounds=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -q -DskipTests package
jar=$(ls target/episode-page-parser-*-cli.jar)
mkdir -p "$work/pages"
for i in $(seq 1 "$copies"); do
  cp testdata/goodpods/database-school.txt "$work/pages/page-$i.txt"
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
