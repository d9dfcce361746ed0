#!/usr/bin/env bash
# npm test: bootstrap, bundle dist/ from the source, then the unit and integration suites on the real engine.
set -euo pipefail
# shellcheck disable=SC1091
. "$(dirname "$0")/bootstrap.sh"
npm run --silent package >/dev/null
NODE_OPTIONS=--experimental-vm-modules npx jest --maxWorkers=2 "$@"
