#!/bin/sh
# Lighthouse (mobile, its default) on the home page, the reference profile and a search of a running
# Peace Directory (it starts nothing itself); prints each page's four scores, the median of RUNS runs
# (default 3: one run swings with whatever else the machine is doing), and for a category below 100 the
# audits that cost it in the median run; keeps the reports in ./reports/ (not committed). From this folder
# after `npm ci`:
#
#   BASE_URL=http://localhost:8080 RUNS=3 ./lighthouse.sh [path ...]
#
# CHROME_PATH points at Chromium (else chromium, chromium-browser or google-chrome on the PATH).
# Figures and how they were taken: docs/performance.md, "Lighthouse".
set -eu
cd "$(dirname "$0")"
base=${BASE_URL:-http://localhost:8080}
runs=${RUNS:-3}
: "${CHROME_PATH:=$(command -v chromium || command -v chromium-browser || command -v google-chrome)}"
export CHROME_PATH
[ $# -gt 0 ] || set -- / /organisations/conascipal '/organisations?q=paix'
mkdir -p reports
printf '%-28s %11s %13s %14s %3s\n' page performance accessibility best-practices seo
for path in "$@"; do
    name=page$(printf '%s' "$path" | tr -c 'A-Za-z0-9\n' '_')
    run=1
    while [ "$run" -le "$runs" ]; do
        ./node_modules/.bin/lighthouse "$base$path" --quiet \
            --only-categories=performance,accessibility,best-practices,seo \
            --chrome-flags="--headless --no-sandbox" \
            --output=json --output=html --output-path="reports/$name-$run"
        run=$((run + 1))
    done
    node -e '
        const fs = require("fs");
        const [path, name, runs] = process.argv.slice(1);
        const reports = [];
        for (let run = 1; run <= Number(runs); run++) {
            reports.push(JSON.parse(fs.readFileSync(`reports/${name}-${run}.report.json`, "utf8")));
        }
        // The median run by performance (the other three categories do not vary between runs).
        reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
        const report = reports[Math.floor(reports.length / 2)];
        const score = (id) => String(Math.round(report.categories[id].score * 100));
        console.log(path.padEnd(28), score("performance").padStart(11), score("accessibility").padStart(13),
            score("best-practices").padStart(14), score("seo").padStart(3),
            reports.length > 1 ? "  (performance of each run: "
                + reports.map((r) => Math.round(r.categories.performance.score * 100)).join(", ") + ")" : "");
        for (const category of Object.values(report.categories)) {
            if (category.score === 1) continue;
            for (const ref of category.auditRefs) {
                const audit = report.audits[ref.id];
                if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
                    console.log("    " + category.id + ": " + audit.id, audit.displayValue || "");
                }
            }
        }
        ' "$path" "$name" "$runs"
done
