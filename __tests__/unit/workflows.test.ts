// The workflows parse, use inputs the action declares, and keep the jobs CI relies on.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'

const root = new URL('../../', import.meta.url)
const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as { inputs: Record<string, unknown> }

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: unknown
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>
}

const workflows = readdirSync(new URL('.github/workflows/', root))
  .filter(f => f.endsWith('.yml'))
  .map(f => [f, parse(readFileSync(new URL(`.github/workflows/${f}`, root), 'utf8')) as Workflow] as const)

describe('workflows', () => {
  it.each(workflows)('%s has jobs with steps', (_f, wf) => {
    expect(wf.on).toBeTruthy()
    for (const job of Object.values(wf.jobs)) {
      expect(job['runs-on']).toBeTruthy()
      expect(job.steps.length).toBeGreaterThan(0)
    }
  })

  it.each(workflows)('%s passes the local action only inputs it declares', (_f, wf) => {
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps.filter(s => s.uses === './')) {
        for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name)
      }
    }
  })

  it('ci runs lint, the tests and the action itself after setup-buildx', () => {
    const ci = workflows.find(([f]) => f === 'ci.yml')?.[1]
    expect(ci).toBeDefined()
    const runs = Object.values(ci!.jobs).flatMap(j => j.steps.map(s => s.run ?? ''))
    expect(runs).toEqual(expect.arrayContaining(['npm run lint', 'npm test']))
    const selfTest = ci!.jobs['self-test'].steps.map(s => s.uses ?? '')
    expect(selfTest.indexOf('./')).toBeGreaterThan(
      selfTest.findIndex(u => u.startsWith('docker/setup-buildx-action'))
    )
  })

  it('check-dist rebuilds the bundle and fails on a difference', () => {
    const steps = workflows.find(([f]) => f === 'check-dist.yml')?.[1].jobs['check-dist'].steps ?? []
    expect(steps.map(s => s.run ?? '').join('\n')).toMatch(
      /npm run package[\s\S]*git status --porcelain -- dist/
    )
  })
})
