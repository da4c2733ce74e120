# Shared by the bench scripts (sourced, from the repository root, with N set): where the benchmark's app
# and its data live, and how the app is started, waited for and stopped. The app runs the packaged jar with
# the JVM settings of jvm.options, as README, the Dockerfile and spring-boot:run do (JAVA_OPTS, added after
# them, wins: to try other settings).

PG_PORT=15499
APP_PORT=8090
URL="http://localhost:$APP_PORT"
JAR=$(ls target/peace-directory-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$JAR" ]; then echo "No jar in target/: run ./mvnw -DskipTests package first"; exit 1; fi
# Another JDK's java to compare runtimes on the same jar, e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
DATA=./data/bench-$N
# As every start (README, Dockerfile, spring-boot:run): glibc's allocator keeps two arenas, not eight a core.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# An admin of the benchmark's own database only, to approve the organisation publish-to-searchable submits.
ADMIN_EMAIL=bench-admin@localhost
ADMIN_PASSWORD=bench-only-password-4711
APP=

start_app() {
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    DIRECTORY_EMBEDDED_DB_DATA_DIR=$DATA DIRECTORY_EMBEDDED_DB_PORT=$PG_PORT DIRECTORY_DEMO_DATA=true \
        DIRECTORY_SEARCH_INDEX_DIR=$DATA-search \
        DIRECTORY_ADMIN_EMAIL=$ADMIN_EMAIL DIRECTORY_ADMIN_PASSWORD=$ADMIN_PASSWORD \
        "$JAVA" @jvm.options $JAVA_OPTS --enable-native-access=ALL-UNNAMED -jar "$JAR" --server.port=$APP_PORT "$@" \
        > target/bench-app.log 2>&1 &
    APP=$!
    for attempt in $(seq 1 120); do
        if curl -fs -o /dev/null "$URL/organisations"; then return; fi
        if ! kill -0 $APP 2>/dev/null; then echo "The app stopped; see target/bench-app.log"; exit 1; fi
        sleep 1
    done
}

# The index is checked once the app has started: "Search index ready" when it was complete, otherwise a
# build in the background ending with "Search index built" (its progress is logged every 5 s).
# Arguments (bench/cluster.sh): another app's log and process id.
wait_for_search_index() {
    local log=${1:-target/bench-app.log} pid=${2:-$APP}
    echo "== Waiting for the search index"
    for attempt in $(seq 1 1800); do
        if grep -q -e "Search index ready:" -e "Search index built:" "$log"; then
            grep -e "Search index ready:" -e "Search index built:" "$log" | tail -n 1
            return
        fi
        if grep -q "Search index build failed" "$log"; then
            echo "The search index build failed; see $log"; exit 1
        fi
        if ! kill -0 "$pid" 2>/dev/null; then echo "The app stopped; see $log"; exit 1; fi
        sleep 1
    done
    echo "The search index was not built within 30 minutes; see $log"; exit 1
}

stop_app() {
    if [ -n "$APP" ]; then
        kill $APP 2>/dev/null || true
        wait $APP 2>/dev/null || true
        APP=
    fi
}

# N fictional organisations behind the app's back (idempotent: those already there are kept), with the
# query plans of the statements that matter in target/bench-plans.txt. The app must be running (its
# embedded PostgreSQL serves the data).
load_organisations() {
    echo "== Loading $N organisations"
    time psql -q -h localhost -p $PG_PORT -U postgres -v n="$N" -f bench/generate.sql postgres
    echo "== Query plans (target/bench-plans.txt)"
    psql -h localhost -p $PG_PORT -U postgres -f bench/plans.sql postgres > target/bench-plans.txt
}

# The app's resident memory now and at its peak (MB), from /proc.
resident_memory() {
    awk '/^VmRSS/ {rss = $2} /^VmHWM/ {peak = $2} END {printf "%.0f MB (peak %.0f MB)", rss / 1024, peak / 1024}' \
        /proc/$APP/status
}

# The CPU time the app's process has used so far (user and system, every thread), in clock ticks.
cpu_ticks() {
    awk '{print $14 + $15}' /proc/$APP/stat
}

# wrk's figures, from its output (run with --latency) on standard input, on one line: requests, requests a
# second, p99 (ms), responses with a status of 400 or more (wrk's "Non-2xx or 3xx responses"), socket errors
# (connect, read, write and timeout: a request without an answer within wrk's 2 s counts as a timeout).
wrk_figures() {
    awk '
        function ms(value) {
            if (value ~ /us$/) return value / 1000
            if (value ~ /ms$/) return value + 0
            if (value ~ /s$/) return value * 1000
            return value
        }
        / requests in / { requests = $1 }
        /^ *99%/ { p99 = ms($2) }
        /^Requests\/sec:/ { rate = $2 }
        /Non-2xx or 3xx responses:/ { status += $NF }
        /Socket errors:/ { gsub(/,/, ""); sockets += $4 + $6 + $8 + $10 }
        END { printf "%d %.0f %.1f %d %d\n", requests, rate, p99, status, sockets }'
}

# One wrk run (2 threads): "requests req/s p99(ms) errors" on one line, errors being the responses of status
# 400 or more and the socket errors together.
run_wrk() {
    local connections=$1 seconds=$2; shift 2
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" | wrk_figures | awk '{print $1, $2, $3, $4 + $5}'
}
