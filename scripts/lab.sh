#!/usr/bin/env bash
# npm run lab: runs the gate on every bundled example with the local base images and prints each verdict.
# Exits 0 when every verdict matches the example's expectation (example-dockerfiles/*/EXPECT).
set -uo pipefail
# The lab needs the engine and base images only, not the browsers and registry the tests use.
export BUILD_LAB_TEST_TOOLS=0
# shellcheck disable=SC1091
. "$(dirname "$0")/bootstrap.sh"
[ -f dist/cli/index.js ] || npm run --silent package >/dev/null
status=0
for dir in example-dockerfiles/*/; do
  name=$(basename "$dir")
  expect=$(cat "$dir/EXPECT" 2>/dev/null || echo pass)
  base=build-lab/busybox:local
  network=none
  case "$name" in node-*) base=build-lab/node:local; network=host ;; esac
  printf '\n== %s (expected: %s)\n' "$name" "$expect"
  node dist/cli/index.js gate "$dir" --build-arg "BASE=$base" --network "$network" 2>"/tmp/build-lab-lab-$name.log"
  code=$?
  got=pass; [ $code -eq 1 ] && got=fail; [ $code -ge 2 ] && got=error
  if [ "$got" != "$expect" ]; then
    echo "!! $name: expected $expect, got $got (log: /tmp/build-lab-lab-$name.log)"; tail -n 5 "/tmp/build-lab-lab-$name.log"; status=1
  fi
done
exit $status
