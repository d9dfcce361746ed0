// Engine facts on the two engines CI runs (recorded output), and the BuildKit version's sources.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  type EngineFacts,
  type EngineInfo,
  describeEngine,
  engineInfo,
  epochCacheNote,
  parseBuildxInspect,
  parseBuildxVersion,
  workdirKeyedByEpoch
} from '../../src/core/buildkit/engine-check.js'

const FIXTURES = new URL('./fixtures/engine/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')

/** The facts the adapter collects, from the recorded output of one engine. */
function recorded(flavour: 'current' | 'oldest'): EngineFacts {
  const inspect = parseBuildxInspect(read(`buildx-inspect.${flavour}.txt`))
  return {
    dockerVersion: read(`dockerd-version.${flavour}.txt`).trim(),
    buildxVersion: parseBuildxVersion(read(`buildx-version.${flavour}.txt`)),
    buildkitReported: inspect.buildkit,
    driver: inspect.driver,
    containerdStore: true,
    host: 'unix:///tmp/engine/docker.sock'
  }
}

describe('the recorded engines', () => {
  it.each([
    ['current', '28.5.2+dfsg4', '0.29.1+ds1', '0.25'],
    ['oldest', '26.1.5+dfsg1', '0.13.1+ds1', '0.13']
  ] as const)(
    '%s: Debian reports BuildKit v0.0.0+unknown, so it is inferred from dockerd',
    (f, dockerd, buildx, bk) => {
      const facts = recorded(f)
      expect(facts).toMatchObject({
        dockerVersion: dockerd,
        buildxVersion: buildx,
        buildkitReported: 'v0.0.0+unknown',
        driver: 'docker'
      })
      expect(engineInfo(facts)).toEqual({
        docker: dockerd,
        buildx,
        buildkit: bk,
        buildkitSource: 'inferred',
        driver: 'docker'
      })
      expect(describeEngine(engineInfo(facts), facts.buildkitReported)).toBe(
        `engine: dockerd ${dockerd}, buildx ${buildx}, BuildKit ${bk} (inferred from dockerd ${dockerd}: the builder reports v0.0.0+unknown), driver docker`
      )
    }
  )
})

describe('the BuildKit version', () => {
  const base = recorded('current')

  it.each<[string, Partial<EngineFacts>, string | null, EngineInfo['buildkitSource']]>([
    [
      'reported by a docker-container builder',
      { driver: 'docker-container', buildkitReported: 'v0.26.1' },
      '0.26.1',
      'reported'
    ],
    [
      'reported by the docker driver of an upstream build',
      { buildkitReported: 'v0.25.2' },
      '0.25.2',
      'reported'
    ],
    [
      'reported, wins over the dockerd version',
      { dockerVersion: '26.1.5', buildkitReported: 'v0.19.0' },
      '0.19.0',
      'reported'
    ],
    ['inferred: dockerd 28.5', {}, '0.25', 'inferred'],
    ['inferred: dockerd 28.2.2', { dockerVersion: '28.2.2' }, '0.22', 'inferred'],
    ['inferred: dockerd 28.1', { dockerVersion: '28.1.1' }, '0.21', 'inferred'],
    ['inferred: dockerd 28.0', { dockerVersion: '28.0.4' }, '0.20', 'inferred'],
    ['inferred: dockerd 29', { dockerVersion: '29.1.0' }, '0.26', 'inferred'],
    ['inferred: dockerd 27', { dockerVersion: '27.5.1' }, '0.14', 'inferred'],
    ['inferred: dockerd 26', { dockerVersion: '26.1.5+dfsg1' }, '0.13', 'inferred'],
    ['not inferred for another driver', { driver: 'remote' }, null, 'unknown'],
    ['not inferred from a dockerd older than the table', { dockerVersion: '20.10.24' }, null, 'unknown'],
    ['unknown when buildx reports nothing', { buildkitReported: null, dockerVersion: 'dev' }, null, 'unknown']
  ])('%s', (_name, change, buildkit, source) => {
    expect(engineInfo({ ...base, ...change })).toMatchObject({ buildkit, buildkitSource: source })
  })

  it('says where the version came from', () => {
    const reported = { ...base, driver: 'docker-container', buildkitReported: 'v0.26.1' }
    expect(describeEngine(engineInfo(reported), 'v0.26.1')).toBe(
      'engine: dockerd 28.5.2+dfsg4, buildx 0.29.1+ds1, BuildKit 0.26.1 (reported by the builder), driver docker-container'
    )
    const unknown = { ...base, driver: 'remote', buildkitReported: null }
    expect(describeEngine(engineInfo(unknown), null)).toBe(
      'engine: dockerd 28.5.2+dfsg4, buildx 0.29.1+ds1, BuildKit version unknown (the builder reports no version), driver remote'
    )
  })
})

describe('the epoch and the cache', () => {
  const info = (buildkit: string | null): EngineInfo => ({
    docker: '28.5.2',
    buildx: '0.29.1',
    buildkit,
    buildkitSource: buildkit === null ? 'unknown' : 'reported',
    driver: 'docker'
  })

  it.each([
    ['0.13', false],
    ['0.21.3', false],
    ['0.22', true],
    ['0.25', true],
    [null, null]
  ] as const)('BuildKit %s keys WORKDIR by the epoch: %s', (buildkit, keyed) => {
    expect(workdirKeyedByEpoch(info(buildkit))).toBe(keyed)
  })

  it('says nothing for the default epoch 0', () => {
    expect(epochCacheNote(info('0.25'), 0)).toBeNull()
    expect(epochCacheNote(info('0.13'), 0)).toBeNull()
  })

  it('names what this engine does with another epoch', () => {
    expect(epochCacheNote(info('0.25'), 1700000000)).toBe(
      "epoch 1700000000 on BuildKit 0.25: WORKDIR is keyed by the epoch (moby/buildkit#5960), so steps from a stage's first WORKDIR on reuse only cache built with this same epoch; before it, layers reused from a cache built before the epoch keep their older times (moby/buildkit#4748), so a cache older than the epoch makes run 1 differ from run 2; the default epoch 0 avoids it"
    )
    expect(epochCacheNote(info('0.13'), 1700000000)).toBe(
      'epoch 1700000000 on BuildKit 0.13: layers reused from a cache built before the epoch keep their older times (moby/buildkit#4748), so a cache older than the epoch makes run 1 differ from run 2; the default epoch 0 avoids it'
    )
    expect(epochCacheNote(info(null), 5)).toMatch(/^epoch 5 on this BuildKit: layers reused/)
  })
})
