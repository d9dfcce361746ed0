// The diff's scale benchmark: `build-lab diff` on two ~250 MB single-layer images in which one file differs,
// against the streaming floor (gunzip both differing layers), side by side in one run, plus Debian's
// diffoscope on the same pair. A second, smaller check shows that layers with equal digests are skipped.
// Usage: node scripts/bench-diff.mjs [--repeat N] [--no-diffoscope]   (prints the markdown section)
// In scripts/bench.mjs: `import { benchDiff } from './bench-diff.mjs'` and `await benchDiff({ repeat })`.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, createWriteStream, existsSync, openSync, readFileSync, statSync } from 'node:fs'
import { link, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { createGzip } from 'node:zlib'

const root = resolve(new URL('..', import.meta.url).pathname)
const FILES = 2000
export const FILE_SIZE = 125 * 1024
const DIFFERING = 1234
const DIFFERING_PATH = `usr/share/data/d${DIFFERING % 40}/file-${DIFFERING}.txt`
// The skip check: layer 0 is the big layer above (identical in both images), layer 1 is small and differs.
const SMALL_FILES = 20
const SMALL_DIFFERING = 7
const SMALL_DIFFERING_PATH = `etc/app/conf-${SMALL_DIFFERING}.txt`
const VARIANT_A = 'Thu Jan  1 00:00:00 UTC 1970'
const VARIANT_B = 'Mon Nov 23 15:37:49 UTC 2026'

const log = line => process.stderr.write(`bench-diff: ${line}\n`)
const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const sec = ms => `${(ms / 1000).toFixed(2)} s`
const mb = kb => `${Math.round(kb / 1024)} MB`
const range = xs => `${sec(Math.min(...xs))}–${sec(Math.max(...xs))}`

// ---- the image generator (a port of __tests__/integration/diff-scale.test.ts) ----

function tarHeader(name, size) {
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

const pool = []

/** File contents that compress about as well as binaries and text do (neither all zeros nor random). */
export function fileContent(i, head) {
  const k = i % 97
  if (pool[k] === undefined) {
    const lines = []
    for (let n = 0, size = 0; size < FILE_SIZE; n++) {
      const line = `${k}:${n} ${createHash('md5').update(`${k}/${n}`).digest('hex')} lorem ipsum ${n * 7919}\n`
      lines.push(line)
      size += line.length
    }
    pool[k] = Buffer.from(lines.join('').slice(0, FILE_SIZE))
  }
  const content = Buffer.from(pool[k])
  content.write(head, 0)
  return content
}

export async function* tarOf(entries) {
  for (const [name, content] of entries) {
    yield tarHeader(name, content.length)
    yield content
    const pad = (512 - (content.length % 512)) % 512
    if (pad > 0) yield Buffer.alloc(pad)
  }
  yield Buffer.alloc(1024)
}

/** The big layer: 2000 files of 125 KiB, file DIFFERING carries the variant (a build time). */
function* bigEntries(variant) {
  for (let i = 0; i < FILES; i++) {
    const head = i === DIFFERING ? `built at ${variant}\n` : `file ${i}\n`
    yield [`usr/share/data/d${i % 40}/file-${i}.txt`, fileContent(i, head)]
  }
}

/** The small layer: 20 files of 125 KiB, file SMALL_DIFFERING carries the variant. */
function* smallEntries(variant) {
  for (let i = 0; i < SMALL_FILES; i++) {
    const head = i === SMALL_DIFFERING ? `built at ${variant}\n` : `conf ${i}\n`
    yield [`etc/app/conf-${i}.txt`, fileContent(i + 500, head)]
  }
}

/** Writes one gzip layer blob into dir/blobs/sha256, streaming. Returns its digest, diff_id and path. */
export async function writeLayer(dir, entries) {
  const blobs = join(dir, 'blobs', 'sha256')
  await mkdir(blobs, { recursive: true })
  const tmp = join(dir, `layer-${process.pid}-${Math.random().toString(16).slice(2)}.tmp`)
  const gzHash = createHash('sha256')
  const tarHash = createHash('sha256')
  const gzip = createGzip({ level: 6 })
  gzip.on('data', c => gzHash.update(c))
  const source = Readable.from(
    (async function* () {
      for await (const c of tarOf(entries)) {
        tarHash.update(c)
        yield c
      }
    })()
  )
  await pipeline(source, gzip, createWriteStream(tmp))
  const digest = `sha256:${gzHash.digest('hex')}`
  const path = join(blobs, digest.slice(7))
  await rename(tmp, path)
  return { digest, diffId: `sha256:${tarHash.digest('hex')}`, path, size: statSync(path).size }
}

/** Places an existing layer blob into another layout (a hard link: equal digest, no copy). */
async function shareLayer(dir, layer) {
  const blobs = join(dir, 'blobs', 'sha256')
  await mkdir(blobs, { recursive: true })
  const path = join(blobs, layer.digest.slice(7))
  await link(layer.path, path)
  return { ...layer, path }
}

/** Writes config, manifest, index.json and oci-layout around layers already in dir's blobs. */
export async function writeLayout(dir, layers, createdBy) {
  const put = async value => {
    const data = Buffer.from(JSON.stringify(value))
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`
    await writeFile(join(dir, 'blobs', 'sha256', digest.slice(7)), data)
    return { digest, size: data.length }
  }
  const config = await put({
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: layers.map(l => l.diffId) },
    history: createdBy.map(c => ({ created_by: c, comment: 'buildkit.dockerfile.v0' }))
  })
  const manifest = await put({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers: layers.map(l => ({
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: l.digest,
      size: l.size
    }))
  })
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest }]
    })
  )
}

// ---- measurement ----

/** Runs argv under /usr/bin/time: wall time (hrtime, ms), peak RSS (KB, %M), exit status, stdout in a file. */
export function timed(argv, work, name, timeoutSec) {
  const timeFile = join(work, `${name}.time`)
  const outFile = join(work, `${name}.out`)
  const full = [
    '/usr/bin/time',
    '-o',
    timeFile,
    '-f',
    '%e %M',
    ...(timeoutSec ? ['timeout', String(timeoutSec)] : []),
    ...argv
  ]
  const fd = openSync(outFile, 'w')
  const t0 = process.hrtime.bigint()
  const r = spawnSync(full[0], full.slice(1), {
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  closeSync(fd)
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? ''
  const m = /^([\d.]+) (\d+)$/.exec(last)
  return { ms, rssKB: m ? Number(m[2]) : NaN, status: r.status, stderr: r.stderr ?? '', outFile }
}

/** The floor: `gzip -dc blob > /dev/null` for each blob, one after the other. Returns total ms. */
function gunzipFloor(blobs) {
  let total = 0
  for (const blob of blobs) {
    const devnull = openSync('/dev/null', 'w')
    const t0 = process.hrtime.bigint()
    const r = spawnSync('gzip', ['-dc', blob], { stdio: ['ignore', devnull, 'pipe'] })
    total += Number(process.hrtime.bigint() - t0) / 1e6
    closeSync(devnull)
    if (r.status !== 0) throw new Error(`gzip -dc ${blob} exited ${r.status}: ${r.stderr}`)
  }
  return total
}

// The floor in node's zlib (what the diff itself uses), timed inside the child so node's startup is not counted.
const ZLIB_FLOOR = `
import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
const [mode, ...files] = process.argv.slice(1)
const gunzip = async file => { let n = 0; for await (const c of createReadStream(file).pipe(createGunzip())) n += c.length; return n }
const t = performance.now()
if (mode === 'parallel') await Promise.all(files.map(gunzip)); else for (const f of files) await gunzip(f)
console.log(performance.now() - t)
`

/** The floor in node zlib: both blobs one after the other ('sequential') or at once ('parallel'). Returns ms. */
function zlibFloor(mode, blobs) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', ZLIB_FLOOR, mode, ...blobs], {
    encoding: 'utf8'
  })
  if (r.status !== 0) throw new Error(`zlib floor exited ${r.status}: ${r.stderr}`)
  return Number(r.stdout.trim())
}

/** Runs the CLI diff under /usr/bin/time and reads which files its JSON names. */
function runDiff(cli, a, b, work, name) {
  const r = timed([process.execPath, cli, 'diff', a, b, '--format', 'json'], work, name)
  if (r.status !== 1)
    throw new Error(`build-lab diff exited ${r.status} (expected 1): ${r.stderr.slice(-2000)}`)
  const json = JSON.parse(readFileSync(r.outFile, 'utf8'))
  return {
    ...r,
    paths: (json.files ?? []).map(f => f.path),
    files: json.files ?? [],
    layers: json.layers ?? []
  }
}

function ensureDiffoscope() {
  const has = () => spawnSync('sh', ['-c', 'command -v diffoscope'], { encoding: 'utf8' }).status === 0
  if (has()) return { ok: true }
  const apt = args =>
    spawnSync('apt-get', args, {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    })
  const install = ['install', '-y', '--no-install-recommends', 'diffoscope-minimal']
  log('installing diffoscope-minimal with apt-get')
  let r = apt(install)
  if (r.status !== 0) {
    apt(['update'])
    r = apt(install)
  }
  if (r.status === 0 && has()) return { ok: true }
  const why = (r.error?.message ?? r.stderr ?? '').trim().split('\n').pop()
  return { ok: false, why: `\`apt-get install diffoscope-minimal\` failed${why ? `: ${why}` : ''}` }
}

/**
 * The section for scripts/bench.mjs. Options: repeat (interleaved rounds, default 3), cli (path of the
 * bundled CLI), diffoscope (false to skip it), diffoscopeTimeoutSec (default 600), keep (keep the temp dir).
 */
export async function benchDiff(options = {}) {
  const repeat = Number(options.repeat ?? 3)
  const cli = options.cli ?? join(root, 'dist/cli/index.js')
  const timeoutSec = Number(options.diffoscopeTimeoutSec ?? 600)
  if (!existsSync(cli)) throw new Error(`${cli} not found: run npm run package first`)
  const work = await mkdtemp(join(options.tmpdir ?? tmpdir(), 'build-lab-bench-diff-'))
  try {
    // The scale pair: two single-layer images, one file differs.
    log(
      `generating two images of ${FILES} files (${Math.round((FILES * FILE_SIZE) / 2 ** 20)} MB uncompressed each) in ${work}`
    )
    const A = join(work, 'a')
    const B = join(work, 'b')
    const createdBig = ['COPY data /usr/share/data # buildkit']
    const [layerA, layerB] = await Promise.all([
      writeLayer(A, bigEntries(VARIANT_A)),
      writeLayer(B, bigEntries(VARIANT_B))
    ])
    await writeLayout(A, [layerA], createdBig)
    await writeLayout(B, [layerB], createdBig)
    // The skip pair: layer 0 is layerA in both (equal digest), layer 1 is small and differs.
    const SA = join(work, 'skip-a')
    const SB = join(work, 'skip-b')
    const createdSkip = [...createdBig, 'COPY conf /etc/app # buildkit']
    const [smallA, smallB] = await Promise.all([
      writeLayer(SA, smallEntries(VARIANT_A)),
      writeLayer(SB, smallEntries(VARIANT_B))
    ])
    await writeLayout(SA, [await shareLayer(SA, layerA), smallA], createdSkip)
    await writeLayout(SB, [await shareLayer(SB, layerA), smallB], createdSkip)

    // Warm the page cache and the CLI (not counted).
    gunzipFloor([layerA.path, layerB.path])
    runDiff(cli, A, B, work, 'warm')

    const blobs = [layerA.path, layerB.path]
    const floor = []
    const zseq = []
    const zpar = []
    const diff = []
    const rss = []
    let named = true
    let last
    for (let i = 0; i < repeat; i++) {
      floor.push(gunzipFloor(blobs))
      last = runDiff(cli, A, B, work, `diff-${i}`)
      zseq.push(zlibFloor('sequential', blobs))
      zpar.push(zlibFloor('parallel', blobs))
      diff.push(last.ms)
      rss.push(last.rssKB)
      named &&= last.paths.includes(DIFFERING_PATH)
      log(
        `round ${i + 1}/${repeat}: gzip -dc ${sec(floor[i])}, zlib ${sec(zseq[i])} / ${sec(zpar[i])} parallel, ` +
          `diff ${sec(last.ms)}, peak RSS ${mb(last.rssKB)}`
      )
    }
    const ratio = median(diff) / median(floor)
    const ratioSeq = median(diff) / median(zseq)
    const ratioPar = median(diff) / median(zpar)
    const strictest = Math.max(ratio, ratioSeq, ratioPar)
    const exact = last.paths.length === 1 && named

    // The skip check, interleaved the same way: small-layer floor, diff, big-layer floor (once per round).
    const skipFloor = []
    const bigFloor = []
    const skipDiff = []
    const skipRss = []
    const startup = []
    let skipNamed = true
    let skipLast
    runDiff(cli, SA, SB, work, 'skip-warm')
    for (let i = 0; i < repeat; i++) {
      skipFloor.push(gunzipFloor([smallA.path, smallB.path]))
      skipLast = runDiff(cli, SA, SB, work, `skip-${i}`)
      skipDiff.push(skipLast.ms)
      skipRss.push(skipLast.rssKB)
      skipNamed &&=
        skipLast.paths.includes(SMALL_DIFFERING_PATH) && !skipLast.paths.some(p => p.startsWith('usr/'))
      bigFloor.push(gunzipFloor([layerA.path]))
      startup.push(timed([process.execPath, cli, '--version'], work, `startup-${i}`).ms)
    }
    const skipExtra = Math.max(0, median(skipDiff) - median(startup))

    // diffoscope, once, on the same pair.
    let scope
    if (options.diffoscope === false) scope = { ok: false, why: 'skipped (`--no-diffoscope`)' }
    else {
      scope = ensureDiffoscope()
      if (scope.ok) {
        scope.version = spawnSync('diffoscope', ['--version'], { encoding: 'utf8' }).stdout.trim()
        log(`running ${scope.version} on the pair (timeout ${timeoutSec} s)`)
        const r = timed(['diffoscope', '--text', '-', A, B], work, 'diffoscope', timeoutSec)
        const out = readFileSync(r.outFile, 'utf8')
        scope = {
          ...scope,
          ...r,
          timedOut: r.status === 124,
          named: out.includes(DIFFERING_PATH),
          outBytes: out.length
        }
        log(
          `diffoscope: exit ${r.status}, ${sec(r.ms)}, peak RSS ${mb(r.rssKB)}, names the file: ${scope.named}`
        )
      }
    }

    const yn = b => (b ? 'yes' : 'no')
    const rel = p => (p.startsWith(work) ? `$TMP${p.slice(work.length)}` : p)
    const command = `/usr/bin/time -f '%e %M' node dist/cli/index.js diff ${rel(A)} ${rel(B)} --format json`
    const scopeCommand = `/usr/bin/time -f '%e %M' timeout ${timeoutSec} diffoscope --text - ${rel(A)} ${rel(B)}`
    const compMB = `${Math.round(layerA.size / 2 ** 20)} + ${Math.round(layerB.size / 2 ** 20)} MB gzip`
    const lines = [
      '### `build-lab diff` against the gunzip floor (and diffoscope)',
      '',
      `Two single-layer OCI layouts of ${FILES} files (${Math.round((FILES * FILE_SIZE) / 2 ** 20)} MB uncompressed each, ${compMB}),`,
      `one file differs (\`${DIFFERING_PATH}\`). Floor = gunzip both layers to nowhere: \`gzip -dc <layer> > /dev/null\``,
      `for each, one after the other; and node's zlib (what the diff uses), timed inside the process, both layers one after the`,
      `other and both at once (2 cores). ${repeat} round${repeat === 1 ? '' : 's'} interleaved (floors, diff, floors, diff, ...), medians;`,
      `the diff's time is the wall time of the whole CLI process, startup included. Peak RSS from \`/usr/bin/time %M\`.`,
      '',
      '| | median | range | ÷ `gzip -dc` floor | ÷ zlib floor | ÷ zlib floor, both at once | peak RSS | names the file |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      `| floor: \`gzip -dc\` both layers | ${sec(median(floor))} | ${range(floor)} | | | | | |`,
      `| floor: node zlib, one after the other | ${sec(median(zseq))} | ${range(zseq)} | | | | | |`,
      `| floor: node zlib, both at once | ${sec(median(zpar))} | ${range(zpar)} | | | | | |`,
      `| **build-lab diff** | ${sec(median(diff))} | ${range(diff)} | **${ratio.toFixed(2)}×** | **${ratioSeq.toFixed(2)}×** | **${ratioPar.toFixed(2)}×** | ${mb(Math.max(...rss))} | ${yn(named)}${named && !exact ? ` (+${last.paths.length - 1} more)` : ''} |`
    ]
    if (scope.ok) {
      const status = scope.timedOut
        ? ` (timed out at ${timeoutSec} s)`
        : scope.status > 1
          ? ` (exit ${scope.status})`
          : ''
      lines.push(
        `| ${scope.version}, 1 run | ${sec(scope.ms)}${status} | | ${[floor, zseq, zpar].map(f => `${(scope.ms / median(f)).toFixed(2)}×`).join(' | ')} | ${mb(scope.rssKB)} | ${yn(scope.named)} |`
      )
    }
    lines.push(
      '',
      `Targets: diff ≤ 2× the floor → **${strictest <= 2 ? 'met' : 'not met'}** (${strictest.toFixed(2)}× against the strictest floor,`,
      `${ratio.toFixed(2)}× against \`gzip -dc\`); peak RSS ≤ 200 MB →`,
      `**${Math.max(...rss) <= 200 * 1024 ? 'met' : 'not met'}** (${mb(Math.max(...rss))}, the largest of ${repeat} runs); the diff names`,
      `\`${DIFFERING_PATH}\`: ${yn(named)}${exact ? ' (and only it)' : ''}.`,
      '',
      '```',
      command,
      ...(scope.ok ? [scopeCommand] : []),
      '```',
      ''
    )
    if (scope.ok) {
      lines.push(
        `diffoscope exited ${scope.status} with ${scope.outBytes} bytes of output${scope.named ? ', naming the file' : ', without naming the file'}` +
          (scope.named
            ? '.'
            : ": it compares the layouts' blob files by name, and the differing layers have different names."),
        ''
      )
    } else lines.push(`diffoscope: not run, ${scope.why}.`, '')
    lines.push(
      `**Layers whose digests are equal are skipped without being read.** A two-layer pair: layer 0 is the`,
      `${Math.round(layerA.size / 2 ** 20)} MB gzip layer above, identical in both; layer 1 holds ${SMALL_FILES} files (${Math.round((SMALL_FILES * FILE_SIZE) / 2 ** 20)} MB) and differs.`,
      '',
      '| | median | range |',
      '| --- | --- | --- |',
      `| gunzip the two small layers | ${sec(median(skipFloor))} | ${range(skipFloor)} |`,
      `| gunzip layer 0 once | ${sec(median(bigFloor))} | ${range(bigFloor)} |`,
      `| \`node dist/cli/index.js --version\` (startup) | ${sec(median(startup))} | ${range(startup)} |`,
      `| build-lab diff | ${sec(median(skipDiff))} | ${range(skipDiff)} |`,
      '',
      `The diff took ${sec(median(skipDiff))}, ${skipExtra === 0 ? 'no more than' : `${sec(skipExtra)} beyond`} CLI startup, against ${sec(median(skipFloor))} to gunzip`,
      `the two small layers and ${sec(median(bigFloor))} to gunzip layer 0 once: layer 0 was ${skipExtra < median(bigFloor) / 2 ? '**skipped, not read**' : '**apparently read** (check)'}.`,
      `Peak RSS ${mb(Math.max(...skipRss))}; names \`${SMALL_DIFFERING_PATH}\` and nothing under layer 0: ${yn(skipNamed)}.`,
      ''
    )
    return lines.join('\n')
  } finally {
    if (options.keep) log(`kept ${work}`)
    else await rm(work, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      repeat: { type: 'string', default: '3' },
      'no-diffoscope': { type: 'boolean' },
      keep: { type: 'boolean' }
    }
  })
  const section = await benchDiff({
    repeat: Number(values.repeat),
    diffoscope: !values['no-diffoscope'],
    keep: values.keep
  })
  process.stdout.write(section + '\n')
}
