// Across engines on the real daemons: the current dockerd and the oldest (26.1, BuildKit 0.13) compress alike content differently.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createDockerEngine } from '../../src/buildkit/engine.js'
import { SAME_CONTENT } from '../../src/core/equality.js'
import type { ArtifactStore } from '../../src/crossrunner/artifact-store.js'
import { compareRuns } from '../../src/crossrunner/compare-runs.js'
import { type RecordOutcome, recordRun } from '../../src/crossrunner/record-run.js'
import { directoryStore } from '../support/directory-store.js'
import { BUSYBOX, cli, execArgs, makeContext, requireEngine } from '../support/engine.js'
import { type SecondDaemon, startSecondDaemon } from '../support/second-daemon.js'

// No ARG SOURCE_DATE_EPOCH: the frontends of the two engines record that line differently in the history.
const DOCKERFILE = `FROM ${BUSYBOX}
COPY app.conf /etc/app.conf
RUN mkdir -p /opt/app && for i in $(seq 1 200); do echo "line $i" >> /opt/app/data.txt; done && cp /bin/busybox /opt/app/bb
`

// The other engine than the one the suite runs on: the oldest beside the current, or the current beside the oldest.
const SECOND = process.env.BUILD_LAB_ENGINE === 'oldest' ? 'current' : 'oldest'
let other: SecondDaemon
let store: ArtifactStore
let records: RecordOutcome[]

async function record(label: string, builder: string | null, ctx: string): Promise<RecordOutcome> {
  return recordRun(
    {
      context: ctx,
      file: null,
      target: null,
      buildArgs: [],
      platforms: [],
      epoch: '1700000000',
      network: 'none',
      provenance: false,
      builder,
      runner: { label, os: 'Linux', arch: 'X64', name: label, image: '' },
      workflow: { runId: '9', runAttempt: '1', repository: '', workflow: '', job: '', sha: '' },
      workspace: ctx,
      prefix: 'build-lab-record',
      maxImageBytes: 256 * 1024 * 1024
    },
    {
      engine: createDockerEngine(),
      store,
      log: { info: () => undefined, group: (_title, fn) => fn() },
      nowMs: () => Date.now()
    }
  )
}

beforeAll(async () => {
  requireEngine()
  other = await startSecondDaemon({ flavour: SECOND, containerdStore: true, name: `bl-${SECOND}` })
  store = directoryStore(await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-artifacts-')))
  const ctx = await makeContext({ Dockerfile: DOCKERFILE, 'app.conf': 'port=8080\n' }, { nonce: true })
  records = [await record('primary', null, ctx), await record('second', other.context, ctx)]
}, 300_000)

afterAll(async () => {
  await other?.stop()
}, 60_000)

describe('the same build on dockerd 26.1 and on the current dockerd', () => {
  it('was built by two engines, from the same base image', async () => {
    const [primary, second] = records.map(r => r.record)
    expect(second!.engine.docker).toBe(other.version)
    expect(primary!.engine.docker).not.toBe(other.version)
    // One of them is the oldest supported engine, dockerd 26.1 with BuildKit 0.13.
    expect(
      [primary!.engine.docker, second!.engine.docker].filter(v => /^26\.1\./.test(v ?? ''))
    ).toHaveLength(1)
    const ids = await Promise.all([
      execArgs('docker', ['image', 'inspect', '-f', '{{.Id}}', BUSYBOX]),
      other.docker(['image', 'inspect', '-f', '{{.Id}}', BUSYBOX])
    ])
    expect(ids[1].stdout).toBe(ids[0].stdout)
  })

  it('gives other manifests with the same config and diff_ids', () => {
    const [a, b] = records.map(r => r.record.platforms[0]!)
    expect(a!.manifest).not.toBe(b!.manifest)
    expect(a!.config).toBe(b!.config)
    expect(a!.diffIds).toEqual(b!.diffIds)
  })

  it('compare (equality digest) fails it as compressed bytes only, naming both BuildKit versions', async () => {
    const outcome = await compareRuns(
      { prefix: 'build-lab-record', runId: '9', runners: [] },
      { store, log: { info: () => undefined, group: (_title, fn) => fn() } }
    )
    const [primary, second] = records.map(r => r.record)
    expect(outcome.result.reproducible).toBe(false)
    expect(outcome.result.sameContent).toBe(true)
    expect(outcome.result.reason).toContain(SAME_CONTENT)
    expect(primary!.engine.buildkit).not.toBe(second!.engine.buildkit)
    expect(outcome.result.reason).toContain(`primary ${primary!.engine.buildkit}`)
    expect(outcome.result.reason).toContain(`second ${second!.engine.buildkit}`)
    expect(outcome.markdown).toContain('Equality: digest')
    expect(outcome.markdown).toContain('driver-opts: image=moby/buildkit\\:vX.Y.Z')
    expect(outcome.diagnoses).toHaveLength(1)
    expect(outcome.diagnoses[0]!.diff.sameContent).toBe(true)
    // The COPY and RUN layers, and the base layer too when the base image holds it uncompressed (an
    // import on dockerd 26.1 does), so that each engine gzips it on export.
    const causes = outcome.diagnoses[0]!.diff.layers.map(l => l.cause)
    expect(causes.length).toBeGreaterThanOrEqual(2)
    expect(new Set(causes)).toEqual(new Set(['compression']))
  })

  it('compare with equality content passes it, and says so', async () => {
    const outcome = await compareRuns(
      { prefix: 'build-lab-record', runId: '9', runners: [], equality: 'content' },
      { store, log: { info: () => undefined, group: (_title, fn) => fn() } }
    )
    expect(outcome.result.reproducible).toBe(true)
    expect(outcome.result.reason).toMatch(/agree on linux\/\w+ by content \(equality: content\)/)
    expect(outcome.markdown).toContain('Equality: content')
  })

  it('build-lab diff of the two images says the same, and --equality content passes it', async () => {
    const [a, b] = records.map(r => path.join(r.artifactDir, 'image.tar'))
    const plain = await cli(['diff', a!, b!])
    expect(plain.code).toBe(1)
    expect(plain.stdout.split('\n')[0]).toMatch(
      /^The images differ: 1 manifest, [23] layers\. Same content \(equal diff_ids and config\), compressed bytes differ\.$/
    )
    expect(plain.stdout).toContain(
      'Equality: digest (the image and per-platform manifest digests are compared): not equal.'
    )
    const content = await cli(['diff', a!, b!, '--equality', 'content', '--format', 'json'])
    expect(content.code).toBe(0)
    expect(JSON.parse(content.stdout)).toMatchObject({
      identical: false,
      sameContent: true,
      equality: 'content',
      equal: true
    })
  })

  it('pinning the gzip level does not make them equal; uncompressed layers do', async () => {
    const ctx = await makeContext({ Dockerfile: DOCKERFILE, 'app.conf': 'port=8080\n' })
    const build = async (on: string[], compression: string): Promise<string> => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-xeng-'))
      const r = await execArgs('docker', [
        ...on,
        'buildx',
        'build',
        '--no-cache',
        '--network=none',
        '--provenance=false',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        '--metadata-file',
        path.join(dir, 'm.json'),
        '--output',
        `type=oci,tar=false,dest=${path.join(dir, 'out')},rewrite-timestamp=true,${compression},force-compression=true`,
        ctx
      ])
      expect(r.stderr).not.toMatch(/^ERROR/m)
      expect(r.code).toBe(0)
      const meta = JSON.parse(await fs.readFile(path.join(dir, 'm.json'), 'utf8')) as Record<string, string>
      return meta['containerimage.digest']!
    }
    const both = (compression: string) =>
      Promise.all([build([], compression), build(['--context', other.context], compression)])
    const [gzip9, uncompressed] = [
      await both('compression=gzip,compression-level=9'),
      await both('compression=uncompressed')
    ]
    expect(gzip9[0]).not.toBe(gzip9[1])
    expect(uncompressed[0]).toBe(uncompressed[1])
  })

  it('the gate states the equality it used in every format', async () => {
    const ctx = await makeContext({ Dockerfile: DOCKERFILE, 'app.conf': 'port=8080\n' })
    const base = ['gate', ctx, '--network', 'none', '--builder', other.context]
    const json = await cli([...base, '--equality', 'content', '--format', 'json'])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({
      reproducible: true,
      equality: 'content',
      sameContent: false
    })
    const text = await cli([...base, '--equality', 'content'])
    expect(text.stdout).toMatch(
      /^ {2}equality content \(per platform, the config digest and the uncompressed layers/m
    )
    const markdown = await cli([...base, '--format', 'markdown'])
    expect(markdown.stdout).toContain('(equality: digest)')
    expect(markdown.stdout).toContain(
      'Equality: digest (the image and per-platform manifest digests are compared)'
    )
    const bad = await cli([...base, '--equality', 'bytes'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^build-lab: error: --equality must be digest or content \(got "bytes"\)/m)
  })
})
