#!/usr/bin/env bash
# Installs what the browser tests need, idempotently and without questions:
# Debian's Chromium (Playwright drives it; it never downloads a browser of its
# own) and the npm packages (axe-core, Leaflet) from package-lock.json.
#
#   bash scripts/browser-deps.sh
set -euo pipefail

SERVICE_NAME=browser-deps
# shellcheck source=scripts/services/_common.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/services/_common.sh"

require_cmd chromium chromium
# Liberation gives screenshots metric-compatible sans-serif text.
[ -d /usr/share/fonts/truetype/liberation ] || apt_install fonts-liberation

cd "$REPO_ROOT"
if [ ! -f node_modules/.package-lock.json ] ||
    [ package-lock.json -nt node_modules/.package-lock.json ]; then
    require_cmd npm npm
    log "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error >&2
fi
