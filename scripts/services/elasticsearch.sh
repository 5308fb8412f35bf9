#!/usr/bin/env bash
# Throwaway single-node Elasticsearch 8 for the test suite, on 127.0.0.1 only.
#
#   scripts/services/elasticsearch.sh start   # start (idempotent); prints ELASTICSEARCH_URL=...
#   scripts/services/elasticsearch.sh env     # prints ELASTICSEARCH_URL=... of the running node
#   scripts/services/elasticsearch.sh stop    # stop it and delete its data (never fails)
#
# The distribution is the integ-test-zip from Maven Central (fetched with mvn,
# unpacked once under $SERVICES_DIR and kept as a cache).  Only the
# ELASTICSEARCH_URL line goes to stdout; progress and errors go to stderr.
# See README.md beside this file.
set -euo pipefail

# shellcheck disable=SC2034 # read by log/die in _common.sh
SERVICE_NAME=elasticsearch
# shellcheck source=_common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_common.sh"

ES_VERSION="${ES_VERSION:-8.19.3}"
ES_PORT="${ES_PORT:-9250}"
ES_TRANSPORT_PORT="${ES_TRANSPORT_PORT:-9350}"
ES_SERVICE_USER="${ES_SERVICE_USER:-civicsvc}"
ES_JAVA_OPTS="${ES_JAVA_OPTS:--Xms512m -Xmx512m}"
ES_START_TIMEOUT="${ES_START_TIMEOUT:-120}"
ES_TEST_PLUGIN="${ES_TEST_PLUGIN:-1}"
M2_REPO="${M2_REPO:-${HOME:-/root}/.m2/repository}"

ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
ES_ZIP="$M2_REPO/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$ES_VERSION/elasticsearch-$ES_VERSION.zip"
PLUGIN_NAME=civic-test-plugin
PLUGIN_SRC="$SERVICES_SCRIPT_DIR/es-test-plugin/CivicTestPlugin.java"
LOCK_FILE="$SERVICES_DIR/elasticsearch.lock"
LAUNCHER_PID_FILE="$SERVICES_DIR/elasticsearch.launcher.pid"

usage() {
    echo "usage: $0 start|stop|env" >&2
    exit 2
}

set_paths() {
    BASE_DIR="$(user_reachable_base "$ES_SERVICE_USER")"
    ES_HOME="$BASE_DIR/elasticsearch-$ES_VERSION"
    RUN_DIR="$BASE_DIR/elasticsearch"
    ES_PID_FILE="$RUN_DIR/elasticsearch.pid"
    PORT_FILE="$RUN_DIR/http.port"
    ES_LOG="$RUN_DIR/logs/civic-test.log"
    CONSOLE_LOG="$RUN_DIR/logs/console.log"
}

# pid_matches PID PATTERN: the process is alive and its command line contains
# PATTERN (guards against a recycled PID from an earlier, killed run).
pid_matches() {
    local pid="$1" pattern="$2"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    pid_alive "$pid" || return 1
    [ -r "/proc/$pid/cmdline" ] || return 0
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$pattern"
}

read_pid() { [ -f "$1" ] && tr -dc '0-9' <"$1" || true; }

# PID of the running Elasticsearch server JVM, or nothing.
server_pid() {
    local pid
    pid="$(read_pid "$ES_PID_FILE")"
    if pid_matches "$pid" org.elasticsearch; then printf '%s\n' "$pid"; fi
}

# PID (= process group) of the launcher started by `start`, or nothing.
launcher_pid() {
    local pid
    pid="$(read_pid "$LAUNCHER_PID_FILE")"
    if pid_matches "$pid" elasticsearch; then printf '%s\n' "$pid"; fi
}

health_ok() {
    curl -sf -o /dev/null --max-time 5 \
        "http://127.0.0.1:$1/_cluster/health?wait_for_status=yellow&timeout=1s"
}

print_env() { printf 'ELASTICSEARCH_URL=http://127.0.0.1:%s\n' "$1"; }

show_logs() {
    if [ -s "$CONSOLE_LOG" ]; then
        log "last lines of $CONSOLE_LOG:"
        tail -n 20 "$CONSOLE_LOG" >&2 || true
    fi
    if [ -s "$ES_LOG" ]; then
        log "last lines of $ES_LOG:"
        tail -n 40 "$ES_LOG" >&2 || true
    fi
}

# Java home of the JDK/JRE that runs Elasticsearch (>= 17).
ensure_java() {
    local java_bin major
    if [ -n "${ES_JAVA_HOME:-}" ]; then
        [ -x "$ES_JAVA_HOME/bin/java" ] || die "ES_JAVA_HOME=$ES_JAVA_HOME has no bin/java"
    else
        # The machine's default Java (/usr/bin/java), else the first on PATH.
        java_bin=/usr/bin/java
        [ -x "$java_bin" ] || java_bin="$(command -v java || true)"
        if [ -z "$java_bin" ]; then
            apt_install openjdk-17-jre-headless
            java_bin="$(command -v java)" || die "java not found after installing openjdk-17-jre-headless"
        fi
        java_bin="$(readlink -f "$java_bin")"
        ES_JAVA_HOME="$(dirname "$(dirname "$java_bin")")"
    fi
    major="$("$ES_JAVA_HOME/bin/java" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p')"
    [ -n "$major" ] && [ "$major" -ge 17 ] ||
        die "Elasticsearch $ES_VERSION needs Java 17 or newer; $ES_JAVA_HOME/bin/java is '${major:-unknown}'"
    export ES_JAVA_HOME
}

ensure_zip() {
    [ -s "$ES_ZIP" ] && return 0
    require_cmd mvn maven
    log "fetching $ES_ARTIFACT with Maven"
    mvn -q -B dependency:get -Dartifact="$ES_ARTIFACT" -Dtransitive=false >&2 ||
        die "mvn dependency:get $ES_ARTIFACT failed"
    [ -s "$ES_ZIP" ] || die "mvn succeeded but $ES_ZIP is missing (is M2_REPO=$M2_REPO right?)"
}

ensure_distribution() {
    [ -x "$ES_HOME/bin/elasticsearch" ] && return 0
    ensure_zip
    require_cmd unzip unzip
    local tmp="$BASE_DIR/.unpack-es-$$"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    log "unpacking $(basename "$ES_ZIP") into $ES_HOME"
    unzip -q "$ES_ZIP" -d "$tmp" || {
        rm -rf "$tmp"
        die "could not unzip $ES_ZIP"
    }
    [ -x "$tmp/elasticsearch-$ES_VERSION/bin/elasticsearch" ] || {
        rm -rf "$tmp"
        die "$ES_ZIP does not contain elasticsearch-$ES_VERSION/bin/elasticsearch"
    }
    rm -rf "$ES_HOME"
    mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"
    rm -rf "$tmp"
}

# Build (once per source change) the test-only plugin that adds what the
# integ-test-zip lacks: ngram/edge_ngram/asciifolding analysis and GET|HEAD /.
ensure_test_plugin() {
    local dest="$ES_HOME/plugins/$PLUGIN_NAME" stamp javac jar build
    if [ "$ES_TEST_PLUGIN" != 1 ]; then
        rm -rf "$dest"
        return 0
    fi
    [ -f "$PLUGIN_SRC" ] || die "missing $PLUGIN_SRC"
    stamp="$ES_VERSION $(cksum <"$PLUGIN_SRC" | cut -d' ' -f1)"
    if [ -f "$dest/.stamp" ] && [ "$(cat "$dest/.stamp")" = "$stamp" ]; then
        return 0
    fi
    javac="$ES_JAVA_HOME/bin/javac"
    if [ ! -x "$javac" ]; then
        javac="$(command -v javac || true)"
    fi
    if [ -z "$javac" ]; then
        apt_install openjdk-17-jdk-headless
        javac="$(command -v javac || true)"
        [ -n "$javac" ] || die "javac not found after installing openjdk-17-jdk-headless"
    fi
    jar="$(dirname "$(readlink -f "$javac")")/jar"
    [ -x "$jar" ] || die "no 'jar' tool beside $javac"
    log "building the test plugin ($PLUGIN_NAME)"
    build="$(mktemp -d)"
    if ! "$javac" --release 17 -nowarn -encoding UTF-8 -cp "$ES_HOME/lib/*" \
        -d "$build/classes" "$PLUGIN_SRC" >&2; then
        rm -rf "$build"
        die "could not compile $PLUGIN_SRC against Elasticsearch $ES_VERSION (ES_TEST_PLUGIN=0 skips it)"
    fi
    "$jar" cf "$build/$PLUGIN_NAME.jar" -C "$build/classes" . || {
        rm -rf "$build"
        die "jar failed"
    }
    rm -rf "$dest"
    mkdir -p "$dest"
    cp "$build/$PLUGIN_NAME.jar" "$dest/"
    cat >"$dest/plugin-descriptor.properties" <<EOF
description=Test-only stand-ins for analysis-common (ngram, asciifolding, language analysis, synonyms) and GET / (scripts/services)
version=1.0.0
name=$PLUGIN_NAME
classname=org.civic.testplugin.CivicTestPlugin
java.version=17
elasticsearch.version=$ES_VERSION
EOF
    printf '%s\n' "$stamp" >"$dest/.stamp"
    rm -rf "$build"
}

write_config() {
    local http_port="$1" transport_port="$2" conf="$RUN_DIR/config"
    rm -rf "$RUN_DIR"
    mkdir -p "$conf" "$RUN_DIR/data" "$RUN_DIR/logs" "$RUN_DIR/tmp"
    cp -R "$ES_HOME/config/." "$conf/"
    # The stock jvm.options writes gc.log and hs_err files relative to the
    # working directory: send them to our logs directory instead.
    sed -i -e "s#file=gc.log#file=$RUN_DIR/logs/gc.log#" \
        -e "s#-XX:ErrorFile=hs_err_pid#-XX:ErrorFile=$RUN_DIR/logs/hs_err_pid#" \
        "$conf/jvm.options"
    printf '%s\n' "-XX:HeapDumpPath=$RUN_DIR/logs" >"$conf/jvm.options.d/civic-test.options"
    cat >"$conf/elasticsearch.yml" <<EOF
# Throwaway test node written by scripts/services/elasticsearch.sh
cluster.name: civic-test
node.name: civic-test-node
network.host: 127.0.0.1
http.port: $http_port
transport.port: $transport_port
discovery.type: single-node
path.data: $RUN_DIR/data
path.logs: $RUN_DIR/logs
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
EOF
    printf '%s\n' "$http_port" >"$PORT_FILE"
}

# Stop whatever an earlier start left behind (server JVM and launcher group).
kill_all() {
    local spid lpid deadline
    spid="$(server_pid)"
    lpid="$(launcher_pid)"
    [ -n "$spid$lpid" ] || return 0
    log "stopping (server pid ${spid:-none}, launcher pid ${lpid:-none})"
    [ -n "$spid" ] && kill -TERM "$spid" 2>/dev/null || true
    [ -n "$lpid" ] && kill -TERM -- "-$lpid" 2>/dev/null || true
    deadline=$((SECONDS + 30))
    while { pid_alive "$spid" || pid_alive "$lpid"; } && [ "$SECONDS" -lt "$deadline" ]; do
        sleep 0.3
    done
    if pid_alive "$spid" || pid_alive "$lpid"; then
        log "still alive after 30 s; killing"
        [ -n "$spid" ] && kill -KILL "$spid" 2>/dev/null || true
        [ -n "$lpid" ] && kill -KILL -- "-$lpid" 2>/dev/null || true
        sleep 0.5
    fi
    return 0
}

cmd_start() {
    take_lock "$LOCK_FILE"
    is_root && ensure_system_user "$ES_SERVICE_USER"
    set_paths

    local spid port
    spid="$(server_pid)"
    if [ -n "$spid" ] && [ -s "$PORT_FILE" ]; then
        port="$(cat "$PORT_FILE")"
        log "already running (pid $spid, port $port)"
        local deadline=$((SECONDS + ES_START_TIMEOUT))
        until health_ok "$port"; do
            [ "$SECONDS" -lt "$deadline" ] || {
                show_logs
                die "running (pid $spid) but not healthy on 127.0.0.1:$port within ${ES_START_TIMEOUT} s"
            }
            sleep 1
        done
        print_env "$port"
        return 0
    fi
    kill_all # left over from a killed or failed run
    rm -f "$LAUNCHER_PID_FILE"

    require_cmd curl curl
    ensure_java
    ensure_distribution
    ensure_test_plugin

    local transport
    port="$(pick_port "$ES_PORT")"
    [ "$port" = "$ES_PORT" ] || log "port $ES_PORT is taken, using $port"
    transport="$(pick_port "$ES_TRANSPORT_PORT" "$port")"
    write_config "$port" "$transport"
    if is_root; then
        chown -R "$ES_SERVICE_USER": "$ES_HOME" "$RUN_DIR"
    fi

    log "starting Elasticsearch $ES_VERSION on 127.0.0.1:$port (Java: $ES_JAVA_HOME)"
    local -a run_as=()
    is_root && run_as=(runuser -u "$ES_SERVICE_USER" --)
    # setsid: own session and process group, detached from the caller's
    # terminal and pipes, so `stop` can end the whole tree.
    (
        cd "$RUN_DIR/logs"
        exec setsid "${run_as[@]}" env \
            ES_JAVA_HOME="$ES_JAVA_HOME" ES_PATH_CONF="$RUN_DIR/config" \
            ES_TMPDIR="$RUN_DIR/tmp" ES_JAVA_OPTS="$ES_JAVA_OPTS" \
            "$ES_HOME/bin/elasticsearch" -p "$ES_PID_FILE" \
            </dev/null >"$CONSOLE_LOG" 2>&1 9>&-
    ) &
    local lpid=$!
    printf '%s\n' "$lpid" >"$LAUNCHER_PID_FILE"

    local deadline=$((SECONDS + ES_START_TIMEOUT))
    until health_ok "$port"; do
        if ! pid_alive "$lpid"; then
            show_logs
            rm -f "$LAUNCHER_PID_FILE"
            die "Elasticsearch exited during start-up (logs in $RUN_DIR/logs)"
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            show_logs
            kill_all
            die "Elasticsearch did not answer on http://127.0.0.1:$port within ${ES_START_TIMEOUT} s"
        fi
        sleep 0.5
    done
    log "ready"
    print_env "$port"
}

cmd_env() {
    set_paths
    local spid
    spid="$(server_pid)"
    [ -n "$spid" ] && [ -s "$PORT_FILE" ] || die "not running (start it with: $0 start)"
    print_env "$(cat "$PORT_FILE")"
}

cmd_stop() {
    take_lock "$LOCK_FILE"
    set_paths
    local spid lpid
    spid="$(server_pid)"
    lpid="$(launcher_pid)"
    if [ -n "$spid$lpid" ]; then
        kill_all
    else
        log "not running"
    fi
    rm -f "$LAUNCHER_PID_FILE"
    # Keep the unpacked distribution ($ES_HOME) as a cache.
    rm -rf "$RUN_DIR" 2>/dev/null || log "warning: could not remove $RUN_DIR"
    return 0
}

case "${1:-}" in
start) cmd_start ;;
stop) (cmd_stop) || true ;;
env) cmd_env ;;
*) usage ;;
esac
