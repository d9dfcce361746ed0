#!/usr/bin/env bash
# Measures the engine facts behind build-lab's design (docs/engines.md) on one engine:
#   bash scripts/engine.sh && bash scripts/engine-facts.sh [<engine env file>]
# (default: $BUILD_LAB_ENGINE_DIR/env). About a minute; it only adds build cache to the daemon.
set -uo pipefail
. "${1:-${BUILD_LAB_ENGINE_DIR:-/tmp/build-lab-engine}/env}"
W=$(mktemp -d /tmp/build-lab-facts.XXXX)
json() { node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(eval(process.argv[2]))' "$1" "$2"; }
B=build-lab/busybox:local
N=$RANDOM$RANDOM
echo "== engine: $(docker version -f '{{.Server.Version}}') buildx $(docker buildx version | awk '{print $2}') buildkit $(docker buildx inspect | awk -F': *' '/BuildKit version/{print $2}') (reported)"
build() { docker buildx build --network=none --provenance=false "$@"; }
# all file mtimes of the image's own (last) layer, "path mtime"
layer_times() {
  local dir=$1 m l
  m=$(json "$dir/index.json" 'j.manifests[0].digest' | cut -d: -f2)
  l=$(json "$dir/blobs/sha256/$m" 'j.layers.at(-1).digest' | cut -d: -f2)
  tar -tzvf "$dir/blobs/sha256/$l" --full-time 2>/dev/null | awk '{print $6, $4"T"$5}' | sort
}
digest() { json "$1/index.json" 'j.manifests[0].digest'; }
steps_cached() { # names of cached Dockerfile steps in a rawjson file
  node -e 'const t=require("fs").readFileSync(process.argv[1],"utf8");const m=new Map();for(const o of t.split(/\n(?=\{)/)){try{const j=JSON.parse(o);for(const v of j.vertexes||[]){const e=m.get(v.digest)||{};if(v.name)e.name=v.name;if(v.cached)e.cached=true;m.set(v.digest,e)}}catch{}}console.log([...m.values()].filter(e=>/^\[/.test(e.name||"")).map(e=>(e.cached?"HIT ":"miss ")+e.name).sort().join("\n"))' "$1"
}

echo "== F1: SOURCE_DATE_EPOCH in RUN env"
mkdir -p $W/f1a $W/f1b
printf 'FROM %s\nRUN echo %s; (env | grep SOURCE_DATE_EPOCH || echo unset) > /e\n' $B "$N-a" > $W/f1a/Dockerfile
printf 'FROM %s\nARG SOURCE_DATE_EPOCH\nRUN echo %s; (env | grep SOURCE_DATE_EPOCH || echo unset) > /e\n' $B "$N-b" > $W/f1b/Dockerfile
build -q --build-arg SOURCE_DATE_EPOCH=1234 --output type=local,dest=$W/f1a/out $W/f1a >/dev/null 2>&1
build -q --build-arg SOURCE_DATE_EPOCH=1234 --output type=local,dest=$W/f1b/out $W/f1b >/dev/null 2>&1
echo "without ARG: $(cat $W/f1a/out/e)"
echo "with ARG:    $(cat $W/f1b/out/e)"
mkdir -p $W/f1c
printf 'FROM %s\nRUN echo %s > /x\n' $B "$N-c" > $W/f1c/Dockerfile
SOURCE_DATE_EPOCH=1234 build --output type=oci,tar=false,dest=$W/f1c/out $W/f1c >/dev/null 2>&1
m=$(digest $W/f1c/out | cut -d: -f2); c=$(json $W/f1c/out/blobs/sha256/$m 'j.config.digest' | cut -d: -f2)
echo "buildx reads SOURCE_DATE_EPOCH from its environment (no --build-arg): config created=$(json $W/f1c/out/blobs/sha256/$c 'j.created')"

echo "== F2: is the epoch part of the cache key? (WORKDIR, COPY, RUN)"
mkdir -p $W/f2; printf 'FROM %s\nWORKDIR /w-%s\nCOPY a.txt .\nRUN cat a.txt > /b\n' $B $N > $W/f2/Dockerfile; echo a > $W/f2/a.txt
build --build-arg SOURCE_DATE_EPOCH=100 --output type=cacheonly $W/f2 >/dev/null 2>&1
build --progress=rawjson --build-arg SOURCE_DATE_EPOCH=100 --output type=cacheonly $W/f2 2>$W/f2/same.json
echo "-- same epoch again:"; steps_cached $W/f2/same.json
build --progress=rawjson --build-arg SOURCE_DATE_EPOCH=200 --output type=cacheonly $W/f2 2>$W/f2/other.json
echo "-- another epoch:"; steps_cached $W/f2/other.json
build --progress=rawjson --output type=cacheonly $W/f2 2>$W/f2/none.json
echo "-- no epoch:"; steps_cached $W/f2/none.json

echo "== F2b: the same without WORKDIR"
mkdir -p $W/f2b; printf 'FROM %s\nCOPY a.txt /a-%s\nRUN cat /a-* > /b\n' $B $N > $W/f2b/Dockerfile; echo a > $W/f2b/a.txt
build --build-arg SOURCE_DATE_EPOCH=100 --output type=cacheonly $W/f2b >/dev/null 2>&1
build --progress=rawjson --build-arg SOURCE_DATE_EPOCH=200 --output type=cacheonly $W/f2b 2>$W/f2b/other.json
echo "-- another epoch:"; steps_cached $W/f2b/other.json | grep -v internal

echo "== F3: moby/buildkit#4748: a cached layer built before the epoch, same epoch"
mkdir -p $W/f3; printf 'FROM %s\nWORKDIR /w-%s\nCOPY a.txt .\nRUN cat a.txt > /b\n' $B $N > $W/f3/Dockerfile; echo a > $W/f3/a.txt
touch -d @1000000000 $W/f3/a.txt
E=$(( $(date +%s) + 3 ))
build --build-arg SOURCE_DATE_EPOCH=$E --output type=cacheonly $W/f3 >/dev/null 2>&1
sleep 5
build --progress=rawjson --build-arg SOURCE_DATE_EPOCH=$E --output type=oci,tar=false,dest=$W/f3/warm,rewrite-timestamp=true $W/f3 2>$W/f3/warm.json
build --progress=rawjson --no-cache --build-arg SOURCE_DATE_EPOCH=$E --output type=oci,tar=false,dest=$W/f3/clean,rewrite-timestamp=true $W/f3 2>$W/f3/clean.json
echo "epoch $E ($(date -u -d @$E +%FT%T))"; echo "-- warm:"; steps_cached $W/f3/warm.json
echo "warm  $(digest $W/f3/warm)"; layer_times $W/f3/warm
echo "clean $(digest $W/f3/clean)"; layer_times $W/f3/clean

# A cache primed with an earlier epoch, then warm and clean builds with a later one, as with
# `epoch: commit` on a new commit. $1: the case's dir, $2: its Dockerfile.
epoch_change() {
  local d=$W/$1 e0 e1
  mkdir -p "$d"; printf '%b' "$2" > "$d/Dockerfile"; echo a > "$d/a.txt"
  e0=$(( $(date +%s) - 100 ))
  build --build-arg SOURCE_DATE_EPOCH=$e0 --output type=cacheonly "$d" >/dev/null 2>&1
  sleep 2; e1=$(( $(date +%s) - 1 ))
  build --progress=rawjson --build-arg SOURCE_DATE_EPOCH=$e1 --output type=oci,tar=false,dest=$d/warm,rewrite-timestamp=true "$d" 2>$d/warm.json
  build --no-cache --build-arg SOURCE_DATE_EPOCH=$e1 --output type=oci,tar=false,dest=$d/clean,rewrite-timestamp=true "$d" >/dev/null 2>&1
  echo "-- warm:"; steps_cached $d/warm.json | grep -v internal
  echo "warm  $(digest $d/warm)"; layer_times $d/warm
  echo "clean $(digest $d/clean)"; layer_times $d/clean
}

echo "== F3b: cache primed with an earlier epoch, gate with a later one (epoch: commit on a new commit)"
epoch_change f3b "FROM $B\nWORKDIR /w-$N-b\nCOPY a.txt .\nRUN cat a.txt > /b\n"

echo "== F3c: #4748 without WORKDIR: cache primed before a later epoch (epoch: commit on a new commit)"
epoch_change f3c "FROM $B\nCOPY a.txt /a-$N-c\nRUN cat /a-* > /b\n"

echo "== F4: files older than the epoch (COPY of a 2001 file, epoch now)"
mkdir -p $W/f4; printf 'FROM %s\nCOPY a.txt /a-%s\n' $B $N > $W/f4/Dockerfile; echo a > $W/f4/a.txt; touch -d @1000000000 $W/f4/a.txt
build --no-cache --build-arg SOURCE_DATE_EPOCH=$(date +%s) --output type=oci,tar=false,dest=$W/f4/out,rewrite-timestamp=true $W/f4 >/dev/null 2>&1
layer_times $W/f4/out

echo "== F5: --no-cache and RUN --mount=type=cache"
mkdir -p $W/f5; printf 'FROM %s\nARG BUST\nRUN --mount=type=cache,id=f5-%s,target=/c echo $BUST; (ls /c; echo end) > /seen; echo $BUST > /c/$BUST\n' $B $N > $W/f5/Dockerfile
build --build-arg BUST=one --output type=local,dest=$W/f5/o1 $W/f5 >/dev/null 2>&1
build --build-arg BUST=two --output type=local,dest=$W/f5/o2 $W/f5 >/dev/null 2>&1
build --no-cache --build-arg BUST=three --output type=local,dest=$W/f5/o3 $W/f5 >/dev/null 2>&1
build --build-arg BUST=four --output type=local,dest=$W/f5/o4 $W/f5 >/dev/null 2>&1
echo "second build sees: $(tr '\n' ' ' < $W/f5/o2/seen)"
echo "--no-cache sees:   $(tr '\n' ' ' < $W/f5/o3/seen)"
echo "next normal build: $(tr '\n' ' ' < $W/f5/o4/seen)"

echo "== F6: default epoch 0 with a cache primed earlier"
mkdir -p $W/f6; printf 'FROM %s\nWORKDIR /w-%s\nCOPY a.txt .\nRUN cat a.txt > /b\n' $B $N-6 > $W/f6/Dockerfile; echo a > $W/f6/a.txt
build --build-arg SOURCE_DATE_EPOCH=0 --output type=cacheonly $W/f6 >/dev/null 2>&1
sleep 2
build --progress=rawjson --build-arg SOURCE_DATE_EPOCH=0 --output type=oci,tar=false,dest=$W/f6/warm,rewrite-timestamp=true $W/f6 2>$W/f6/warm.json
build --no-cache --build-arg SOURCE_DATE_EPOCH=0 --output type=oci,tar=false,dest=$W/f6/clean,rewrite-timestamp=true $W/f6 >/dev/null 2>&1
echo "-- warm:"; steps_cached $W/f6/warm.json
echo "warm  $(digest $W/f6/warm)"; echo "clean $(digest $W/f6/clean)"
rm -rf "$W"
echo "== done"
