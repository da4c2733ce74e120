#!/bin/sh
# Lighthouse (mobile, its default) on the home page, the reference profile and a search of a running
# Peace Directory (it starts nothing itself); prints the four scores of each page and keeps the reports
# in ./reports/ (not committed). Usage, from this folder after `npm ci`:
#
#   BASE_URL=http://localhost:8080 CHROME_PATH=$(command -v chromium) ./lighthouse.sh [path ...]
#
# Figures and how they were taken: docs/performance.md, "Lighthouse".
set -eu
cd "$(dirname "$0")"
base=${BASE_URL:-http://localhost:8080}
: "${CHROME_PATH:=$(command -v chromium || command -v chromium-browser || command -v google-chrome)}"
export CHROME_PATH
[ $# -gt 0 ] || set -- / /organisations/conascipal '/organisations?q=paix'
mkdir -p reports
printf '%-28s %11s %13s %14s %3s\n' page performance accessibility best-practices seo
for path in "$@"; do
    name=$(printf '%s' "$path" | tr -c 'A-Za-z0-9\n' '_')
    ./node_modules/.bin/lighthouse "$base$path" --quiet \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="--headless --no-sandbox" \
        --output=json --output=html --output-path="reports/page$name"
    node -e '
        const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const score = (id) => Math.round(report.categories[id].score * 100);
        console.log(process.argv[2].padEnd(28), String(score("performance")).padStart(11),
            String(score("accessibility")).padStart(13), String(score("best-practices")).padStart(14),
            String(score("seo")).padStart(3));
        for (const category of Object.values(report.categories)) {
            if (category.score === 1) continue;
            for (const ref of category.auditRefs) {
                const audit = report.audits[ref.id];
                if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
                    console.log("    " + category.id + ": " + audit.id, audit.displayValue || "");
                }
            }
        }
        ' "reports/page$name.report.json" "$path"
done
