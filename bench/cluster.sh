#!/usr/bin/env bash
# Several instances behind a load balancer, on one machine without Docker (issue 15), and the proof that
# they stand in for each other. Starts on loopback:
#   - an OpenSearch node in a JVM of its own (the test classes' OpenSearchNodeMain on the test classpath, as
#     the tests run it without Docker), its data in ./data/cluster-search;
#   - app instance 1 (the packaged jar with jvm.options) with its embedded PostgreSQL on a fixed port, its
#     data in ./data/cluster-db, the demo data and an admin account; or, with SPRING_DATASOURCE_URL,
#     SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD set, both instances on that PostgreSQL;
#   - app instance 2 on the same database and the same OpenSearch;
#   - nginx from the system's packages, run as a foreground process with a configuration of its own in a
#     temporary directory, proxying as bench/nginx/proxy.conf says (the Docker Compose cluster's settings).
# Then, all through nginx, with wrk (2 threads, CONNECTIONS connections):
#   1. the profile page and a search page, with one instance behind nginx and then with both (the same
#      run, the same data): requests a second, p99, errors;
#   2. six submissions of the public form from one address, spread over both instances: the sixth must be
#      refused (429), five an hour per address whichever instance counts;
#   3. a moderator signs in (the admin account), then under load the instance that served the login is
#      killed (kill -9): the requests that failed (wrk's responses of status 400 or more and its socket
#      errors), against those that may have been in flight on it; and whether the moderator is still
#      signed in afterwards.
# Checks 2 and 3 print PASS or FAIL. Everything it started is stopped on exit, Ctrl-C included.
#
#   bench/cluster.sh
#
# Durations (seconds) for a shorter or longer run: WARM_UP_JVM (60, both instances' JIT compilers, through
# nginx), WARM_UP (5, before each measured workload), DURATION (20, each measured workload), KILL_DURATION
# (20, the load during which an instance is killed), KILL_AFTER (7, when). CONNECTIONS (16). Ports: LB_PORT
# (8088), APP_PORTS ("8091 8092"), MANAGEMENT_PORTS ("8191 8192"), DB_PORT (15599, the embedded PostgreSQL),
# SEARCH_PORT (9291, and 9391 for the node's transport). MVN (./mvnw) builds the jar and the test classes
# when missing and lists the test classpath (once, in target/cluster-classpath.txt). BUSY_FILE: a file
# created while wrk measures and removed after (for build queues that wait for quiet). Needs a JDK, wrk, curl
# and nginx (Debian: apt-get install wrk curl nginx; nothing installed is changed or started as a service).
# Logs: target/cluster-*.log.
set -euo pipefail
cd "$(dirname "$0")/.."

WARM_UP_JVM=${WARM_UP_JVM:-60}
WARM_UP=${WARM_UP:-5}
DURATION=${DURATION:-20}
KILL_DURATION=${KILL_DURATION:-20}
KILL_AFTER=${KILL_AFTER:-7}
CONNECTIONS=${CONNECTIONS:-16}
# wrk gives up on a request after this long and counts a timeout (a socket error): a slow answer on a busy
# machine is not a failed request.
TIMEOUT=10s
LB_PORT=${LB_PORT:-8088}
read -r -a APP_PORTS <<< "${APP_PORTS:-8091 8092}"
read -r -a MANAGEMENT_PORTS <<< "${MANAGEMENT_PORTS:-8191 8192}"
DB_PORT=${DB_PORT:-15599}
SEARCH_PORT=${SEARCH_PORT:-9291}
SEARCH_TRANSPORT_PORT=$((SEARCH_PORT + 100))
MVN=${MVN:-./mvnw}
BUSY_FILE=${BUSY_FILE:-}
LB="http://127.0.0.1:$LB_PORT"
SEARCH_URL="http://127.0.0.1:$SEARCH_PORT"
DB_DATA=./data/cluster-db
SEARCH_HOME=./data/cluster-search
EXTERNAL_DB=${SPRING_DATASOURCE_URL:-}
HEADERS=(-H "Accept-Language: en" -H "Accept-Encoding: gzip")
PROFILE_PATH=/organisations/conascipal
SEARCH_PATH="/organisations?q=paix"

for tool in java wrk curl nginx; do
    command -v $tool > /dev/null || { echo "$tool is missing (Debian: apt-get install $tool)"; exit 1; }
done
for port in "$LB_PORT" "${APP_PORTS[@]}" "${MANAGEMENT_PORTS[@]}" "$SEARCH_PORT" "$SEARCH_TRANSPORT_PORT" \
    $([ -z "$EXTERNAL_DB" ] && echo "$DB_PORT"); do
    if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
        echo "Port $port is in use: stop what listens there or choose other ports (see the top of $0)"; exit 1
    fi
done

if ! ls target/peace-directory-*.jar > /dev/null 2>&1 \
    || [ ! -f target/test-classes/org/peacedirectory/OpenSearchNodeMain.class ]; then
    echo "== Building the jar and the test classes ($MVN -B -q package -DskipTests)"
    $MVN -B -q package -DskipTests
fi
if [ ! -s target/cluster-classpath.txt ] || [ pom.xml -nt target/cluster-classpath.txt ]; then
    echo "== Listing the test classpath for the OpenSearch node (target/cluster-classpath.txt)"
    $MVN -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cluster-classpath.txt
fi
N=cluster
source bench/lib.sh

WORK=$(mktemp -d)
chmod 755 "$WORK" # nginx's workers run as another user when started by root
INSTANCES=("" "")
SEARCH_NODE=
NGINX=
LOAD=
BUSY=
EMBEDDED_DB= # set once this run has started instance 1 with its embedded PostgreSQL

stop_process() {
    local pid=$1 seconds=$2
    kill "$pid" 2> /dev/null || return 0
    for attempt in $(seq 1 $((seconds * 2))); do
        kill -0 "$pid" 2> /dev/null || break
        sleep 0.5
    done
    kill -9 "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
}

cleanup() {
    set +e
    trap - INT TERM
    not_busy
    if [ -n "$LOAD" ]; then stop_process "$LOAD" 2; fi
    if [ -n "$NGINX" ]; then stop_process "$NGINX" 10; fi
    for i in 1 0; do
        if [ -n "${INSTANCES[$i]}" ]; then stop_process "${INSTANCES[$i]}" 40; fi
    done
    # Instance 1 killed (kill -9) leaves its embedded PostgreSQL running, as a crash does: stopped here (fast
    # shutdown), once sure the pid is that server on this very data directory.
    if [ -n "$EMBEDDED_DB" ] && [ -f "$DB_DATA/postmaster.pid" ]; then
        local postgres
        postgres=$(head -n 1 "$DB_DATA/postmaster.pid")
        if tr '\0' ' ' < "/proc/$postgres/cmdline" 2> /dev/null | grep -q "postgres.*$(realpath "$DB_DATA")"; then
            echo "== Stopping the PostgreSQL that instance 1 left running (pid $postgres)"
            kill -INT "$postgres"
            for attempt in $(seq 1 60); do kill -0 "$postgres" 2> /dev/null || break; sleep 0.5; done
        fi
    fi
    if [ -n "$SEARCH_NODE" ]; then
        exec 7>&- # the node stops when its standard input closes
        for attempt in $(seq 1 40); do kill -0 "$SEARCH_NODE" 2> /dev/null || break; sleep 0.5; done
        stop_process "$SEARCH_NODE" 1
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'echo "Interrupted"; exit 130' INT TERM

busy() {
    if [ -n "$BUSY_FILE" ]; then touch "$BUSY_FILE"; BUSY=yes; fi
}

not_busy() {
    if [ -n "$BUSY" ]; then rm -f "$BUSY_FILE"; BUSY=; fi
}

# ---- The OpenSearch node -------------------------------------------------------------------------------

# OpenSearchNodeMain stops when its standard input closes: it reads a pipe this script holds open (fd 7), so
# it stops with the script however the script ends. Its own log4j-core, not Boot's bridge to SLF4J.
start_search_node() {
    echo "== Starting OpenSearch on $SEARCH_URL (data in $SEARCH_HOME)"
    local classpath
    classpath="target/test-classes:$(tr ':' '\n' < target/cluster-classpath.txt | grep -v log4j-to-slf4j | paste -sd:)"
    mkdir -p "$SEARCH_HOME"
    mkfifo "$WORK/search-node-input"
    "$JAVA" -Xms256m -Xmx256m -XX:+UseSerialGC -Dlog4j.provider=org.apache.logging.log4j.core.impl.Log4jProvider \
        -cp "$classpath" org.peacedirectory.OpenSearchNodeMain "$SEARCH_PORT" "$SEARCH_TRANSPORT_PORT" \
        "$(realpath "$SEARCH_HOME")" < "$WORK/search-node-input" > target/cluster-search.log 2>&1 &
    SEARCH_NODE=$!
    exec 7> "$WORK/search-node-input"
    for attempt in $(seq 1 121); do
        if grep -q "OpenSearch node started" target/cluster-search.log; then break; fi
        if ! kill -0 $SEARCH_NODE 2> /dev/null; then echo "OpenSearch stopped; see target/cluster-search.log"; exit 1; fi
        if [ "$attempt" = 121 ]; then echo "OpenSearch not started within 60 s; see target/cluster-search.log"; exit 1; fi
        sleep 0.5
    done
    # One node: replicas could never be placed, and the cluster would stay yellow.
    curl -fs -o /dev/null -X PUT -H "Content-Type: application/json" "$SEARCH_URL/_cluster/settings" \
        -d '{"persistent":{"cluster.default_number_of_replicas":0}}'
    curl -fs "$SEARCH_URL/_cluster/health?wait_for_status=yellow&timeout=30s" | grep -o '"status":"[a-z]*"'
}

# ---- The app's instances -------------------------------------------------------------------------------

# Instance i (0 or 1): the packaged jar, its own ports, the shared search node, behind nginx (forwarded
# headers trusted), the admin account of lib.sh. Instance 1 (i = 0) runs the embedded PostgreSQL on DB_PORT
# and loads the demo data; instance 2 connects to that server. With SPRING_DATASOURCE_URL set, both use it.
start_instance() {
    local i=$1
    local settings=(SERVER_PORT="${APP_PORTS[$i]}" MANAGEMENT_SERVER_PORT="${MANAGEMENT_PORTS[$i]}"
        DIRECTORY_SEARCH_URL="$SEARCH_URL" DIRECTORY_BASE_URL="$LB" SERVER_FORWARD_HEADERS_STRATEGY=native
        DIRECTORY_SEARCH_INDEX_DIR="./data/cluster-app$((i + 1))-index"
        DIRECTORY_ADMIN_EMAIL="$ADMIN_EMAIL" DIRECTORY_ADMIN_PASSWORD="$ADMIN_PASSWORD")
    if [ "$i" = 0 ]; then
        settings+=(DIRECTORY_DEMO_DATA=true)
        if [ -z "$EXTERNAL_DB" ]; then
            settings+=(DIRECTORY_EMBEDDED_DB_DATA_DIR="$DB_DATA" DIRECTORY_EMBEDDED_DB_PORT="$DB_PORT")
            EMBEDDED_DB=yes
        fi
    elif [ -z "$EXTERNAL_DB" ]; then
        settings+=(SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$DB_PORT/postgres"
            SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=)
    fi
    echo "== Starting instance $((i + 1)) on 127.0.0.1:${APP_PORTS[$i]} (management port ${MANAGEMENT_PORTS[$i]})"
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    env "${settings[@]}" "$JAVA" @jvm.options $JAVA_OPTS --enable-native-access=ALL-UNNAMED -jar "$JAR" \
        > "target/cluster-app$((i + 1)).log" 2>&1 7>&- &
    INSTANCES[$i]=$!
    for attempt in $(seq 1 360); do
        if curl -fs -o /dev/null "http://127.0.0.1:${MANAGEMENT_PORTS[$i]}/actuator/health/readiness"; then
            grep -o "Started PeaceDirectoryApplication in [0-9.]* seconds" "target/cluster-app$((i + 1)).log" || true
            return
        fi
        if ! kill -0 "${INSTANCES[$i]}" 2> /dev/null; then
            echo "Instance $((i + 1)) stopped; see target/cluster-app$((i + 1)).log"; INSTANCES[$i]=; exit 1
        fi
        sleep 0.5
    done
    echo "Instance $((i + 1)) not ready within 3 minutes; see target/cluster-app$((i + 1)).log"; exit 1
}

# ---- nginx ---------------------------------------------------------------------------------------------

# Writes nginx's configuration for the instances given (0, 1 or both) and starts nginx, or has it load the
# new configuration (SIGHUP), then checks that the requests reach those instances only. Besides
# proxy.conf: the instance that answered in X-Served-By (for this script: not a header to show the public,
# it tells the instances' addresses), and a log of the requests retried on the other instance or answered
# with an error.
balance() {
    local servers="" i
    for i in "$@"; do servers+="        server 127.0.0.1:${APP_PORTS[$i]} max_fails=3 fail_timeout=10s;"$'\n'; done
    mkdir -p "$WORK/peace-directory"
    cp bench/nginx/proxy.conf "$WORK/peace-directory/proxy.conf"
    cat > "$WORK/nginx.conf" << EOF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
$(for temp in client_body proxy fastcgi uwsgi scgi; do echo "    ${temp}_temp_path $WORK/$temp;"; done)
    log_format notable '\$msec \$status "\$upstream_addr" "\$upstream_status" \$request_time "\$request"';
    map "\$status \$upstream_addr" \$notable { "~^[45]" 1; "~," 1; default 0; }
    upstream peace_directory {
        zone peace_directory 64k;
$servers        keepalive 32;
    }
    server {
        listen 127.0.0.1:$LB_PORT;
        access_log $WORK/notable.log notable if=\$notable;
        add_header X-Served-By \$upstream_addr always;
        location / {
            include peace-directory/proxy.conf;
        }
    }
}
EOF
    nginx -t -q -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/error.log"
    if [ -z "$NGINX" ]; then
        nginx -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/error.log" -g "daemon off;" 7>&- &
        NGINX=$!
    else
        kill -HUP "$NGINX"
    fi
    local expected seen attempt
    expected=$(for i in "$@"; do echo "127.0.0.1:${APP_PORTS[$i]}"; done | sort | paste -sd' ')
    for attempt in $(seq 1 40); do
        sleep 0.25
        seen=$(for request in 1 2 3 4 5 6; do served_by "$PROFILE_PATH"; done | sort -u | paste -sd' ')
        if [ "$seen" = "$expected" ]; then return; fi
    done
    echo "nginx does not balance over $expected (seen: ${seen:-nothing}); see $WORK/error.log"; cat "$WORK/error.log"; exit 1
}

# The instance (address) that answered a GET through nginx.
served_by() {
    curl -s -o /dev/null -D - "$LB$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-served-by" {print $2}'
}

# The instance number (1 or 2) of an address in X-Served-By, or the address itself.
instance_of() {
    local i
    for i in 0 1; do
        if [ "$1" = "127.0.0.1:${APP_PORTS[$i]}" ]; then echo $((i + 1)); return; fi
    done
    echo "${1:-none}"
}

# ---- Helpers for forms ---------------------------------------------------------------------------------

# The value of a header in a saved response (curl -D).
header() {
    grep -i "^$2:" "$1" | tail -n 1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//' || true
}

# The hidden fields of a page's first form with that action, as curl arguments (--data-urlencode name=value).
hidden_fields() {
    tr '\n' ' ' < "$1" | grep -o "<form[^>]*action=\"$2\".*" | sed 's|</form>.*||' \
        | grep -o '<input type="hidden" name="[^"]*" value="[^"]*"' \
        | sed -e 's/.*name="\([^"]*\)" value="\([^"]*\)"/\1=\2/' -e 's/&amp;/\&/g' \
        | while IFS= read -r field; do printf '%s\0%s\0' --data-urlencode "$field"; done
}

# ---- Measures ------------------------------------------------------------------------------------------

# wrk (its arguments after the output file) in the background, waited for: a wrk in the foreground catches
# Ctrl-C itself and ends normally, and the script would carry on; waiting, the script's trap runs at once.
load() {
    local output=$1; shift
    wrk -t2 -c"$CONNECTIONS" --timeout "$TIMEOUT" "$@" > "$output" 7>&- &
    LOAD=$!
    wait $LOAD
    LOAD=
}

RESULTS=()

# One measured workload through nginx: warmed up, then measured; one row of the table.
measure() {
    local instances=$1 path=$2 figures
    load /dev/null -d"${WARM_UP}s" "${HEADERS[@]}" "$LB$path"
    load "$WORK/measure.wrk" -d"${DURATION}s" --latency "${HEADERS[@]}" "$LB$path"
    figures=$(wrk_figures < "$WORK/measure.wrk")
    read -r requests rate p99 status_errors socket_errors <<< "$figures"
    printf "| %s | \`%s\` | %s | %s ms | %s | %s | %s |\n" "$instances" "$path" "$rate" "$p99" "$status_errors" \
        "$socket_errors" "$(cut -d' ' -f1 /proc/loadavg)"
}

# Six submissions of the public form from one address, each form fetched through nginx and sent through
# nginx after the form's minimum fill time. The address is a loopback address of its own for this run
# (curl --interface), which nginx passes on in X-Forwarded-For: earlier runs' submissions do not count.
check_submission_limit() {
    local address="127.$((RANDOM % 250 + 1)).$((RANDOM % 250 + 1)).$((RANDOM % 250 + 1))"
    echo "== Six submissions from $address through nginx (the limit: five an hour per address)"
    local k statuses=() served=()
    for k in 1 2 3 4 5 6; do
        curl -s --interface "$address" -c "$WORK/submit-$k.cookies" -b "$WORK/submit-$k.cookies" \
            -H "Accept-Language: en" -o "$WORK/submit-$k.html" "$LB/submit"
    done
    sleep 3.5 # directory.submissions.minimum-fill-time is 3 s: a form sent sooner is turned away
    for k in 1 2 3 4 5 6; do
        local fields=()
        while IFS= read -r -d '' part; do fields+=("$part"); done < <(hidden_fields "$WORK/submit-$k.html" /submit)
        curl -s --interface "$address" -c "$WORK/submit-$k.cookies" -b "$WORK/submit-$k.cookies" \
            -H "Accept-Language: en" -o "$WORK/submitted-$k.html" -D "$WORK/submitted-$k.headers" "${fields[@]}" \
            --data-urlencode "organisation.name=Cluster check $RANDOM$RANDOM $k" \
            --data-urlencode "organisation.countryCode=SN" --data-urlencode "prose.sourceLanguage=en" \
            --data-urlencode "prose.summary=An organisation submitted by bench/cluster.sh." \
            --data-urlencode "submitter.name=Bench" --data-urlencode "submitter.email=bench@example.org" \
            --data-urlencode "submitter.relationship=STAFF" --data-urlencode "submitter.consent=true" \
            --data-urlencode "organisation.themes=conflict-prevention" \
            --data-urlencode "state.duplicatesAcknowledged=true" --data-urlencode "action=submit" \
            "$LB/submit"
        local status location
        status=$(head -n 1 "$WORK/submitted-$k.headers" | awk '{print $2}')
        location=$(header "$WORK/submitted-$k.headers" Location)
        # Stored: a redirect to the submission's tracking page (/submissions/received is the robots' answer).
        if [[ "$status" == 30[23] && "$location" == /submissions/* && "$location" != */received ]]; then
            status=stored
        fi
        statuses+=("$status")
        served+=("$(instance_of "$(header "$WORK/submitted-$k.headers" X-Served-By)")")
        echo "submission $k: $status${location:+ ($location)} from instance ${served[-1]}"
    done
    local accepted=0 refused_last=no both=no
    for k in 0 1 2 3 4; do
        if [ "${statuses[$k]}" = stored ]; then accepted=$((accepted + 1)); fi
    done
    if [ "${statuses[5]}" = 429 ]; then refused_last=yes; fi
    if printf '%s\n' "${served[@]}" | grep -q '^1$' && printf '%s\n' "${served[@]}" | grep -q '^2$'; then both=yes; fi
    local verdict=FAIL
    if [ $accepted = 5 ] && [ $refused_last = yes ] && [ $both = yes ]; then verdict=PASS; fi
    RESULTS+=("$verdict  five submissions an hour per address across instances: the first five stored: $accepted of 5; the sixth refused (429): $refused_last; sent to both instances: $both")
    if printf '%s\n' "${statuses[@]}" | grep -q '^403$'; then
        echo "(403: the form's CSRF token, a cookie every instance reads, did not come back with it)"
    fi
}

# Signs the admin in through nginx, in a fresh session for each try, up to 4. The login form's CSRF token is a
# cookie and the session lives in PostgreSQL, shared by both instances, so the first try should do whichever
# instance serves the form and its POST; the further tries (each with one more request in between, so that
# the POST reaches the other instance) only matter if state were kept in one instance's memory again. Sets
# LOGIN_INSTANCE, the instance that answered the login's POST.
LOGIN_INSTANCE=
sign_in() {
    local try other
    for try in 1 2 3 4; do
        rm -f "$WORK/moderator.cookies"
        curl -s -c "$WORK/moderator.cookies" -b "$WORK/moderator.cookies" -o "$WORK/login.html" "$LB/login"
        for other in $(seq 2 $try); do curl -s -o /dev/null "$LB/login"; done
        local csrf
        csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/')
        curl -s -c "$WORK/moderator.cookies" -b "$WORK/moderator.cookies" -o /dev/null -D "$WORK/login.headers" \
            --data-urlencode "_csrf=$csrf" --data-urlencode "email=$ADMIN_EMAIL" \
            --data-urlencode "password=$ADMIN_PASSWORD" "$LB/login"
        local status location
        status=$(head -n 1 "$WORK/login.headers" | awk '{print $2}')
        location=$(header "$WORK/login.headers" Location)
        LOGIN_INSTANCE=$(instance_of "$(header "$WORK/login.headers" X-Served-By)")
        echo "login try $try: $status${location:+ to $location} from instance $LOGIN_INSTANCE"
        if [ "$status" = 302 ] && [[ "$location" == */moderation ]]; then return 0; fi
    done
    LOGIN_INSTANCE=
    return 1
}

# Whether the moderator's session is signed in: the review queue answers 200 (not a redirect to /login).
signed_in() {
    local status
    curl -s -c "$WORK/moderator.cookies" -b "$WORK/moderator.cookies" -o /dev/null -D "$WORK/queue.headers" \
        "$LB/moderation"
    status=$(head -n 1 "$WORK/queue.headers" | awk '{print $2}')
    echo "the review queue ($1): $status$(header "$WORK/queue.headers" Location | sed 's/^./ to &/') from instance $(
        instance_of "$(header "$WORK/queue.headers" X-Served-By)")"
    [ "$status" = 200 ]
}

# ---- The run -------------------------------------------------------------------------------------------

echo "== $("$JAVA" -version 2>&1 | head -n 1); JVM options: $(grep -v '^#' jvm.options | xargs) $JAVA_OPTS"
echo "== Load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores: the instances, PostgreSQL, OpenSearch, nginx and wrk share them)"
start_search_node
start_instance 0
wait_for_search_index target/cluster-app1.log "${INSTANCES[0]}"
start_instance 1
echo "== nginx on $LB"
balance 0 1

busy
echo "== Warm-up through nginx: the profile and the search page in turn, ${WARM_UP_JVM} s"
load /dev/null -d"$((WARM_UP_JVM / 2))s" "${HEADERS[@]}" "$LB$PROFILE_PATH"
load /dev/null -d"$((WARM_UP_JVM / 2))s" "${HEADERS[@]}" "$LB$SEARCH_PATH"

echo "== One instance, then two, behind nginx: $CONNECTIONS connections, ${DURATION} s each (after ${WARM_UP} s unmeasured)"
echo "| instances | page | req/s | p99 | status >= 400 | socket errors | load average |"
echo "|---|---|---|---|---|---|---|"
balance 0
measure 1 "$PROFILE_PATH"
measure 1 "$SEARCH_PATH"
balance 0 1
measure 2 "$PROFILE_PATH"
measure 2 "$SEARCH_PATH"
not_busy

check_submission_limit

echo "== A moderator signs in through nginx"
SIGNED_IN=no
LOGGED_IN=no
if sign_in; then
    LOGGED_IN=yes
    if signed_in "next request"; then SIGNED_IN=yes; fi
fi
VICTIM=1 # instance 2, unless the login was served by instance 1
if [ "$LOGIN_INSTANCE" = 1 ]; then VICTIM=0; fi
echo "== Kill -9 of instance $((VICTIM + 1)) (the one that served the login, or 2) after ${KILL_AFTER} s of ${KILL_DURATION} s: the profile and search pages in turn, $CONNECTIONS connections"
cat > "$WORK/pages.lua" << EOF
local paths = {"$PROFILE_PATH", "$SEARCH_PATH"}
local next = 0
request = function()
    next = next % #paths + 1
    return wrk.format("GET", paths[next])
end
EOF
NOTABLE_BEFORE=$(wc -l < "$WORK/notable.log" 2> /dev/null || echo 0)
busy
wrk -t2 -c"$CONNECTIONS" --timeout "$TIMEOUT" -d"${KILL_DURATION}s" --latency "${HEADERS[@]}" -s "$WORK/pages.lua" \
    "$LB" > "$WORK/kill.wrk" 7>&- &
LOAD=$!
sleep "$KILL_AFTER"
kill -9 "${INSTANCES[$VICTIM]}"
wait "${INSTANCES[$VICTIM]}" 2> /dev/null || true
INSTANCES[$VICTIM]=
echo "killed at $(date +%T)"
wait $LOAD
LOAD=
not_busy
read -r requests rate p99 status_errors socket_errors <<< "$(wrk_figures < "$WORK/kill.wrk")"
grep -e "Socket errors" -e "Non-2xx" "$WORK/kill.wrk" || true
tail -n +"$((NOTABLE_BEFORE + 1))" "$WORK/notable.log" > "$WORK/kill.notable"
# nginx's log: time, status, the instances tried ("a, b" when retried), their statuses, seconds, request. A
# 499 is a request wrk gave up at the end of its run, not a failure.
retried=$(awk -F'"' '$2 ~ /, /' "$WORK/kill.notable" | wc -l)
nginx_errors=$(awk '$2 >= 400 && $2 != 499' "$WORK/kill.notable" | wc -l)
abandoned=$(awk '$2 == 499' "$WORK/kill.notable" | wc -l)
failed=$((status_errors + socket_errors))
echo "wrk: $requests requests, $rate req/s, p99 $p99 ms; failed: $status_errors with a status of 400 or more, $socket_errors socket errors"
echo "nginx: $retried requests tried on the killed instance and answered by the other;" \
    "$nginx_errors answered with a status of 400 or more; $abandoned left by wrk at its end (499)"
if [ -s "$WORK/kill.notable" ]; then
    echo "nginx's log of those, first 10 (time, status, instances tried, their statuses, seconds, request):"
    head -n 10 "$WORK/kill.notable"
fi
verdict=FAIL
if [ "$failed" -le "$CONNECTIONS" ]; then verdict=PASS; fi
RESULTS+=("$verdict  kill -9 under load: $failed failed requests (wrk: status 400 or more, and socket errors) of $requests; at most $CONNECTIONS could be in flight on the killed instance (one per connection); nginx retried $retried on the other")
STILL=no
if [ $LOGGED_IN = yes ] && signed_in "after the kill"; then STILL=yes; fi
verdict=FAIL
if [ $STILL = yes ] && [ $SIGNED_IN = yes ]; then verdict=PASS; fi
if [ $LOGGED_IN = yes ]; then
    RESULTS+=("$verdict  a moderator signed in on instance $LOGIN_INSTANCE: signed in on the next request: $SIGNED_IN; still signed in after instance $LOGIN_INSTANCE was killed: $STILL")
else
    RESULTS+=("FAIL  a moderator stays signed in: could not sign in through nginx (see the login tries above)")
fi

echo "== Results"
printf '%s\n' "${RESULTS[@]}"
