import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { ALL_ENTRIES, CATALOGUE, recognise, tempGlob, type Candidate } from '../../src/core/diff/catalogue.js'
import { diffImages, renderDiffMarkdown, renderDiffText } from '../../src/core/diff/index.js'
import type { Change } from '../../src/core/diff/types.js'
import { makeImage, makeTar, type FixtureEntry } from './fixtures/diff/tar-writer.js'
import { xorshiftBytes } from './fixtures/diff/noise.js'
import { makeZip } from './fixtures/diff/zip-writer.js'

const content: Change[] = ['content']

function candidate(path: string, extra: Partial<Candidate> = {}): Candidate {
  return { path, changes: content, cause: 'unknown', ...extra }
}

/** A Go binary's first bytes: the ELF magic and the Go build-ID note. */
function goElf(id: string): Buffer {
  const b = Buffer.alloc(256)
  b.write('\x7fELF', 0, 'latin1')
  b.write('\x04\x00\x00\x00\x53\x00\x00\x00\x04\x00\x00\x00Go\x00\x00', 0x100 - 64, 'latin1')
  b.write(id, 0x100 - 44, 'latin1')
  return b
}

function pyc(mtime: number): Buffer {
  const b = Buffer.alloc(32)
  b.writeUInt32LE(0x0a0d0da7, 0)
  b.writeUInt32LE(0, 4)
  b.writeUInt32LE(mtime, 8)
  b.writeUInt32LE(12, 12)
  return b
}

describe('recognise', () => {
  it.each<[string, Candidate, string, string?]>([
    ['apt lists', candidate('var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease'), 'apt-state'],
    ['apt binary cache', candidate('var/cache/apt/srcpkgcache.bin'), 'apt-state'],
    ['dpkg log', candidate('var/log/dpkg.log', { cause: 'clock' }), 'apt-state'],
    ['debconf backup', candidate('var/cache/debconf/templates.dat-old'), 'apt-state'],
    ['dpkg status backup', candidate('var/lib/dpkg/status-old'), 'apt-state'],
    [
      'ldconfig aux-cache',
      candidate('var/cache/ldconfig/aux-cache', { cause: 'random' }),
      'ldconfig-aux-cache'
    ],
    ['man-db index', candidate('var/cache/man/index.db'), 'man-db-cache'],
    [
      'fontconfig cache',
      candidate('var/cache/fontconfig/3830d5c3ddfd5cd38a049b759396e72e-le64.cache-8'),
      'fontconfig-cache'
    ],
    [
      'npm log',
      candidate('root/.npm/_logs/2026-12-01T22_14_03_522Z-debug-0.log', { changes: ['added'] }),
      'npm-cache',
      'root/.npm'
    ],
    [
      'npm cache of a user',
      candidate('home/node/.npm/_cacache/index-v5/17/b4/46a3'),
      'npm-cache',
      'home/node/.npm'
    ],
    [
      'yarn v1 cache',
      candidate('usr/local/share/.cache/yarn/v6/npm-ms-2.1.3-integrity/node_modules/ms/.yarn-metadata.json'),
      'yarn-cache'
    ],
    ['yarn berry install state', candidate('app/.yarn/install-state.gz'), 'yarn-cache'],
    ['pnpm store', candidate('root/.local/share/pnpm/store/v3/files/00/abc-index.json'), 'pnpm-store'],
    ['pnpm modules state', candidate('app/node_modules/.modules.yaml', { cause: 'clock' }), 'pnpm-store'],
    ['pip cache', candidate('root/.cache/pip/http-v2/a/b/c/d/e/abcdef'), 'pip-cache'],
    [
      'pyc with a source mtime',
      candidate('app/__pycache__/m.cpython-311.pyc', { a: pyc(1_700_000_000), b: pyc(1_750_000_000) }),
      'python-pyc'
    ],
    ['temp dir', candidate('tmp/build.L5pj0c/out', { changes: ['added'] }), 'tempdir'],
    ['var/tmp file', candidate('var/tmp/tmp.oKzEiJFp04', { changes: ['removed'] }), 'tempdir'],
    ['go binary', candidate('usr/local/bin/app', { a: goElf('abc'), b: goElf('def') }), 'go-build'],
    ['go build cache', candidate('root/.cache/go-build/trim.txt'), 'go-cache'],
    ['bundle with a date', candidate('app/dist/main.js', { cause: 'clock' }), 'js-bundle-date'],
    ['hashed bundle name', candidate('app/dist/main.3f9a1c2b.js', { changes: ['added'] }), 'js-bundle-date'],
    [
      'shadow',
      candidate('etc/shadow', {
        a: Buffer.from('root:*:20000:0:99999:7:::\napp:!:20000::::::\n'),
        b: Buffer.from('root:*:20000:0:99999:7:::\napp:!:20001::::::\n')
      }),
      'shadow-lastchg'
    ],
    ['machine id', candidate('etc/machine-id', { cause: 'random' }), 'machine-id'],
    ['dbus machine id', candidate('var/lib/dbus/machine-id'), 'machine-id'],
    ['ssh host key', candidate('etc/ssh/ssh_host_ed25519_key.pub'), 'ssh-host-keys'],
    ['other log', candidate('var/log/lastlog'), 'log-files'],
    [
      'COPY over a cached layer',
      candidate('app/package.json', { changes: ['removed'], instruction: 'COPY . /app' }),
      'copy-over-cache'
    ],
    ['a clock elsewhere', candidate('etc/build-date', { cause: 'clock' }), 'clock'],
    ['a random id elsewhere', candidate('etc/app-id', { cause: 'random' }), 'random']
  ])('%s', (_name, c, id, ...rest) => {
    const prefix = rest[0]
    const hit = recognise(c)
    expect(hit.entry.id).toBe(id)
    if (prefix !== undefined) expect(hit.prefix).toBe(prefix)
  })

  it('leaves a linked COPY and a COPY whose files changed in place to the other classes', () => {
    expect(
      recognise(candidate('app/package.json', { changes: ['removed'], instruction: 'COPY --link . /app' }))
        .entry.id
    ).toBe('unknown')
    expect(
      recognise(candidate('app/x', { changes: ['mode'], cause: 'permissions', instruction: 'COPY . /app' }))
        .entry.id
    ).toBe('permissions')
  })

  it('needs the pyc header to differ in its mtime to blame it', () => {
    expect(recognise(candidate('m.pyc', { a: pyc(5), b: pyc(5) })).entry.id).toBe('unknown')
  })

  it('names the shadow user and days as evidence', () => {
    const hit = recognise(
      candidate('etc/shadow', {
        a: Buffer.from('app:!:20000::::::\n'),
        b: Buffer.from('app:!:20001::::::\n')
      })
    )
    expect(hit.evidence).toBe('app: last change day 20000 → 20001')
  })

  it.each([
    ['tmp/build.L5pj0c/out', '/tmp/build.*'],
    ['tmp/tmp.oKzEiJFp04', '/tmp/tmp.*'],
    ['var/tmp/npm-123-abcdef12', '/var/tmp/npm-123-*'],
    ['tmp/fixed', '/tmp/fixed']
  ])('turns %s into the glob %s', (path, glob) => {
    expect(tempGlob(path)).toBe(glob)
  })

  it('has unique ids, and each specific entry an owner, an explanation and a fix', () => {
    const ids = ALL_ENTRIES.map(e => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const e of CATALOGUE) {
      expect(e.owner).not.toBe('')
      expect(e.explanation.length).toBeGreaterThan(40)
      expect(e.fix({ where: 'Dockerfile:7', instruction: 'RUN make', paths: ['x'], remove: [] })).toContain(
        'Dockerfile:7'
      )
    }
  })

  it('is documented in docs/diagnosis.md, one section per entry with an example', () => {
    const doc = readFileSync(new URL('../../docs/diagnosis.md', import.meta.url), 'utf8')
    for (const e of ALL_ENTRIES) {
      const section = doc.split(/\n### /).find(s => s.startsWith(`\`${e.id}\``))
      expect({ id: e.id, documented: section !== undefined }).toEqual({ id: e.id, documented: true })
      expect({ id: e.id, example: /Example/.test(section ?? '') }).toEqual({ id: e.id, example: true })
    }
  })
})

describe('findings', () => {
  const npmLayer = (run: string): FixtureEntry[] => [
    { name: 'root/.npm/', type: '5' },
    ...Array.from({ length: 25 }, (_, i) => ({
      name: `root/.npm/_cacache/index-v5/${String(i).padStart(2, '0')}/entry`,
      content: `{"key":"make-fetch-happen:request-cache:https://registry.npmjs.org/ms","time":${run === 'a' ? 1764626043522 + i : 1764626051902 + i}}`
    })),
    {
      name: `root/.npm/_logs/2026-12-01T22_14_${run === 'a' ? '03_522' : '11_902'}Z-debug-0.log`,
      content: `0 verbose cli ${run}\n`
    },
    { name: 'app/node_modules/ms/index.js', content: 'module.exports = 1\n' }
  ]
  const image = (run: string) =>
    makeImage({
      layers: [{ tar: makeTar([{ name: 'bin/sh', content: 'sh' }]) }, { tar: makeTar(npmLayer(run)) }],
      history: [
        { created_by: 'FROM base' },
        { created_by: 'RUN /bin/sh -c npm ci # buildkit', comment: 'buildkit.dockerfile.v0' }
      ]
    })
  const dockerfile = { path: 'Dockerfile', text: 'FROM base\nRUN npm ci\n' }

  it('groups the files one tool owns into one finding with a count, and ranks the clearest evidence first', async () => {
    const d = await diffImages(image('a'), image('b'), { dockerfile })
    expect(d.findings).toEqual([
      expect.objectContaining({
        id: 'npm-cache',
        owner: 'npm',
        cause: 'leftover',
        files: 27,
        line: 2,
        instruction: 'RUN npm ci',
        fix: 'use `RUN --mount=type=cache,target=/root/.npm npm ci` at Dockerfile:2, or append `&& rm -rf /root/.npm/_cacache /root/.npm/_logs` to Dockerfile:2 (npm cache clean --force leaves the logs)'
      })
    ])
    expect(d.findings?.[0]?.examples.slice(0, 2)).toEqual([
      'root/.npm/_logs/2026-12-01T22_14_03_522Z-debug-0.log',
      'root/.npm/_logs/2026-12-01T22_14_11_902Z-debug-0.log'
    ])
    expect(d.files.slice(0, 2).map(f => f.path)).toEqual(d.findings?.[0]?.examples.slice(0, 2))
    expect(
      d.files.every(f => f.owner === 'npm' && f.finding === 'npm-cache' && f.hint === d.findings?.[0]?.fix)
    ).toBe(true)
    const text = renderDiffText(d)
    expect(text).toContain(
      "  npm: npm's cache and logs are left in the image  [leftover]  27 files\n      in Dockerfile:2 RUN npm ci\n      fix: use `RUN --mount=type=cache,target=/root/.npm npm ci` at Dockerfile:2"
    )
    expect(text).toContain(', … and 22 more')
    expect(d.findings?.[0]?.patch).toEqual({
      line: 2,
      before: ['RUN npm ci'],
      after: ['RUN --mount=type=cache,target=/root/.npm npm ci']
    })
    const md = renderDiffMarkdown(d)
    expect(md).toContain(
      '  - Change Dockerfile:2:\n\n    ```diff\n    -RUN npm ci\n    +RUN --mount=type=cache,target=/root/.npm npm ci\n    ```'
    )
    expect(md).toContain(
      "- **npm**: npm's cache and logs are left in the image (27 files, leftover, Dockerfile:2 RUN npm ci)"
    )
    expect(md).toContain('  - Fix: use `RUN --mount=type=cache,target=/root/.npm npm ci` at Dockerfile\\:2')
  })

  it('folds ldconfig, man-db and fontconfig caches into the apt finding of the same step', async () => {
    const layer = (run: string): FixtureEntry[] => [
      { name: 'var/log/dpkg.log', content: `2026-12-01 22:1${run === 'a' ? 0 : 1}:00 install jq\n` },
      { name: 'var/cache/apt/pkgcache.bin', content: `cache ${run}` },
      { name: 'var/cache/ldconfig/aux-cache', content: `aux ${run}` },
      { name: 'var/cache/man/index.db', content: `man ${run}` }
    ]
    const img = (run: string) =>
      makeImage({
        layers: [{ tar: makeTar([{ name: 'bin/sh', content: 'sh' }]) }, { tar: makeTar(layer(run)) }],
        history: [
          { created_by: 'FROM base' },
          {
            created_by: 'RUN /bin/sh -c apt-get update && apt-get install -y jq # buildkit',
            comment: 'buildkit.dockerfile.v0'
          }
        ]
      })
    const d = await diffImages(img('a'), img('b'), {
      dockerfile: { path: 'Dockerfile', text: 'FROM base\nRUN apt-get update && apt-get install -y jq\n' }
    })
    expect(d.findings?.map(f => [f.id, f.files])).toEqual([['apt-state', 4]])
    expect(d.findings?.[0]?.fix).toBe(
      'append `&& rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/apt/archives/*.deb /var/log/apt /var/log/dpkg.log /var/log/alternatives.log /var/cache/debconf/*-old /var/lib/dpkg/*-old /var/cache/ldconfig/aux-cache /var/cache/man` to Dockerfile:2 (the same RUN as apt-get), or keep them out of the layer with cache mounts: `RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt/lists,sharing=locked ...`'
    )
    expect(d.files.find(f => f.path === 'var/cache/ldconfig/aux-cache')).toMatchObject({
      owner: 'ldconfig',
      finding: 'apt-state'
    })
  })
})

describe('archives in layers', () => {
  it.each([
    ['opt/site.zip', 'zip-members', 'zip'],
    ['opt/site.bundle', 'zip-members', 'zip'],
    ['opt/app.jar', 'jar-members', 'jar'],
    ['wheels/app-1.0-py3-none-any.whl', 'wheel-members', 'wheel']
  ])('names the members of %s and its owner', async (path, id, owner) => {
    const zip = (t: number): Buffer =>
      makeZip([
        { name: 'index.html', content: '<h1>hi</h1>', mtime: t, deflate: true },
        { name: 'same.txt', content: 'same', mtime: 315532800 }
      ])
    const image = (t: number) =>
      makeImage({
        layers: [
          { tar: makeTar([{ name: 'bin/sh', content: 'sh' }]) },
          { tar: makeTar([{ name: path, content: zip(t) }]) }
        ]
      })
    const d = await diffImages(image(1_700_000_000), image(1_750_000_000))
    expect(d.findings?.[0]).toMatchObject({ id, owner, members: [`${path} → index.html: mtime`] })
  })

  it('reads an archive bigger than the first sample again, whole, and names its members', async () => {
    // 600 KiB of incompressible bytes: the tar is bigger than the 256 KiB kept per file.
    const noise = Buffer.from(Array.from({ length: 600 * 1024 }, xorshiftBytes(0x2545f491)))
    const bundle = (t: number): Buffer =>
      makeTar([
        { name: 'app/data.bin', content: noise, mtime: 100 },
        { name: 'app/VERSION', content: '1.0\n', mtime: t }
      ])
    const image = (t: number) =>
      makeImage({
        layers: [
          { tar: makeTar([{ name: 'bin/sh', content: 'sh' }]) },
          { tar: makeTar([{ name: 'opt/app-bundle.tar', content: bundle(t) }]) }
        ],
        history: [
          { created_by: 'FROM base' },
          {
            created_by: 'RUN /bin/sh -c tar -cf /opt/app-bundle.tar app # buildkit',
            comment: 'buildkit.dockerfile.v0'
          }
        ]
      })
    const d = await diffImages(image(1_700_000_000), image(1_750_000_000), {
      dockerfile: { path: 'Dockerfile', text: 'FROM base\nRUN tar -cf /opt/app-bundle.tar app\n' }
    })
    expect(d.files[0]?.archive?.members).toEqual([
      {
        path: 'app/VERSION',
        changes: ['mtime'],
        fields: [
          { field: 'mtime', a: '2023-11-14T22:13:20Z (1700000000)', b: '2025-06-15T15:06:40Z (1750000000)' }
        ]
      }
    ])
    expect(d.findings?.[0]).toMatchObject({
      id: 'tar-members',
      owner: 'tar',
      cause: 'timestamps',
      members: ['opt/app-bundle.tar → app/VERSION: mtime']
    })
    expect(renderDiffText(d)).toContain('      inside: opt/app-bundle.tar → app/VERSION: mtime')
  })
})

describe('findings with hostile names', () => {
  const evil = '<img src=x onerror=alert(1)>`|@team'
  const image = (run: string) =>
    makeImage({
      layers: [
        { tar: makeTar([{ name: 'bin/sh', content: 'sh' }]) },
        {
          tar: makeTar([
            { name: `tmp/tmp.${run === 'a' ? 'Ab12Cd34Ef' : 'Zy98Xw76Vu'}/${evil}`, content: 'x' }
          ])
        }
      ],
      history: [
        { created_by: 'FROM base' },
        { created_by: `RUN /bin/sh -c mktemp ${evil} # buildkit`, comment: 'buildkit.dockerfile.v0' }
      ]
    })
  const text = `FROM base\nRUN mktemp ${evil}\n`

  it('escapes them in markdown, in the diff block and in HTML', async () => {
    const d = await diffImages(image('a'), image('b'), { dockerfile: { path: 'Dockerfile', text } })
    expect(d.findings?.[0]?.id).toBe('tempdir')
    expect(d.findings?.[0]?.patch?.after).toEqual([`RUN mktemp ${evil} \\`, '    && rm -rf /tmp/tmp.*'])
    const md = renderDiffMarkdown(d)
    // Outside code, the name is entity-escaped; inside the diff block, it is literal code.
    expect(md.split('```diff')[0]).not.toContain('<img')
    expect(md).not.toContain(' @team')
    const { renderGateHtml } = await import('../../src/core/report/gate-html.js')
    const base = JSON.parse(
      readFileSync(new URL('./fixtures/report/nondeterministic.gate.json', import.meta.url), 'utf8')
    ) as Parameters<typeof renderGateHtml>[0]
    const html = renderGateHtml({ ...base, diff: d }, { diff: d })
    // The gate report's schema accepts the findings, the owners and the leftover class.
    const { validateGateReport } = await import('../../src/core/report/gate-report-schema.js')
    const leftover = { ...d, files: d.files.map(f => ({ ...f, cause: 'leftover' as const })) }
    expect(typeof validateGateReport(JSON.parse(JSON.stringify({ ...base, diff: leftover })))).toBe('object')
    expect(html).toContain('<table class="findings">')
    expect(html).toContain('<pre class="patch" data-line="2">')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})

describe('recorded layers of a real Debian build', () => {
  // Recorded from the gate on build-lab/debian:local with --network host:
  // RUN apt-get update && apt-get install -y --no-install-recommends openssh-server man-db fontconfig
  //     fonts-dejavu-core dbus && useradd -m app
  // The layers keep the differing files of that step (public host keys only).
  const layer = (run: string): Buffer =>
    gunzipSync(readFileSync(new URL(`./fixtures/diff/debian-system-${run}.layer.tar.gz`, import.meta.url)))
  const instruction =
    'RUN apt-get update && apt-get install -y --no-install-recommends openssh-server man-db fontconfig fonts-dejavu-core dbus && useradd -m app'
  const image = (run: string) =>
    makeImage({
      layers: [{ tar: makeTar([{ name: 'bin/sh', content: 'sh' }]) }, { tar: layer(run) }],
      history: [
        { created_by: 'FROM debian' },
        {
          created_by: `${instruction.replace(/^RUN /, 'RUN /bin/sh -c ')} # buildkit`,
          comment: 'buildkit.dockerfile.v0'
        }
      ]
    })

  it('names apt (with fontconfig and ldconfig folded in), the SSH host keys and the machine id', async () => {
    const d = await diffImages(image('run1'), image('run2'), {
      dockerfile: { path: 'Dockerfile', text: `FROM debian\n${instruction}\n` }
    })
    expect(d.findings?.map(f => [f.id, f.owner, f.files])).toEqual([
      ['apt-state', 'apt', 6],
      ['ssh-host-keys', 'ssh', 3],
      ['machine-id', 'machine-id', 1]
    ])
    const [apt, ssh, id] = d.findings ?? []
    expect(apt?.fix).toContain('/var/cache/fontconfig/* /var/cache/ldconfig/aux-cache` to Dockerfile:2')
    expect(ssh?.fix).toBe(
      'append `&& rm -f /etc/ssh/ssh_host_*` to Dockerfile:2 and generate keys when the container starts (`ssh-keygen -A` in the entrypoint)'
    )
    expect(id?.patch?.after.at(-1)).toBe('    && : > /etc/machine-id && rm -f /var/lib/dbus/machine-id')
    expect(d.files.find(f => f.path.startsWith('var/cache/fontconfig/'))).toMatchObject({
      owner: 'fontconfig',
      finding: 'apt-state',
      cause: 'leftover'
    })
  })
})
