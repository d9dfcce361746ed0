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
}

export interface EngineInfo {
  docker: string | null
  buildx: string | null
  buildkit: string | null
  /** how the BuildKit version was found: reported by buildx, or inferred from the dockerd version */
  buildkitSource: 'reported' | 'inferred' | 'unknown'
  driver: string | null
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

// BuildKit vendored by each dockerd major; the docker driver runs this embedded BuildKit.
const BUILDKIT_BY_DOCKERD: ReadonlyArray<[number, string]> = [
  [28, '0.20'],
  [27, '0.15'],
  [26, '0.13'],
  [25, '0.12'],
  [24, '0.11'],
  [23, '0.10']
]

function isUnknown(v: Version | null): boolean {
  return v === null || (v.major === 0 && v.minor === 0 && v.patch === 0)
}

/** The BuildKit version, inferring it from dockerd when a distro build reports v0.0.0. */
export function engineInfo(facts: EngineFacts): EngineInfo {
  const reported = parseVersion(facts.buildkitReported)
  let buildkit: string | null = null
  let source: EngineInfo['buildkitSource'] = 'unknown'
  if (!isUnknown(reported) && reported) {
    buildkit = `${reported.major}.${reported.minor}.${reported.patch}`
    source = 'reported'
  } else if (facts.driver === 'docker') {
    const dockerd = parseVersion(facts.dockerVersion)
    const row = dockerd ? BUILDKIT_BY_DOCKERD.find(([major]) => dockerd.major >= major) : undefined
    if (row) {
      buildkit = row[1]
      source = 'inferred'
    }
  }
  return {
    docker: facts.dockerVersion,
    buildx: facts.buildxVersion,
    buildkit,
    buildkitSource: source,
    driver: facts.driver
  }
}

/** Problems that stop the gate, each one line with its fix. Empty when the engine is fit. */
export function checkEngine(facts: EngineFacts): string[] {
  if (facts.dockerVersion === null) {
    const why = facts.daemonError ? ` (${facts.daemonError})` : ''
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
    problems.push(
      'the buildx "docker" driver without the containerd image store cannot export OCI images or cache: add docker/setup-buildx-action (docker-container driver) before build-lab, or enable the containerd image store ("features": {"containerd-snapshotter": true} in daemon.json)'
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
