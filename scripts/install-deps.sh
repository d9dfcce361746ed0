#!/usr/bin/env bash
# Installs node_modules from package-lock.json. `npm ci` first; when it refuses the lockfile because a
# registry mirror cannot serve some platform-specific optional packages (macOS/Windows builds of native
# bindings), `npm install --no-save` installs the same tree for this platform without touching the lock.
set -uo pipefail
cd "$(dirname "$0")/.."
if npm ci --no-audit --no-fund; then exit 0; fi
echo "install-deps: npm ci refused the lockfile (see above); installing with npm install --no-save instead" >&2
npm install --no-audit --no-fund --no-save
