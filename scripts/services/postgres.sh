#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the test suite, on 127.0.0.1 only.
#
#   scripts/services/postgres.sh start   # start (idempotent); prints DATABASE_URL=...
#   scripts/services/postgres.sh env     # prints DATABASE_URL=... of the running cluster
#   scripts/services/postgres.sh stop    # stop and delete the cluster (never fails)
#
# Only the DATABASE_URL line goes to stdout, so `export "$(... start)"` works;
# progress and errors go to stderr.  See README.md beside this file.
set -euo pipefail

# shellcheck disable=SC2034 # read by log/die in _common.sh
SERVICE_NAME=postgres
# shellcheck source=_common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_common.sh"

PG_PORT="${PG_PORT:-54329}"
PG_SERVICE_USER="${PG_SERVICE_USER:-postgres}"
PG_DB="${PG_DB:-civic}"
PG_ROLE="${PG_ROLE:-civic}"
PG_START_TIMEOUT="${PG_START_TIMEOUT:-30}"
LOCK_FILE="$SERVICES_DIR/postgres.lock"

usage() {
    echo "usage: $0 start|stop|env" >&2
    exit 2
}

# Directory of the newest installed server, e.g. /usr/lib/postgresql/15/bin.
find_bindir() {
    if [ -n "${PG_BINDIR:-}" ]; then
        printf '%s\n' "$PG_BINDIR"
        return 0
    fi
    # shellcheck disable=SC2012
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

ensure_server() {
    BINDIR="$(find_bindir)"
    if [ -z "$BINDIR" ] || [ ! -x "$BINDIR/postgres" ] || [ ! -x "$BINDIR/initdb" ]; then
        log "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
        apt_install postgresql
        BINDIR="$(find_bindir)"
        [ -n "$BINDIR" ] && [ -x "$BINDIR/postgres" ] ||
            die "PostgreSQL server still not found after installing package 'postgresql'"
    fi
    for tool in initdb pg_ctl pg_isready psql; do
        [ -x "$BINDIR/$tool" ] || die "$BINDIR/$tool is missing"
    done
}

set_paths() {
    BASE_DIR="$(user_reachable_base "$PG_SERVICE_USER")"
    RUN_DIR="$BASE_DIR/postgres"
    DATA_DIR="$RUN_DIR/data"
    LOG_FILE="$RUN_DIR/postgres.log"
}

# PID of a live postmaster that owns $DATA_DIR, or nothing.
running_pid() {
    local pidfile="$DATA_DIR/postmaster.pid" pid
    [ -f "$pidfile" ] || return 0
    pid="$(head -n1 "$pidfile" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 0
    pid_alive "$pid" || return 0
    # Guard against PID reuse after a killed run: it must be a postgres process.
    if [ -r "/proc/$pid/cmdline" ] && ! tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q postgres; then
        return 0
    fi
    printf '%s\n' "$pid"
}

# Port the running postmaster listens on (line 4 of postmaster.pid).
running_port() { sed -n 4p "$DATA_DIR/postmaster.pid" 2>/dev/null | tr -d '[:space:]'; }

is_ready() { "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$1" -t 2 >/dev/null 2>&1; }

wait_ready() {
    local port="$1" deadline=$((SECONDS + PG_START_TIMEOUT))
    until is_ready "$port"; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            log "last lines of $LOG_FILE:"
            tail -n 30 "$LOG_FILE" >&2 2>/dev/null || true
            die "PostgreSQL did not accept connections on 127.0.0.1:$port within ${PG_START_TIMEOUT} s"
        fi
        sleep 0.2
    done
}

print_env() { printf 'DATABASE_URL=postgres://%s@127.0.0.1:%s/%s\n' "$PG_ROLE" "$1" "$PG_DB"; }

psql_cmd() {
    "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U "$PG_ROLE" -d postgres "${@:2}"
}

ensure_database() {
    local port="$1" exists
    exists="$(psql_cmd "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" ||
        die "could not query the cluster on 127.0.0.1:$port as role '$PG_ROLE'"
    if [ "$exists" != 1 ]; then
        psql_cmd "$port" -c "CREATE DATABASE \"$PG_DB\" OWNER \"$PG_ROLE\"" >&2 ||
            die "could not create database '$PG_DB'"
    fi
}

init_cluster() {
    local locale=C
    # C.UTF-8 gives correct upper()/lower() on accented letters; fall back to C.
    if locale -a 2>/dev/null | grep -qix 'c.utf-\?8'; then locale=C.UTF-8; fi
    rm -rf "$DATA_DIR"
    mkdir -p "$RUN_DIR"
    is_root && chown "$PG_SERVICE_USER": "$RUN_DIR"
    chmod 700 "$RUN_DIR"
    log "initdb in $DATA_DIR ($("$BINDIR/postgres" --version))"
    # The bootstrap superuser is the test role itself: the Django test runner
    # needs CREATEDB (and superuser for extensions) to make test_* databases.
    if ! as_user "$PG_SERVICE_USER" "$BINDIR/initdb" -D "$DATA_DIR" -U "$PG_ROLE" \
        -E UTF8 --locale="$locale" -A trust --no-sync >"$RUN_DIR/initdb.log" 2>&1; then
        tail -n 30 "$RUN_DIR/initdb.log" >&2 || true
        die "initdb failed (full output in $RUN_DIR/initdb.log)"
    fi
    # Loopback TCP only, trust auth, no Unix socket, durability off for speed.
    cat >>"$DATA_DIR/postgresql.conf" <<'EOF'

# --- throwaway test cluster (scripts/services/postgres.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    cat >"$DATA_DIR/pg_hba.conf" <<'EOF'
# throwaway test cluster: trust on loopback TCP only
# TYPE  DATABASE        USER            ADDRESS                 METHOD
host    all             all             127.0.0.1/32            trust
host    replication     all             127.0.0.1/32            trust
EOF
    is_root && chown "$PG_SERVICE_USER": "$DATA_DIR/pg_hba.conf" "$DATA_DIR/postgresql.conf"
    return 0
}

# Returns non-zero (does not exit) when pg_ctl cannot start the cluster.
try_start() {
    local port="$1"
    : >"$LOG_FILE"
    is_root && chown "$PG_SERVICE_USER": "$LOG_FILE"
    as_user "$PG_SERVICE_USER" "$BINDIR/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" \
        -w -t "$PG_START_TIMEOUT" -o "-p $port" start >&2
}

cmd_start() {
    take_lock "$LOCK_FILE"
    ensure_server
    if is_root; then
        id -u "$PG_SERVICE_USER" >/dev/null 2>&1 || ensure_system_user "$PG_SERVICE_USER"
    fi
    set_paths

    local pid port
    pid="$(running_pid)"
    if [ -n "$pid" ]; then
        port="$(running_port)"
        log "already running (pid $pid, port $port)"
        wait_ready "$port"
        ensure_database "$port"
        print_env "$port"
        return 0
    fi

    # Left over from a killed run: the postmaster is gone, drop its lock file.
    if [ -f "$DATA_DIR/postmaster.pid" ]; then
        log "removing stale $DATA_DIR/postmaster.pid"
        rm -f "$DATA_DIR/postmaster.pid"
    fi

    local reused=0 bin_major
    bin_major="$("$BINDIR/postgres" -V | awk '{print $3}' | cut -d. -f1)"
    if [ -f "$DATA_DIR/PG_VERSION" ] && [ "$(cat "$DATA_DIR/PG_VERSION")" = "$bin_major" ]; then
        reused=1
        log "reusing existing cluster in $DATA_DIR"
    else
        init_cluster
    fi

    port="$(pick_port "$PG_PORT")"
    [ "$port" = "$PG_PORT" ] || log "port $PG_PORT is taken, using $port"
    log "starting on 127.0.0.1:$port"
    if ! try_start "$port"; then
        if [ "$reused" = 1 ]; then
            log "could not start the left-over cluster; recreating it"
            tail -n 10 "$LOG_FILE" >&2 2>/dev/null || true
            init_cluster
            try_start "$port" || {
                tail -n 30 "$LOG_FILE" >&2 2>/dev/null || true
                die "pg_ctl start failed (log: $LOG_FILE)"
            }
        else
            tail -n 30 "$LOG_FILE" >&2 2>/dev/null || true
            die "pg_ctl start failed (log: $LOG_FILE)"
        fi
    fi
    wait_ready "$port"
    ensure_database "$port"
    log "ready"
    print_env "$port"
}

cmd_env() {
    BINDIR="$(find_bindir)"
    set_paths
    local pid
    pid="$(running_pid)"
    [ -n "$pid" ] || die "not running (start it with: $0 start)"
    print_env "$(running_port)"
}

cmd_stop() {
    take_lock "$LOCK_FILE"
    BINDIR="$(find_bindir)"
    set_paths
    local pid deadline
    pid="$(running_pid)"
    if [ -n "$pid" ]; then
        log "stopping (pid $pid)"
        if [ -n "$BINDIR" ] && [ -x "$BINDIR/pg_ctl" ]; then
            as_user "$PG_SERVICE_USER" "$BINDIR/pg_ctl" -D "$DATA_DIR" -m fast -w -t 20 stop >&2 ||
                as_user "$PG_SERVICE_USER" "$BINDIR/pg_ctl" -D "$DATA_DIR" -m immediate -w -t 10 stop >&2 ||
                true
        else
            kill -INT "$pid" 2>/dev/null || true
        fi
        deadline=$((SECONDS + 15))
        while pid_alive "$pid" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
        if pid_alive "$pid"; then
            log "postmaster $pid still alive; killing it"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.5
        fi
    else
        log "not running"
    fi
    rm -rf "$RUN_DIR" 2>/dev/null || log "warning: could not remove $RUN_DIR"
    cleanup_base "$BASE_DIR"
    return 0
}

case "${1:-}" in
start) cmd_start ;;
stop) (cmd_stop) || true ;;
env) cmd_env ;;
*) usage ;;
esac
