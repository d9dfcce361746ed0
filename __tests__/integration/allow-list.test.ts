// The allow-list on the real engine: a build log stamped with the clock passes with --ignore, and
// a random file outside the list still fails.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import { BUSYBOX, cli, makeContext, requireEngine } from '../support/engine.js'

const BASE = ['--build-arg', `BASE=${BUSYBOX}`, '--network', 'none']
const STAMPED = `ARG BASE
FROM \${BASE}
RUN mkdir -p /var/log /etc/app && date > /var/log/build.log && echo 'port=8080' > /etc/app/app.conf
`

interface AllowJson {
  reproducible: boolean
  reason: string
  allowList?: {
    passed: boolean
    reason: string
    allowed: { glob: string; reason: string | null; files: string[] }[]
    outside: string[]
  }
}

beforeAll(() => {
  requireEngine()
})

describe('gate --ignore', () => {
  let stamped: string
  beforeAll(async () => {
    stamped = await makeContext({ Dockerfile: STAMPED })
  })

  it('fails on the clock-stamped log without an allow-list', async () => {
    const r = await cli(['gate', stamped, ...BASE])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^FAIL {2}not reproducible\n/)
    expect(r.stdout).toContain('var/log/build.log')
    expect(r.stdout).not.toContain('allowed')
  })

  it('passes with --ignore var/log/**, with the warning and the listing, and no claim of equal digests', async () => {
    const r = await cli(['gate', stamped, ...BASE, '--ignore', 'var/log/** # build log'])
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toBe('WARN  reproducible except 1 allowed path (var/log/**)')
    expect(lines[1]).toMatch(/^ {2}digests differ: run 1 [0-9a-f]{12}, run 2 [0-9a-f]{12}$/)
    expect(r.stdout).toContain('  allowed  var/log/** (build log): 1 files\n    var/log/build.log\n')
  })

  it('still fails when a random file outside the list differs too, and names it', async () => {
    const context = await makeContext({
      Dockerfile: `${STAMPED}RUN head -c 16 /dev/urandom | od -An -tx1 > /etc/app/instance-id\n`
    })
    const r = await cli(['gate', context, ...BASE, '--format', 'json', '--ignore', 'var/log/**'])
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout) as AllowJson
    expect(json.reproducible).toBe(false)
    expect(json.allowList).toEqual({
      passed: false,
      reason: 'not reproducible: 1 differing file outside the list; 1 allowed path (var/log/**)',
      allowed: [{ glob: 'var/log/**', reason: null, files: ['var/log/build.log'] }],
      outside: ['etc/app/instance-id']
    })

    // build-lab diff on the two kept layouts applies the same list: one more glob lets it pass.
    const kept = /layouts kept in (\S+) \(run1\/, run2\/\)/.exec(r.stderr)?.[1]
    expect(kept).toBeDefined()
    const layouts = [`${kept}/run1`, `${kept}/run2`]
    const fail = await cli(['diff', ...layouts, '--ignore', 'var/log/**'])
    expect(fail.code).toBe(1)
    expect(fail.stdout).toContain(
      'Allow-list: not reproducible: 1 differing file outside the list; 1 allowed path (var/log/**).'
    )
    const pass = await cli([
      'diff',
      ...layouts,
      '--ignore',
      'var/log/**',
      '--ignore',
      'etc/app/instance-id # id'
    ])
    expect(pass.code).toBe(0)
    expect(pass.stdout).toContain(
      'Allow-list: reproducible except 2 allowed paths (var/log/**, etc/app/instance-id).\n' +
        '  allowed var/log/**: var/log/build.log\n  allowed etc/app/instance-id (id): etc/app/instance-id\n'
    )
    await fs.rm(kept ?? '', { recursive: true, force: true })
  })

  it('refuses a glob that climbs out of the image root, in one line, with exit 2', async () => {
    const r = await cli(['gate', stamped, ...BASE, '--ignore', '../etc/**'])
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('--ignore "../etc/**" is not a path glob')
  })
})
