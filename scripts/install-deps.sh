#!/usr/bin/env bash
# Installs node_modules from package-lock.json with `npm ci`, the only install path: the lockfile
# carries every platform's optional packages, so it installs the same tree here and on any runner.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
