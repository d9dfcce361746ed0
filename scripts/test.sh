#!/usr/bin/env bash
# npm test: bootstrap, bundle dist/ from the source, then the unit and integration suites on the real engine.
set -euo pipefail
# shellcheck disable=SC1091
. "$(dirname "$0")/bootstrap.sh"
npm run --silent package >/dev/null
export NODE_OPTIONS=--experimental-vm-modules
if [ $# -gt 0 ]; then exec npx jest "$@"; fi
npx jest --maxWorkers=2 --selectProjects unit integration
# These prune the daemon's cache, so nothing else may build at the same time.
npx jest --runInBand --selectProjects serial --passWithNoTests
