// The catalogue on the real engine: ordinary Dockerfiles, and the owner, cause, fix and members the gate names.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { FileDiff, Finding } from '../../src/core/diff/types.js'
import { NODE_IMAGE, cli, makeContext, requireEngine } from '../support/engine.js'

const DEBIAN = 'build-lab/debian:local'

interface GateJson {
  reproducible: boolean
  diff: { files: FileDiff[]; findings?: Finding[] } | null
}

async function gate(
  context: string,
  format: 'json' | 'text' = 'json'
): Promise<{ code: number; out: string }> {
  const r = await cli(['gate', context, '--network', 'host', '--format', format])
  if (r.code === 2) throw new Error(`gate failed to run:\n${r.stderr}`)
  return { code: r.code, out: r.stdout }
}

async function findings(context: string): Promise<{ json: GateJson; findings: Finding[] }> {
  const { code, out } = await gate(context)
  const json = JSON.parse(out) as GateJson
  expect(code).toBe(1)
  return { json, findings: json.diff?.findings ?? [] }
}

function one(list: Finding[], id: string): Finding {
  const f = list.find(x => x.id === id)
  if (f === undefined) throw new Error(`no ${id} finding in ${JSON.stringify(list.map(x => x.id))}`)
  return f
}

beforeAll(() => {
  requireEngine()
})

describe('diagnosis of ordinary Dockerfiles on the real engine', () => {
  it('names apt as the owner of its lists, caches and logs, with one rm in the same RUN', async () => {
    const ctx = await makeContext(
      { Dockerfile: `FROM ${DEBIAN}\nRUN apt-get update && apt-get install -y jq\n` },
      { nonce: true }
    )
    const { json, findings: list } = await findings(ctx)
    const apt = one(list, 'apt-state')
    expect(apt).toMatchObject({ owner: 'apt', cause: 'leftover', line: 2 })
    expect(apt.files).toBeGreaterThanOrEqual(4)
    expect(apt.fix).toContain('append `&& rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin')
    expect(apt.fix).toContain('to Dockerfile:2')
    expect(apt.examples.slice(0, 2)).toEqual(expect.arrayContaining(['var/log/dpkg.log']))
    // Every differing file is apt's (ldconfig's cache, run by dpkg's trigger, folds into the same fix).
    expect(list.map(f => f.id)).toEqual(['apt-state'])
    const files = json.diff?.files ?? []
    expect(files.find(f => f.path === 'var/cache/apt/pkgcache.bin')).toMatchObject({
      owner: 'apt',
      cause: 'leftover'
    })
    const aux = files.find(f => f.path === 'var/cache/ldconfig/aux-cache')
    if (aux !== undefined) {
      expect(aux).toMatchObject({ owner: 'ldconfig', finding: 'apt-state' })
      expect(apt.fix).toContain('/var/cache/ldconfig/aux-cache')
    }
    const text = await gate(ctx, 'text')
    expect(text.out).toContain("apt: apt's package lists, caches and logs are left in the image  [leftover]")
    expect(text.out).toContain('fix: append `&& rm -rf /var/lib/apt/lists/*')
    expect(text.out).not.toContain('compare the two files by hand')
  }, 600_000)

  it("names npm's cache and logs once, with the debug log as the first evidence", async () => {
    const ctx = await makeContext(
      {
        Dockerfile: `FROM ${NODE_IMAGE}\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n`,
        'package.json': JSON.stringify({
          name: 'tiny',
          version: '1.0.0',
          private: true,
          dependencies: { ms: '2.1.3' }
        }),
        'package-lock.json': NPM_LOCK
      },
      { nonce: true }
    )
    const { json, findings: list } = await findings(ctx)
    const npm = one(list, 'npm-cache')
    expect(npm).toMatchObject({ owner: 'npm', cause: 'leftover', line: 4 })
    expect(npm.fix).toContain('`RUN --mount=type=cache,target=/root/.npm npm ci` at Dockerfile:4')
    expect(npm.examples[0]).toMatch(/^root\/\.npm\/_logs\/.*-debug-0\.log$/)
    expect(json.diff?.files[0]?.path).toMatch(/^root\/\.npm\/_logs\/.*-debug-0\.log$/)
    expect(list.filter(f => f.owner === 'npm')).toHaveLength(1)
  }, 600_000)

  it('names the gzip header, a tar member mtime inside an archive, and a tar inside a tar.gz', async () => {
    const ctx = await makeContext(
      {
        Dockerfile: [
          `FROM ${DEBIAN}`,
          'COPY index.html /srv/index.html',
          'RUN gzip -k /srv/index.html',
          'COPY app /src/app',
          'RUN cd /src && tar -cf /opt/app-bundle.tar app && gzip -k /opt/app-bundle.tar',
          ''
        ].join('\n'),
        'index.html': '<h1>hi</h1>\n',
        'app/VERSION': '1.0\n',
        'app/run.sh': 'echo hi\n'
      },
      { nonce: true }
    )
    const { json, findings: list } = await findings(ctx)
    const gz = one(list, 'gzip-header')
    expect(gz).toMatchObject({ owner: 'gzip', line: 3 })
    expect(gz.fix).toContain('`gzip -n`')
    expect(gz.members).toEqual(['srv/index.html.gz (gzip header): mtime'])
    const tar = one(list, 'tar-members')
    expect(tar).toMatchObject({ owner: 'tar', line: 5, files: 2 })
    expect(tar.fix).toContain(
      'tar --sort=name --mtime=@$SOURCE_DATE_EPOCH --owner=0 --group=0 --numeric-owner'
    )
    expect(tar.members).toEqual(expect.arrayContaining(['opt/app-bundle.tar → app/VERSION: mtime']))
    const bundle = json.diff?.files.find(f => f.path === 'opt/app-bundle.tar.gz')
    expect(bundle?.archive?.format).toBe('tar.gz')
    expect(bundle?.archive?.members.map(m => m.path)).toEqual(
      expect.arrayContaining(['app/VERSION', 'app/run.sh'])
    )
  }, 600_000)

  it('names temp names left behind by mktemp, with a glob to remove them', async () => {
    const ctx = await makeContext(
      { Dockerfile: `FROM ${DEBIAN}\nRUN d=$(mktemp -d /tmp/build.XXXXXX) && echo x > $d/out && mktemp\n` },
      { nonce: true }
    )
    const { findings: list } = await findings(ctx)
    const tmp = one(list, 'tempdir')
    expect(tmp).toMatchObject({ owner: 'tempdir', cause: 'random', line: 2, files: 6 })
    expect(tmp.fix).toContain('append `&& rm -rf /tmp/build.* /tmp/tmp.*` to Dockerfile:2')
    expect(list).toHaveLength(1)
  }, 600_000)

  it('names a .pyc that records the source mtime, with SOURCE_DATE_EPOCH as the fix that works', async () => {
    const install =
      'RUN apt-get update && apt-get install -y --no-install-recommends python3-minimal && rm -rf /var/lib/apt/lists/* /var/cache/apt /var/log/apt /var/log/dpkg.log /var/log/alternatives.log /var/cache/ldconfig/aux-cache /var/cache/debconf/*-old /var/lib/dpkg/*-old'
    const files = {
      Dockerfile: `FROM ${DEBIAN}\n${install}\nCOPY app.py /app/app.py\nRUN python3 -m py_compile /app/app.py\n`,
      'app.py': 'print("hi")\n'
    }
    const ctx = await makeContext(files, { nonce: true })
    const { findings: list } = await findings(ctx)
    const pyc = one(list, 'python-pyc')
    expect(pyc).toMatchObject({ owner: 'python', cause: 'checkout-mtimes', line: 4 })
    expect(pyc.evidence).toMatch(/source mtime in the \.pyc header/)
    expect(pyc.fix).toContain('declare `ARG SOURCE_DATE_EPOCH` before Dockerfile:4')
    // The fix as given: with the build arg in the environment, py_compile writes a checked-hash .pyc.
    const fixed = path.join(ctx, 'Dockerfile')
    await fs.writeFile(
      fixed,
      `FROM ${DEBIAN}\n${install}\nCOPY app.py /app/app.py\nARG SOURCE_DATE_EPOCH\nRUN python3 -m py_compile /app/app.py\n`
    )
    expect((await gate(ctx)).code).toBe(0)
  }, 900_000)

  it('names a warm COPY that re-adds files of a cached lower layer, and COPY --link passes', async () => {
    const dockerfile = (link: boolean): string =>
      [
        `FROM ${NODE_IMAGE}`,
        'WORKDIR /app',
        'COPY package.json package-lock.json ./',
        'RUN --mount=type=cache,target=/root/.npm npm ci && rm -rf /root/.npm/_logs',
        `COPY ${link ? '--link ' : ''}. /app`,
        ''
      ].join('\n')
    const files = {
      Dockerfile: dockerfile(false),
      'package.json': JSON.stringify({
        name: 'tiny',
        version: '1.0.0',
        private: true,
        dependencies: { ms: '2.1.3' }
      }),
      'package-lock.json': NPM_LOCK,
      'index.js': 'console.log("one")\n',
      '.dockerignore': 'node_modules\n'
    }
    const ctx = await makeContext(files, { nonce: true })
    await gate(ctx)
    // A one-line source edit: the lower layers come from the cache, the last COPY runs again.
    await fs.writeFile(path.join(ctx, 'index.js'), 'console.log("two")\n')
    const { json, findings: list } = await findings(ctx)
    const copy = one(list, 'copy-over-cache')
    expect(copy).toMatchObject({ owner: 'buildkit', line: 5 })
    expect(copy.fix).toContain('use `COPY --link . /app` at Dockerfile:5')
    expect(copy.examples).toEqual(expect.arrayContaining(['app/package.json']))
    expect(json.diff?.files.some(f => f.hint.includes('compare the two files by hand'))).toBe(false)
    await fs.writeFile(path.join(ctx, 'Dockerfile'), dockerfile(true))
    await gate(ctx)
    await fs.writeFile(path.join(ctx, 'index.js'), 'console.log("three")\n')
    expect((await gate(ctx)).code).toBe(0)
  }, 900_000)
})

/** The lockfile of one dependency (ms 2.1.3), as npm 11 writes it. */
const NPM_LOCK = `${JSON.stringify(
  {
    name: 'tiny',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'tiny', version: '1.0.0', dependencies: { ms: '2.1.3' } },
      'node_modules/ms': {
        version: '2.1.3',
        integrity:
          'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==',
        license: 'MIT'
      }
    }
  },
  null,
  2
)}\n`
