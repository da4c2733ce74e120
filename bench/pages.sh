#!/usr/bin/env bash
# The app against nginx serving the very same bytes (issue 14): the four pages readers open most, saved
# from the app with the headers a browser sends (Accept-Language: en, Accept-Encoding: gzip) and served by
# nginx from a temporary directory on a loopback port, then wrk (2 threads, 16 connections) against the app
# and against nginx for each page, one after the other; then the same with If-None-Match (a browser that
# has the page: 304), for the pages the app gave an ETag; then readers' pages (profiles of many
# organisations, lists, searches) at 64 connections, for the app's resident memory under load.
# Prints, per page: its bytes, the app's requests a second, its p99, the CPU time it used per request
# (all its threads, from /proc/<pid>/stat), nginx's requests a second and p99, and the app's rate as a
# share of nginx's; the app's resident memory after each part and at its peak.
#
#   bench/pages.sh [N]        # N generated organisations (default 100000; the data of bench/run.sh)
#
# Durations (seconds) can be shortened for a trial: WARM_UP_JVM (120: a fresh JVM's JIT compiler needs
# about two minutes), WARM_UP (10, before each workload on the app), DURATION (30, each measured
# workload), MEMORY_DURATION (60, at MEMORY_CONNECTIONS, 64). NGINX_PORT (8099). The app runs the packaged
# jar with jvm.options (see bench/lib.sh). Needs wrk, curl, psql and nginx (Debian: apt-get install wrk
# curl postgresql-client nginx; nginx runs as this user with its own configuration, nothing installed
# is changed or started).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100000}
WARM_UP_JVM=${WARM_UP_JVM:-120}
WARM_UP=${WARM_UP:-10}
DURATION=${DURATION:-30}
MEMORY_DURATION=${MEMORY_DURATION:-60}
MEMORY_CONNECTIONS=${MEMORY_CONNECTIONS:-64}
NGINX_PORT=${NGINX_PORT:-8099}
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
source bench/lib.sh

for tool in wrk curl psql nginx; do
    command -v $tool > /dev/null || { echo "$tool is missing (Debian: apt-get install $tool)"; exit 1; }
done

PAGE_NAMES=(profile search list home)
declare -A PAGE_PATHS=([profile]="/organisations/conascipal" [search]="/organisations?q=paix"
    [list]="/organisations" [home]="/")
HEADERS=(-H "Accept-Language: en" -H "Accept-Encoding: gzip")
WORK=$(mktemp -d)
NGINX_STARTED=

cleanup() {
    stop_app
    if [ -n "$NGINX_STARTED" ]; then nginx -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/error.log" -s stop || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# The value of a header in a saved response (curl -D), or nothing.
header() {
    grep -i "^$2:" "$1" | tail -n 1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//' || true
}

# The same, or "none".
shown_header() {
    local value
    value=$(header "$@")
    echo "${value:-none}"
}

# A workload against the app (warmed up first) and then nginx: one row of the table.
compare() {
    local label=$1 bytes=$2 app_path=$3 nginx_path=$4; shift 4
    local extra=("$@")
    wrk -t2 -c16 -d"${WARM_UP}s" "${HEADERS[@]}" "${extra[@]}" "$URL$app_path" > /dev/null
    local before after app nginx
    before=$(cpu_ticks)
    app=$(run_wrk 16 "$DURATION" "${HEADERS[@]}" "${extra[@]}" "$URL$app_path")
    after=$(cpu_ticks)
    nginx=$(run_wrk 16 "$DURATION" "${HEADERS[@]}" "${NGINX_EXTRA[@]}" "$NGINX_URL$nginx_path")
    read -r app_requests app_rate app_p99 app_errors <<< "$app"
    read -r nginx_requests nginx_rate nginx_p99 nginx_errors <<< "$nginx"
    awk -v label="$label" -v bytes="$bytes" -v ar="$app_rate" -v ap="$app_p99" -v nr="$nginx_rate" -v np="$nginx_p99" \
        -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$app_requests" -v ae="$app_errors" \
        -v ne="$nginx_errors" 'BEGIN {
            printf "| %-32s | %7s | %8s | %7.1f ms | %6.2f ms | %8s | %6.1f ms | %6.1f %% |%s\n", label, bytes, ar, ap,
                (n > 0 ? ticks * 1000 / hz / n : 0), nr, np, (nr > 0 ? 100 * ar / nr : 0),
                (ae + ne > 0) ? sprintf(" errors: app %d, nginx %d", ae, ne) : ""
        }'
}

start_app
if [ "$(psql -tA -h localhost -p $PG_PORT -U postgres -c "select count(*) from organisation where slug like 'bench-%'" postgres)" -lt "$N" ]; then
    load_organisations
    stop_app
    start_app
fi
wait_for_search_index
echo "== $("$JAVA" -version 2>&1 | head -n 1); JVM options: $(grep -v '^#' jvm.options | xargs) $JAVA_OPTS"
echo "== Load average: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores: figures vary when other work runs)"

echo "== The pages' bytes, saved from the app (target/bench-pages/)"
mkdir -p "$WORK/pages" target/bench-pages
for name in "${PAGE_NAMES[@]}"; do
    status=$(curl -s -o "$WORK/pages/$name" -D "$WORK/$name.headers" -w '%{http_code}' "${HEADERS[@]}" "$URL${PAGE_PATHS[$name]}")
    if [ "$status" != 200 ]; then echo "${PAGE_PATHS[$name]} answered $status"; exit 1; fi
    cp "$WORK/pages/$name" "$WORK/$name.headers" target/bench-pages/
    echo "$name ${PAGE_PATHS[$name]}: $(stat -c %s "$WORK/pages/$name") bytes, $(header "$WORK/$name.headers" Content-Type)," \
        "encoding: $(shown_header "$WORK/$name.headers" Content-Encoding), ETag: $(shown_header "$WORK/$name.headers" ETag)"
done

# nginx serves each saved body at the page's own address (path and query), with the app's content type and
# encoding; its own ETag and Last-Modified, as a static file has them.
chmod 755 "$WORK" "$WORK/pages" && chmod 644 "$WORK/pages/"*
{
    echo "worker_processes auto; pid $WORK/nginx.pid; error_log $WORK/error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  access_log off; sendfile on; tcp_nopush on;"
    for temp in client_body proxy fastcgi uwsgi scgi; do echo "  ${temp}_temp_path $WORK/$temp;"; done
    echo "  types { } default_type \"$(header "$WORK/profile.headers" Content-Type)\";"
    echo "  map \$request_uri \$page {"
    for name in "${PAGE_NAMES[@]}"; do echo "    \"${PAGE_PATHS[$name]}\" $name;"; done
    echo "  }"
    echo "  map \$page \$page_encoding {"
    for name in "${PAGE_NAMES[@]}"; do echo "    $name \"$(header "$WORK/$name.headers" Content-Encoding)\";"; done
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$NGINX_PORT; root $WORK/pages;"
    echo "    location / { add_header Content-Encoding \$page_encoding; try_files /\$page =404; }"
    echo "  }"
    echo "}"
} > "$WORK/nginx.conf"
nginx -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/error.log"
NGINX_STARTED=yes
for name in "${PAGE_NAMES[@]}"; do
    if ! curl -s "${HEADERS[@]}" "$NGINX_URL${PAGE_PATHS[$name]}" | cmp -s - "$WORK/pages/$name"; then
        echo "nginx does not serve the saved bytes of ${PAGE_PATHS[$name]}"; exit 1
    fi
done

echo "== Warm-up: the four pages in turn, 16 connections, ${WARM_UP_JVM} s"
for name in "${PAGE_NAMES[@]}"; do
    wrk -t2 -c16 -d"$((WARM_UP_JVM / 4))s" "${HEADERS[@]}" "$URL${PAGE_PATHS[$name]}" > /dev/null
done
echo "resident memory: $(resident_memory)"

TABLE_HEAD="| page | bytes | app req/s | app p99 | app CPU/req | nginx req/s | nginx p99 | app/nginx |
|---|---|---|---|---|---|---|---|"
echo "== Each page, 2 threads, 16 connections, ${DURATION} s each (app after ${WARM_UP} s of warm-up)"
echo "$TABLE_HEAD"
NGINX_EXTRA=()
for name in "${PAGE_NAMES[@]}"; do
    compare "${PAGE_PATHS[$name]}" "$(stat -c %s "$WORK/pages/$name")" "${PAGE_PATHS[$name]}" "${PAGE_PATHS[$name]}"
done
echo "resident memory: $(resident_memory)"

echo "== A browser that has the page: If-None-Match with its ETag, 304 expected"
echo "$TABLE_HEAD"
for name in "${PAGE_NAMES[@]}"; do
    etag=$(header "$WORK/$name.headers" ETag)
    if [ -z "$etag" ]; then
        echo "| ${PAGE_PATHS[$name]} (304) | no ETag from the app: skipped |||||||"
        continue
    fi
    app_status=$(curl -s -o /dev/null -w '%{http_code}' "${HEADERS[@]}" -H "If-None-Match: $etag" "$URL${PAGE_PATHS[$name]}")
    nginx_etag=$(curl -s -o /dev/null -D - "${HEADERS[@]}" "$NGINX_URL${PAGE_PATHS[$name]}" | grep -i '^etag:' | cut -d: -f2- | tr -d '\r ')
    NGINX_EXTRA=(-H "If-None-Match: $nginx_etag")
    compare "${PAGE_PATHS[$name]} (304; app said $app_status)" 0 "${PAGE_PATHS[$name]}" "${PAGE_PATHS[$name]}" \
        -H "If-None-Match: $etag"
done
NGINX_EXTRA=()
echo "resident memory: $(resident_memory)"

echo "== Memory: readers' pages (profiles of many organisations, lists, searches), ${MEMORY_CONNECTIONS} connections, ${MEMORY_DURATION} s"
wrk -t2 -c"$MEMORY_CONNECTIONS" -d"${MEMORY_DURATION}s" -s bench/pages.lua "$URL" -- "$N"
echo "resident memory under ${MEMORY_CONNECTIONS} connections: $(resident_memory)"
jstat -gc $APP | awk 'NR == 2 {printf "collections since the start: %d young (%.1f s), %d full (%.1f s)\n", $13, $14, $15, $16}'
jcmd $APP GC.run > /dev/null
echo "heap after a full collection: $(jcmd $APP GC.heap_info | awk 'match($0, /total [0-9]+K, used [0-9]+K/) {
    split(substr($0, RSTART, RLENGTH), part, /[^0-9]+/); total += part[2]; used += part[3] }
    END {printf "%.0f MB used of %.0f MB", used / 1024, total / 1024}')"
