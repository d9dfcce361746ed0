// `build-lab pin` (the bundled CLI) against a real docker-registry on 127.0.0.1: a tag that moves, an index, and each failure as one line.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { cli, execArgs, makeContext, requireEngine } from '../support/engine.js'
import { freePort, Registry } from '../support/registry.js'
import { type RegistryFront, startRegistryFront } from '../support/registry-front.js'
import { pushImage } from '../support/registry-images.js'

const registry = new Registry()
const fronts: RegistryFront[] = []
let multi = ''

interface PinJson {
  changed: boolean
  images: {
    status: string
    old: string | null
    current: string | null
    branch: string
    created: { old: string | null; current: string | null }
  }[]
}

/** Exactly one line on stderr, the CLI's error line, and no stack trace. */
function oneErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter(l => l !== '')
  expect(lines).toHaveLength(1)
  expect(stderr).not.toMatch(/\bat .*\.js:\d+/)
  return lines[0]!
}

beforeAll(async () => {
  requireEngine()
  await registry.start()
  multi = await pushImage(registry.ref('multi', '1'), 'multi\n', {
    platforms: ['linux/amd64', 'linux/arm64']
  })
})

afterAll(async () => {
  for (const f of fronts) await f.close()
  await registry.destroy()
})

describe('build-lab pin', () => {
  it('pins, checks fresh, then finds the pin stale when the tag moves, and builds from the pins', async () => {
    const first = await pushImage(registry.ref('app', 'stable'), 'first\n')
    const dockerfile = [
      '# the base moves; the tools image is multi-platform',
      `ARG TOOLS=${registry.ref('multi', '1')}`,
      `FROM ${registry.ref('app', 'stable')} AS base`,
      'FROM ${TOOLS} AS tools',
      'FROM base',
      'COPY --from=tools /content /tools-content',
      ''
    ].join('\n')
    const context = await makeContext({ Dockerfile: dockerfile })
    const file = path.join(context, 'Dockerfile')

    const unpinned = await cli(['pin', context, '--check'])
    expect(unpinned.code).toBe(1)
    expect(unpinned.stdout).toBe(
      [
        `${file}: FROM ${registry.ref('app', 'stable')} on line 3: unpinned`,
        `${file}: FROM \${TOOLS} on line 4 (from \`ARG TOOLS\` on line 2): unpinned`,
        ''
      ].join('\n')
    )
    expect(oneErrorLine(unpinned.stderr)).toBe(
      'build-lab: 2 of 2 image references are unpinned or stale: run `build-lab pin` to pin them'
    )
    expect(await fs.readFile(file, 'utf8')).toBe(dockerfile)

    const pinned = await cli(['pin', context])
    expect(pinned.code).toBe(0)
    expect(pinned.stderr).toBe('')
    expect(pinned.stdout).toBe(
      [
        `${file}: FROM ${registry.ref('app', 'stable')} on line 3: ${registry.ref('app', 'stable')} → ${registry.ref('app', 'stable')}@${first}`,
        `${file}: FROM \${TOOLS} on line 4 (from \`ARG TOOLS\` on line 2): ${registry.ref('multi', '1')} → ${registry.ref('multi', '1')}@${multi} (in the default of ARG TOOLS)`,
        `${file}: rewritten`,
        ''
      ].join('\n')
    )
    const text = await fs.readFile(file, 'utf8')
    expect(text).toBe(
      dockerfile
        .replace(
          `ARG TOOLS=${registry.ref('multi', '1')}`,
          `ARG TOOLS=${registry.ref('multi', '1')}@${multi}`
        )
        .replace(
          `FROM ${registry.ref('app', 'stable')} AS`,
          `FROM ${registry.ref('app', 'stable')}@${first} AS`
        )
    )
    // BuildKit takes the pinned references as written.
    const build = await execArgs('docker', [
      'buildx',
      'build',
      '--network',
      'none',
      '--output',
      'type=cacheonly',
      context
    ])
    expect(build.stderr).not.toContain('ERROR')
    expect(build.code).toBe(0)

    const fresh = await cli(['pin', context, '--check', '--platform', 'linux/amd64'])
    expect(fresh.stderr).toBe('')
    expect(fresh.code).toBe(0)
    expect(fresh.stdout).toContain(`on line 3: fresh (${first})`)

    const second = await pushImage(registry.ref('app', 'stable'), 'second\n')
    const stale = await cli(['pin', context, '--check'])
    expect(stale.code).toBe(1)
    expect(stale.stdout).toContain(
      `${file}: FROM ${registry.ref('app', 'stable')}@${first} on line 3: stale: pinned ${first}, the tag now points at ${second}\n`
    )
    expect(stale.stdout).toContain(`on line 4 (from \`ARG TOOLS\` on line 2): fresh (${multi})`)

    const bumped = await cli(['pin', context, '--json'])
    expect(bumped.code).toBe(0)
    const json = JSON.parse(bumped.stdout) as PinJson
    expect(json.changed).toBe(true)
    expect(json.images.map(i => [i.status, i.old, i.current])).toEqual([
      ['stale', first, second],
      ['fresh', multi, multi]
    ])
    expect(json.images[0]!.branch).toBe(`build-lab/pin/127.0.0.1-${registry.host.split(':')[1]}-app-stable`)
    // The created dates come from both config blobs, as imagetools reads them.
    const inspect = await execArgs('docker', [
      'buildx',
      'imagetools',
      'inspect',
      `${registry.ref('app', 'stable')}@${first}`,
      '--format',
      '{{json .Image}}'
    ])
    expect(json.images[0]!.created.old).toBe((JSON.parse(inspect.stdout) as { created: string }).created)
    expect(json.images[0]!.created.current).not.toBeNull()
    expect(await fs.readFile(file, 'utf8')).toContain(
      `FROM ${registry.ref('app', 'stable')}@${second} AS base`
    )

    const report = path.join(context, 'pin.json')
    await fs.writeFile(report, bumped.stdout)
    const body = await cli(['pin', '--pr-body', report])
    expect(body.code).toBe(0)
    expect(body.stdout).toContain(`| old | \`${first}\` |`)
    expect(body.stdout).toContain(`| new | \`${second}\` |`)
  })

  it('--only pins one image and leaves the others', async () => {
    const d = await pushImage(registry.ref('only', 'a'), 'only a\n')
    const context = await makeContext({
      Dockerfile: `FROM ${registry.ref('only', 'a')}\nFROM ${registry.ref('multi', '1')}\n`
    })
    const r = await cli(['pin', context, '--only', registry.ref('only', 'a')])
    expect(r.code).toBe(0)
    expect(await fs.readFile(path.join(context, 'Dockerfile'), 'utf8')).toBe(
      `FROM ${registry.ref('only', 'a')}@${d}\nFROM ${registry.ref('multi', '1')}\n`
    )
  })
})

describe('each failure is one line and exit 2', () => {
  async function failing(image: string, extra: string[] = []): Promise<string> {
    const context = await makeContext({ Dockerfile: `FROM ${image}\n` })
    const r = await cli(['pin', context, ...extra])
    expect(r.code).toBe(2)
    expect(await fs.readFile(path.join(context, 'Dockerfile'), 'utf8')).toBe(`FROM ${image}\n`)
    return oneErrorLine(r.stderr)
  }

  it('a missing tag', async () => {
    expect(await failing(registry.ref('app', 'nope'))).toBe(
      `build-lab: error: tag nope of ${registry.host}/app not found on registry ${registry.host} (404): check the name and tag, or push it`
    )
  })

  it('a platform the index does not have', async () => {
    expect(await failing(registry.ref('multi', '1'), ['--check', '--platform', 'linux/s390x'])).toBe(
      `build-lab: error: ${registry.host}/multi:1 has no linux/s390x image (it offers linux/amd64, linux/arm64): check --platform`
    )
  })

  it("a FROM's own --platform that the index does not have", async () => {
    const context = await makeContext({
      Dockerfile: `FROM --platform=linux/s390x ${registry.ref('multi', '1')}\n`
    })
    const r = await cli(['pin', context, '--check'])
    expect(r.code).toBe(2)
    expect(oneErrorLine(r.stderr)).toBe(
      `build-lab: error: ${registry.host}/multi:1 has no linux/s390x image (it offers linux/amd64, linux/arm64): check --platform`
    )
  })

  it('a registry that is down', async () => {
    const host = `127.0.0.1:${await freePort()}`
    expect(await failing(`${host}/app:1`, ['--check'])).toBe(
      `build-lab: error: registry ${host} is unreachable (ECONNREFUSED) for tag 1 of ${host}/app: check that it runs and that the address is right`
    )
  })

  it('a registry that answers 401', async () => {
    const f = await startRegistryFront(registry.host, { kind: 'fail', status: 401 })
    fronts.push(f)
    expect(await failing(`${f.host}/app:stable`)).toBe(
      `build-lab: error: the token service ${f.host} refused anonymous access to app (401): run \`docker login ${f.host}\`, or add credentials for it to the docker config (DOCKER_CONFIG or ~/.docker/config.json)`
    )
  })

  it('a registry that answers 500', async () => {
    const f = await startRegistryFront(registry.host, { kind: 'fail', status: 500 })
    fronts.push(f)
    expect(await failing(`${f.host}/app:stable`)).toBe(
      `build-lab: error: registry ${f.host} failed with 500 Internal Server Error for tag stable of ${f.host}/app: the registry is having trouble; try again later`
    )
  })

  it('usage: a bad --platform, and a --pr-body file that is not a pin report', async () => {
    expect(await failing(registry.ref('multi', '1'), ['--platform', 'linux'])).toBe(
      'build-lab: error: --platform "linux" is not os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8'
    )
    const context = await makeContext({ 'x.json': '{"images": 3}' })
    const r = await cli(['pin', '--pr-body', path.join(context, 'x.json')])
    expect(r.code).toBe(2)
    expect(oneErrorLine(r.stderr)).toBe(
      `build-lab: error: ${JSON.stringify(path.join(context, 'x.json'))}: .images must be an array (pass the output of \`build-lab pin --json\`)`
    )
  })
})

describe('token auth', () => {
  it('pins through a registry that wants a Bearer token', async () => {
    const f = await startRegistryFront(registry.host, { kind: 'bearer', token: 'cli-token' })
    fronts.push(f)
    const context = await makeContext({ Dockerfile: `FROM ${f.host}/multi:1\n` })
    const r = await cli(['pin', context])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(await fs.readFile(path.join(context, 'Dockerfile'), 'utf8')).toBe(
      `FROM ${f.host}/multi:1@${multi}\n`
    )
    expect(f.requests.filter(q => q.path.startsWith('/token'))).toHaveLength(1)
  })
})
