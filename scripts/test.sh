#!/usr/bin/env bash
# Runs every test: lint and migration checks, the suite on SQLite, then on
# PostgreSQL (and Elasticsearch), starting throwaway servers on loopback where
# DATABASE_URL / ELASTICSEARCH_URL are not given, and stopping them afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PYTEST=("$VENV/bin/pytest" -q -p no:cacheprovider)
started=()

cleanup() {
  for service in "${started[@]}"; do
    bash "scripts/services/$service.sh" stop || true
  done
}
trap cleanup EXIT

start_service() {
  local service=$1
  bash "scripts/services/$service.sh" start >&2
  started+=("$service")
  export "$(bash "scripts/services/$service.sh" env)"
}

echo "== lint and migrations"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/python" manage.py makemigrations --check --dry-run -v1 \
  --settings=kortrijk.settings.test

echo "== browser test set-up (Chromium, npm packages)"
bash scripts/browser-deps.sh

echo "== tests on SQLite, with the browser tests"
(unset DATABASE_URL; "${PYTEST[@]}" --create-db "$@")

echo "== tests on PostgreSQL"
[ -n "${DATABASE_URL:-}" ] || start_service postgres
[ -n "${ELASTICSEARCH_URL:-}" ] || start_service elasticsearch
# The browser tests serve their own SQLite site whatever DATABASE_URL says:
# running them twice would test the same thing.
"${PYTEST[@]}" --create-db -m "not browser" "$@"
