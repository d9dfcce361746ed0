#!/usr/bin/env bash
# Brings up a BuildKit-capable Docker engine and the local base images that tests and the lab use.
#
#   bash scripts/engine.sh          ensure an engine + base images; writes $BUILD_LAB_ENGINE_DIR/env
#   bash scripts/engine.sh stop     stop the dockerd this script started
#   bash scripts/engine.sh root     unpack the flavour's packages when missing and print their root
#                                   (the tests start second daemons from it, e.g. the oldest beside the current)
#
# BUILD_LAB_ENGINE picks the engine this script installs when none is usable:
#   current (default)  Debian forky's docker.io 28.5 + docker-buildx 0.29 (what users run today)
#   oldest             Debian trixie's docker.io 26.1 (BuildKit 0.13) + docker-buildx 0.13, the oldest supported
# Either is unpacked with `apt-get download` + `dpkg -x` into a private root (nothing is installed
# system-wide) and started as a private dockerd on a socket under /tmp, with the containerd image
# store, no bridge and no iptables. Where a usable engine already exists (DOCKER_HOST, a runner's
# /var/run/docker.sock, a laptop) it is used as is, whatever its version, and BUILD_LAB_ENGINE is
# ignored: usable means the daemon answers, buildx is there, and the builder exports OCI images and
# cache (not the plain docker driver on the classic image store). A second call takes seconds.
# BUILD_LAB_ENGINE_DIR is the state dir (socket, data, env file); BUILD_LAB_ENGINE_ROOT the parent of
# the unpacked packages (default /tmp/build-lab-engines). docs/engines.md has the details.
set -euo pipefail

FLAVOUR=${BUILD_LAB_ENGINE:-current}
case "$FLAVOUR" in
  current) SUITE=forky; INIT=tini-static; DEFAULT_STATE=/tmp/build-lab-engine ;;
  oldest) SUITE=trixie; INIT=tini; DEFAULT_STATE=/tmp/build-lab-engine-oldest ;;
  *) printf 'engine: error: BUILD_LAB_ENGINE=%s: use current or oldest\n' "$FLAVOUR" >&2; exit 2 ;;
esac
STATE=${BUILD_LAB_ENGINE_DIR:-$DEFAULT_STATE}
# Unpacked packages, shared by every state dir of one flavour (BUILD_LAB_ENGINE_ROOT moves them all).
PKGROOT=${BUILD_LAB_ENGINE_ROOT:-/tmp/build-lab-engines}/$FLAVOUR
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

# The engine's packages, unpacked into $PKGROOT/root. Nothing touches the system's package database.
install_engine() {
  local root="$PKGROOT/root"
  if [ -x "$root/usr/sbin/dockerd" ] && [ -x "$root/usr/libexec/docker/cli-plugins/docker-buildx" ]; then
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 || die "no usable engine and no apt-get: install Docker with buildx, or point DOCKER_HOST at a running engine"
  command -v dpkg >/dev/null 2>&1 || die "no usable engine and no dpkg to unpack one: install Docker with buildx"
  log "fetching Debian $SUITE's docker.io, docker-cli, docker-buildx, containerd, runc, $INIT into $PKGROOT"
  local apt="$PKGROOT/apt" debs="$PKGROOT/debs"
  rm -rf "$apt" "$debs" "$root.partial"
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$debs" "$root.partial"
  printf 'deb http://deb.debian.org/debian %s main\n' "$SUITE" >"$apt/sources.list"
  local opts=(-o "Dir::State::Lists=$apt/lists" -o "Dir::Etc::SourceList=$apt/sources.list"
    -o Dir::Etc::SourceParts=/dev/null -o "Dir::Cache=$apt/cache" -o Debug::NoLocking=1
    -o APT::Sandbox::User=root)
  apt-get "${opts[@]}" -qq update >"$PKGROOT/apt.log" 2>&1 || { tail -n 20 "$PKGROOT/apt.log" >&2; die "apt-get update for $SUITE failed (log: $PKGROOT/apt.log)"; }
  (cd "$debs" && apt-get "${opts[@]}" -qq download docker.io docker-cli docker-buildx containerd runc "$INIT") >>"$PKGROOT/apt.log" 2>&1 \
    || { tail -n 20 "$PKGROOT/apt.log" >&2; die "downloading the $SUITE engine packages failed (log: $PKGROOT/apt.log)"; }
  local deb
  for deb in "$debs"/*.deb; do dpkg -x "$deb" "$root.partial"; done
  # runc is the one cgo binary that needs a newer glibc than some hosts have (forky's and trixie's
  # need 2.38; bookworm has 2.36). Then the host release's own runc takes its place.
  if ! "$root.partial/usr/sbin/runc" --version >/dev/null 2>&1; then
    host_runc "$root.partial" "${opts[@]}"
  fi
  rm -rf "$root" && mv "$root.partial" "$root"
}

host_runc() {
  local into=$1 codename
  shift
  codename=$(. /etc/os-release 2>/dev/null && printf '%s' "${VERSION_CODENAME:-}")
  [ -n "$codename" ] || die "$SUITE's runc does not run on this host (glibc $(ldd --version | awk 'NR==1{print $NF}')) and the host release is unknown"
  log "$SUITE's runc needs a newer glibc than this host's; using $codename's runc"
  local apt="$PKGROOT/apt-host" debs="$PKGROOT/debs-host"
  rm -rf "$apt" "$debs" && mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$debs"
  printf 'deb http://deb.debian.org/debian %s main\n' "$codename" >"$apt/sources.list"
  local opts=(-o "Dir::State::Lists=$apt/lists" -o "Dir::Etc::SourceList=$apt/sources.list"
    -o Dir::Etc::SourceParts=/dev/null -o "Dir::Cache=$apt/cache" -o Debug::NoLocking=1
    -o APT::Sandbox::User=root)
  { apt-get "${opts[@]}" -qq update && (cd "$debs" && apt-get "${opts[@]}" -qq download runc); } >>"$PKGROOT/apt.log" 2>&1 \
    || { tail -n 20 "$PKGROOT/apt.log" >&2; die "downloading $codename's runc failed (log: $PKGROOT/apt.log)"; }
  local tmp="$PKGROOT/runc-host"
  rm -rf "$tmp" && dpkg -x "$debs"/runc_*.deb "$tmp"
  "$tmp/usr/sbin/runc" --version >/dev/null 2>&1 || die "no runc runs on this host: install runc, or point DOCKER_HOST at a running engine"
  cp "$tmp/usr/sbin/runc" "$into/usr/sbin/runc"
  rm -rf "$tmp"
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

# The private engine's docker CLI and buildx plugin, found through PATH and DOCKER_CONFIG.
use_own_cli() {
  local root="$PKGROOT/root"
  [ -x "$root/usr/bin/docker" ] || return 0
  mkdir -p "$STATE/bin" "$STATE/docker-config/cli-plugins"
  ln -sf "$root/usr/bin/docker" "$STATE/bin/docker"
  ln -sf "$root/usr/libexec/docker/cli-plugins/docker-buildx" "$STATE/docker-config/cli-plugins/docker-buildx"
  case ":$PATH:" in *":$STATE/bin:"*) ;; *) export PATH="$STATE/bin:$PATH" ;; esac
  export DOCKER_CONFIG="$STATE/docker-config"
}

start_dockerd() {
  if usable "$OWN_HOST"; then return 0; fi
  local root="$PKGROOT/root"
  log "starting dockerd $("$root/usr/sbin/dockerd" --version | awk '{print $3}' | tr -d ,) on $SOCK"
  cat >"$STATE/daemon.json" <<JSON
{"features":{"containerd-snapshotter":true},"bridge":"none","iptables":false,"ip6tables":false}
JSON
  mkdir -p "$STATE/data" "$STATE/exec"
  # A dockerd killed with its session leaves a pid file and socket behind.
  if [ -f "$STATE/dockerd.pid" ] && ! kill -0 "$(cat "$STATE/dockerd.pid")" 2>/dev/null; then
    rm -f "$STATE/dockerd.pid" "$SOCK"
  fi
  # Run detached from this shell so it outlives the caller (npm test, a CI step). containerd, runc
  # and docker-init come from the private root.
  PATH="$root/usr/bin:$root/usr/sbin:$PATH" setsid nohup "$root/usr/sbin/dockerd" \
    --config-file "$STATE/daemon.json" -H "$OWN_HOST" \
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
  if [ "${1:-}" = root ]; then install_engine; printf '%s\n' "$PKGROOT/root"; return; fi
  local host="" own=0
  if [ -n "${DOCKER_HOST:-}" ] && [ "${DOCKER_HOST}" != "$OWN_HOST" ] && usable "$DOCKER_HOST"; then
    host=$DOCKER_HOST
  elif [ -z "${DOCKER_HOST:-}" ] && [ -S /var/run/docker.sock ] && usable unix:///var/run/docker.sock; then
    host=unix:///var/run/docker.sock
  else
    install_engine
    use_own_cli
    start_dockerd
    host=$OWN_HOST
    own=1
  fi
  export DOCKER_HOST=$host
  install_tools
  make_busybox
  make_debian
  make_node
  {
    printf 'export DOCKER_HOST=%q\n' "$host"
    if [ $own = 1 ]; then
      printf 'export DOCKER_CONFIG=%q\n' "$DOCKER_CONFIG"
      printf 'case ":$PATH:" in *":%s:"*) ;; *) export PATH=%q:"$PATH" ;; esac\n' "$STATE/bin" "$STATE/bin"
    fi
  } >"$STATE/env"
  log "ready: DOCKER_HOST=$host ($(docker version -f 'server {{.Server.Version}}' 2>/dev/null), $(docker buildx version 2>/dev/null | awk '{print "buildx", $2}'))"
}

main "$@"
