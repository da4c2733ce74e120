#!/usr/bin/env bash
# Measures the search and list pages at N organisations (default 100,000) with wrk: 2 threads, 16
# concurrent connections, 30 s each, on loopback: repeated searches, searches never asked before, and
# the list without words. Needs a built jar (./mvnw -DskipTests package),
# psql and wrk (Debian: apt-get install postgresql-client wrk). Uses its own data directory, so the
# development database is left alone; run it again and the organisations are already there.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100000}
PG_PORT=15499
APP_PORT=8090
JAR=$(ls target/peace-directory-*.jar | grep -v original | head -n 1)

DIRECTORY_EMBEDDED_DB_DATA_DIR=./data/bench DIRECTORY_EMBEDDED_DB_PORT=$PG_PORT DIRECTORY_DEMO_DATA=true \
    java -jar "$JAR" --server.port=$APP_PORT > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT

for attempt in $(seq 1 120); do
    if curl -fs -o /dev/null "http://localhost:$APP_PORT/organisations"; then break; fi
    if ! kill -0 $APP 2>/dev/null; then echo "The app stopped; see target/bench-app.log"; exit 1; fi
    sleep 1
done

echo "== Loading $N organisations"
time psql -q -h localhost -p $PG_PORT -U postgres -v n="$N" -f bench/generate.sql postgres

echo "== Query plans (target/bench-plans.txt)"
psql -h localhost -p $PG_PORT -U postgres -f bench/plans.sql postgres > target/bench-plans.txt

# A fresh JVM needs a minute of traffic before its JIT compiler has settled on the rendering paths (the
# first runs measured half the throughput), so: one minute of mixed pages unmeasured, then each workload
# 10 s unmeasured before its 30 s.
echo "== Warm-up, 60 s"
wrk -t2 -c16 -d40s -s bench/search.lua "http://localhost:$APP_PORT" > /dev/null
wrk -t2 -c16 -d20s -s bench/list.lua "http://localhost:$APP_PORT" > /dev/null

measure() {
    local title=$1; shift
    wrk -t2 -c16 -d10s "$@" > /dev/null
    echo "== $title, 16 concurrent clients, 30 s"
    wrk -t2 -c16 -d30s "$@"
}

URL="http://localhost:$APP_PORT"
measure "Ten reader searches, asked again and again" -s bench/search.lua "$URL"
measure "Searches never asked before: long-tail words" -s bench/search-new.lua "$URL"
measure "Searches never asked before: broad words" -s bench/search-new.lua "$URL" -- broad
measure "List and filters without words" -s bench/list.lua "$URL"
