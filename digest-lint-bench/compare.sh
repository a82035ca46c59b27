#!/usr/bin/env bash
# Times whole runs on a generated blog of N posts, as a user would start them: digest-lint
# (mvn digest-lint:check with the JVM's default settings, and in a heap of 256 MB), Maven's start-up
# alone, the incremental index's first, second and daily runs, markdownlint-cli2 and rumdl, and the
# floors: a plain read of every file, and reading (+ parsing) every post in one cold JVM. The tools
# take turns, round after round, so that a slow spell of the machine hits all of them alike. The
# summary (machine, commit and load at its top, then medians, ratios, peak memory, what each run
# reported and the figures against issue 19's targets) is the table docs/performance.md quotes.
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
# Issue 19's done-when: a full check must also complete in this heap.
SMALL_HEAP=-Xmx256m
# Issue 19's targets: digest-lint's time over rumdl's and over markdownlint-cli2's, and the daily
# run's plugin time in seconds.
TARGET_X_RUMDL=0.5
TARGET_X_MARKDOWNLINT=0.05
TARGET_DAILY_S=0.3

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
# The JVM that the Maven wrapper starts, and so the one the floors run on.
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

say() { printf '%s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

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

# What the summary's first lines say, so that its table can be quoted as it is: taken before the
# build, so that the commit is the one built.
started=$(date -u '+%Y-%m-%d %H:%M:%S UTC')
commit=$(git -C "$root" rev-parse --short HEAD)
changed=$(git -C "$root" status --porcelain | wc -l)
tree_state=$([ "$changed" -eq 0 ] && echo "clean tree" || echo "dirty tree: $changed files changed or untracked")
cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
memory_mib=$(free -m | awk '/^Mem:/ { print $2 }')
java_version=$("$java" -version 2>&1 | paste -sd ';' | sed 's/;/; /g')
jvm_options=""
for variable in JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS; do
  if [ -n "${!variable:-}" ]; then
    jvm_options+="WARNING: $variable=${!variable} reaches every JVM below, so no row has the JVM's default settings. "
  fi
done

say "building digest-lint and the benchmarks"
# Tests are CI's business; skipping their compilation also keeps this quick.
(cd "$root" && ./mvnw -B -q -Pbench install -Dmaven.test.skip=true -Dinvoker.skip)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)
maven_version=$("$root/mvnw" -v 2>/dev/null | head -1 | sed 's/ (.*//')

say "generating $posts posts (seed $SEED)"
rm -rf "$work"
mkdir -p "$blog" "$work/out"
"$java" -cp "$bench/target/benchmarks.jar" io.github.digestlint.bench.CorpusGenerator "$posts" "$blog/_posts" "$SEED" \
  | tee "$work/profile.txt" >&2
write_blog_pom "$blog" "$version"
# The blog is its own project folder, so that no .mvn/jvm.config or maven.config of this repository,
# above it, reaches its runs: the JVM's settings are its defaults unless a row says otherwise.
mkdir -p "$blog/.mvn"

# The daily run's new post: a copy of the last one, dated a day later in its file name, title and date.
last_post=$(find "$blog/_posts" -name '*.md' | sort | tail -1)
last_day=$(basename "$last_post" | cut -c1-10)
next_day=$(date -u -d "$last_day + 1 day" +%F)
daily_post=_posts/$next_day$(basename "$last_post" | cut -c11-)
sed -E "/^(title|date):/ s/$last_day/$next_day/" "$last_post" >"$work/daily-post.md"
grep -q "^title: .*$next_day" "$work/daily-post.md" && grep -q "^date: $next_day" "$work/daily-post.md" \
  || die "the copy of $last_post for the daily run did not get the date $next_day in its title and date"
# The index of a full run, saved after each first run with the index and restored before each daily run.
saved_index=$work/index-of-a-full-run

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

# A tool: its name, the command that is timed and, run untimed in the blog folder before and after
# it, what sets its stage and what clears it.
tools=()
declare -A commands prepares cleanups
add_tool() {
  tools+=("$1")
  commands[$1]=$2
  prepares[$1]=${3:-}
  cleanups[$1]=${4:-}
}
# Rows whose runs may fail without ending the script: whether they complete is what they measure.
# A heap too small can also show as a run that collects garbage for ever: such a run is stopped
# (exit status 124) after ten times the untimed full check's wall time, or two minutes.
declare -A may_fail=([digest-lint-xmx256m]=1)
slow_limit=120

# Without -q, so that each run's summary line and "BUILD SUCCESS" show that it completed; errors
# are printed a line each, warnings only counted, as -q did before (the 356,619 warnings of 10,000
# posts are not what a run is timed for).
digest_lint="'$root/mvnw' -B -o -f '$blog/pom.xml' digest-lint:check -Ddigestlint.failOnSeverity=none"
digest_lint+=" -Ddigestlint.printFindings=errors"
# Every post parsed and checked, as on a first run or in a fresh CI checkout; the JVM's default
# settings, as issue 19's memory target asks.
add_tool digest-lint "MAVEN_OPTS= $digest_lint -Ddigestlint.incremental=false"
add_tool digest-lint-xmx256m "MAVEN_OPTS=$SMALL_HEAP $digest_lint -Ddigestlint.incremental=false"
# Maven's own start-up: the plugin is loaded and configured, and does nothing.
add_tool maven-skip "MAVEN_OPTS= $digest_lint -Ddigestlint.skip=true"
# A first run that writes the index (in target/digest-lint/), saved for the daily runs; then a
# second run on the unchanged blog; then the daily run: the saved index restored, one post added.
add_tool index-first-run "MAVEN_OPTS= $digest_lint -Ddigestlint.incremental=true" \
  "rm -rf target/digest-lint" "rm -rf '$saved_index' && cp -r target/digest-lint '$saved_index'"
add_tool index-second-run "MAVEN_OPTS= $digest_lint -Ddigestlint.incremental=true"
add_tool daily-run "MAVEN_OPTS= $digest_lint -Ddigestlint.incremental=true" \
  "rm -rf target/digest-lint && cp -r '$saved_index' target/digest-lint && cp '$work/daily-post.md' '$daily_post'" \
  "rm '$daily_post'"
# The index's own cost, in a JVM of its own: the saved index read, every post's stamp looked at and
# its stored check unpacked; what a daily run pays before its rules across posts and its report.
add_tool replay-index "'$java' -cp '$bench/target/benchmarks.jar' io.github.digestlint.bench.IndexReplay ." \
  "rm -rf target/digest-lint && cp -r '$saved_index' target/digest-lint"
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
node_version=none
if npm_install markdownlint-cli2 "$MARKDOWNLINT_CLI2_VERSION" && node20=$(node_folder) \
    && runs_here env PATH="$node20:$PATH" "$npm_dir/node_modules/.bin/markdownlint-cli2"; then
  node_version=$("$node20/node" --version)
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
# The floor under any engine that parses with commonmark-java in a cold JVM, and under any that reads
# the posts in one: every post read (and parsed) on every core, nothing else.
floor="'$java' -cp '$bench/target/benchmarks.jar' io.github.digestlint.bench.ColdFloor _posts"
add_tool floor-read-parse "$floor read-parse"
add_tool floor-read "$floor read"

# What a run of a tool reported, on one line: for digest-lint, its summary and how many posts it
# parsed; for the floors, what they read. Empty when a run of digest-lint or a floor did not get to the end.
reported() {
  local tool=$1 output=$2
  case $tool in
    digest-lint* | maven-* | index-* | daily-*)
      grep -q '^\[INFO\] BUILD SUCCESS' "$output" || return 0
      sed -n -e 's/^\[INFO\] \(digest-lint skipped\)$/\1/p' \
        -e 's/^\[INFO\] \([0-9]* errors\{0,1\} and [0-9]* warnings\{0,1\} in .*\)$/\1/p' \
        -e 's/^\[INFO\] \(parsed [0-9]* of [0-9]* posts.*\)$/\1/p' "$output" | paste -sd ';' | sed 's/;/; /g'
      ;;
    floor-*) sed -n 's/^\(.*\), on [0-9]* threads: .*/\1/p' "$output" ;;
    replay-*) sed -n 's/^\(index .* replayed.*\)$/\1/p' "$output" ;;
  esac
}

# Runs one tool in the blog folder; appends round, tool, wall seconds, peak KB, CPU seconds (user and
# system: less disturbed than the wall time when other work shares the machine), exit status and
# whether it completed to the times file, and what it reported to the reports file.
run() {
  local round=$1 tool=$2 measured=$work/time.out status=0
  local output=$work/out/$tool-$round.txt
  [ -z "${prepares[$tool]}" ] || (cd "$blog" && bash -c "${prepares[$tool]}")
  local limit=()
  [ -z "${may_fail[$tool]:-}" ] || limit=(timeout -k 10 "$slow_limit")
  (cd "$blog" && /usr/bin/time -f '%e %M %U %S' -o "$measured" "${limit[@]}" bash -c "${commands[$tool]}" \
    >"$(case $tool in digest-lint* | maven-* | index-* | daily-* | floor-* | replay-*) echo "$output" ;; *) echo /dev/null ;; esac)" \
    2>"$work/$tool.err") || status=$?
  [ -z "${cleanups[$tool]}" ] || (cd "$blog" && bash -c "${cleanups[$tool]}")
  # Other linters exit with 1 when they find something; digest-lint runs with failOnSeverity=none,
  # so for it, as for the floors and anything else, a non-zero status is a failed run.
  local finds=1 result=""
  case $tool in digest-lint* | maven-* | index-* | daily-* | floor-* | replay-*) finds=0 ;; esac
  [ -f "$output" ] && result=$(reported "$tool" "$output")
  local completed=yes
  if [ "$status" -gt "$finds" ] || { [ -f "$output" ] && [ -z "$result" ]; }; then
    completed=no
    say "$tool did not complete (exit status $status); its output: $output, $work/$tool.err"
    tail -20 "$output" "$work/$tool.err" 2>/dev/null >&2 || true
    [ -n "${may_fail[$tool]:-}" ] || exit 1
  fi
  tail -1 "$measured" | awk -v round="$round" -v tool="$tool" -v status="$status" -v completed="$completed" \
    '{ printf "%s\t%s\t%s\t%s\t%.2f\t%s\t%s\n", round, tool, $1, $2, $3 + $4, status, completed }' >>"$times"
  [ -z "$result" ] || printf '%s\t%s\t%s\n' "$round" "$tool" "$result" >>"$work/reports.tsv"
  if [ "$round" = 0 ] && [ "$tool" = digest-lint ]; then
    slow_limit=$(tail -1 "$times" | awk -F'\t' '{ limit = int(10 * $3) + 1; print (limit > 120 ? limit : 120) }')
  fi
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
finished=$(date -u '+%H:%M:%S UTC')
say "load average after: $load_after"

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
# A column of the timed runs of a tool (3: wall s, 4: peak KB, 5: CPU s, 6: status, 7: completed).
timed() {
  awk -F'\t' -v tool="$1" -v column="$2" '$1 > 0 && $2 == tool { print $column }' "$times"
}
has_tool() { [ -n "${commands[$1]:-}" ]; }
# a / b with the given format, or "n/a" when either is missing.
ratio() {
  awk -v a="$1" -v b="$2" -v format="$3" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a"; else printf format, a / b }'
}
# "met" or "NOT met" for a figure against a target it must not exceed; "not measured" without the figure.
verdict() {
  awk -v value="$1" -v target="$2" 'BEGIN { if (value == "" || value == "n/a") print "not measured";
                                            else print (value + 0 <= target + 0 ? "met" : "NOT met") }'
}

blog_mb=$(du -sb --apparent-size "$blog/_posts" | awk '{ printf "%.1f", $1 / 1e6 }')
reference=$(timed digest-lint 3 | median)
cpu_reference=$(timed digest-lint 5 | median)
skipped=$(timed maven-skip 3 | median)
cpu_skipped=$(timed maven-skip 5 | median)
index_bytes=$(find "$saved_index" -type f -printf '%s\n' | awk '{ sum += $1 } END { print sum + 0 }')
index_files=$(find "$saved_index" -type f | wc -l)
index_largest=$(find "$saved_index" -type f -printf '%s %P\n' | sort -n | tail -1)
{
  printf 'compare.sh %s %s: %s to %s\n' "$posts" "$rounds" "$started" "$finished"
  printf 'machine: %s cores (nproc), %s, %s MiB of memory (free -m); %s\n' "$(nproc)" "$cpu_model" "$memory_mib" \
    "$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
  printf 'java: %s\n' "$java_version"
  printf 'maven: %s (wrapper); markdownlint-cli2 %s (Node.js %s); rumdl %s\n' "$maven_version" \
    "$MARKDOWNLINT_CLI2_VERSION" "$node_version" "$RUMDL_VERSION"
  printf 'commit: %s, %s\n' "$commit" "$tree_state"
  printf 'load average (1, 5, 15 min) before: %s; after: %s\n' "$load_before" "$load_after"
  [ -z "$jvm_options" ] || printf '%s\n' "$jvm_options"
  printf '%s posts, %s MB (seed %s); %s rounds after one untimed warm-up; daily run: %s added\n' \
    "$posts" "$blog_mb" "$SEED" "$rounds" "$daily_post"
  printf '\nmedian, min, max: wall seconds; x_digest: median / digest-lint median; cpu_s: median user + system\n'
  printf 'seconds; cpu_x_dig: cpu_s / digest-lint cpu_s; peak_MiB: the largest peak resident memory of the runs;\n'
  printf 'completed: timed runs that completed (exit status, and for digest-lint its summary line)\n'
  printf '%-20s %9s %7s %7s %9s %8s %10s %8s %10s\n' tool median_s min_s max_s x_digest cpu_s cpu_x_dig peak_MiB completed
  for tool in "${tools[@]}"; do
    timed "$tool" 3 | sort -n | awk -v tool="$tool" -v ref="$reference" -v cpu_ref="$cpu_reference" \
      -v median="$(timed "$tool" 3 | median)" -v cpu="$(timed "$tool" 5 | median)" \
      -v peak="$(timed "$tool" 4 | sort -n | tail -1)" -v completed="$(timed "$tool" 7 | grep -c yes)" \
      -v runs="$(timed "$tool" 7 | wc -l)" \
      'NR == 1 { min = $1 } { max = $1 }
       END { printf "%-20s %9.2f %7.2f %7.2f %9.2f %8.2f %10.2f %8.0f %10s\n", tool, median, min, max, median / ref,
               cpu, cpu / cpu_ref, peak / 1024, completed "/" runs }'
  done
  printf '\nwhat the runs reported (the warm-up included), each distinct line with its number of runs:\n'
  for tool in "${tools[@]}"; do
    awk -F'\t' -v tool="$tool" '$2 == tool { print $3 }' "$work/reports.tsv" | sort | uniq -c \
      | awk -v tool="$tool" '{ count = $1; sub(/^ *[0-9]+ /, ""); printf "  %-20s %dx  %s\n", tool, count, $0 }'
  done
  printf 'index of a full run (restored for each daily run): %s bytes in %s file(s); the largest: %s, %s bytes\n' \
    "$index_bytes" "$index_files" "${index_largest#* }" "${index_largest%% *}"
  # The plugin's own time: a run less Maven's start-up (maven-skip), in wall and in CPU seconds.
  printf '\nplugin time (a run less maven-skip, medians):\n'
  for tool in digest-lint digest-lint-xmx256m index-second-run daily-run; do
    awk -v tool="$tool" -v wall="$(timed "$tool" 3 | median)" -v cpu="$(timed "$tool" 5 | median)" \
      -v wall0="$skipped" -v cpu0="$cpu_skipped" -v failed="$(timed "$tool" 7 | grep -c no || true)" \
      'BEGIN { if (failed > 0) printf "  %-20s none: %d timed runs did not complete\n", tool, failed
               else printf "  %-20s %6.2f s wall, %6.2f s CPU\n", tool, wall - wall0, cpu - cpu0 }'
  done

  rumdl_s=$(has_tool rumdl && timed rumdl 3 | median || true)
  markdownlint_s=$(has_tool markdownlint-cli2 && timed markdownlint-cli2 3 | median || true)
  x_rumdl=$(ratio "$reference" "$rumdl_s" '%.2f')
  x_markdownlint=$(ratio "$reference" "$markdownlint_s" '%.3f')
  peak=$(timed digest-lint 4 | sort -n | tail -1)
  rumdl_peak=$(has_tool rumdl && timed rumdl 4 | sort -n | tail -1 || true)
  small_completed=$(timed digest-lint-xmx256m 7 | grep -c yes || true)
  small_runs=$(timed digest-lint-xmx256m 7 | wc -l)
  daily_s=$(awk -v wall="$(timed daily-run 3 | median)" -v wall0="$skipped" 'BEGIN { printf "%.2f", wall - wall0 }')
  daily_parsed=$(awk -F'\t' '$1 > 0 && $2 == "daily-run" { print $3 }' "$work/reports.tsv" \
    | sed -n 's/.*\(parsed [0-9]* of [0-9]* posts\).*/\1/p' | sort -u | paste -sd ',' | sed 's/,/, /g')
  floor_s=$(timed floor-read-parse 3 | median)
  printf '\nagainst the targets of issue 19 (medians of the timed rounds; peaks the largest of them):\n'
  printf '  time, x rumdl:              %s s / %s s = %s (target <= %s): %s\n' "$reference" "${rumdl_s:-?}" \
    "$x_rumdl" "$TARGET_X_RUMDL" "$(verdict "$x_rumdl" "$TARGET_X_RUMDL")"
  printf '  time, x markdownlint-cli2:  %s s / %s s = %s, 1/%s (target <= %s, 1/20): %s\n' "$reference" \
    "${markdownlint_s:-?}" "$x_markdownlint" "$(ratio "$markdownlint_s" "$reference" '%.1f')" \
    "$TARGET_X_MARKDOWNLINT" "$(verdict "$x_markdownlint" "$TARGET_X_MARKDOWNLINT")"
  printf '  peak, default heap:         %s MiB against rumdl'"'"'s %s MiB (target: no more than rumdl'"'"'s): %s\n' \
    "$((peak / 1024))" "$([ -n "$rumdl_peak" ] && echo $((rumdl_peak / 1024)) || echo ?)" \
    "$(verdict "$(ratio "$peak" "$rumdl_peak" '%.4f')" 1)"
  printf '  %s full check:        %s of %s timed runs completed (%s)\n' "$SMALL_HEAP" "$small_completed" \
    "$small_runs" "$([ "$small_completed" -eq "$small_runs" ] && echo met || echo "NOT met")"
  printf '  daily run, plugin time:     %s s above maven-skip (target <= %s s): %s; %s; index %s bytes\n' \
    "$daily_s" "$TARGET_DAILY_S" "$(verdict "$daily_s" "$TARGET_DAILY_S")" "${daily_parsed:-parsed count not reported}" \
    "$index_bytes"
  printf '  index read, cold JVM:       %s s for the whole process (median); %s\n' "$(timed replay-index 3 | median)" \
    "$(awk -F'\t' '$1 > 0 && $2 == "replay-index" { print $3 }' "$work/reports.tsv" | tail -1)"
  printf '  floor, read + parse:        %s s in one cold JVM = %s of digest-lint'"'"'s time, %s of rumdl'"'"'s\n' \
    "$floor_s" "$(ratio "$floor_s" "$reference" '%.2f')" "$(ratio "$floor_s" "$rumdl_s" '%.2f')"
} | tee "$work/summary.txt"
say "raw times: $times; what each run printed: $work/out/; summary: $work/summary.txt"
