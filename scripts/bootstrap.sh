# Sourced by the npm scripts: installs node_modules when missing or stale, brings up the engine,
# and exports DOCKER_HOST. Works on a fresh clone on a fresh machine.
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "bootstrap: installing node_modules" >&2
  bash scripts/install-deps.sh >&2 || exit 2
fi
bash scripts/engine.sh || exit 2
# shellcheck disable=SC1091
. "${BUILD_LAB_ENGINE_DIR:-/tmp/build-lab-engine}/env"
export DOCKER_HOST
