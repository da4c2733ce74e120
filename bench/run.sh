#!/usr/bin/env bash
# Measures the search and list pages at N organisations (default 100,000) with wrk: 2 threads, 16
# concurrent connections, 30 s each, on loopback. Two runs of the app:
#   1. as configured by default (the whole list's counts, which every search page shows, are kept for
#      directory.search.cache-lifetime): readers' searches and the list without words;
#   2. with nothing kept (directory.search.cache-lifetime=0s), so that every request is searched,
#      counted and rendered afresh: readers' searches again, and searches never asked before.
# Search runs on the app's Lucene index (Hibernate Search), in a directory of its own here. After the
# organisations are loaded behind the app's back, its next start rebuilds that index in the background:
# each run waits for the app's "Search index ready" or "Search index built" line before measuring.
# Needs a built jar (./mvnw -DskipTests package), psql and wrk (Debian: apt-get install
# postgresql-client wrk). The app runs with the JVM settings of jvm.options (see bench/lib.sh). Uses its
# own data directory, so the development database is left alone; run it again and the organisations are
# already there. Each N has its own data (./data/bench-N and its index
# ./data/bench-N-search). Also recorded: the mass-indexing time, the heap after a full collection, the
# index's size, the start time with an index in place, and publish-to-searchable (an organisation submitted
# through the form and approved by an admin over HTTP: bench/PublishToSearchable.java).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100000}
source bench/lib.sh
trap stop_app EXIT

# A fresh JVM needs about two minutes of traffic before its JIT compiler has settled on the rendering
# and search paths (its compiler threads take a tenth of the CPU for that long, and the first runs
# measured half the throughput), so: two minutes of mixed pages unmeasured, then each workload 10 s
# unmeasured before its 30 s.
warm_up() {
    echo "== Warm-up, 120 s"
    wrk -t2 -c16 -d40s -s bench/search.lua "$URL" > /dev/null
    wrk -t2 -c16 -d30s -s bench/search-new.lua "$URL" > /dev/null
    wrk -t2 -c16 -d30s -s bench/search-new.lua "$URL" -- broad > /dev/null
    wrk -t2 -c16 -d20s -s bench/list.lua "$URL" > /dev/null
}

measure() {
    local title=$1; shift
    wrk -t2 -c16 -d10s "$@" > /dev/null
    echo "== $title, 16 concurrent clients, 30 s"
    wrk -t2 -c16 -d30s "$@"
}

start_app
echo "== $("$JAVA" -version 2>&1 | head -n 1)"
load_organisations
stop_app

echo "== 1. As configured by default"
start_app
wait_for_search_index
warm_up
measure "Ten reader searches" -s bench/search.lua "$URL"
measure "List and filters without words" -s bench/list.lua "$URL"
echo "== Publish to searchable"
java bench/PublishToSearchable.java "$URL" $ADMIN_EMAIL $ADMIN_PASSWORD
echo "== Memory and index"
jcmd $APP GC.run > /dev/null
jcmd $APP GC.heap_info | head -n 3
echo "resident memory: $(resident_memory)"
echo "index on disk: $(du -sh $DATA-search | cut -f1)"
stop_app

echo "== 2. Nothing kept: every request searched and counted afresh"
start_app --directory.search.cache-lifetime=0s
wait_for_search_index
grep "Started PeaceDirectoryApplication" target/bench-app.log | sed 's/.*: /start with the index in place: /'
warm_up
measure "Ten reader searches, nothing kept" -s bench/search.lua "$URL"
measure "Searches never asked before: long-tail words" -s bench/search-new.lua "$URL"
measure "Searches never asked before: broad words" -s bench/search-new.lua "$URL" -- broad
