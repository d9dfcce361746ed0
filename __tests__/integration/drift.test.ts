// Drift on the real engine: a re-pushed base image and a moved apt package are named, and the issue opens and closes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createDockerEngine } from '../../src/buildkit/engine.js'
import { parseBuildArgs } from '../../src/core/build/args.js'
import type { Network } from '../../src/buildkit/args.js'
import type { CrossRunnerRecord } from '../../src/core/crossrunner/record.js'
import type { DriftVerdict } from '../../src/core/drift/attribute.js'
import { buildRecord } from '../../src/crossrunner/record-run.js'
import { runAction } from '../support/action-runner.js'
import { AptRepo } from '../support/apt-repo.js'
import { BUSYBOX, ROOT, cli, execArgs, makeContext, requireEngine } from '../support/engine.js'
import { type GitHubServer, startGitHubServer } from '../support/github-server.js'
import { Registry } from '../support/registry.js'

const registry = new Registry()
const apt = new AptRepo()
let github: GitHubServer
const NONCE = randomBytes(4).toString('hex')
const builtBases = new Set<string>()
let tmp = ''

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

async function docker(...args: string[]): Promise<string> {
  const r = await execArgs('docker', args)
  if (r.code !== 0) throw new Error(`docker ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}

/** The digest the registry gives for repository:tag now. */
async function tagDigest(repository: string, tag: string): Promise<string> {
  const r = await fetch(`http://${registry.host}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: MANIFEST_TYPES }
  })
  const digest = r.headers.get('docker-content-digest')
  if (r.status !== 200 || digest === null) throw new Error(`no digest for ${repository}:${tag} (${r.status})`)
  return digest
}

/** The record a `mode: record` job leaves: one isolated build through the same path, workspace = the repo root. */
async function record(
  context: string,
  buildArgs: string[],
  network: Network
): Promise<{ file: string; record: CrossRunnerRecord }> {
  const workDir = await fs.mkdtemp(path.join(tmp, 'record-'))
  const built = await buildRecord(
    {
      context,
      file: null,
      target: null,
      buildArgs: parseBuildArgs(buildArgs),
      platforms: [],
      epoch: undefined,
      network,
      provenance: false,
      runner: { label: 'test', os: 'Linux', arch: 'X64', name: 'test', image: '' },
      workflow: {
        runId: '1',
        runAttempt: '1',
        repository: 'octo/app',
        workflow: 'release',
        job: 'record',
        sha: 'abc123'
      },
      workspace: ROOT,
      maxImageBytes: 256 * 1024 * 1024,
      workDir
    },
    {
      engine: createDockerEngine(),
      log: { info: () => undefined, group: (_title, fn) => fn() },
      nowMs: () => Date.now()
    },
    v => v
  )
  return { file: path.join(built.artifactDir, 'record.json'), record: built.record }
}

/**
 * A base of this file's own (not busybox itself): BuildKit merges the FROM of concurrent builds that
 * resolve to one digest, and its progress then names the other build's reference too.
 */
async function buildBase(ref: string, label: string): Promise<void> {
  // Built once per label, then tagged: putting a base back must give the very digest it had.
  const local = `build-lab/drift-base-${label}-${NONCE}:local`
  if (!builtBases.has(label)) {
    const dir = await fs.mkdtemp(path.join(tmp, 'base-'))
    await fs.writeFile(
      path.join(dir, 'Dockerfile'),
      `FROM ${BUSYBOX}\nRUN echo ${label}-${NONCE} > /base-version\n`
    )
    await docker('buildx', 'build', '--network', 'none', '--provenance=false', '-t', local, dir)
    builtBases.add(label)
  }
  await docker('tag', local, ref)
}

function verdictOf(stdout: string): DriftVerdict {
  return JSON.parse(stdout) as DriftVerdict
}

beforeAll(async () => {
  requireEngine()
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-drift-'))
  await registry.start()
  await apt.start()
  github = await startGitHubServer()
})

afterAll(async () => {
  await github?.close()
  await apt.close()
  await registry.destroy()
  if (tmp !== '') await fs.rm(tmp, { recursive: true, force: true })
})

describe('build-lab drift against a record', () => {
  it('names "base image digest moved" with the old and new digests when the base tag was re-pushed, and opens then closes the issue', async () => {
    const base = registry.ref('base', 'v')
    await buildBase(base, 'v1')
    await docker('push', '-q', base)
    const first = await tagDigest('base', 'v')
    const context = await makeContext({ Dockerfile: 'ARG BASE\nFROM ${BASE}\nRUN echo hello > /greeting\n' })
    const { file, record: rec } = await record(context, [`BASE=${base}`], 'none')
    expect(rec.bases).toEqual([{ ref: base, digest: first, platform: null }])
    const flags = ['--against', file, '--build-arg', `BASE=${base}`, '--network', 'none', '--pull']

    const same = await cli(['drift', context, ...flags, '--json'])
    expect({ code: same.code, stderr: same.stderr }).toMatchObject({ code: 0 })
    expect(verdictOf(same.stdout)).toMatchObject({ drifted: false, cause: 'none' })

    // Another image under the same tag, as an upstream rebuild of debian:bookworm does.
    const next = path.join(tmp, 'next-base')
    await fs.mkdir(next)
    await fs.writeFile(
      path.join(next, 'Dockerfile'),
      `FROM ${BUSYBOX}\nRUN echo v2-${NONCE} > /base-version\n`
    )
    await docker('buildx', 'build', '--network', 'none', '--provenance=false', '-t', base, next)
    await docker('push', '-q', base)
    const second = await tagDigest('base', 'v')
    expect(second).not.toBe(first)

    const moved = await cli(['drift', context, ...flags, '--json'])
    expect({ code: moved.code, stderr: moved.stderr }).toMatchObject({ code: 1 })
    const verdict = verdictOf(moved.stdout)
    expect(verdict.cause).toBe('base-image')
    expect(verdict.reason).toBe(
      `base image digest moved: ${base} ${first.slice(0, 19)} → ${second.slice(0, 19)}`
    )
    expect(verdict.bases).toEqual([{ ref: base, platform: null, from: first, to: second }])
    expect(verdict.before.digest).toBe(rec.digest)
    expect(verdict.after.digest).not.toBe(rec.digest)

    // The scheduled action opens one issue with the cause and both digests ...
    const inputs = {
      mode: 'drift',
      context,
      against: file,
      'build-args': `BASE=${base}`,
      network: 'none',
      pull: 'true',
      'github-token': 'ghs_drifttoken'
    }
    const env = {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_SHA: 'abc123',
      GITHUB_WORKSPACE: ROOT
    }
    const opened = await runAction(inputs, env)
    expect({ code: opened.code, out: opened.stdout }).toMatchObject({ code: 1 })
    expect(opened.outputs).toMatchObject({
      drift: 'true',
      'drift-cause': 'base-image',
      'record-digest': rec.digest!
    })
    expect(github.issues).toHaveLength(1)
    const issue = github.issues[0]!
    expect(issue.state).toBe('open')
    expect(issue.title).toBe(`[build-lab drift] ${path.relative(ROOT, path.join(context, 'Dockerfile'))}`)
    expect(issue.body).toContain('## build-lab drift: base image digest moved')
    expect(issue.body).toContain(`| \`${first}\` | \`${second}\` |`)
    expect(opened.outputs['drift-issue-number']).toBe(String(issue.number))

    // ... updates it (never a second one) while the drift lasts ...
    const again = await runAction(inputs, env)
    expect(again.code).toBe(1)
    expect(github.issues).toHaveLength(1)

    // ... and closes it once the tag gives the recorded base again.
    await buildBase(base, 'v1')
    await docker('push', '-q', base)
    expect(await tagDigest('base', 'v')).toBe(first)
    const back = await runAction(inputs, env)
    expect({ code: back.code, out: back.stdout }).toMatchObject({ code: 0 })
    expect(back.outputs.drift).toBe('false')
    expect(github.issues).toHaveLength(1)
    expect(github.issues[0]!.state).toBe('closed')
    expect(github.comments.filter(c => c.issue === issue.number).map(c => c.body)).toEqual([
      `The digest is back: the rebuild gives \`${rec.digest}\` again. Closing.\n`
    ])
  })

  it('names the apt package whose version moved, old → new, when the base is the same', async () => {
    const demo = (version: string) => ({
      name: 'drift-demo',
      version,
      files: { 'usr/share/drift-demo/version': `${version}\n` }
    })
    await apt.publish([demo('1.0-1')])
    const context = await makeContext({
      Dockerfile: [
        'FROM build-lab/debian:local',
        'ARG APT_REPO',
        'RUN echo "deb [trusted=yes] ${APT_REPO} ./" > /etc/apt/sources.list \\',
        ' && rm -rf /etc/apt/sources.list.d/* \\',
        ' && apt-get update -qq && apt-get install -y -qq --no-install-recommends drift-demo \\',
        ' && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/log/*',
        ''
      ].join('\n')
    })
    const { file, record: rec } = await record(context, [`APT_REPO=${apt.url}`], 'host')
    const recorded = rec.platforms[0]!.packages!
    expect(recorded.sources).toEqual(['var/lib/dpkg/status'])
    expect(recorded.packages).toContainEqual({ manager: 'dpkg', name: 'drift-demo', version: '1.0-1' })

    // The archive moves on: the same commit now installs 1.0-2.
    await apt.publish([demo('1.0-2')])
    const moved = await cli([
      'drift',
      context,
      '--against',
      file,
      '--build-arg',
      `APT_REPO=${apt.url}`,
      '--network',
      'host'
    ])
    expect({ code: moved.code, stderr: moved.stderr }).toMatchObject({ code: 1 })
    const lines = moved.stdout.split('\n')
    expect(lines[0]).toBe('DRIFT: package versions moved: drift-demo 1.0-1 → 1.0-2')
    expect(lines).toContain('  package dpkg drift-demo (linux/amd64): 1.0-1 → 1.0-2')
    expect(moved.stdout).not.toMatch(/^ {2}base /m)
  })
})

describe('build-lab drift against a published image', () => {
  it('sees the base layers of the published image move when its base tag is re-pushed', async () => {
    const base = registry.ref('base2', 'v')
    const app = registry.ref('app', '1')
    await buildBase(base, 'v1')
    await docker('push', '-q', base)
    const context = await makeContext({ Dockerfile: 'ARG BASE\nFROM ${BASE}\nRUN echo published > /p\n' })
    await docker(
      'buildx',
      'build',
      '--network',
      'none',
      '--provenance=false',
      '--build-arg',
      `BASE=${base}`,
      '-t',
      app,
      context
    )
    await docker('push', '-q', app)
    const published = await tagDigest('app', '1')
    const flags = ['--image', app, '--build-arg', `BASE=${base}`, '--network', 'none', '--pull', '--json']

    // Same base: whatever else differs from the pushed image, the base is not blamed.
    const same = await cli(['drift', context, ...flags])
    expect(same.code === 0 || same.code === 1).toBe(true)
    expect(verdictOf(same.stdout).cause).not.toBe('base-image')
    expect(verdictOf(same.stdout).before).toEqual({ origin: `registry ${app}`, digest: published })

    const next = path.join(tmp, 'next-base2')
    await fs.mkdir(next)
    await fs.writeFile(
      path.join(next, 'Dockerfile'),
      `FROM ${BUSYBOX}\nRUN echo v2-${NONCE} > /base-version\n`
    )
    await docker('buildx', 'build', '--network', 'none', '--provenance=false', '-t', base, next)
    await docker('push', '-q', base)

    const moved = await cli(['drift', context, ...flags])
    expect({ code: moved.code, stderr: moved.stderr }).toMatchObject({ code: 1 })
    const verdict = verdictOf(moved.stdout)
    expect(verdict).toMatchObject({
      cause: 'base-image',
      reason: 'base image digest moved: the base image layers differ (linux/amd64)',
      baseLayersMoved: ['linux/amd64']
    })
    expect(verdict.notes).toContain(
      `registry ${app} names no base image digests: the base layers were compared instead`
    )
  })
})

describe('build-lab drift input errors', () => {
  it.each([
    [['drift', '.'], /^build-lab: error: give one of --against record.json or --image REF$/m],
    [
      ['drift', '.', '--against', '/nonexistent/record.json'],
      /^build-lab: error: cannot read the record "\/nonexistent\/record.json": .*\. Give a record.json or the directory of a downloaded record artifact$/m
    ]
  ])('exits 2 with one line: %j', async (args, message) => {
    const r = await cli(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses a record that is not one, naming the field', async () => {
    const file = path.join(tmp, 'bad-record.json')
    await fs.writeFile(file, JSON.stringify({ schema: 'build-lab/cross-runner-record@2', runner: 7 }))
    const r = await cli(['drift', '.', '--against', file])
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n').filter(l => l.includes('error'))).toEqual([
      `build-lab: error: ${file}: runner must be an object`
    ])
  })
})
