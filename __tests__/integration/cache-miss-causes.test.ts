// Each cause of a cache miss on the real engine: the action restores the previous run's cache and its input
// record from a loopback Actions cache, and run 1's report names the first changed input.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { GateResult } from '../../src/core/gate.js'
import type { StepMiss } from '../../src/core/miss/explain.js'
import { runAction } from '../support/action-runner.js'
import { CacheServer } from '../support/cache-server.js'
import { BUSYBOX, execArgs, makeContext, requireEngine } from '../support/engine.js'

const cache = new CacheServer()
let env: Record<string, string>
let runnerTemp: string
let context: string
const base = `build-lab-miss-base:${process.pid}`
const nonce = String(process.hrtime.bigint())

function dockerfile(opts: { env?: string; run?: string } = {}): string {
  return [
    'ARG BASE',
    'FROM ${BASE}',
    'ARG FLAVOUR=plain',
    `ENV MODE=${opts.env ?? 'one'}`,
    'COPY src/ /app/src/',
    `RUN echo "$FLAVOUR $MODE ${nonce}" > /app/flavour`,
    `RUN ${opts.run ?? 'cat /app/src/* > /app/bundle'}`,
    ''
  ].join('\n')
}

async function gate(buildArgs: string[] = []): Promise<StepMiss[]> {
  const run = await runAction(
    {
      context,
      'build-args': [`BASE=${base}`, ...buildArgs].join('\n'),
      network: 'none',
      epoch: '1700000000'
    },
    env,
    runnerTemp
  )
  expect(run.code).toBe(0)
  const report = JSON.parse(await fs.readFile(run.outputs['report-path']!, 'utf8')) as GateResult
  return report.misses?.misses ?? []
}

const byLine = (misses: StepMiss[], line: number) => misses.find(m => m.line === line)

beforeAll(async () => {
  requireEngine()
  await cache.start()
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-miss-causes-'))
  runnerTemp = path.join(root, 'runner-temp')
  const workspace = path.join(root, 'workspace')
  await fs.mkdir(workspace, { recursive: true })
  env = cache.env(runnerTemp, workspace)
  expect((await execArgs('docker', ['tag', BUSYBOX, base])).code).toBe(0)
  context = await makeContext({ Dockerfile: dockerfile(), 'src/a.txt': `a ${nonce}\n`, 'src/b.txt': 'b\n' })
})

afterAll(async () => {
  await cache.stop()
  await execArgs('docker', ['image', 'rm', '-f', base])
})

describe('the first cause of each miss', () => {
  it('no cache restored on the first run', async () => {
    const misses = await gate()
    expect(misses[0]?.cause).toMatchObject({ kind: 'cache-not-restored', hit: 'miss' })
    expect(misses.slice(1).every(m => m.cause.kind === 'inherited')).toBe(true)
  })

  it('a COPY whose files changed, named', async () => {
    await fs.writeFile(path.join(context, 'src/b.txt'), `b ${nonce} 2\n`)
    const misses = await gate()
    expect(byLine(misses, 5)?.cause).toMatchObject({ kind: 'sources', files: ['src/b.txt'], changed: 1 })
    expect(byLine(misses, 6)?.cause.kind).toBe('inherited')
    expect(byLine(misses, 6)?.rootCause.kind).toBe('sources')
  })

  it('a build-arg the RUN sees', async () => {
    const misses = await gate(['FLAVOUR=spicy'])
    expect(byLine(misses, 5)).toBeUndefined()
    expect(byLine(misses, 6)?.cause).toEqual({ kind: 'build-arg', name: 'FLAVOUR' })
    expect(byLine(misses, 7)?.cause.kind).toBe('inherited')
  })

  it('an ENV the RUN sees, changed in the Dockerfile', async () => {
    await fs.writeFile(path.join(context, 'Dockerfile'), dockerfile({ env: 'two' }))
    const misses = await gate(['FLAVOUR=spicy'])
    expect(byLine(misses, 6)?.cause).toEqual({ kind: 'variable', name: 'MODE', via: 'ENV', line: 4 })
  })

  it('the RUN command text', async () => {
    await fs.writeFile(
      path.join(context, 'Dockerfile'),
      dockerfile({ env: 'two', run: 'cat /app/src/a.txt > /app/bundle' })
    )
    const misses = await gate(['FLAVOUR=spicy'])
    expect(byLine(misses, 6)).toBeUndefined()
    expect(byLine(misses, 7)?.cause).toMatchObject({ kind: 'instruction', line: 7 })
  })

  it('the base image digest', async () => {
    const other = await makeContext({ Dockerfile: `FROM ${BUSYBOX}\nRUN echo ${nonce} > /moved\n` })
    const built = await execArgs('docker', ['buildx', 'build', '--network=none', '-t', base, '--load', other])
    expect(built.code).toBe(0)
    const misses = await gate(['FLAVOUR=spicy'])
    expect(misses[0]?.cause).toMatchObject({ kind: 'base-image', line: 2 })
    expect(misses.slice(1).every(m => m.rootCause.kind === 'base-image')).toBe(true)
  })
})
