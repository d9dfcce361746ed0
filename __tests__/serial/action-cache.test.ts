// The action twice in a row against a loopback Actions cache service, with the daemon's own cache
// pruned before each run, so only the restored cache can make run 1 warm (as on a fresh runner).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { type ActionRun, runAction } from '../support/action-runner.js'
import { CacheServer } from '../support/cache-server.js'
import { BUSYBOX, execArgs, makeContext, requireEngine } from '../support/engine.js'

interface Report {
  reproducible: boolean
  runs: {
    cachedSteps: number
    totalSteps: number
    steps: { name: string; cached: boolean; instruction: string | null }[]
  }[]
}

const server = new CacheServer()
let env: Record<string, string>
let runnerTemp: string
let context: string

async function prune(): Promise<void> {
  const r = await execArgs('docker', ['buildx', 'prune', '-af'])
  expect(r.code).toBe(0)
}

async function gate(): Promise<{ run: ActionRun; report: Report }> {
  await prune()
  const run = await runAction(
    { context, 'build-args': `BASE=${BUSYBOX}`, network: 'none', epoch: '1700000000' },
    env,
    runnerTemp
  )
  expect(run.code).toBe(0)
  const report = JSON.parse(await fs.readFile(run.outputs['report-path'], 'utf8')) as Report
  return { run, report }
}

function ranSteps(report: Report): string[] {
  return report.runs[0].steps
    .filter(s => !s.cached && !/^FROM /.test(s.instruction ?? ''))
    .map(s => s.instruction ?? '')
}

beforeAll(async () => {
  requireEngine()
  await server.start()
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-cache-e2e-'))
  runnerTemp = path.join(root, 'runner-temp')
  const workspace = path.join(root, 'workspace')
  await fs.mkdir(workspace, { recursive: true })
  env = server.env(runnerTemp, workspace)
  context = await makeContext(
    {
      Dockerfile:
        'ARG BASE\nFROM ${BASE}\nCOPY deps.lock /app/deps.lock\nRUN sha256sum /app/deps.lock > /app/deps.sum\n' +
        'COPY src/ /app/src/\nRUN cat /app/src/* > /app/bundle\n',
      'deps.lock': 'dependency-lock v1\n',
      'src/main.txt': 'main v1\n'
    },
    { nonce: true }
  )
})

afterAll(async () => {
  await server.stop()
})

describe('the BuildKit cache through the Actions cache service', () => {
  it('misses on the first run and saves the cache run 1 exported', async () => {
    const { run, report } = await gate()
    expect(run.outputs['cache-hit']).toBe('miss')
    expect(report.runs[0].cachedSteps).toBe(0)
    expect(Number(run.outputs['cache-size-bytes'])).toBeGreaterThan(0)
    expect(server.entries.filter(e => e.finalized)).toHaveLength(1)
  })

  it('restores it on the next run: every step of run 1 is cached, the hit is exact', async () => {
    const { run, report } = await gate()
    expect(run.outputs['cache-hit']).toBe('exact')
    expect(report.runs[0].totalSteps).toBe(4)
    expect(report.runs[0].cachedSteps).toBe(4)
    expect(run.outputs['cache-hit-ratio']).toBe('1.0000')
    expect(report.reproducible).toBe(true)
    // an exact hit exports nothing (it could not be saved under its key) and says so
    expect(server.entries.filter(e => e.finalized)).toHaveLength(1)
    expect(run.stdout).toMatch(/run 1 imports the cache and exports none: the restore was exact/)
    expect(run.stdout).not.toMatch(/--cache-to/)
    expect(Number(run.outputs['cache-size-bytes'])).toBeGreaterThan(0)
  })

  it('after an exact hit that exported nothing, the next run restores the same entry exactly', async () => {
    const { run, report } = await gate()
    expect(run.outputs['cache-hit']).toBe('exact')
    expect(report.runs[0].cachedSteps).toBe(4)
    expect(server.entries.filter(e => e.finalized)).toHaveLength(1)
  })

  it('after a source-only edit the hit is partial and only the steps after the edited COPY re-run', async () => {
    await fs.writeFile(path.join(context, 'src/main.txt'), 'main v2\n')
    const { run, report } = await gate()
    expect(run.outputs['cache-hit']).toBe('partial')
    expect(ranSteps(report)).toEqual(['COPY src/ /app/src/', 'RUN cat /app/src/* > /app/bundle'])
    expect(server.entries.filter(e => e.finalized)).toHaveLength(2)
  })

  it('with the service refusing connections the build is cold, the verdict the same, with one warning', async () => {
    await server.setFault({ refuse: true })
    try {
      const { run, report } = await gate()
      expect(run.outputs['cache-hit']).toBe('miss')
      expect(report.reproducible).toBe(true)
      expect(report.runs[0].cachedSteps).toBe(0)
      // Lint annotations are warnings too; the cache gets exactly one of the rest.
      const warnings = run.stdout
        .split('\n')
        .filter(l => l.startsWith('::warning') && !l.startsWith('::warning title=build-lab BL'))
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(/cache/i)
    } finally {
      await server.setFault({ refuse: false })
    }
  })
})
