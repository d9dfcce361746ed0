// The one BuildPlan builder that the gate, the lab and record mode share.
import { describe, expect, it } from '@jest/globals'
import { buildPlan } from '../../src/build/request.js'

const request = {
  target: 'app',
  buildArgs: [{ name: 'A', value: '1' }],
  platforms: ['linux/amd64'],
  network: 'none' as const,
  provenance: true,
  secrets: [{ id: 'npm', from: 'env' as const, source: 'NPM_TOKEN' }]
}

describe('buildPlan', () => {
  it('carries the request, the resolved Dockerfile and epoch, and the builder the engine check found', () => {
    const plan = buildPlan(request, {
      dockerfile: '/ctx/Dockerfile',
      epoch: 42,
      engine: { builder: 'ci', dockerContext: 'remote' }
    })
    expect(plan).toEqual({
      dockerfile: '/ctx/Dockerfile',
      target: 'app',
      buildArgs: [{ name: 'A', value: '1' }],
      platforms: ['linux/amd64'],
      network: 'none',
      epoch: 42,
      provenance: true,
      secrets: request.secrets,
      builder: 'ci',
      dockerContext: 'remote'
    })
  })

  it('defaults what the engine did not name to the current builder, and takes the overrides', () => {
    const plan = buildPlan(
      { ...request, secrets: undefined },
      { dockerfile: 'Dockerfile', epoch: 0, engine: {} },
      { provenance: false, pull: true }
    )
    expect(plan.builder).toBeNull()
    expect(plan.dockerContext).toBeNull()
    expect(plan.secrets).toEqual([])
    expect(plan.provenance).toBe(false)
    expect(plan.pull).toBe(true)
    expect('pull' in buildPlan(request, { dockerfile: 'D', epoch: 0, engine: {} })).toBe(false)
  })
})
