// The scheduled matrix workflow and the docs template are valid and use only inputs action.yml declares.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const root = new URL('../../', import.meta.url)
const read = (file: string) => readFileSync(new URL(file, root), 'utf8')

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  name?: string
  'runs-on'?: unknown
  needs?: string | string[]
  if?: string
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> }
  steps?: Step[]
  permissions?: Record<string, string>
}
interface Workflow {
  on?: Record<string, unknown>
  permissions?: Record<string, string>
  jobs?: Record<string, Job>
}

const actionInputs = Object.keys((parse(read('action.yml')) as { inputs: Record<string, unknown> }).inputs)

const RUNNERS = ['ubuntu-24.04', 'ubuntu-22.04', 'ubuntu-24.04-arm']

function templateFromDocs(): string {
  const doc = read('docs/cross-runner.md')
  const section = doc.split('## Workflow template')[1] ?? ''
  const block = /```yaml\n([\s\S]*?)```/.exec(section)
  if (block === null) throw new Error('docs/cross-runner.md has no yaml block under "Workflow template"')
  return block[1]!
}

const sources: Array<[string, string, string]> = [
  [
    '.github/workflows/reproducibility-matrix.yml',
    read('.github/workflows/reproducibility-matrix.yml'),
    './'
  ],
  ['the template in docs/cross-runner.md', templateFromDocs(), '<owner>/build-lab@v1']
]

describe.each(sources)('%s', (_name, text, self) => {
  const wf = parse(text) as Workflow
  const jobs = wf.jobs ?? {}
  const record = jobs.record
  const compare = jobs.compare
  const actionSteps = (job: Job | undefined) => (job?.steps ?? []).filter(s => s.uses === self)

  it('runs on a schedule and on demand', () => {
    expect(Object.keys(wf.on ?? {})).toEqual(expect.arrayContaining(['schedule', 'workflow_dispatch']))
    expect(wf.on?.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \S+ \S+ \S+$/) }])
  })

  it('reads contents only', () => {
    expect(wf.permissions).toEqual({ contents: 'read' })
    for (const job of Object.values(jobs)) expect(job.permissions).toBeUndefined()
  })

  it('records on each runner type of the matrix', () => {
    expect(record).toBeDefined()
    expect(record!.strategy?.matrix?.runner).toEqual(RUNNERS)
    expect(record!.strategy?.['fail-fast']).toBe(false)
    expect(record!['runs-on']).toBe('${{ matrix.runner }}')
    const uses = (record!.steps ?? []).map(s => s.uses ?? '')
    expect(uses).toEqual(expect.arrayContaining(['actions/checkout@v4', 'docker/setup-buildx-action@v3']))
    const steps = actionSteps(record)
    expect(steps).toHaveLength(1)
    expect(uses.indexOf('docker/setup-buildx-action@v3')).toBeLessThan(uses.indexOf(self))
    expect(steps[0]!.with).toMatchObject({ mode: 'record', 'runner-label': '${{ matrix.runner }}' })
  })

  it('compares in one job with a stable name that needs every record and runs even when one failed', () => {
    expect(compare).toBeDefined()
    expect(
      compare!.needs === 'record' || (Array.isArray(compare!.needs) && compare!.needs.includes('record'))
    ).toBe(true)
    expect(compare!.name).toBe('reproducible across runners')
    expect(compare!.if).toBe('${{ !cancelled() }}')
    expect(typeof compare!['runs-on']).toBe('string')
    const steps = actionSteps(compare)
    expect(steps).toHaveLength(1)
    expect(steps[0]!.with?.mode).toBe('compare')
    const runners = String(steps[0]!.with?.runners ?? '')
      .split(/[\n,]/)
      .map(s => s.trim())
      .filter(s => s !== '')
    expect(runners).toEqual(RUNNERS)
  })

  it('passes only inputs that action.yml declares', () => {
    for (const step of [...actionSteps(record), ...actionSteps(compare)]) {
      for (const key of Object.keys(step.with ?? {})) expect(actionInputs).toContain(key)
    }
  })
})

describe('the repository workflow', () => {
  it('runs the action from this checkout', () => {
    const wf = parse(read('.github/workflows/reproducibility-matrix.yml')) as Workflow
    for (const job of Object.values(wf.jobs ?? {})) {
      const uses = (job.steps ?? []).map(s => s.uses ?? '')
      // uses: ./ needs the repository on disk first.
      expect(uses.indexOf('actions/checkout@v4')).toBeGreaterThanOrEqual(0)
      expect(uses.indexOf('actions/checkout@v4')).toBeLessThan(uses.indexOf('./'))
    }
  })
})
