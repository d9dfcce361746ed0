#!/usr/bin/env bash
# Brings up a BuildKit-capable Docker engine and the local base images that tests and the lab use.
#
#   bash scripts/engine.sh          ensure an engine + base images; writes $BUILD_LAB_ENGINE_DIR/env
#   bash scripts/engine.sh stop     stop the dockerd this script started
#
# Where a working engine already exists (a GitHub runner, a laptop), it is used and nothing is
# installed. Otherwise Debian trixie's docker.io + docker-buildx are installed from a pinned,
# low-priority source and a private dockerd is started on a socket under /tmp, with the
# containerd image store, no bridge and no iptables. A second call takes seconds.
set -euo pipefail

STATE=${BUILD_LAB_ENGINE_DIR:-/tmp/build-lab-engine}
SOCK="$STATE/docker.sock"
OWN_HOST="unix://$SOCK"
mkdir -p "$STATE"

log() { printf 'engine: %s\n' "$*" >&2; }
die() { printf 'engine: error: %s\n' "$*" >&2; exit 2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# An engine is usable when the daemon answers, buildx is there, and BuildKit can export OCI + cache.
usable() {
  local host=$1
  DOCKER_HOST=$host timeout 20 docker info >/dev/null 2>&1 || return 1
  DOCKER_HOST=$host timeout 20 docker buildx version >/dev/null 2>&1 || return 1
  local drv
  drv=$(DOCKER_HOST=$host timeout 20 docker buildx inspect 2>/dev/null | awk -F': *' '/^Driver:/{print $2; exit}')
  if [ "$drv" = docker ]; then
    # The plain docker driver exports OCI and local cache only with the containerd store.
    DOCKER_HOST=$host timeout 20 docker info -f '{{json .DriverStatus}}' 2>/dev/null | grep -q 'io.containerd.snapshotter' || return 1
  fi
  return 0
}

install_engine() {
  if command -v dockerd >/dev/null 2>&1 && [ -x /usr/libexec/docker/cli-plugins/docker-buildx ]; then
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 || die "no dockerd and no apt-get: install Docker with buildx, or point DOCKER_HOST at a running engine"
  log "installing docker.io + docker-buildx from Debian trixie (pinned low priority)"
  if [ ! -f /etc/apt/sources.list.d/build-lab-trixie.sources ]; then
    as_root tee /etc/apt/sources.list.d/build-lab-trixie.sources >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    as_root tee /etc/apt/preferences.d/build-lab-trixie >/dev/null <<'PIN'
Package: *
Pin: release n=trixie
Pin-Priority: 100
PIN
  fi
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq -t trixie --no-install-recommends \
    docker.io docker-buildx docker-cli >/dev/null
}

# Tools the base images and the tests need: a static busybox and debootstrap for the base images,
# zstd for @actions/cache archives, Chromium for the HTML report test, docker-registry for the
# registry cache tests. Only what is missing is installed.
install_tools() {
  local missing=()
  command -v file >/dev/null 2>&1 || missing+=(file)
  { [ -x /bin/busybox ] && file -L /bin/busybox 2>/dev/null | grep -q 'statically'; } || missing+=(busybox-static)
  command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
  command -v zstd >/dev/null 2>&1 || missing+=(zstd)
  if [ "${BUILD_LAB_TEST_TOOLS:-1}" = 1 ]; then
    # Ubuntu has no chromium deb (only a snap), but its runners ship Chrome: the test takes $CHROMIUM.
    [ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
    command -v docker-registry >/dev/null 2>&1 || missing+=(docker-registry)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # The package starts a registry on every address where systemd runs; the tests start their own.
    if [[ " ${missing[*]} " == *" docker-registry "* ]] && command -v systemctl >/dev/null 2>&1; then
      as_root systemctl disable --now docker-registry >/dev/null 2>&1 || true
    fi
  fi
}

start_dockerd() {
  if usable "$OWN_HOST"; then return 0; fi
  log "starting dockerd on $SOCK"
  cat >"$STATE/daemon.json" <<JSON
{"features":{"containerd-snapshotter":true},"bridge":"none","iptables":false,"ip6tables":false}
JSON
  mkdir -p "$STATE/data" "$STATE/exec"
  # Run detached from this shell so it outlives the caller (npm test, a CI step).
  setsid nohup dockerd --config-file "$STATE/daemon.json" -H "$OWN_HOST" \
    --data-root "$STATE/data" --exec-root "$STATE/exec" --pidfile "$STATE/dockerd.pid" \
    >"$STATE/dockerd.log" 2>&1 </dev/null &
  local i
  for i in $(seq 1 60); do
    if DOCKER_HOST=$OWN_HOST docker info >/dev/null 2>&1; then break; fi
    sleep 1
  done
  DOCKER_HOST=$OWN_HOST docker info >/dev/null 2>&1 || { tail -n 20 "$STATE/dockerd.log" >&2; die "dockerd did not come up (log: $STATE/dockerd.log)"; }
}

# Base images, built from local files because no registry is reachable.
image_exists() { docker image inspect "$1" >/dev/null 2>&1; }

make_busybox() {
  image_exists build-lab/busybox:local && return 0
  log "creating build-lab/busybox:local"
  local root="$STATE/rootfs-busybox"
  rm -rf "$root" && mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root"
  cp /bin/busybox "$root/bin/busybox"
  local applet
  for applet in $("$root/bin/busybox" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
  printf 'root:x:0:\n' >"$root/etc/group"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$root" -cf "$STATE/busybox.tar" .
  docker import -c 'ENV PATH=/bin' -c 'CMD ["/bin/sh"]' "$STATE/busybox.tar" build-lab/busybox:local >/dev/null
}

make_debian() {
  image_exists build-lab/debian:local && return 0
  log "creating build-lab/debian:local (debootstrap, about 30 s)"
  local root="$STATE/rootfs-debian"
  as_root rm -rf "$root"
  as_root debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$STATE/debootstrap.log" 2>&1 \
    || { tail -n 20 "$STATE/debootstrap.log" >&2; die "debootstrap failed (log: $STATE/debootstrap.log)"; }
  as_root rm -rf "$root/var/cache/apt/archives/"*.deb "$root/var/lib/apt/lists/"*
  as_root tar --sort=name --mtime=@0 --numeric-owner -C "$root" -cf "$STATE/debian.tar" .
  docker import -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' -c 'CMD ["bash"]' \
    "$STATE/debian.tar" build-lab/debian:local >/dev/null
}

make_node() {
  image_exists build-lab/node:local && return 0
  log "creating build-lab/node:local (host node + npm + CA bundle)"
  local root="$STATE/rootfs-node" node_bin npm_dir ca
  node_bin=$(command -v node)
  npm_dir=$(dirname "$(readlink -f "$(command -v npm)")")/..
  npm_dir=$(cd "$npm_dir" && pwd)
  ca=${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}
  rm -rf "$root" && mkdir -p "$root/usr/local/bin" "$root/usr/local/lib/node_modules" "$root/etc/ssl/certs"
  cp "$node_bin" "$root/usr/local/bin/node"
  cp -a "$npm_dir" "$root/usr/local/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
  [ -f "$ca" ] && cp "$ca" "$root/etc/ssl/certs/ca-certificates.crt"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$root" -cf "$STATE/node-layer.tar" .
  # One layer on top of the Debian image: a tiny Dockerfile adds it without any registry.
  mkdir -p "$STATE/node-ctx"
  cp "$STATE/node-layer.tar" "$STATE/node-ctx/node-layer.tar"
  cat >"$STATE/node-ctx/Dockerfile" <<'DF'
FROM build-lab/debian:local
ADD node-layer.tar /
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
CMD ["node"]
DF
  docker buildx build --network=none --load -t build-lab/node:local "$STATE/node-ctx" >"$STATE/node-build.log" 2>&1 \
    || { tail -n 20 "$STATE/node-build.log" >&2; die "building build-lab/node:local failed"; }
}

stop() {
  if [ -f "$STATE/dockerd.pid" ]; then
    kill "$(cat "$STATE/dockerd.pid")" 2>/dev/null || true
    log "stopped dockerd"
  fi
}

main() {
  if [ "${1:-}" = stop ]; then stop; return; fi
  local host=""
  if [ -n "${DOCKER_HOST:-}" ] && usable "$DOCKER_HOST"; then
    host=$DOCKER_HOST
  elif usable "$OWN_HOST"; then
    host=$OWN_HOST
  elif [ -z "${DOCKER_HOST:-}" ] && [ -S /var/run/docker.sock ] && usable unix:///var/run/docker.sock; then
    host=unix:///var/run/docker.sock
  else
    install_engine
    start_dockerd
    host=$OWN_HOST
  fi
  export DOCKER_HOST=$host
  install_tools
  make_busybox
  make_debian
  make_node
  printf 'export DOCKER_HOST=%q\n' "$host" >"$STATE/env"
  log "ready: DOCKER_HOST=$host ($(docker version -f 'server {{.Server.Version}}' 2>/dev/null), $(docker buildx version 2>/dev/null | awk '{print "buildx", $2}'))"
}

main "$@"
