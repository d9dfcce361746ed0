// Side-by-side benchmarks, measured in one run as ratios: gate vs raw buildx, warm vs cold.
// Usage: node scripts/bench.mjs [--repeat N] [--only gate]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' }, only: { type: 'string' } } })
const repeat = Number(values.repeat)
const root = resolve(new URL('..', import.meta.url).pathname)
const cli = join(root, 'dist/cli/index.js')

function run(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...opts })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0 && !opts.allowFail) {
    process.stderr.write(r.stderr.slice(-2000))
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`)
  }
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const fmt = ms => `${(ms / 1000).toFixed(2)} s`

function rawBuild(ctx, out, extra) {
  return run('docker', [
    'buildx', 'build', '--progress=quiet', '--network=none', '--provenance=false',
    '--build-arg', 'BASE=build-lab/busybox:local', '--build-arg', 'SOURCE_DATE_EPOCH=0',
    '--output', `type=oci,tar=false,dest=${out},rewrite-timestamp=true`, ...extra, ctx
  ])
}

/** The gate against two raw builds with the same outputs (warm, then --no-cache), interleaved. */
function benchGate() {
  const ctx = join(root, 'example-dockerfiles/reproducible')
  const gate = []
  const raw = []
  // Prime the daemon so every "warm" run 1 is equally warm.
  run('node', [cli, 'gate', ctx, '--build-arg', 'BASE=build-lab/busybox:local', '--network', 'none', '--epoch', '0'])
  for (let i = 0; i < repeat; i++) {
    const work = mkdtempSync(join(tmpdir(), 'build-lab-bench-'))
    const a = rawBuild(ctx, join(work, 'r1'), [])
    const b = rawBuild(ctx, join(work, 'r2'), ['--no-cache'])
    raw.push(a.ms + b.ms)
    const g = run('node', [cli, 'gate', ctx, '--build-arg', 'BASE=build-lab/busybox:local', '--network', 'none', '--epoch', '0', '--work-dir', join(work, 'gate')])
    gate.push(g.ms)
    rmSync(work, { recursive: true, force: true })
  }
  const ratio = median(gate) / median(raw)
  return [
    '### Gate against two raw `docker buildx build` runs',
    '',
    `Context \`example-dockerfiles/reproducible\` (busybox base, ${repeat} interleaved rounds). Raw = one warm build plus one`,
    '`--no-cache` build with the same OCI output; gate = `build-lab gate` (engine checks, epoch, run 1, context copy with',
    'new mtimes, wait for the next wall-clock second, run 2, verdict).',
    '',
    '| | median | min | max |',
    '| --- | --- | --- | --- |',
    `| raw buildx ×2 | ${fmt(median(raw))} | ${fmt(Math.min(...raw))} | ${fmt(Math.max(...raw))} |`,
    `| build-lab gate | ${fmt(median(gate))} | ${fmt(Math.min(...gate))} | ${fmt(Math.max(...gate))} |`,
    '',
    `**gate / raw = ${ratio.toFixed(2)}×** (median over median; +${fmt(median(gate) - median(raw))} per gate).`,
    ''
  ].join('\n')
}

const sections = { gate: benchGate }
const chosen = values.only ? values.only.split(',') : Object.keys(sections)
const out = [`## build-lab bench (${new Date().toISOString().slice(0, 10)}, ${process.arch}, repeat ${repeat})`, '']
for (const name of chosen) {
  process.stderr.write(`bench: ${name}\n`)
  out.push(sections[name]())
}
process.stdout.write(out.join('\n') + '\n')
