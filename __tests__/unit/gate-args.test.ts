import { describe, expect, it } from '@jest/globals'
import {
  type BuildPlan,
  type RunSpec,
  builderName,
  buildxArgs,
  csvField,
  daemonArgs,
  displayArgs,
  onBuilder
} from '../../src/buildkit/args.js'
import { DockerignoreMatcher } from '../../src/core/context/dockerignore.js'
import {
  checkEngine,
  engineInfo,
  type EngineFacts,
  parseBuildxInspect,
  parseBuildxVersion
} from '../../src/core/buildkit/engine-check.js'

const plan: BuildPlan = {
  dockerfile: '/ctx/Dockerfile',
  target: null,
  buildArgs: [],
  platforms: [],
  network: 'default',
  epoch: 1700000000,
  provenance: false
}
const run1: RunSpec = {
  context: '/ctx',
  outputDir: '/w/run1',
  metadataFile: '/w/m1.json',
  noCache: false,
  cacheFrom: [],
  cacheTo: []
}
const base = [
  'buildx',
  'build',
  '--progress=rawjson',
  '--metadata-file',
  '/w/m1.json',
  '--file',
  '/ctx/Dockerfile',
  '--build-arg',
  'SOURCE_DATE_EPOCH=1700000000',
  '--provenance=false',
  '--output',
  'type=oci,tar=false,dest=/w/run1,rewrite-timestamp=true'
]

describe('buildxArgs', () => {
  it.each<[string, Partial<BuildPlan>, Partial<RunSpec>, string[]]>([
    ['minimal run 1', {}, {}, [...base, '/ctx']],
    [
      'target and network',
      { target: 'prod', network: 'none' },
      {},
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--metadata-file',
        '/w/m1.json',
        '--file',
        '/ctx/Dockerfile',
        '--target',
        'prod',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        '--network=none',
        '--provenance=false',
        '--output',
        'type=oci,tar=false,dest=/w/run1,rewrite-timestamp=true',
        '/ctx'
      ]
    ],
    [
      'build-args keep order; a user SOURCE_DATE_EPOCH is replaced by the epoch',
      {
        buildArgs: [
          { name: 'B', value: '2' },
          { name: 'SOURCE_DATE_EPOCH', value: '5' },
          { name: 'A', value: 'x=y' }
        ]
      },
      {},
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--metadata-file',
        '/w/m1.json',
        '--file',
        '/ctx/Dockerfile',
        '--build-arg',
        'B=2',
        '--build-arg',
        'A=x=y',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        '--provenance=false',
        '--output',
        'type=oci,tar=false,dest=/w/run1,rewrite-timestamp=true',
        '/ctx'
      ]
    ],
    [
      'platforms and provenance opt-in',
      { platforms: ['linux/amd64', 'linux/arm64'], provenance: true },
      {},
      [
        'buildx',
        'build',
        '--progress=rawjson',
        '--metadata-file',
        '/w/m1.json',
        '--file',
        '/ctx/Dockerfile',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        '--platform',
        'linux/amd64,linux/arm64',
        '--provenance=mode=min',
        '--output',
        'type=oci,tar=false,dest=/w/run1,rewrite-timestamp=true',
        '/ctx'
      ]
    ],
    [
      'local cache import and export',
      {},
      {
        cacheFrom: [{ type: 'local', dir: '/c/old' }],
        cacheTo: [{ type: 'local', dir: '/c/new' }]
      },
      [
        ...base,
        '--cache-from',
        'type=local,src=/c/old',
        '--cache-to',
        'type=local,dest=/c/new,mode=max',
        '/ctx'
      ]
    ],
    [
      'registry cache',
      {},
      {
        cacheFrom: [{ type: 'registry', ref: '127.0.0.1:5000/c:t' }],
        cacheTo: [{ type: 'registry', ref: '127.0.0.1:5000/c:t' }]
      },
      [
        ...base,
        '--cache-from',
        'type=registry,ref=127.0.0.1:5000/c:t',
        '--cache-to',
        'type=registry,ref=127.0.0.1:5000/c:t,mode=max',
        '/ctx'
      ]
    ],
    [
      'registry cache whose failed export must not fail the build',
      {},
      {
        cacheFrom: [{ type: 'registry', ref: '127.0.0.1:5000/c:t' }],
        cacheTo: [{ type: 'registry', ref: '127.0.0.1:5000/c:t', ignoreError: true }]
      },
      [
        ...base,
        '--cache-from',
        'type=registry,ref=127.0.0.1:5000/c:t',
        '--cache-to',
        'type=registry,ref=127.0.0.1:5000/c:t,mode=max,ignore-error=true',
        '/ctx'
      ]
    ],
    [
      'run 2: no cache',
      {},
      { noCache: true, context: '/w/context-run2' },
      [...base, '--no-cache', '/w/context-run2']
    ],
    [
      'a named buildx builder: buildx --builder NAME',
      { builder: 'shared-bk' },
      {},
      ['buildx', '--builder', 'shared-bk', ...base.slice(1), '/ctx']
    ],
    [
      // buildx refuses --builder for a docker context that is not the current one.
      'a docker context: docker --context NAME buildx',
      { builder: 'other', dockerContext: 'other' },
      {},
      ['--context', 'other', ...base, '/ctx']
    ],
    [
      'a destination with a comma is quoted',
      {},
      { outputDir: '/w/a,b' },
      [...base.slice(0, -1), 'type=oci,tar=false,"dest=/w/a,b",rewrite-timestamp=true', '/ctx']
    ]
  ])('%s', (_name, p, r, expected) => {
    expect(buildxArgs({ ...plan, ...p }, { ...run1, ...r })).toEqual(expected)
  })

  it.each<[string, Parameters<typeof onBuilder>[0], string[], string[]]>([
    ['current builder', {}, ['buildx', 'build', '.'], ['buildx', 'build', '.']],
    [
      'buildx builder',
      { builder: 'b1' },
      ['buildx', 'build', '.'],
      ['buildx', '--builder', 'b1', 'build', '.']
    ],
    ['buildx builder, not a buildx command', { builder: 'b1' }, ['image', 'ls'], ['image', 'ls']],
    [
      'docker context',
      { builder: 'c1', dockerContext: 'c1' },
      ['buildx', 'build', '.'],
      ['--context', 'c1', 'buildx', 'build', '.']
    ]
  ])('onBuilder: %s', (_name, target, args, expected) => {
    expect(onBuilder(target, args)).toEqual(expected)
  })

  it('daemonArgs aims daemon commands at a context, or leaves them on DOCKER_HOST', () => {
    expect(daemonArgs('c1', ['image', 'inspect', 'x'])).toEqual(['--context', 'c1', 'image', 'inspect', 'x'])
    expect(daemonArgs(null, ['info'])).toEqual(['info'])
  })

  it.each<[string | undefined, string | null]>([
    [undefined, null],
    ['  ', null],
    ['other', 'other'],
    [' builder-1.a_b ', 'builder-1.a_b']
  ])('builderName(%p) is %p', (raw, name) => {
    expect(builderName(raw, '--builder')).toBe(name)
  })

  it.each(['--network=host', 'a b', 'x;rm', '../x'])('builderName rejects %p in one line', raw => {
    expect(() => builderName(raw, '--builder')).toThrow(
      /^--builder ".*" is not a builder name: pass the name of a buildx builder or docker context \(docker buildx ls lists them\)$/
    )
  })

  it('csvField quotes commas and quotes', () => {
    expect(csvField('a')).toBe('a')
    expect(csvField('dest=a"b')).toBe('"dest=a""b"')
  })

  it('displayArgs hides the values of secret build-args, and only those', () => {
    const isSecret = (name: string) => name === 'NPM_TOKEN' || name === 'NPM_AUTH'
    expect(
      displayArgs(
        [
          '--build-arg',
          'NPM_TOKEN=ab',
          '--build-arg',
          'NPM_AUTH=s3cr3t',
          '--build-arg',
          'A=1',
          'NPM_TOKEN=x'
        ],
        isSecret
      )
    ).toEqual([
      '--build-arg',
      'NPM_TOKEN=***',
      '--build-arg',
      'NPM_AUTH=***',
      '--build-arg',
      'A=1',
      'NPM_TOKEN=x'
    ])
  })

  it('passes BuildKit secrets by their source, never by value', () => {
    const args = buildxArgs(
      {
        ...plan,
        secrets: [
          { id: 'npm', from: 'env', source: 'NPM_TOKEN' },
          { id: 'key', from: 'file', source: '/tmp/a,b' }
        ]
      },
      run1
    )
    const at = args.indexOf('--secret')
    expect(args.slice(at, at + 4)).toEqual([
      '--secret',
      'id=npm,env=NPM_TOKEN',
      '--secret',
      'id=key,"src=/tmp/a,b"'
    ])
  })
})

describe('DockerignoreMatcher', () => {
  it.each<[string, string, boolean]>([
    ['node_modules', 'node_modules', true],
    ['node_modules', 'node_modules/ms/index.js', true],
    ['node_modules', 'src/node_modules/x', false],
    ['**/node_modules', 'src/node_modules/x', true],
    ['*.log', 'debug.log', true],
    ['*.log', 'logs/debug.log', false],
    ['**/*.log', 'logs/debug.log', true],
    ['/build', 'build/out', true],
    ['./build/', 'build', true],
    ['docs/*.md', 'docs/a.md', true],
    ['docs/*.md', 'docs/sub/a.md', false],
    ['docs/**/*.md', 'docs/sub/deep/a.md', true],
    ['te?t', 'test', true],
    ['te?t', 'teest', false],
    ['[a-c]*', 'bz', true],
    ['[!a-c]*', 'bz', false],
    ['*\n!keep.log', 'keep.log', false],
    ['*.log\n!keep.log', 'other.log', true],
    ['# comment\n\n  tmp  ', 'tmp/x', true],
    ['a.b', 'axb', false],
    ['dir/**', 'dir/x/y', true],
    ['**', 'anything/at/all', true]
  ])('%p ignores %p: %p', (text, path, ignored) => {
    expect(new DockerignoreMatcher(text).ignores(path)).toBe(ignored)
  })

  it('knows when exclusions may re-include files under an ignored directory', () => {
    expect(new DockerignoreMatcher('a\n!a/b').hasExclusions).toBe(true)
    expect(new DockerignoreMatcher('a').hasExclusions).toBe(false)
    expect(new DockerignoreMatcher(null).ignores('x')).toBe(false)
  })
})

// Facts as this machine's engine reports them (Debian trixie dockerd 26.1, buildx 0.13.1).
const good: EngineFacts = {
  dockerVersion: '26.1.5+dfsg1',
  buildxVersion: '0.13.1+ds1',
  buildkitReported: 'v0.0.0+unknown',
  driver: 'docker',
  containerdStore: true,
  host: 'unix:///tmp/build-lab-engine/docker.sock'
}

describe('engine checks', () => {
  it('reads real buildx output', () => {
    expect(parseBuildxVersion('github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3\n')).toBe('0.13.1+ds1')
    expect(parseBuildxVersion('github.com/docker/buildx v0.24.0 d0e5e86')).toBe('0.24.0')
    expect(
      parseBuildxInspect(
        'Name:          default\nDriver:        docker\n\nNodes:\nBuildKit version: v0.0.0+unknown\n'
      )
    ).toEqual({
      driver: 'docker',
      buildkit: 'v0.0.0+unknown'
    })
  })

  it('infers BuildKit from dockerd when a distro build reports v0.0.0', () => {
    expect(engineInfo(good)).toMatchObject({ buildkit: '0.13', buildkitSource: 'inferred' })
    expect(engineInfo({ ...good, driver: 'docker-container', buildkitReported: 'v0.18.2' })).toMatchObject({
      buildkit: '0.18.2',
      buildkitSource: 'reported'
    })
  })

  it.each<[string, Partial<EngineFacts>, RegExp | null]>([
    ['a fit engine', {}, null],
    [
      'a docker-container builder',
      { driver: 'docker-container', buildkitReported: 'v0.16.0', containerdStore: false },
      null
    ],
    [
      'daemon down',
      { dockerVersion: null, daemonError: 'Cannot connect to the Docker daemon' },
      /cannot reach the Docker daemon at unix:\/\/\/tmp\/build-lab-engine\/docker.sock \(Cannot connect.*set DOCKER_HOST/
    ],
    ['buildx missing', { buildxVersion: null }, /buildx is not installed.*docker\/setup-buildx-action/],
    [
      'old BuildKit',
      { driver: 'docker-container', buildkitReported: 'v0.12.5' },
      /BuildKit 0.12.5 is older than 0.13/
    ],
    ['old dockerd', { dockerVersion: '24.0.7' }, /BuildKit 0.11 is older than 0.13.*Docker to 26/],
    [
      'docker driver without containerd store',
      { dockerVersion: '28.2.2', containerdStore: false },
      /without the containerd image store cannot export.*setup-buildx-action/
    ],
    [
      'a named builder that does not exist',
      { builder: 'nosuch', builderError: 'ERROR: no builder "nosuch" found' },
      /^builder "nosuch" does not exist: pass the name of a buildx builder or docker context \(docker buildx ls lists them\), or leave the builder empty for the current one$/
    ],
    [
      'a named builder buildx cannot use',
      { builder: 'remote1', builderError: 'ERROR: failed to connect: connection refused' },
      /^builder "remote1" cannot be used \(ERROR: failed to connect: connection refused\): pass the name/
    ],
    [
      'a docker context without the containerd store, named',
      {
        builder: 'plain',
        dockerContext: 'plain',
        host: 'unix:///tmp/plain/docker.sock',
        containerdStore: false
      },
      /^builder "plain" \(unix:\/\/\/tmp\/plain\/docker.sock\) uses the buildx "docker" driver without the containerd image store, which cannot export OCI images or cache: add docker\/setup-buildx-action .* or enable the containerd image store/
    ],
    [
      'a docker context whose daemon is down',
      { builder: 'c1', dockerContext: 'c1', dockerVersion: null, host: 'unix:///tmp/c1.sock' },
      /^cannot reach the Docker daemon of docker context "c1" at unix:\/\/\/tmp\/c1.sock: start that daemon/
    ]
  ])('%s', (_name, over, problem) => {
    const problems = checkEngine({ ...good, ...over })
    if (problem === null) expect(problems).toEqual([])
    else expect(problems.join('\n')).toMatch(problem)
    // Every problem is one line.
    for (const p of problems) expect(p).not.toContain('\n')
  })

  it('names the builder and its docker context in the engine info, only when one was named', () => {
    expect(engineInfo(good)).not.toHaveProperty('builder')
    expect(engineInfo({ ...good, builder: 'other', dockerContext: 'other' })).toMatchObject({
      builder: 'other',
      dockerContext: 'other'
    })
  })
})
