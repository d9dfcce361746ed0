// How the costs grow (a section for scripts/bench.mjs, or on its own): the gate's context copy against the number
// of files and the bytes, `build-lab diff` time and peak RSS against image size and layer count, and the Actions
// cache's restore and save against the cache size. Each series is drawn to an SVG in docs/images/ (svg-chart.mjs),
// with the slope of log(cost) against log(size): 1 is linear, above 1 grows faster than linear.
// Usage: node scripts/bench-scale.mjs [--quick] [--only copy,diff,cache] [--charts docs/images]
import { spawnSync } from 'node:child_process'
import { createCipheriv } from 'node:crypto'
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { runAction, startCacheService } from './bench-cache.mjs'
import { FILE_SIZE, fileContent, timed, writeLayer, writeLayout } from './bench-diff.mjs'
import { median, root } from './bench-lib.mjs'
import { chart, logSlope } from './svg-chart.mjs'

const log = line => process.stderr.write(`bench-scale: ${line}\n`)
const MB = 1e6
const human = b =>
  b >= 1e9 ? `${b / 1e9} GB` : b >= 1e6 ? `${b / 1e6} MB` : b >= 1e3 ? `${b / 1e3} kB` : `${b} B`
const count = n => (n >= 1000 ? `${n / 1000}k` : String(n))
const secs = ms => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`)

/**
 * The gate's copy function, compiled from src/ with the project's TypeScript into node_modules/.cache (so that its
 * npm imports resolve): the bench times the code the gate runs, without a build around it.
 */
function loadCopy() {
  const out = join(root, 'node_modules/.cache/build-lab-bench-src')
  rmSync(out, { recursive: true, force: true })
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/typescript/bin/tsc'),
      '--outDir',
      out,
      '--rootDir',
      join(root, 'src'),
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      '--types',
      'node',
      join(root, 'src/context/fresh-checkout.ts')
    ],
    { encoding: 'utf8' }
  )
  if (r.status !== 0) throw new Error(`tsc of src/context/fresh-checkout.ts failed: ${r.stdout}${r.stderr}`)
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n')
  return import(pathToFileURL(join(out, 'context/fresh-checkout.js')).href)
}

/** A context of `files` files holding `bytes` in all, in directories of 100, with a Dockerfile and .dockerignore. */
function makeContext(dir, files, bytes) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /\n')
  writeFileSync(join(dir, '.dockerignore'), 'ignored/\n*.tmp\n')
  const size = Math.max(1, Math.floor(bytes / files))
  const chunk = Buffer.alloc(Math.min(size, 8 * 2 ** 20), 'a')
  for (let i = 0; i < files; i++) {
    const sub = join(dir, 'src', `d${Math.floor(i / 100)}`)
    if (i % 100 === 0) mkdirSync(sub, { recursive: true })
    const file = join(sub, `f${i}.txt`)
    if (size <= chunk.length) writeFileSync(file, chunk.subarray(0, size))
    else {
      const parts = []
      for (let left = size; left > 0; left -= chunk.length)
        parts.push(chunk.subarray(0, Math.min(left, chunk.length)))
      writeFileSync(file, Buffer.concat(parts))
    }
  }
}

/**
 * Every point is made first, then measured in interleaved rounds (each round visits every point once), so that the
 * load of a shared machine spreads over all points instead of bending the curve.
 */
async function interleaved(points, rounds, prepare, measureOnce) {
  const prepared = []
  for (const p of points) prepared.push({ p, state: await prepare(p), samples: [], extra: [] })
  for (let r = 0; r < rounds; r++)
    for (const x of prepared) {
      const { ms, extra } = await measureOnce(x.p, x.state, r)
      x.samples.push(ms)
      x.extra.push(extra)
    }
  return prepared
}

async function copySeries(copy, quick) {
  const byFiles = (quick ? [100, 1000, 10000] : [100, 1000, 10000, 100000]).map(n => ({
    files: n,
    bytes: n * 1024
  }))
  const byBytes = (quick ? [10, 100] : [10, 100, 1000, 2000]).map(m => ({ files: 100, bytes: m * MB }))
  const work = mkdtempSync(join(tmpdir(), 'build-lab-scale-copy-'))
  try {
    const done = await interleaved(
      [...byFiles, ...byBytes],
      3,
      (p, i = `${p.files}-${p.bytes}`) => {
        makeContext(join(work, i), p.files, p.bytes)
        return join(work, i)
      },
      async (p, ctx) => {
        const dest = `${ctx}-copy`
        spawnSync('sync')
        const t0 = performance.now()
        const stats = await copy.copyAsFreshCheckout(ctx, dest, 0, Math.floor(Date.now() / 1000))
        const ms = performance.now() - t0
        if (stats.files < p.files) throw new Error(`copied ${stats.files} files of ${p.files}`)
        rmSync(dest, { recursive: true, force: true })
        return { ms }
      }
    )
    const points = done.map(x => {
      log(`copy ${x.p.files} files, ${human(x.p.bytes)}: ${x.samples.map(v => v.toFixed(0)).join(', ')} ms`)
      return { files: x.p.files, bytes: x.p.bytes, ms: median(x.samples), samples: x.samples }
    })
    return { files: points.slice(0, byFiles.length), bytes: points.slice(byFiles.length) }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Two OCI layouts of `layers` gzip layers holding `bytes` in all; in every layer one file differs. */
async function makePair(dir, bytes, layers) {
  const perLayer = Math.max(1, Math.round(bytes / FILE_SIZE / layers))
  for (const variant of ['a', 'b']) {
    const out = join(dir, variant)
    const written = []
    for (let l = 0; l < layers; l++) {
      const entries = function* () {
        for (let i = 0; i < perLayer; i++) {
          const head =
            i === 0 ? `built at ${variant === 'a' ? 'one time' : 'another time'}\n` : `file ${l}/${i}\n`
          yield [`usr/share/l${l}/d${i % 40}/file-${i}.txt`, fileContent(l * 131 + i, head)]
        }
      }
      written.push(await writeLayer(out, entries()))
    }
    await writeLayout(
      out,
      written,
      written.map((_, l) => `RUN make layer ${l}`)
    )
  }
  return { a: join(dir, 'a'), b: join(dir, 'b'), files: perLayer * layers }
}

async function diffSeries(quick) {
  const cli = join(root, 'dist/cli/index.js')
  const bySize = (quick ? [10, 100, 500] : [10, 100, 500, 1000, 2000]).map(m => ({
    bytes: m * MB,
    layers: 1
  }))
  const byLayers = (quick ? [1, 10, 50] : [1, 10, 50, 100]).map(l => ({ bytes: 100 * MB, layers: l }))
  const work = mkdtempSync(join(tmpdir(), 'build-lab-scale-diff-'))
  const pairs = new Map()
  try {
    const done = await interleaved(
      [...bySize, ...byLayers],
      3,
      async p => {
        // 100 MB in one layer is a point of both series: written once
        const key = `${p.bytes}-${p.layers}`
        if (!pairs.has(key)) {
          log(`writing two images of ${human(p.bytes)} in ${p.layers} layer(s)`)
          mkdirSync(join(work, key))
          pairs.set(key, await makePair(join(work, key), p.bytes, p.layers))
        }
        return pairs.get(key)
      },
      (p, pair, r) => {
        const t = timed(
          [process.execPath, cli, 'diff', pair.a, pair.b, '--format', 'json'],
          work,
          `diff-${r}`
        )
        if (t.status !== 1)
          throw new Error(`build-lab diff exited ${t.status} (expected 1): ${t.stderr.slice(-1500)}`)
        return { ms: t.ms, extra: t.rssKB }
      }
    )
    const points = done.map(x => {
      log(
        `diff ${human(x.p.bytes)} in ${x.p.layers} layer(s): ${x.samples.map(v => v.toFixed(0)).join(', ')} ms`
      )
      return {
        bytes: x.p.bytes,
        layers: x.p.layers,
        ms: median(x.samples),
        samples: x.samples,
        peakRssKB: Math.max(...x.extra)
      }
    })
    return { size: points.slice(0, bySize.length), layers: points.slice(bySize.length) }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** The bundled action on a pruned daemon: run A saves a cache of ~`mb` MB (random bytes), run B restores it. */
async function cacheSeries(quick, onPoint = () => {}) {
  const sizes = quick ? [10, 100] : [10, 100, 500, 1000]
  const service = await startCacheService()
  const points = []
  try {
    for (const mb of sizes) {
      const context = mkdtempSync(join(tmpdir(), 'build-lab-scale-cache-'))
      const runnerTemp = mkdtempSync(join(tmpdir(), 'build-lab-scale-runner-'))
      try {
        // Incompressible and deterministic (AES-CTR over zeros, fixed key): the gate passes, and the cache is as
        // large as the data
        writeFileSync(join(context, 'Dockerfile'), 'ARG BASE\nFROM ${BASE}\nCOPY blob /blob\n')
        const cipher = createCipheriv('aes-128-ctr', Buffer.alloc(16, 1), Buffer.alloc(16, 2))
        const zeros = Buffer.alloc(MB)
        const fd = openSync(join(context, 'blob'), 'w')
        for (let i = 0; i < mb; i++) writeSync(fd, cipher.update(zeros))
        closeSync(fd)
        const inputs = { context, 'build-args': 'BASE=build-lab/busybox:local', network: 'none' }
        const a = await runAction(inputs, service, runnerTemp)
        const b = await runAction(inputs, service, runnerTemp)
        const point = {
          mb,
          sizeBytes: Number(a.outputs['cache-size-bytes']),
          saveMs: Number(a.outputs['cache-save-ms']),
          restoreMs: Number(b.outputs['cache-restore-ms']),
          hit: b.outputs['cache-hit'],
          run1MsCold: Number(a.outputs['duration-run1-ms']),
          run1MsWarm: Number(b.outputs['duration-run1-ms'])
        }
        log(`cache ${mb} MB: save ${point.saveMs} ms, restore ${point.restoreMs} ms (${point.hit})`)
        points.push(point)
        onPoint(points)
      } finally {
        rmSync(context, { recursive: true, force: true })
        rmSync(runnerTemp, { recursive: true, force: true })
      }
    }
  } finally {
    await service.stop()
  }
  return points
}

/** The context copy's chart: one log axis for both series, files and MB. */
export const copyChart = (byFiles, byMB, command) =>
  chart({
    title: "The gate's context copy (run 2's fresh checkout)",
    xLabel: 'files (1 KiB each), or MB (in 100 files)',
    yLabel: 'copy time',
    series: [
      { name: 'by files', points: byFiles },
      { name: 'by MB', points: byMB }
    ],
    formatX: count,
    formatY: secs,
    note: command
  })

/** The Actions cache's chart: restore and save time against the cache size. */
export const cacheChart = (restore, save, command) =>
  chart({
    title: 'Actions cache: restore and save',
    xLabel: 'cache size (MB)',
    yLabel: 'time',
    series: [
      { name: 'restore', points: restore },
      { name: 'save', points: save }
    ],
    formatX: count,
    formatY: secs,
    note: command
  })

const slopeCell = pts => {
  const s = logSlope(pts)
  return s === null ? '-' : `${s.toFixed(2)}${s > 1.15 ? ' (faster than linear)' : ''}`
}

export async function benchScale({
  quick = false,
  only = ['copy', 'diff', 'cache'],
  charts = join(root, 'docs/images')
} = {}) {
  const data = {}
  const md = ['### How the costs grow', '']
  const command = `node scripts/bench-scale.mjs${quick ? ' --quick' : ''}`
  mkdirSync(charts, { recursive: true })
  if (only.includes('copy')) {
    const copy = await loadCopy()
    data.copy = await copySeries(copy, quick)
    const f = data.copy.files.map(p => [p.files, p.ms])
    const b = data.copy.bytes.map(p => [p.bytes / MB, p.ms])
    writeFileSync(join(charts, 'scale-context-copy.svg'), copyChart(f, b, command))
    md.push(
      "**The gate's context copy** (`copyAsFreshCheckout`, the code run 2's fresh checkout runs; median of 3).",
      '![context copy](images/scale-context-copy.svg)',
      '',
      '| files | bytes | copy |',
      '| --- | --- | --- |',
      ...[...data.copy.files, ...data.copy.bytes].map(
        p => `| ${p.files} | ${human(p.bytes)} | ${p.ms.toFixed(0)} ms |`
      ),
      '',
      `Slope of log(time) against log(size): files ${slopeCell(f)}, bytes ${slopeCell(b)}.`,
      ''
    )
  }
  if (only.includes('diff')) {
    data.diff = await diffSeries(quick)
    const t = data.diff.size.map(p => [p.bytes / MB, p.ms])
    const m = data.diff.size.map(p => [p.bytes / MB, p.peakRssKB / 1024])
    const l = data.diff.layers.map(p => [p.layers, p.ms])
    writeFileSync(
      join(charts, 'scale-diff.svg'),
      chart({
        title: '`build-lab diff`: time and peak RSS',
        xLabel: 'image size (MB, one layer) / layer count (100 MB in all)',
        yLabel: 'ms / MB',
        series: [
          { name: 'time by size (ms)', points: t },
          { name: 'peak RSS by size (MB)', points: m },
          { name: 'time by layers (ms)', points: l }
        ],
        formatX: count,
        formatY: count,
        note: command
      })
    )
    md.push(
      '**`build-lab diff`** of two OCI layouts in which one file per layer differs (every layer differs, so every',
      'layer is read), the CLI process under `/usr/bin/time` (startup included), median of 3, peak RSS the largest.',
      '![diff](images/scale-diff.svg)',
      '',
      '| image | layers | diff | peak RSS |',
      '| --- | --- | --- | --- |',
      ...[...data.diff.size, ...data.diff.layers].map(
        p =>
          `| ${human(p.bytes)} | ${p.layers} | ${(p.ms / 1000).toFixed(2)} s | ${(p.peakRssKB / 1024).toFixed(0)} MB |`
      ),
      '',
      `Slopes: time by size ${slopeCell(t)}, RSS by size ${slopeCell(m)}, time by layers ${slopeCell(l)}.`,
      ''
    )
  }
  if (only.includes('cache')) {
    const draw = points =>
      writeFileSync(
        join(charts, 'scale-cache.svg'),
        cacheChart(
          points.map(p => [p.sizeBytes / MB, p.restoreMs]),
          points.map(p => [p.sizeBytes / MB, p.saveMs]),
          command
        )
      )
    // drawn after every point, so that a long series shows what it has
    data.cache = await cacheSeries(quick, draw)
    const r = data.cache.map(p => [p.sizeBytes / MB, p.restoreMs])
    const s = data.cache.map(p => [p.sizeBytes / MB, p.saveMs])
    md.push(
      '**Actions cache restore and save** through the bundled action and the loopback cache service, daemon pruned:',
      'run A builds `COPY blob /blob` (N MB that do not compress) and saves; run B restores it (one run each).',
      '![cache](images/scale-cache.svg)',
      '',
      '| cache size | save | restore | run B cache-hit |',
      '| --- | --- | --- | --- |',
      ...data.cache.map(p => `| ${human(p.sizeBytes)} | ${p.saveMs} ms | ${p.restoreMs} ms | ${p.hit} |`),
      '',
      `Slopes: restore ${slopeCell(r)}, save ${slopeCell(s)}.`,
      ''
    )
  }
  return { markdown: md.join('\n'), json: data }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      charts: { type: 'string' }
    }
  })
  const result = await benchScale({
    quick: values.quick,
    ...(values.only ? { only: values.only.split(',') } : {}),
    ...(values.charts ? { charts: resolve(values.charts) } : {})
  })
  const file = join(tmpdir(), `build-lab-bench-scale-${values.only ?? 'all'}.json`)
  writeFileSync(file, JSON.stringify(result.json, null, 2))
  process.stderr.write(`bench-scale: results in ${file}\n`)
  process.stdout.write(result.markdown + '\n')
}
