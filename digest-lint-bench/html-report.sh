#!/usr/bin/env bash
# Times the HTML report of a generated blog of N posts in headless Chromium, as a reader opens it:
# when the page is ready, how long choosing a rule, a text search and the next page take. Marks
# (performance.now()) go into a copy of the page, before and after its script; Chromium loads it
# with --dump-dom, and the marks are read back from the DOM it prints. docs/performance.md quotes
# the figures.
#
# Usage: digest-lint-bench/html-report.sh N   (after ./mvnw -B -Pbench package -DskipTests -Dinvoker.skip)
#
# Needs Java 17+, Python 3 and /usr/bin/chromium. Everything goes under digest-lint-bench/target/.
set -euo pipefail

posts=${1:?usage: html-report.sh N}
bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
work="$bench/target/html-report-$posts"
cli=$(ls "$root"/digest-lint-cli/target/digest-lint-cli-*.jar | grep -v original | head -1)

rm -rf "$work" && mkdir -p "$work"
java -cp "$bench/target/benchmarks.jar" io.github.digestlint.bench.CorpusGenerator "$posts" "$work/blog/_posts" 1 \
  | sed -n 1p
(cd "$work/blog" && java -jar "$cli" check --no-incremental --fail-on-severity=none --formats=html \
  --output-directory "$work/report" --repository-root . >"$work/check.log" 2>&1)
echo "index.html: $(stat -c %s "$work/report/index.html") bytes"

python3 - "$work/report/index.html" "$work/timed.html" <<'EOF'
import sys
page = open(sys.argv[1], encoding='utf-8').read()
marks = """<script>
function mark(name, value) { document.documentElement.setAttribute('data-' + name, Math.round(value)); }
addEventListener('error', function (event) { document.documentElement.setAttribute('data-error', event.message); });
</script>"""
actions = """<script>
mark('ready-ms', performance.now());
function timed(name, action) { var start = performance.now(); action(); document.body.offsetHeight; mark(name, performance.now() - start); }
function choose(id, value, type) { var chooser = document.getElementById(id); chooser.value = value; chooser.dispatchEvent(new Event(type)); }
timed('rule-ms', function () { choose('filter-rule', document.querySelector('#filter-rule option:last-child').value, 'change'); });
timed('text-ms', function () { choose('filter-text', 'placeholder', 'input'); });
timed('clear-ms', function () { choose('filter-rule', '', 'change'); choose('filter-text', '', 'input'); });
timed('next-page-ms', function () { document.querySelector('.pager .next').click(); });
document.documentElement.setAttribute('data-status', document.getElementById('filter-status').textContent);
document.getElementById('findings-data').remove();
</script>"""
page = page.replace('<head>', '<head>' + marks, 1)
script = page.rindex('<script>')
page = page[:script] + "<script>mark('html-read-ms', performance.now());</script>" + page[script:]
page = page[:page.rindex('</body>')] + actions + '</body></html>'
open(sys.argv[2], 'w', encoding='utf-8').write(page)
EOF

start=$(date +%s%N)
HOME="$work/chromium" /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run \
  --disable-background-networking --user-data-dir="$work/chromium" --dump-dom "file://$work/timed.html" \
  2>"$work/chromium.log" | head -c 2000 | grep -o 'data-[a-z-]*="[^"]*"'
echo "chromium, start to exit: $(( ($(date +%s%N) - start) / 1000000 )) ms"
