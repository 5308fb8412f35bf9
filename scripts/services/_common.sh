# Shared helpers for the throwaway-service scripts in this directory.
# Sourced, not executed.  Callers have already done `set -euo pipefail`.

SERVICES_SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SERVICES_SCRIPT_DIR/../.." && pwd)"
SERVICES_DIR="${SERVICES_DIR:-$REPO_ROOT/.services}"

log() { printf '[%s] %s\n' "${SERVICE_NAME:-services}" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "${SERVICE_NAME:-services}" "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# Install Debian packages, non-interactively, only when asked to (callers check
# first that something is missing).  Serialised with a lock so that the
# services can be started in parallel; `apt-get update` runs at most once an
# hour across all of them.
apt_install() {
    is_root || die "need to install '$*' but not running as root; install it by hand"
    command -v apt-get >/dev/null 2>&1 || die "need '$*' but apt-get is not available"
    log "installing Debian package(s): $*"
    (
        if command -v flock >/dev/null 2>&1; then
            flock -w 900 8 || die "timed out waiting for another apt-get run"
        fi
        export DEBIAN_FRONTEND=noninteractive
        local stamp=/tmp/civic-services-apt-updated
        if [ -z "$(find "$stamp" -mmin -60 2>/dev/null)" ]; then
            apt-get -o DPkg::Lock::Timeout=300 update -qq >&2 || die "apt-get update failed"
            touch "$stamp"
        fi
        apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "$@" >&2 ||
            die "apt-get install $* failed"
    ) 8>/tmp/civic-services-apt.lock 9>&-
}

# require_cmd COMMAND DEBIAN_PACKAGE
require_cmd() {
    command -v "$1" >/dev/null 2>&1 || apt_install "$2"
    command -v "$1" >/dev/null 2>&1 || die "'$1' still missing after installing '$2'"
}

# Run a command as the unprivileged service user when we are root; as
# ourselves otherwise.  Runs from / so that a cwd the user cannot enter does
# not cause warnings or failures.  The lock descriptor (9) is not passed on:
# a daemon started from here must not hold the lock after we exit.
as_user() {
    local user="$1"
    shift
    if is_root; then
        (cd / && runuser -u "$user" -- "$@" 9>&-)
    else
        (cd / && "$@" 9>&-)
    fi
}

# Create a system user without login/home when it does not exist.
ensure_system_user() {
    local user="$1"
    is_root || return 0
    id -u "$user" >/dev/null 2>&1 && return 0
    log "creating system user '$user'"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$user" ||
        die "could not create system user '$user'"
}

# port_in_use PORT: true when something accepts TCP connections on it on
# loopback (a listener on 0.0.0.0 answers there too).
port_in_use() {
    local port="$1"
    if command -v ss >/dev/null 2>&1; then
        if ss -Hltn "( sport = :$port )" 2>/dev/null | grep -q .; then
            return 0
        fi
    fi
    timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null
}

# pick_port PREFERRED [EXCLUDED]: prints PREFERRED when free, else the next
# free port above it (up to 200 tries), never EXCLUDED.
pick_port() {
    local port="$1" excluded="${2:-}" i
    for ((i = 0; i < 200; i++)); do
        if [ "$port" != "$excluded" ] && ! port_in_use "$port"; then
            printf '%s\n' "$port"
            return 0
        fi
        port=$((port + 1))
    done
    die "no free TCP port found in $1..$port"
}

# A base directory the service user can reach and write under: $SERVICES_DIR
# when every ancestor is traversable by that user (the normal case), otherwise
# a per-checkout directory under /tmp (e.g. for a clone inside /root, mode 700).
user_reachable_base() {
    local user="$1" dir
    mkdir -p "$SERVICES_DIR"
    if ! is_root || as_user "$user" test -x "$SERVICES_DIR" 2>/dev/null; then
        dir="$SERVICES_DIR"
    else
        dir="/tmp/civic-services-$(printf %s "$SERVICES_DIR" | cksum | cut -d' ' -f1)"
        mkdir -p "$dir"
        chmod 755 "$dir"
    fi
    printf '%s\n' "$dir"
}

# Remove the /tmp fallback base directory once it is empty.
cleanup_base() {
    case "$1" in
    /tmp/civic-services-*) rmdir "$1" 2>/dev/null || true ;;
    esac
}

# pid_alive PID
pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# Take an exclusive lock on a file for the rest of the script, so that two
# concurrent `start`/`stop` calls do not race (bounded wait).
take_lock() {
    local lockfile="$1"
    mkdir -p "$(dirname "$lockfile")"
    exec 9>"$lockfile"
    if command -v flock >/dev/null 2>&1; then
        flock -w 60 9 || die "could not get lock $lockfile within 60 s (another start/stop running?)"
    fi
}
