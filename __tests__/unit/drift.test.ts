// Drift's pure parts: package databases from real images, their diff, the base images, the cause, the issue.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import * as path from 'node:path'
import { type CrossRunnerRecord, RECORD_SCHEMA, parseRecord } from '../../src/core/crossrunner/record.js'
import { attributeDrift, type DriftSide } from '../../src/core/drift/attribute.js'
import { diffBases, resolvedBases } from '../../src/core/drift/bases.js'
import { readImagePackages } from '../../src/core/drift/image-packages.js'
import { driftIssueTitle, planDriftIssue, renderDriftMarkdown } from '../../src/core/drift/issue.js'
import {
  diffPackages,
  packageFileKind,
  packageList,
  parseApkInstalled,
  parseDpkgStatus,
  parsePackageJson
} from '../../src/core/drift/packages.js'
import { renderDriftText } from '../../src/core/drift/render-text.js'
import type { Step } from '../../src/core/progress.js'
import { makeImage, makeTar } from './fixtures/diff/tar-writer.js'

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'drift')
/** /var/lib/dpkg/status of build-lab/debian:local (debootstrap --variant=minbase bookworm). */
const BOOKWORM = readFileSync(path.join(FIXTURES, 'debian-bookworm-status'), 'utf8')
const D = (c: string) => `sha256:${c.repeat(64).slice(0, 64)}`

/** The status file with one package's Version changed, as an apt upgrade of it leaves it. */
function bump(status: string, name: string, version: string): string {
  return status
    .split('\n\n')
    .map(p => (p.startsWith(`Package: ${name}\n`) ? p.replace(/^Version: .*$/m, `Version: ${version}`) : p))
    .join('\n\n')
}
const LIBC6_MOVED = bump(BOOKWORM, 'libc6', '2.36-9+deb12u15')

describe('package databases', () => {
  it('reads every installed package of a real Debian status file', () => {
    const packages = parseDpkgStatus(BOOKWORM)
    expect(packages).toHaveLength(88)
    expect(packages).toContainEqual({ manager: 'dpkg', name: 'libc6', version: '2.36-9+deb12u14' })
    expect(packages.every(p => p.version !== '' && !/\s/.test(p.name))).toBe(true)
  })

  it('leaves out packages that are not installed (removed, config-files)', () => {
    const text = `${BOOKWORM}\nPackage: gone\nStatus: deinstall ok config-files\nVersion: 1.0\n`
    expect(parseDpkgStatus(text).map(p => p.name)).not.toContain('gone')
  })

  it('names the package whose version moved, old → new', () => {
    const changes = diffPackages(
      packageList(parseDpkgStatus(BOOKWORM), []),
      packageList(parseDpkgStatus(LIBC6_MOVED), [])
    )
    expect(changes).toEqual([
      { manager: 'dpkg', name: 'libc6', from: '2.36-9+deb12u14', to: '2.36-9+deb12u15' }
    ])
  })

  it('names packages added and removed', () => {
    const before = packageList(parseDpkgStatus(BOOKWORM), [])
    const without = BOOKWORM.split('\n\n')
      .filter(p => !p.startsWith('Package: zlib1g\n'))
      .join('\n\n')
    const after = packageList(
      [...parseDpkgStatus(without), { manager: 'dpkg', name: 'drift-demo', version: '1.0-1' }],
      []
    )
    expect(diffPackages(before, after)).toEqual([
      { manager: 'dpkg', name: 'drift-demo', from: null, to: '1.0-1' },
      { manager: 'dpkg', name: 'zlib1g', from: '1:1.2.13.dfsg-1', to: null }
    ])
  })

  it('reads apk installed databases (P: and V:)', () => {
    const packages = parseApkInstalled(readFileSync(path.join(FIXTURES, 'apk-installed'), 'utf8'))
    expect(packages).toEqual([
      { manager: 'apk', name: 'musl', version: '1.2.5-r0' },
      { manager: 'apk', name: 'busybox', version: '1.36.1-r28' }
    ])
  })

  it('reads name and version from real node_modules package.json files', () => {
    expect(parsePackageJson(readFileSync(path.join(FIXTURES, 'npm-package.json'), 'utf8'))).toMatchObject({
      manager: 'npm',
      name: 'npm'
    })
    expect(
      parsePackageJson(readFileSync(path.join(FIXTURES, 'npmcli-arborist-package.json'), 'utf8'))
    ).toEqual({
      manager: 'npm',
      name: '@npmcli/arborist',
      version: '9.9.1'
    })
    expect(parsePackageJson('{"name": 1}')).toBeNull()
    expect(parsePackageJson('not json')).toBeNull()
  })

  it('knows which image paths are package databases', () => {
    expect(packageFileKind('var/lib/dpkg/status')).toBe('dpkg')
    expect(packageFileKind('var/lib/dpkg/status-old')).toBeNull()
    expect(packageFileKind('var/lib/dpkg/status.d/base')).toBe('dpkg-part')
    expect(packageFileKind('lib/apk/db/installed')).toBe('apk')
    expect(packageFileKind('app/node_modules/left-pad/package.json')).toBe('npm')
    expect(packageFileKind('app/node_modules/@scope/pkg/package.json')).toBe('npm')
    expect(packageFileKind('app/node_modules/.bin/package.json')).toBeNull()
    expect(packageFileKind('app/node_modules/left-pad/lib/package.json')).toBeNull()
    expect(packageFileKind('app/package.json')).toBeNull()
  })

  it('keeps hostile fields on one printable line, bounded', () => {
    const [p] = parseDpkgStatus(
      `Package: evil\u001b[31m\nStatus: install ok installed\nVersion: ${'9'.repeat(5000)}\n`
    )
    expect(p!.name).toBe('evil[31m')
    expect(p!.version).toHaveLength(200)
  })
})

describe('reading an image layer by layer', () => {
  const status = (text: string) => ({ name: 'var/lib/dpkg/status', content: text })
  const pkgJson = (dir: string, name: string, version: string) => ({
    name: `${dir}/package.json`,
    content: JSON.stringify({ name, version })
  })

  it('reads the last status and the node_modules a whiteout left', async () => {
    const moved = LIBC6_MOVED
    const image = makeImage({
      layers: [
        { tar: makeTar([status(BOOKWORM)]) },
        {
          tar: makeTar([
            pkgJson('app/node_modules/left-pad', 'left-pad', '1.3.0'),
            pkgJson('app/node_modules/@scope/gone', '@scope/gone', '2.0.0'),
            pkgJson('app/node_modules/left-pad/node_modules/inner', 'inner', '0.1.0')
          ])
        },
        {
          tar: makeTar([
            status(moved),
            { name: 'app/node_modules/@scope/.wh.gone', content: '' },
            { name: 'app/node_modules/left-pad/node_modules/.wh..wh..opq', content: '' }
          ])
        }
      ]
    })
    const index = await image.index()
    const manifest = (index as { manifests: Array<{ digest: string }> }).manifests[0]!.digest
    const list = await readImagePackages(image, manifest, 'the image')
    expect(list.sources).toEqual(['node_modules (1 package.json)', 'var/lib/dpkg/status'])
    expect(list.packages).toContainEqual({ manager: 'dpkg', name: 'libc6', version: '2.36-9+deb12u15' })
    expect(list.packages.filter(p => p.manager === 'npm')).toEqual([
      { manager: 'npm', name: 'left-pad', version: '1.3.0' }
    ])
  })

  it('skips a database over its size bound with a note instead of holding it', async () => {
    const big = 'x'.repeat(2 * 1024 * 1024)
    const image = makeImage({ layers: [{ tar: makeTar([pkgJson('node_modules/huge', 'huge', big)]) }] })
    const index = await image.index()
    const manifest = (index as { manifests: Array<{ digest: string }> }).manifests[0]!.digest
    const notes: string[] = []
    const list = await readImagePackages(image, manifest, 'the image', n => notes.push(n))
    expect(list.packages).toEqual([])
    expect(notes).toEqual([
      'the image: node_modules/huge/package.json is over its size bound and was not read'
    ])
  })
})

/** FROM step names as BuildKit 0.25 (docker 28.5.2) printed them in this session's builds. */
const FROM_STEPS: Array<Pick<Step, 'name' | 'instruction' | 'platform'>> = [
  { name: '[internal] load metadata for 127.0.0.1:5999/base:v', instruction: null, platform: null },
  {
    name: '[1/2] FROM 127.0.0.1:5999/base:v@sha256:5fb9bb6f1613dd5b511d3a24d5c782b5c7386105ff7f551507ab9cf5fe3c6cfd',
    instruction:
      'FROM 127.0.0.1:5999/base:v@sha256:5fb9bb6f1613dd5b511d3a24d5c782b5c7386105ff7f551507ab9cf5fe3c6cfd',
    platform: null
  },
  {
    name: '[stage-1 1/2] FROM docker.io/build-lab/debian:local@sha256:3ee3fffd16c24726480ad6b3647b19286191f0566520d0f80ec597c7f062cdfc',
    instruction:
      'FROM docker.io/build-lab/debian:local@sha256:3ee3fffd16c24726480ad6b3647b19286191f0566520d0f80ec597c7f062cdfc',
    platform: null
  },
  { name: '[2/2] RUN echo hi > /x', instruction: 'RUN echo hi > /x', platform: null }
]

describe('base images', () => {
  const steps = FROM_STEPS.map(s => ({ ...s }) as Step)

  it('reads each resolved FROM from the build steps', () => {
    expect(resolvedBases(steps)).toEqual([
      {
        ref: '127.0.0.1:5999/base:v',
        digest: 'sha256:5fb9bb6f1613dd5b511d3a24d5c782b5c7386105ff7f551507ab9cf5fe3c6cfd',
        platform: null
      },
      {
        ref: 'docker.io/build-lab/debian:local',
        digest: 'sha256:3ee3fffd16c24726480ad6b3647b19286191f0566520d0f80ec597c7f062cdfc',
        platform: null
      }
    ])
  })

  it('names the base whose digest moved', () => {
    const before = resolvedBases(steps)
    const after = before.map(b => (b.ref.startsWith('127.') ? { ...b, digest: D('a') } : b))
    expect(diffBases(before, after)).toEqual([
      { ref: '127.0.0.1:5999/base:v', platform: null, from: before[0]!.digest, to: D('a') }
    ])
  })
})

function side(over: Partial<DriftSide> = {}): DriftSide {
  return {
    origin: 'record.json',
    digest: D('1'),
    platforms: [
      {
        platform: 'linux/amd64',
        manifest: D('1'),
        config: D('c'),
        diffIds: [D('b'), D('e')],
        layers: [D('l'), D('m')],
        packages: packageList(parseDpkgStatus(BOOKWORM), ['var/lib/dpkg/status']),
        baseLayers: 1
      }
    ],
    bases: [{ ref: 'docker.io/library/debian:bookworm', digest: D('b'), platform: null }],
    engine: { docker: '28.5.2', buildx: '0.29.1', buildkit: 'v0.25.1', driver: 'docker' },
    ...over
  }
}

function rebuilt(
  over: Partial<DriftSide> = {},
  platform: Partial<DriftSide['platforms'][number]> = {}
): DriftSide {
  const s = side({ origin: 'the rebuild', digest: D('2') })
  return { ...s, platforms: [{ ...s.platforms[0]!, manifest: D('2'), ...platform }], ...over }
}

describe('attributing drift', () => {
  const movedPackages = packageList(parseDpkgStatus(LIBC6_MOVED), [])

  it('says no drift when the digest is the same', () => {
    const v = attributeDrift(side(), side({ origin: 'the rebuild' }))
    expect(v).toMatchObject({ drifted: false, cause: 'none' })
  })

  it('says no drift when only the index differs and every platform manifest is the same', () => {
    const v = attributeDrift(side({ digest: D('9') }), side({ origin: 'the rebuild' }))
    expect(v.drifted).toBe(false)
  })

  it('puts a moved base image first, with both digests, and keeps the other evidence', () => {
    const v = attributeDrift(
      side(),
      rebuilt(
        { bases: [{ ref: 'docker.io/library/debian:bookworm', digest: D('f'), platform: null }] },
        { packages: movedPackages }
      )
    )
    expect(v.cause).toBe('base-image')
    expect(v.reason).toBe(
      'base image digest moved: docker.io/library/debian:bookworm sha256:bbbbbbbbbbbb → sha256:ffffffffffff'
    )
    expect(v.bases).toEqual([
      { ref: 'docker.io/library/debian:bookworm', platform: null, from: D('b'), to: D('f') }
    ])
    expect(v.packages[0]!.changes.map(c => c.name)).toEqual(['libc6'])
  })

  it('compares base layers when no base digests are known (a published image)', () => {
    const v = attributeDrift(side({ bases: null, engine: null }), rebuilt({}, { diffIds: [D('f'), D('e')] }))
    expect(v.cause).toBe('base-image')
    expect(v.baseLayersMoved).toEqual(['linux/amd64'])
  })

  it('names the packages when the bases are the same', () => {
    const v = attributeDrift(side(), rebuilt({}, { packages: movedPackages }))
    expect(v.cause).toBe('packages')
    expect(v.reason).toBe('package versions moved: libc6 2.36-9+deb12u14 → 2.36-9+deb12u15')
  })

  it('names the engine when bases and packages are the same', () => {
    const v = attributeDrift(side(), rebuilt({ engine: { ...side().engine!, buildkit: 'v0.26.0' } }))
    expect(v).toMatchObject({ cause: 'engine', reason: 'the engine changed: buildkit v0.25.1 → v0.26.0' })
  })

  it('falls back to nondeterminism, and says what it could not compare', () => {
    const v = attributeDrift(side(), rebuilt({}, { packages: null }))
    expect(v.cause).toBe('nondeterministic')
    expect(v.notes).toEqual(['linux/amd64: the packages of the rebuild were not read'])
  })
})

describe('the drift issue', () => {
  const hostile = packageList(
    [
      { manager: 'dpkg', name: '@everyone <img src=x onerror=alert(1)>', version: '1|2' },
      { manager: 'dpkg', name: 'libc6', version: '2.36-9+deb12u14' }
    ],
    []
  )
  const verdict = attributeDrift(
    side({ platforms: [{ ...side().platforms[0]!, packages: packageList(parseDpkgStatus(BOOKWORM), []) }] }),
    rebuilt({}, { packages: hostile })
  )
  const body = renderDriftMarkdown(verdict, {
    image: 'app [x](http://evil)',
    marker: '<!-- build-lab-drift abc -->',
    commit: 'abc123',
    runUrl: null
  })

  it('escapes every field from the image', () => {
    expect(body.startsWith('<!-- build-lab-drift abc -->\n')).toBe(true)
    expect(body).not.toContain('<img')
    expect(body).not.toMatch(/(^|[^\\])@everyone/)
    expect(body).toContain('\\@everyone &lt;img src=x onerror=alert(1)&gt;')
    expect(body).toContain('app \\[x\\](http\\://evil)')
    expect(body).toContain('`1\\|2`')
  })

  it('opens, updates, reopens, closes, or leaves the issue alone', () => {
    const title = driftIssueTitle('app')
    expect(title).toBe('[build-lab drift] app')
    const back = attributeDrift(side(), side({ origin: 'the rebuild' }))
    expect(planDriftIssue(verdict, null, title, body)).toEqual({ action: 'create', title, body })
    expect(planDriftIssue(verdict, { number: 3, state: 'open', body: 'old' }, title, body)).toMatchObject({
      action: 'update',
      number: 3
    })
    expect(planDriftIssue(verdict, { number: 3, state: 'open', body }, title, body).action).toBe('none')
    expect(planDriftIssue(verdict, { number: 3, state: 'closed', body }, title, body).action).toBe('reopen')
    expect(planDriftIssue(back, { number: 3, state: 'open', body }, title, body)).toMatchObject({
      action: 'close',
      number: 3
    })
    expect(planDriftIssue(back, { number: 3, state: 'closed', body }, title, body).action).toBe('none')
    expect(planDriftIssue(back, null, title, body).action).toBe('none')
  })

  it('prints hostile names on one line in text', () => {
    const text = renderDriftText(
      attributeDrift(
        side(),
        rebuilt({}, { packages: packageList([{ manager: 'npm', name: 'a\nb', version: '1' }], []) })
      )
    )
    expect(text.split('\n').filter(l => l.includes('package npm'))).toHaveLength(1)
  })
})

describe('record schema @2', () => {
  const base: Omit<CrossRunnerRecord, 'schema'> = {
    runner: { label: 'x', os: 'Linux', arch: 'X64', name: 'r', image: '' },
    workflow: { runId: '1', runAttempt: '1', repository: 'o/r', workflow: 'w', job: 'j', sha: 'abc' },
    build: {
      context: '.',
      dockerfile: 'Dockerfile',
      target: null,
      platforms: [],
      buildArgs: [],
      epoch: 0,
      network: 'none',
      provenance: false
    },
    digest: D('1'),
    platforms: [{ platform: 'linux/amd64', manifest: D('1'), config: D('c'), diffIds: [D('e')] }],
    error: null,
    durationMs: 1,
    startedAt: '2026-12-02T00:00:00Z',
    engine: { docker: null, buildx: null, buildkit: null, driver: null },
    image: { uploaded: false, bytes: null, note: null }
  }

  it('still reads @1 records, without bases or packages', () => {
    const r = parseRecord({ ...base, schema: 'build-lab/cross-runner-record@1' }, 'old.json')
    expect(r.bases).toBeUndefined()
    expect(r.platforms[0]!.packages).toBeUndefined()
  })

  it('reads bases and packages back', () => {
    const packages = packageList(
      [{ manager: 'dpkg', name: 'libc6', version: '2.36' }],
      ['var/lib/dpkg/status']
    )
    const r = parseRecord(
      {
        ...base,
        schema: RECORD_SCHEMA,
        platforms: [{ ...base.platforms[0]!, packages }],
        bases: [{ ref: 'debian:bookworm', digest: D('b'), platform: null }]
      },
      'new.json'
    )
    expect(r.bases).toEqual([{ ref: 'debian:bookworm', digest: D('b'), platform: null }])
    expect(r.platforms[0]!.packages).toEqual(packages)
  })

  it.each([
    [
      { bases: [{ ref: 'x', digest: 'sha256:nope', platform: null }] },
      /bases\[0\]: digest must be a sha256 digest/
    ],
    [{ bases: Array.from({ length: 1001 }, () => ({})) }, /bases must be a list of at most 1000 base images/],
    [
      { platforms: [{ ...base.platforms[0]!, packages: { packages: 'x' } }] },
      /packages must be a package list or null/
    ]
  ])('refuses a bad field with one line: %#', (over, message) => {
    expect(() => parseRecord({ ...base, schema: RECORD_SCHEMA, ...over }, 'bad.json')).toThrow(message)
  })
})

describe('docs/drift.md', () => {
  const root = new URL('../../', import.meta.url)
  const doc = readFileSync(new URL('docs/drift.md', root), 'utf8')
  const inputs = Object.keys(
    (parseYaml(readFileSync(new URL('action.yml', root), 'utf8')) as { inputs: Record<string, unknown> })
      .inputs
  )
  const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1]!)
  const workflow = parseYaml(blocks.find(b => b.includes('name: drift'))!) as {
    on: Record<string, unknown>
    permissions: Record<string, string>
    jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>
  }

  it('gives a scheduled workflow that may write issues', () => {
    expect(Object.keys(workflow.on)).toEqual(['schedule', 'workflow_dispatch'])
    expect(workflow.permissions.issues).toBe('write')
  })

  it('passes build-lab only inputs that action.yml declares, in drift mode against the downloaded record', () => {
    const steps = workflow.jobs.drift!.steps.filter(s => s.uses?.includes('/build-lab@'))
    expect(steps).toHaveLength(1)
    expect(steps[0]!.with).toMatchObject({ mode: 'drift', against: 'last-record' })
    for (const name of Object.keys(steps[0]!.with ?? {})) expect(inputs).toContain(name)
  })
})
