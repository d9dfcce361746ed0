#!/usr/bin/env bash
# npm run bench: bootstrap, bundle, then the side-by-side benchmarks (figures go to stdout as markdown).
set -euo pipefail
# shellcheck disable=SC1091
. "$(dirname "$0")/bootstrap.sh"
npm run --silent package >/dev/null
node scripts/bench.mjs "$@"
