#!/usr/bin/env bash
# Set up the toolkit in .venv. `--dev` adds what the tests need: the test and lint tools,
# Debian's Chromium for the preview server's browser tests and Debian's PostgreSQL for the
# batch's shared ledger (the tests start a throw-away server; installed with apt-get when root).
set -euo pipefail
cd "$(dirname "$0")/.."

# Spelling (BSM414): Enchant and the Hunspell dictionaries that
# toolkit/data/spelling/dictionaries.toml names, from Debian (apt-get when root).
dictionaries=$(python3 -c 'import tomllib
with open("toolkit/data/spelling/dictionaries.toml", "rb") as fh:
    print(" ".join(sorted({spec["package"] for spec in tomllib.load(fh).values()})))')
if ! dpkg -s libenchant-2-2 $dictionaries >/dev/null 2>&1; then
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libenchant-2-2 $dictionaries >/dev/null
  else
    echo "note: install libenchant-2-2 $dictionaries (Debian) for the spelling rule" >&2
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
if [[ "${1:-}" == "--dev" ]]; then
  .venv/bin/python -m pip install --quiet -e ".[dev]"
  if ! command -v chromium >/dev/null 2>&1; then
    if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      echo "note: install Debian's chromium (apt-get install chromium) for the browser tests" >&2
    fi
  fi
  if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        postgresql >/dev/null
    else
      echo "note: install Debian's postgresql (apt-get install postgresql) for the ledger tests" >&2
    fi
  fi
else
  .venv/bin/python -m pip install --quiet -e ".[preview]"
fi
# catalogs: compiled .mo files (git ignores them) and the pseudo-locale en-XA for designers
.venv/bin/bsm i18n pseudo >/dev/null
.venv/bin/bsm i18n compile >/dev/null
echo "set up: .venv/bin/bsm"
