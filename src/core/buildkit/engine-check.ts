// Decides whether an engine can run the gate, from facts the buildkit adapter collected.

export interface EngineFacts {
  /** dockerd version, e.g. "26.1.5+dfsg1"; null when the daemon did not answer */
  dockerVersion: string | null
  /** buildx version, e.g. "0.13.1+ds1"; null when buildx is missing */
  buildxVersion: string | null
  /** BuildKit version as reported by `buildx inspect` (may be "v0.0.0+unknown" on distro builds) */
  buildkitReported: string | null
  /** buildx driver: docker, docker-container, remote, kubernetes */
  driver: string | null
  /** true when the docker driver runs on the containerd image store */
  containerdStore: boolean
  /** the daemon address, for messages */
  host: string
  /** the daemon's error text when it did not answer */
  daemonError?: string | null
  /** the builder asked for by name (buildx builder or docker context); null or absent: the current one */
  builder?: string | null
  /** the docker context the named builder is, whose daemon answered the queries; null: DOCKER_HOST */
  dockerContext?: string | null
  /** why the named builder could not be inspected (buildx's error), when it could not */
  builderError?: string | null
}

export interface EngineInfo {
  docker: string | null
  buildx: string | null
  buildkit: string | null
  /**
   * Where the BuildKit version came from: the builder's own report (`buildx inspect`), or, when a
   * distro build reports v0.0.0+unknown (Debian's do), the BuildKit that dockerd's release vendors.
   */
  buildkitSource: 'reported' | 'inferred' | 'unknown'
  driver: string | null
  /** the builder the builds ran on, when one was named */
  builder?: string | null
  /** the docker context of that builder, for daemon-level commands; null: DOCKER_HOST */
  dockerContext?: string | null
}

export interface Version {
  major: number
  minor: number
  patch: number
}

/** Parses the first x.y[.z] in a version string ("v0.13.1", "26.1.5+dfsg1", "0.13.1+ds1"). */
export function parseVersion(text: string | null | undefined): Version | null {
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text ?? '')
  if (!m) return null
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) }
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch
}

export const MIN_BUILDKIT: Version = { major: 0, minor: 13, patch: 0 }

/** From this BuildKit on, WORKDIR carries SOURCE_DATE_EPOCH in its cache key (moby/buildkit#5960). */
export const WORKDIR_EPOCH_KEY_BUILDKIT: Version = { major: 0, minor: 22, patch: 0 }

// The BuildKit each dockerd release vendors (from moby's release notes); the docker driver runs
// this embedded BuildKit. The first row at or below the dockerd version wins.
const BUILDKIT_BY_DOCKERD: ReadonlyArray<[major: number, minor: number, buildkit: string]> = [
  [29, 0, '0.26'],
  [28, 5, '0.25'],
  [28, 4, '0.24'],
  [28, 3, '0.23'],
  [28, 2, '0.22'],
  [28, 1, '0.21'],
  [28, 0, '0.20'],
  [27, 0, '0.14'],
  [26, 0, '0.13'],
  [25, 0, '0.12'],
  [24, 0, '0.11'],
  [23, 0, '0.10']
]

function isUnknown(v: Version | null): boolean {
  return v === null || (v.major === 0 && v.minor === 0 && v.patch === 0)
}

/** The BuildKit version: as the builder reports it, else inferred from dockerd for the docker driver. */
export function engineInfo(facts: EngineFacts): EngineInfo {
  const reported = parseVersion(facts.buildkitReported)
  let buildkit: string | null = null
  let source: EngineInfo['buildkitSource'] = 'unknown'
  if (!isUnknown(reported) && reported) {
    buildkit = `${reported.major}.${reported.minor}.${reported.patch}`
    source = 'reported'
  } else if (facts.driver === 'docker') {
    const dockerd = parseVersion(facts.dockerVersion)
    const row = dockerd
      ? BUILDKIT_BY_DOCKERD.find(
          ([major, minor]) => compareVersions(dockerd, { major, minor, patch: 0 }) >= 0
        )
      : undefined
    if (row) {
      buildkit = row[2]
      source = 'inferred'
    }
  }
  return {
    docker: facts.dockerVersion,
    buildx: facts.buildxVersion,
    buildkit,
    buildkitSource: source,
    driver: facts.driver,
    ...(facts.builder ? { builder: facts.builder, dockerContext: facts.dockerContext ?? null } : {})
  }
}

/** One log line naming the engine, and where its BuildKit version came from. */
export function describeEngine(info: EngineInfo, reported: string | null): string {
  const buildkit =
    info.buildkitSource === 'reported'
      ? `BuildKit ${info.buildkit} (reported by the builder)`
      : info.buildkitSource === 'inferred'
        ? `BuildKit ${info.buildkit} (inferred from dockerd ${info.docker}: the builder reports ${reported ?? 'no version'})`
        : `BuildKit version unknown (the builder reports ${reported ?? 'no version'})`
  return `engine: dockerd ${info.docker ?? 'unknown'}, buildx ${info.buildx ?? 'unknown'}, ${buildkit}, driver ${info.driver ?? 'unknown'}`
}

/**
 * Whether this engine keys WORKDIR by SOURCE_DATE_EPOCH (BuildKit 0.22 and later), null when its
 * BuildKit version is unknown. Then a cache built with another epoch is reused only up to the
 * first WORKDIR of a stage.
 */
export function workdirKeyedByEpoch(info: EngineInfo): boolean | null {
  const buildkit = parseVersion(info.buildkit)
  if (buildkit === null) return null
  return compareVersions(buildkit, WORKDIR_EPOCH_KEY_BUILDKIT) >= 0
}

/**
 * What an epoch other than the default means for the cache on this engine, for the log; null for 0.
 * rewrite-timestamp clamps only times later than the epoch, so a layer reused from a cache built
 * before the epoch keeps its build times while a clean build is clamped (moby/buildkit#4748).
 */
export function epochCacheNote(info: EngineInfo, epoch: number): string | null {
  if (epoch === 0) return null
  const keyed = workdirKeyedByEpoch(info)
  const stale =
    'layers reused from a cache built before the epoch keep their older times (moby/buildkit#4748), so a cache older than the epoch makes run 1 differ from run 2; the default epoch 0 avoids it'
  if (keyed === true) {
    return `epoch ${epoch} on BuildKit ${info.buildkit}: WORKDIR is keyed by the epoch (moby/buildkit#5960), so steps from a stage's first WORKDIR on reuse only cache built with this same epoch; before it, ${stale}`
  }
  const on = keyed === false ? `BuildKit ${info.buildkit}` : 'this BuildKit'
  return `epoch ${epoch} on ${on}: ${stale}`
}

/** Problems that stop the gate, each one line with its fix. Empty when the engine is fit. */
export function checkEngine(facts: EngineFacts): string[] {
  if (facts.builder && facts.builderError) {
    const missing = /no builder .*found|not found/i.test(facts.builderError)
    return [
      `builder ${JSON.stringify(facts.builder)} ${missing ? 'does not exist' : `cannot be used (${facts.builderError})`}: pass the name of a buildx builder or docker context (docker buildx ls lists them), or leave the builder empty for the current one`
    ]
  }
  if (facts.dockerVersion === null) {
    const why = facts.daemonError ? ` (${facts.daemonError})` : ''
    if (facts.dockerContext) {
      return [
        `cannot reach the Docker daemon of docker context ${JSON.stringify(facts.dockerContext)} at ${facts.host}${why}: start that daemon, or point the context at a running one (docker context inspect ${facts.dockerContext})`
      ]
    }
    return [
      `cannot reach the Docker daemon at ${facts.host}${why}: start dockerd (locally: bash scripts/engine.sh, which prints the DOCKER_HOST to use) or set DOCKER_HOST to a running engine`
    ]
  }
  if (facts.buildxVersion === null) {
    return [
      'docker buildx is not installed: install the buildx plugin (Debian: apt-get install docker-buildx; GitHub Actions: add docker/setup-buildx-action before build-lab)'
    ]
  }
  const problems: string[] = []
  const info = engineInfo(facts)
  const buildkit = parseVersion(info.buildkit)
  if (buildkit && compareVersions(buildkit, MIN_BUILDKIT) < 0) {
    problems.push(
      `BuildKit ${info.buildkit} is older than 0.13, which rewrite-timestamp needs: upgrade Docker to 26 or newer, or use a docker-container builder (docker/setup-buildx-action)`
    )
  }
  if (facts.driver === 'docker' && !facts.containerdStore) {
    const what = facts.builder
      ? `builder ${JSON.stringify(facts.builder)} (${facts.host}) uses the buildx "docker" driver without the containerd image store, which`
      : 'the buildx "docker" driver without the containerd image store'
    problems.push(
      `${what} cannot export OCI images or cache: add docker/setup-buildx-action (docker-container driver) before build-lab, or enable the containerd image store ("features": {"containerd-snapshotter": true} in daemon.json)`
    )
  }
  return problems
}

/** Reads the driver and BuildKit version out of `docker buildx inspect` text. */
export function parseBuildxInspect(text: string): { driver: string | null; buildkit: string | null } {
  const field = (name: string): string | null => {
    const m = new RegExp(`^\\s*${name}:\\s*(\\S+)`, 'm').exec(text)
    return m ? m[1] : null
  }
  return { driver: field('Driver'), buildkit: field('BuildKit version') ?? field('Buildkit') }
}

/** The version field of `docker buildx version` ("github.com/docker/buildx 0.13.1+ds1 <commit>"). */
export function parseBuildxVersion(text: string): string | null {
  const m = /buildx\s+v?(\d+\.\d+[^\s]*)/.exec(text)
  return m ? m[1] : null
}
