// Scale measurement for the image diff: two ~250 MB single-layer images, one file differs.
// It prints time vs the gunzip floor and peak RSS (measured in child processes running the compiled
// diff), and asserts only that the diagnosis is right: timings vary by machine, so they are reported.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rename, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import { createGzip } from 'node:zlib'

const run = promisify(execFile)
const FILES = 2000
const FILE_SIZE = 125 * 1024
const DIFFERING = 1234
let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'diff-scale-'))
})
afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

function tarHeader(name: string, size: number): Buffer {
  const h = Buffer.alloc(512)
  h.write(name, 0)
  h.write('0000644\0', 100)
  h.write('0000000\0', 108)
  h.write('0000000\0', 116)
  h.write(size.toString(8).padStart(11, '0') + '\0', 124)
  h.write('00000000000\0', 136)
  h.write('        ', 148)
  h.write('0', 156)
  h.write('ustar\0' + '00', 257)
  let sum = 0
  for (const c of h) sum += c
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  return h
}

const pool: Buffer[] = []

/** File contents that compress about as well as binaries and text do (neither all zeros nor random). */
function fileContent(i: number, variant: string): Buffer {
  const k = i % 97
  if (pool[k] === undefined) {
    const lines: string[] = []
    for (let n = 0, size = 0; size < FILE_SIZE; n++) {
      const line = `${k}:${n} ${createHash('md5').update(`${k}/${n}`).digest('hex')} lorem ipsum ${n * 7919}\n`
      lines.push(line)
      size += line.length
    }
    pool[k] = Buffer.from(lines.join('').slice(0, FILE_SIZE))
  }
  const content = Buffer.from(pool[k])
  const head = i === DIFFERING ? `built at ${variant}\n` : `file ${i}\n`
  content.write(head, 0)
  return content
}

async function* layerTar(variant: string): AsyncGenerator<Buffer> {
  for (let i = 0; i < FILES; i++) {
    const content = fileContent(i, variant)
    yield tarHeader(`usr/share/data/d${i % 40}/file-${i}.txt`, content.length)
    yield content
    const pad = (512 - (content.length % 512)) % 512
    if (pad > 0) yield Buffer.alloc(pad)
  }
  yield Buffer.alloc(1024)
}

/** Writes an OCI layout with one gzip layer, streaming (the uncompressed tar never sits in memory). */
async function writeImage(dir: string, variant: string): Promise<string> {
  const blobs = join(dir, 'blobs', 'sha256')
  await mkdir(blobs, { recursive: true })
  const tmp = join(dir, 'layer.tmp')
  const gzHash = createHash('sha256')
  const tarHash = createHash('sha256')
  const gzip = createGzip({ level: 6 })
  gzip.on('data', (c: Buffer) => gzHash.update(c))
  const source = Readable.from(
    (async function* () {
      for await (const c of layerTar(variant)) {
        tarHash.update(c)
        yield c
      }
    })()
  )
  await pipeline(source, gzip, createWriteStream(tmp))
  const layer = `sha256:${gzHash.digest('hex')}`
  await rename(tmp, join(blobs, layer.slice(7)))
  const put = async (value: unknown): Promise<string> => {
    const data = Buffer.from(JSON.stringify(value))
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`
    await writeFile(join(blobs, digest.slice(7)), data)
    return digest
  }
  const config = await put({
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [`sha256:${tarHash.digest('hex')}`] },
    history: [{ created_by: 'COPY data /usr/share/data # buildkit', comment: 'buildkit.dockerfile.v0' }]
  })
  const manifest = await put({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layer }]
  })
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: manifest }]
    })
  )
  return layer
}

const FLOOR = `
import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
const [mode, ...files] = process.argv.slice(2)
const gunzip = async file => { let n = 0; for await (const c of createReadStream(file).pipe(createGunzip())) n += c.length; return n }
const t = performance.now()
if (mode === 'parallel') await Promise.all(files.map(gunzip)); else for (const f of files) await gunzip(f)
console.log(JSON.stringify({ ms: performance.now() - t, maxRssMB: process.resourceUsage().maxRSS / 1024 }))
`

const DIFF = `
const { diffImages } = await import(process.argv[2] + '/core/diff/image-diff.js')
const { openImage } = await import(process.argv[2] + '/oci/open-image.js')
const t = performance.now()
const d = await diffImages(await openImage(process.argv[3]), await openImage(process.argv[4]))
console.log(JSON.stringify({ ms: performance.now() - t, maxRssMB: process.resourceUsage().maxRSS / 1024,
  files: d.files.map(f => [f.path, f.changes.join(','), f.cause]), layers: d.layers.length }))
`

it('diagnoses one differing file in two 250 MB images, streaming (figures printed)', async () => {
  const [layerA, layerB] = await Promise.all([
    writeImage(join(work, 'a'), 'Thu Jan  1 00:00:00 UTC 1970'),
    writeImage(join(work, 'b'), 'Mon Nov 23 15:37:49 UTC 2026')
  ])
  const blobA = join(work, 'a', 'blobs', 'sha256', layerA.slice(7))
  const blobB = join(work, 'b', 'blobs', 'sha256', layerB.slice(7))
  // The diff runs compiled, in its own process, so its peak RSS is its own and not jest's.
  const out = join(work, 'js')
  const root = resolve('src')
  await run(process.execPath, [
    resolve('node_modules/typescript/bin/tsc'),
    '--outDir',
    out,
    '--rootDir',
    root,
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--types',
    'node',
    '--skipLibCheck',
    join(root, 'core/diff/index.ts'),
    join(root, 'oci/open-image.ts')
  ])
  await writeFile(join(out, 'package.json'), '{"type":"module"}')
  // The compiled code imports its packages (dockerfile-ast for the Dockerfile reader) from here.
  await symlink(resolve('node_modules'), join(work, 'node_modules'))
  await writeFile(join(work, 'floor.mjs'), FLOOR)
  await writeFile(join(work, 'diff.mjs'), DIFF)
  const node = async (args: string[]): Promise<Record<string, unknown>> => {
    const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 })
    const parsed: unknown = JSON.parse(stdout)
    if (typeof parsed !== 'object' || parsed === null) throw new Error(`bad output: ${stdout}`)
    return Object.fromEntries(Object.entries(parsed))
  }
  // Warm the page cache so both measurements read from memory.
  await node([join(work, 'floor.mjs'), 'sequential', blobA, blobB])
  const sequential = await node([join(work, 'floor.mjs'), 'sequential', blobA, blobB])
  const parallel = await node([join(work, 'floor.mjs'), 'parallel', blobA, blobB])
  const diff = await node([join(work, 'diff.mjs'), out, join(work, 'a'), join(work, 'b')])
  const sizes = [(await stat(blobA)).size, (await stat(blobB)).size]
  const ms = (v: unknown): number => (typeof v === 'number' ? Math.round(v) : NaN)
  const figures = {
    files: FILES,
    uncompressedMBPerImage: Math.round((FILES * FILE_SIZE) / 2 ** 20),
    compressedMB: sizes.map(s => Math.round(s / 2 ** 20)),
    gunzipBothSequentialMs: ms(sequential.ms),
    gunzipBothParallelMs: ms(parallel.ms),
    diffMs: ms(diff.ms),
    ratioToSequentialFloor: Number((ms(diff.ms) / ms(sequential.ms)).toFixed(2)),
    ratioToParallelFloor: Number((ms(diff.ms) / ms(parallel.ms)).toFixed(2)),
    diffPeakRssMB: ms(diff.maxRssMB),
    gunzipPeakRssMB: ms(sequential.maxRssMB)
  }
  console.log(`diff scale figures: ${JSON.stringify(figures, null, 2)}`)
  expect(diff.files).toEqual([
    [`usr/share/data/d${DIFFERING % 40}/file-${DIFFERING}.txt`, 'content', 'clock']
  ])
  expect(diff.layers).toBe(1)
}, 600_000)
