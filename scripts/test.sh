#!/usr/bin/env bash
# The project's checks: format, lint, types, catalogs, tests. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"

ruff format --check toolkit preview tests benchmarks
ruff check toolkit preview tests benchmarks
mypy
bsm i18n status
pytest "$@"
