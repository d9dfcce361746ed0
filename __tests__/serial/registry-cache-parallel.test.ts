// Many builders, one registry cache: parallel gates on different branches and keys against one docker-registry on 127.0.0.1.
// Serial project: each round starts from a pruned daemon (a fresh runner); the gates of a round share the daemon and never prune.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { PushTrap } from '../support/push-trap.js'
import { makeContext, oldestBuildx, requireEngine } from '../support/engine.js'
import { Registry } from '../support/registry.js'
import {
  type Branch,
  DOCKERFILE,
  type GateReport,
  prune,
  registryGate,
  warnings
} from '../support/registry-gate.js'

const registry = new Registry()
const REPO = 'cache'
let root: string
let nonce: string
/** the gates' equality: `content` on the oldest engine (see oldestBuildx), else the default digest */
let equality: Record<string, string> = {}

/** A context: the same files give the same key in every round of this test file. */
async function contextOf(lock: string, source: string): Promise<string> {
  return makeContext({
    Dockerfile: DOCKERFILE,
    'package-lock.json': `${lock}\n`,
    'src/main.txt': `${source}\n`,
    '.nonce': nonce
  })
}

interface Planned {
  name: string
  branch: Branch
  lock: string
  source: string
  salt?: string
}

async function runAll(
  planned: readonly Planned[],
  ref: (p: Planned) => string = () => `${registry.host}/${REPO}`
): Promise<Map<string, Awaited<ReturnType<typeof registryGate>>>> {
  const contexts = await Promise.all(planned.map(p => contextOf(p.lock, p.source)))
  const runs = await Promise.all(
    planned.map((p, i) =>
      registryGate(contexts[i]!, ref(p), p.branch, path.join(root, `runner-${p.name}-${Date.now()}`), {
        ...equality,
        ...(p.salt ? { 'build-args': `SALT=${p.salt}` } : {})
      })
    )
  )
  return new Map(planned.map((p, i) => [p.name, runs[i]!]))
}

function cacheOf(runs: Map<string, { report: GateReport }>, name: string): GateReport['cache'] {
  const run = runs.get(name)
  if (run === undefined) throw new Error(`no run ${name}`)
  return run.report.cache
}

beforeAll(async () => {
  requireEngine()
  if (await oldestBuildx()) equality = { equality: 'content' }
  await registry.start()
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-registry-parallel-'))
  nonce = `${Date.now()}-${Math.random()}`
})

afterAll(async () => {
  await registry.destroy()
  await fs.rm(root, { recursive: true, force: true })
})

describe('parallel gates on four branches, one registry cache', () => {
  let seeded: Map<string, string | null>
  let mainWritten: string[] = []
  let round: Map<string, Awaited<ReturnType<typeof registryGate>>>

  it('seed: one run on main writes the shared scope', async () => {
    await prune()
    const runs = await runAll([{ name: 'seed', branch: { push: 'main' }, lock: 'lock v1', source: 'src v1' }])
    mainWritten = [...cacheOf(runs, 'seed').written]
    expect(mainWritten).toHaveLength(3)
    seeded = await registry.digests(REPO)
    expect([...seeded.keys()].sort()).toEqual([...mainWritten].sort())
  })

  it('five gates at once (two of them race on one new key): each hits the level it should', async () => {
    await prune()
    round = await runAll([
      // a source edit on main: main's lockfile level; writes main's new exact tag
      { name: 'main-edit', branch: { push: 'main' }, lock: 'lock v1', source: 'src v2' },
      // the same commit built by a second job at the same time: both push the same new key
      { name: 'main-edit-twin', branch: { push: 'main' }, lock: 'lock v1', source: 'src v2' },
      // a PR at main's seeded commit: main's exact tag; writes nothing
      { name: 'pr-a', branch: { head: 'feature/a', base: 'main' }, lock: 'lock v1', source: 'src v1' },
      // a PR with a lockfile change: main's definition level; writes its own exact and lockfile tags
      { name: 'pr-b', branch: { head: 'feature/b', base: 'main' }, lock: 'lock v2', source: 'src v1' },
      // a PR into a release branch with a new build arg: a miss in all three scopes; writes three tags of its own
      {
        name: 'pr-c',
        branch: { head: 'feature/c', base: 'release' },
        lock: 'lock v1',
        source: 'src v1',
        salt: 'c'
      }
    ])
    const expected: Record<string, [string | null, string | null, number]> = {
      'main-edit': ['lockfiles', 'main', 1],
      'main-edit-twin': ['lockfiles', 'main', 1],
      'pr-a': ['sources', 'main', 0],
      'pr-b': ['definition', 'main', 2],
      'pr-c': [null, null, 3]
    }
    for (const [name, [level, scope, writes]] of Object.entries(expected)) {
      const cache = cacheOf(round, name)
      expect({
        name,
        level: cache.matchedLevel,
        scope: cache.matchedScope,
        writes: cache.written.length
      }).toEqual({
        name,
        level,
        scope,
        writes
      })
    }
    expect(cacheOf(round, 'pr-c').readScopes).toEqual([cacheOf(round, 'pr-c').scope, 'release', 'main'])
  }, 900_000)

  it('the verdicts are unchanged and no run warned', () => {
    for (const [name, { run, report }] of round) {
      expect({ name, reproducible: report.reproducible, warnings: warnings(run) }).toEqual({
        name,
        reproducible: true,
        warnings: []
      })
    }
  })

  it('no tag that existed was overwritten; the racing twins left one tag', async () => {
    const after = await registry.digests(REPO)
    for (const [tag, digest] of seeded) expect({ tag, digest: after.get(tag) }).toEqual({ tag, digest })
    const twin = cacheOf(round, 'main-edit').written
    expect(cacheOf(round, 'main-edit-twin').written).toEqual(twin)
    expect(after.get(twin[0]!)).toMatch(/^sha256:/)
  })

  it("a PR's cache never becomes main's: main's scope holds only what runs on main wrote", async () => {
    const tags = await registry.tags(REPO)
    const mainTags = tags.filter(t => t.startsWith('main-'))
    expect(mainTags.sort()).toEqual([...mainWritten, ...cacheOf(round, 'main-edit').written].sort())
    for (const name of ['pr-a', 'pr-b', 'pr-c']) {
      const cache = cacheOf(round, name)
      expect(cache.scope).not.toBe('main')
      for (const tag of cache.written) expect(tag.startsWith(`${cache.scope}-`)).toBe(true)
    }
  })

  it("the PR's next run reads its own scope first: the exact tag it wrote", async () => {
    await prune()
    const runs = await runAll([
      { name: 'pr-b-again', branch: { head: 'feature/b', base: 'main' }, lock: 'lock v2', source: 'src v1' }
    ])
    const cache = cacheOf(runs, 'pr-b-again')
    expect({ level: cache.matchedLevel, scope: cache.matchedScope }).toEqual({
      level: 'sources',
      scope: cacheOf(round, 'pr-b').scope
    })
    expect(cache.written).toEqual([])
    expect(runs.get('pr-b-again')!.report.runs[0]!.cachedSteps).toBe(5)
  })
})

describe('the registry killed mid-push', () => {
  it('four gates, each held inside its cache push when the registry dies: all pass, one warning each', async () => {
    const before = await registry.digests(REPO)
    const planned: Planned[] = ['k1', 'k2', 'k3', 'k4'].map((name, i) => ({
      name,
      branch: i === 0 ? { push: 'main' } : { head: `kill/${name}`, base: 'main' },
      lock: 'lock v1',
      source: 'src v1',
      salt: `kill-${name}`
    }))
    const traps = new Map(planned.map(p => [p.name, new PushTrap(registry.host)]))
    for (const trap of traps.values()) await trap.start()
    // Once every gate has started a blob upload, the registry goes and every proxy refuses connections.
    // A bound against a hang if some gate never pushes (the assertion below then fails): not a timing assertion.
    let bound: ReturnType<typeof setTimeout> | undefined
    const allTripped = Promise.all([...traps.values()].map(t => t.tripped)).then(() => true)
    const sprung = Promise.race([
      allTripped,
      new Promise<boolean>(r => (bound = setTimeout(() => r(false), 240_000)))
    ]).then(async every => {
      clearTimeout(bound)
      await registry.stop()
      for (const trap of traps.values()) await trap.spring()
      return every
    })
    await prune()
    let runs
    try {
      runs = await runAll(planned, p => `${traps.get(p.name)!.host}/${REPO}`)
      expect(await sprung).toBe(true)
    } finally {
      clearTimeout(bound)
      for (const trap of traps.values()) await trap.spring()
      await registry.start()
    }
    for (const [name, { run, report }] of runs) {
      const lines = warnings(run)
      expect({ name, reproducible: report.reproducible, warnings: lines.length }).toEqual({
        name,
        reproducible: true,
        warnings: 1
      })
      expect(lines[0]).toMatch(/registry cache export to .* did not land/)
      expect(report.cache.written).toEqual([])
    }
    // Back up with the same storage: every tag from before is there, unchanged.
    const after = await registry.digests(REPO)
    for (const [tag, digest] of before) expect({ tag, digest: after.get(tag) }).toEqual({ tag, digest })
  }, 900_000)
})
