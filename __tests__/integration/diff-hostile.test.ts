// Hostile layers through the compiled `build-lab diff`, each in a child process whose peak RSS is measured:
// memory stays bounded by the layer's structure, not by hostile repetition (bound: 300 MB), and bad sizes end in exit 2.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { makeTar, writeLayout, type FixtureEntry } from '../unit/fixtures/diff/tar-writer.js'

const CLI = resolve('dist/cli/index.js')
const MAX_RSS_MB = 300
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'diff-hostile-'))
  // Records the child's peak RSS when it exits (the CLI ends with process.exit). VmHWM, not
  // resourceUsage().maxRSS: getrusage keeps the forking parent's peak across exec, so it would count
  // the test worker's memory too.
  await writeFile(
    join(work, 'rss.cjs'),
    "process.on('exit', () => { const fs = require('fs'); const kb = /VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]; fs.writeFileSync(process.env.RSS_FILE, kb) })\n"
  )
})
afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

interface Outcome {
  code: number
  stdout: string
  stderr: string
  rssMB: number
}

async function diff(
  name: string,
  a: FixtureEntry[],
  b: FixtureEntry[]
): Promise<Outcome & { layerKB: number }> {
  const tarA = makeTar(a)
  await writeLayout(join(work, `${name}-a`), { layers: [{ tar: tarA }] })
  await writeLayout(join(work, `${name}-b`), { layers: [{ tar: makeTar(b) }] })
  const rssFile = join(work, `${name}.rss`)
  const outcome = await new Promise<Omit<Outcome, 'rssMB'>>(done => {
    execFile(
      process.execPath,
      [
        '-r',
        join(work, 'rss.cjs'),
        CLI,
        'diff',
        join(work, `${name}-a`),
        join(work, `${name}-b`),
        '--format',
        'json'
      ],
      { env: { ...process.env, RSS_FILE: rssFile }, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1
        done({ code, stdout, stderr })
      }
    )
  })
  const rssMB = Number(await readFile(rssFile, 'utf8')) / 1024
  const layerKB = gzipSync(tarA).length / 1024
  console.log(
    `${name}: layer ${layerKB.toFixed(1)} KB gzip, exit ${outcome.code}, peak RSS ${rssMB.toFixed(0)} MB`
  )
  return { ...outcome, rssMB, layerKB }
}

it('a 60 KB global PAX header over 20,000 entries diffs in bounded memory', async () => {
  const entries = (prefix: string): FixtureEntry[] => {
    const list: FixtureEntry[] = [
      {
        name: `${prefix}0`,
        globalPax: { uname: 'U'.repeat(30_000), 'SCHILY.xattr.user.x': 'X'.repeat(30_000) }
      }
    ]
    // Different names on each side: every entry waits unmatched until the end, the worst case.
    for (let i = 1; i < 20_000; i++) list.push({ name: `${prefix}${i}` })
    return list
  }
  const r = await diff('global', entries('a'), entries('b'))
  expect(r.layerKB).toBeLessThan(200)
  expect(r.code).toBe(1)
  expect(JSON.parse(r.stdout)).toMatchObject({ identical: false, truncated: 39_800 })
  expect(r.rssMB).toBeLessThan(MAX_RSS_MB)
})

it('a 100 KB local PAX uname on each of 1,000 entries is kept cut, in bounded memory', async () => {
  const entries = (prefix: string): FixtureEntry[] =>
    Array.from({ length: 1000 }, (_, i) => ({
      name: `${prefix}${i}`,
      pax: { uname: `${i}`.padEnd(100_000, 'U') }
    }))
  const r = await diff('local', entries('a'), entries('b'))
  expect(r.code).toBe(1)
  expect(r.rssMB).toBeLessThan(MAX_RSS_MB)
})

it('a 300 KB PAX uname does not overflow the stack', async () => {
  const r = await diff(
    'uname',
    [{ name: 'f', pax: { uname: 'U'.repeat(300_000) } }],
    [{ name: 'f', content: 'x' }]
  )
  expect(r.stderr).toBe('')
  expect(r.code).toBe(1)
  const file = (JSON.parse(r.stdout) as { files: Array<{ fields: Array<{ field: string; a: string }> }> })
    .files[0]
  expect(file?.fields.find(f => f.field === 'uname')?.a).toMatch(/^U{256}…\[300000 bytes, sha256:/)
})

it('PAX size=-512 in a 116-byte layer ends at once in exit 2, one line naming the blob', async () => {
  const r = await diff('negative', [{ name: 'f', pax: { size: '-512' } }], [{ name: 'f', content: 'x' }])
  expect(r.layerKB * 1024).toBeLessThan(200)
  expect(r.code).toBe(2)
  expect(r.stdout).toBe('')
  expect(r.stderr).toMatch(
    /^build-lab: error: Corrupt tar in layer 0 \(sha256:[0-9a-f]{64}\) of image a: entry 1 has PAX size "-512", not a whole number from 0 up\.\n$/
  )
  expect(r.rssMB).toBeLessThan(MAX_RSS_MB)
})
