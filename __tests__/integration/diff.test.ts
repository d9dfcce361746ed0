import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { diffImages, renderDiffMarkdown, renderDiffText } from '../../src/core/diff/index.js'
import type { ImageDiff } from '../../src/core/diff/types.js'
import { openImage } from '../../src/oci/open-image.js'

const run = promisify(execFile)
const BUSYBOX = 'build-lab/busybox:local'
const DEBIAN = 'build-lab/debian:local'
let work: string

beforeAll(async () => {
  if (process.env.DOCKER_HOST === undefined || process.env.DOCKER_HOST === '') {
    throw new Error(
      'DOCKER_HOST is not set: run `bash scripts/engine.sh` and `source /tmp/build-lab-engine/env` first.'
    )
  }
  work = await mkdtemp(join(tmpdir(), 'diff-it-'))
})

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

interface Scenario {
  name: string
  dockerfile: string
  files?: Record<string, string>
  /** Build args of run a and run b. */
  args?: [string[], string[]]
  /** Changes the context between run a and run b. */
  between?: (context: string) => Promise<void>
}

let counter = 0

/** Builds the scenario twice, the way the gate does (run b with --no-cache, a later second); run b writes an OCI tar. */
async function buildPair(s: Scenario): Promise<{ diff: ImageDiff; dockerfile: string }> {
  const context = join(work, `${s.name}-${counter++}`)
  await run('mkdir', ['-p', context])
  await writeFile(join(context, 'Dockerfile'), s.dockerfile)
  for (const [name, content] of Object.entries(s.files ?? {})) await writeFile(join(context, name), content)
  const build = async (args: string[], output: string, noCache: boolean): Promise<void> => {
    const argv = [
      'buildx',
      'build',
      '--network=none',
      '--provenance=false',
      '--build-arg',
      'SOURCE_DATE_EPOCH=0'
    ]
    for (const a of args) argv.push('--build-arg', a)
    if (noCache) argv.push('--no-cache')
    argv.push('--output', output, context)
    await run('docker', argv, { maxBuffer: 16 * 1024 * 1024 })
  }
  const a = join(context, 'run1')
  const b = join(context, 'run2.tar')
  await build(s.args?.[0] ?? [], `type=oci,tar=false,dest=${a},rewrite-timestamp=true`, true)
  await s.between?.(context)
  await new Promise(resolve => setTimeout(resolve, 1100))
  await build(s.args?.[1] ?? [], `type=oci,dest=${b},rewrite-timestamp=true`, true)
  const diff = await diffImages(await openImage(a), await openImage(b), {
    dockerfile: { path: 'Dockerfile', text: s.dockerfile }
  })
  return { diff, dockerfile: s.dockerfile }
}

function lineOf(dockerfile: string, prefix: string): number {
  const i = dockerfile.split('\n').findIndex(l => l.startsWith(prefix))
  if (i < 0) throw new Error(`no line starts with ${prefix}`)
  return i + 1
}

describe('diff of real image pairs', () => {
  it('finds a clock written into a file', async () => {
    const dockerfile = `FROM ${BUSYBOX}\nRUN echo stable > /etc/stable\nRUN date > /etc/build-date\n`
    const { diff } = await buildPair({ name: 'clock', dockerfile })
    expect(diff.identical).toBe(false)
    expect(diff.files).toHaveLength(1)
    expect(diff.files[0]).toMatchObject({
      path: 'etc/build-date',
      changes: ['content'],
      layer: 2,
      instruction: 'RUN date > /etc/build-date',
      line: 3,
      cause: 'clock'
    })
    expect(diff.layers.map(l => l.index)).toEqual([2])
    expect(renderDiffText(diff)).toContain('etc/build-date')
    expect(renderDiffMarkdown(diff)).toContain('| etc/build-date | content | 2 |')
  }, 120_000)

  it('finds random content', async () => {
    const dockerfile = `FROM ${BUSYBOX}\nRUN head -c 16 /dev/urandom | od -An -tx1 > /etc/app-id\n`
    const { diff } = await buildPair({ name: 'random', dockerfile })
    expect(diff.files.map(f => [f.path, f.cause, f.line, f.instruction])).toEqual([
      ['etc/app-id', 'random', 2, 'RUN head -c 16 /dev/urandom | od -An -tx1 > /etc/app-id']
    ])
  }, 120_000)

  it('finds a permission flip from the checkout', async () => {
    const dockerfile = `FROM ${BUSYBOX}\nCOPY run.sh /app/run.sh\n`
    const { diff } = await buildPair({
      name: 'perm',
      dockerfile,
      files: { 'run.sh': 'echo hi\n' },
      between: async context => chmod(join(context, 'run.sh'), 0o755)
    })
    expect(diff.files.map(f => [f.path, f.changes, f.cause, f.line, f.instruction, f.fields])).toEqual([
      [
        'app/run.sh',
        ['mode'],
        'permissions',
        2,
        'COPY run.sh /app/run.sh',
        [{ field: 'mode', a: '0644', b: '0755' }]
      ]
    ])
  }, 120_000)

  it('traces a leak from a build stage through COPY --from', async () => {
    const dockerfile = [
      `FROM ${BUSYBOX} AS build`,
      'RUN head -c 32 /dev/urandom | od -An -tx1 > /token',
      `FROM ${BUSYBOX}`,
      'RUN echo ok > /ok',
      'COPY --from=build /token /etc/token',
      ''
    ].join('\n')
    const { diff } = await buildPair({ name: 'leak', dockerfile })
    expect(diff.files.map(f => [f.path, f.cause, f.line, f.instruction])).toEqual([
      ['etc/token', 'random', 5, 'COPY --from=build /token /etc/token']
    ])
  }, 120_000)

  it('finds a build arg that changes ENV and LABEL', async () => {
    const dockerfile = [
      `FROM ${BUSYBOX}`,
      'ARG VERSION=0',
      'ENV APP_VERSION=$VERSION',
      'LABEL org.example.version=$VERSION',
      'RUN echo "version $APP_VERSION" > /etc/version',
      ''
    ].join('\n')
    const { diff } = await buildPair({
      name: 'arg',
      dockerfile,
      args: [['VERSION=1.0.0'], ['VERSION=2.0.0']]
    })
    const fields = Object.fromEntries(diff.config.map(c => [c.field, [c.cause, c.line]]))
    expect(fields['env.APP_VERSION']).toEqual(['build-arg', lineOf(dockerfile, 'ENV')])
    expect(fields['labels.org.example.version']).toEqual(['build-arg', lineOf(dockerfile, 'LABEL')])
    expect(diff.files.map(f => [f.path, f.cause, f.line])).toEqual([['etc/version', 'build-arg', 5]])
  }, 120_000)

  it('blames a changed base image on FROM', async () => {
    const dockerfile = `ARG BASE=${BUSYBOX}\nFROM $BASE\nRUN echo hi > /hi\n`
    const { diff } = await buildPair({
      name: 'base',
      dockerfile,
      args: [[`BASE=${BUSYBOX}`], [`BASE=${DEBIAN}`]]
    })
    const base = diff.layers.find(l => l.index === 0)
    expect(base).toMatchObject({ base: true, cause: 'base-image', line: 2, instruction: 'FROM $BASE' })
    expect(diff.causes.map(c => c.cause)).toContain('base-image')
    const fromBase = diff.files.filter(f => f.layer === 0)
    expect(fromBase.length).toBeGreaterThan(0)
    expect(fromBase.every(f => f.cause === 'base-image' && f.line === 2)).toBe(true)
    expect(diff.files.some(f => f.path === 'bin/busybox' && f.changes.includes('removed'))).toBe(true)
  }, 300_000)

  it('finds nothing in a reproducible build', async () => {
    const dockerfile = `FROM ${BUSYBOX}\nRUN echo same > /same\n`
    const { diff } = await buildPair({ name: 'same', dockerfile })
    expect(diff.identical).toBe(true)
    expect(renderDiffText(diff)).toBe('The images are identical.\n')
  }, 120_000)
})
