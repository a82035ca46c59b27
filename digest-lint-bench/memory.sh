#!/usr/bin/env bash
# Checks that memory is bounded by the blog, not by what it repeats: a full check of N generated
# posts, once with a new paper in every entry and once with 42 papers summarised again and again,
# each in a JVM of HEAP (512 MB by default). Prints, per blog, whether the check completed, its
# summary line, the peak heap in use (from the GC log) and the peak resident memory (GNU time).
#
# Usage: digest-lint-bench/memory.sh N [HEAP]   e.g. digest-lint-bench/memory.sh 10000 -Xmx512m
# Everything goes under digest-lint-bench/target/memory-N/.
set -euo pipefail

posts=${1:?usage: memory.sh N [HEAP]}
heap=${2:--Xmx512m}
bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
# shellcheck source=blog-pom.sh
. "$bench/blog-pom.sh"
work=$bench/target/memory-$posts

if ! /usr/bin/time -f %M true >/dev/null 2>&1; then
  echo "installing GNU time" >&2
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

echo "building digest-lint and the benchmarks" >&2
(cd "$root" && ./mvnw -B -q -Pbench install -Dmaven.test.skip=true -Dinvoker.skip)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)

printf '| blog | posts | completed | summary | peak heap in use | peak resident |\n| --- | ---: | --- | --- | ---: | ---: |\n'
for papers in 0 42; do
  name=$([ "$papers" = 0 ] && echo "a new paper in every entry" || echo "$papers papers, repeated")
  blog=$work/papers-$papers
  rm -rf "$blog" "$work/gc-$papers.log"* && mkdir -p "$blog"
  java -cp "$bench/target/benchmarks.jar" io.github.digestlint.bench.CorpusGenerator \
    "$posts" "$blog/_posts" 1 "$papers" >/dev/null
  write_blog_pom "$blog" "$version"
  status=0
  MAVEN_OPTS="$heap -Xlog:gc:file=$work/gc-$papers.log" /usr/bin/time -f %M -o "$work/rss-$papers.txt" \
    "$root/mvnw" -B -o -f "$blog/pom.xml" digest-lint:check -Ddigestlint.incremental=false \
    -Ddigestlint.failOnSeverity=none >"$work/check-$papers.log" 2>&1 || status=$?
  summary=$(sed -n 's/^\[INFO\] \([0-9,]* errors and .* posts\)$/\1/p' "$work/check-$papers.log" | tail -1)
  # The heap in use before each collection, in MB; its largest value is the peak.
  peak_heap=$(grep -o '[0-9]*M->' "$work/gc-$papers.log" | tr -d 'M>-' | sort -n | tail -1)
  rss=$(( $(tail -1 "$work/rss-$papers.txt") / 1024 ))
  printf '| %s | %s | %s | %s | %s MB | %s MB |\n' "$name" "$posts" \
    "$([ "$status" = 0 ] && echo yes || echo "no (exit $status, see $work/check-$papers.log)")" \
    "${summary:-none}" "${peak_heap:-?}" "$rss"
done
