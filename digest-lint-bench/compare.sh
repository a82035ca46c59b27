#!/usr/bin/env bash
# Times whole runs on a generated blog of N posts, as a user would start them: digest-lint
# (mvn digest-lint:check), markdownlint-cli2 and rumdl, and a plain read of every file. The tools
# take turns, round after round, so that a slow spell of the machine hits all of them alike; the
# medians, their ratios to digest-lint and the peak memory end up in the table that
# docs/performance.md quotes.
#
# Usage: digest-lint-bench/compare.sh N [ROUNDS]   (ROUNDS: 5 by default, 3 from 10,000 posts on)
#
# Needs Java 17+ and, for the other linters, npm; installs what it can that is missing with apt-get
# (GNU time, npm) or npm (Node.js 20 for markdownlint-cli2, when the machine's is older).
# Everything else goes under digest-lint-bench/target/.
set -euo pipefail

# Pinned, so that reruns compare the same programs. markdownlint-cli2 0.22.0 is the last release
# that runs on Node.js 20; later ones need Node.js 22.
MARKDOWNLINT_CLI2_VERSION=0.22.0
RUMDL_VERSION=0.2.75
# What markdownlint-cli2 runs on when the machine's Node.js is older than 20 (Debian 12 has 18).
NODE_VERSION=20.20.2
SEED=1
# The memory budget digest-lint must stay within (docs/performance.md).
MAVEN_HEAP=-Xmx512m

posts=${1:?usage: compare.sh N [ROUNDS]}
rounds=${2:-$((posts >= 10000 ? 3 : 5))}
bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
# shellcheck source=blog-pom.sh
. "$bench/blog-pom.sh"
work=$bench/target/compare-$posts
blog=$work/blog
npm_dir=$bench/target/npm
times=$work/times.tsv

say() { printf '%s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  say "installing Debian packages: $*"
  as_root apt-get update -qq && as_root apt-get install -y -qq "$@" >/dev/null
}

# GNU time reports the peak resident memory; a shell's built-in time does not.
if ! /usr/bin/time -f %M true >/dev/null 2>&1; then
  apt_install time
fi
if ! command -v npm >/dev/null 2>&1; then
  apt_install nodejs npm || say "npm could not be installed: markdownlint-cli2 and rumdl will be skipped"
fi

say "building digest-lint and the benchmarks"
# Tests are CI's business; skipping their compilation also keeps this quick.
(cd "$root" && ./mvnw -B -q -Pbench install -Dmaven.test.skip=true -Dinvoker.skip)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)

say "generating $posts posts (seed $SEED)"
rm -rf "$work"
mkdir -p "$blog"
java -cp "$bench/target/benchmarks.jar" io.github.digestlint.bench.CorpusGenerator "$posts" "$blog/_posts" "$SEED" \
  | tee "$work/profile.txt" >&2
write_blog_pom "$blog" "$version"

# Installs one npm package into the local folder; prints why not when it cannot.
npm_install() {
  command -v npm >/dev/null 2>&1 || return 1
  npm install --prefix "$npm_dir" --save-exact --no-audit --no-fund --loglevel=error "$1@$2" \
    >"$work/npm-$1.log" 2>&1 \
    || { say "npm install $1@$2 failed; see $work/npm-$1.log"; return 1; }
}

# Whether a linter runs here: on one post it exits with 0 (clean) or 1 (findings).
runs_here() {
  local status=0
  (cd "$blog" && "$@" "$(find _posts -name '*.md' | head -1)") >/dev/null 2>&1 || status=$?
  [ "$status" -le 1 ]
}

tools=()
declare -A commands
add_tool() {
  tools+=("$1")
  commands[$1]=$2
}

digest_lint="MAVEN_OPTS=$MAVEN_HEAP '$root/mvnw' -o -q -f '$blog/pom.xml' digest-lint:check"
digest_lint+=" -Ddigestlint.failOnSeverity=none"
# Every post parsed and checked, as on a first run or in a fresh CI checkout.
add_tool digest-lint "$digest_lint -Ddigestlint.incremental=false"
# Maven's own start-up: the plugin is loaded and configured, and does nothing.
add_tool maven-skip "$digest_lint -Ddigestlint.skip=true"
# A first run that writes the index (in target/digest-lint/), then a second on the unchanged blog.
add_tool index-first-run "rm -rf target/digest-lint && $digest_lint -Ddigestlint.incremental=true"
add_tool index-second-run "$digest_lint -Ddigestlint.incremental=true"
# The folder of a Node.js 20 or later: the machine's, or one installed from the npm registry, whose
# packages node-linux-<arch> hold the official builds.
node_folder() {
  local major
  major=$(node --version 2>/dev/null | sed -n 's/^v\([0-9]*\).*/\1/p')
  if [ "${major:-0}" -ge 20 ]; then
    dirname "$(command -v node)"
    return
  fi
  local arch
  case $(uname -m) in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *) return 1 ;;
  esac
  say "Node.js ${major:-(none)} is too old for markdownlint-cli2; installing Node.js $NODE_VERSION from npm"
  npm_install "node-linux-$arch" "$NODE_VERSION" && echo "$npm_dir/node_modules/node-linux-$arch/bin"
}
if npm_install markdownlint-cli2 "$MARKDOWNLINT_CLI2_VERSION" && node20=$(node_folder) \
    && runs_here env PATH="$node20:$PATH" "$npm_dir/node_modules/.bin/markdownlint-cli2"; then
  # Its launcher starts "node" from the PATH.
  add_tool markdownlint-cli2 "PATH='$node20':\$PATH '$npm_dir/node_modules/.bin/markdownlint-cli2' '_posts/**/*.md'"
else
  say "skipping markdownlint-cli2: it did not install or does not run here (Node.js $(node --version 2>&1 || true))"
fi
if npm_install rumdl "$RUMDL_VERSION"; then
  # The package's launcher is a Node.js script that starts this native binary; timing the binary
  # itself leaves Node.js's start-up out of rumdl's figure.
  rumdl=$(find "$npm_dir/node_modules/@rumdl" -maxdepth 2 -type f -name rumdl 2>/dev/null | head -1)
  if [ -n "$rumdl" ] && runs_here "$rumdl" check --no-cache --no-config; then
    # Without a cache, as digest-lint runs without its index: every file is checked.
    add_tool rumdl "'$rumdl' check --no-cache --no-config _posts"
  else
    say "skipping rumdl: its npm package has no binary that runs on this machine"
  fi
else
  say "skipping rumdl: it did not install"
fi
add_tool read-files "find _posts -name '*.md' -print0 | xargs -0 cat >/dev/null"

# Runs one tool in the blog folder; appends round, tool, wall seconds, peak KB and CPU seconds (user
# and system: less disturbed than the wall time when other work shares the machine) to the times file.
run() {
  local round=$1 tool=$2 measured=$work/time.out status=0
  (cd "$blog" && /usr/bin/time -f '%e %M %U %S' -o "$measured" bash -c "${commands[$tool]}" \
    >/dev/null 2>"$work/$tool.err") || status=$?
  # Other linters exit with 1 when they find something; digest-lint runs with failOnSeverity=none,
  # so for it, as for anything else, a non-zero status is a failed run.
  local finds=1
  [[ $tool == digest-lint || $tool == maven-* || $tool == index-* ]] && finds=0
  if [ "$status" -gt "$finds" ]; then
    say "$tool failed with status $status:"
    tail -20 "$work/$tool.err" >&2
    exit 1
  fi
  tail -1 "$measured" | awk -v round="$round" -v tool="$tool" \
    '{ printf "%s\t%s\t%s\t%s\t%.2f\n", round, tool, $1, $2, $3 + $4 }' >>"$times"
}

load_before=$(uptime | sed 's/.*load average: //')
say "load average before: $load_before"
say "warming up: one untimed run of each (page cache, index)"
for tool in "${tools[@]}"; do
  run 0 "$tool"
done
say "timing $rounds rounds of: ${tools[*]}"
for round in $(seq 1 "$rounds"); do
  for tool in "${tools[@]}"; do
    run "$round" "$tool"
    say "  round $round: $tool $(tail -1 "$times" | cut -f3) s"
  done
done
load_after=$(uptime | sed 's/.*load average: //')
say "load average after: $load_after"

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
timed() {
  awk -F'\t' -v tool="$1" -v column="$2" '$1 > 0 && $2 == tool { print $column }' "$times"
}

blog_mb=$(du -sb --apparent-size "$blog/_posts" | awk '{ printf "%.1f", $1 / 1e6 }')
reference=$(timed digest-lint 3 | median)
cpu_reference=$(timed digest-lint 5 | median)
skipped=$(timed maven-skip 3 | median)
cpu_skipped=$(timed maven-skip 5 | median)
{
  printf '%s posts, %s MB; %s rounds after one untimed warm-up; %s; %s cores\n' \
    "$posts" "$blog_mb" "$rounds" "$(java -version 2>&1 | head -1)" "$(nproc)"
  printf 'load average (1, 5, 15 min) before: %s; after: %s\n' "$load_before" "$load_after"
  printf 'median, min, max: wall seconds; x_digest: median / digest-lint median; cpu_s: median user + system\n'
  printf 'seconds; cpu_x_dig: cpu_s / digest-lint cpu_s; peak_MiB: the largest peak resident memory of the runs\n'
  printf '%-18s %9s %7s %7s %9s %8s %10s %8s\n' tool median_s min_s max_s x_digest cpu_s cpu_x_dig peak_MiB
  for tool in "${tools[@]}"; do
    timed "$tool" 3 | sort -n | awk -v tool="$tool" -v ref="$reference" -v cpu_ref="$cpu_reference" \
      -v median="$(timed "$tool" 3 | median)" -v cpu="$(timed "$tool" 5 | median)" \
      -v peak="$(timed "$tool" 4 | sort -n | tail -1)" \
      'NR == 1 { min = $1 } { max = $1 }
       END { printf "%-18s %9.2f %7.2f %7.2f %9.2f %8.2f %10.2f %8.0f\n", tool, median, min, max, median / ref,
               cpu, cpu / cpu_ref, peak / 1024 }'
  done
  # The plugin's own time: a run less Maven's start-up (maven-skip), in wall and in CPU seconds.
  awk -v wall="$reference" -v cpu="$cpu_reference" -v wall0="$skipped" -v cpu0="$cpu_skipped" \
    'BEGIN { printf "plugin time, full check: %.2f s wall, %.2f s CPU\n", wall - wall0, cpu - cpu0 }'
  awk -v wall="$reference" -v cpu="$cpu_reference" -v wall0="$skipped" -v cpu0="$cpu_skipped" \
    -v wall2="$(timed index-second-run 3 | median)" -v cpu2="$(timed index-second-run 5 | median)" \
    'BEGIN { if (wall2 > wall0 && cpu2 > cpu0)
               printf "plugin time, unchanged blog with the index: %.2f s wall (%.1fx less), %.2f s CPU" \
                      " (%.1fx less)\n", wall2 - wall0, (wall - wall0) / (wall2 - wall0), cpu2 - cpu0,
                      (cpu - cpu0) / (cpu2 - cpu0)
             else
               printf "plugin time, unchanged blog with the index: within the noise of Maven start-up\n" }'
} | tee "$work/summary.txt"
say "raw times: $times; summary: $work/summary.txt"
