// The gate's fixed cost, side by side: a raw warm + `--no-cache` buildx pair against `build-lab gate` (one or
// more CLI bundles, e.g. before and after a change), interleaved round by round, with the gate's own breakdown.
//
//   node scripts/bench-gate-overhead.mjs [--example reproducible] [--rounds 7] [--cli dist/cli/index.js[,other.js]] [--json]
//
// Needs DOCKER_HOST etc. (source $BUILD_LAB_ENGINE_DIR/env) and a bundled CLI (npm run package).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    example: { type: 'string', default: 'reproducible' },
    context: { type: 'string' },
    base: { type: 'string' },
    network: { type: 'string' },
    rounds: { type: 'string', default: '7' },
    cli: { type: 'string', default: 'dist/cli/index.js' },
    json: { type: 'boolean', default: false }
  }
})
const ctx = resolve(values.context ?? join('example-dockerfiles', values.example))
const node = values.example.startsWith('node-')
const base = values.base ?? (node ? 'build-lab/node:local' : 'build-lab/busybox:local')
const network = values.network ?? (node ? 'host' : 'none')
const clis = values.cli.split(',').map(c => resolve(c))
const rounds = Number(values.rounds)

function timed(file, args) {
  const started = performance.now()
  const r = spawnSync(file, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const ms = performance.now() - started
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`${file} ${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(-2000)}`)
  }
  return { ms, stdout: r.stdout }
}

function rawBuild(out, extra) {
  return timed('docker', [
    'buildx',
    'build',
    '--progress=quiet',
    `--network=${network}`,
    '--provenance=false',
    '--build-arg',
    `BASE=${base}`,
    '--build-arg',
    'SOURCE_DATE_EPOCH=0',
    '--output',
    `type=oci,tar=false,dest=${out},rewrite-timestamp=true`,
    ...extra,
    ctx
  ]).ms
}

const gateArgs = cli => [
  cli,
  'gate',
  ctx,
  '--build-arg',
  `BASE=${base}`,
  '--network',
  network,
  '--epoch',
  '0'
]
const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

// Prime the daemon so that every run 1 and every raw warm build is equally warm.
for (const cli of clis) timed('node', gateArgs(cli))
const raw = []
const gates = clis.map(() => ({ wall: [], timings: [], nodeStart: [] }))
for (let i = 0; i < rounds; i++) {
  const work = mkdtempSync(join(tmpdir(), 'build-lab-overhead-'))
  raw.push(rawBuild(join(work, 'r1'), []) + rawBuild(join(work, 'r2'), ['--no-cache']))
  clis.forEach((cli, k) => {
    gates[k].nodeStart.push(timed('node', [cli, '--version']).ms)
    const g = timed('node', [...gateArgs(cli), '--format', 'json', '--work-dir', join(work, `gate-${k}`)])
    gates[k].wall.push(g.ms)
    const timings = JSON.parse(g.stdout).timings
    if (timings) gates[k].timings.push(timings)
  })
  rmSync(work, { recursive: true, force: true })
}

const overheadKeys = ['beforeGateMs', 'probesMs', 'prepareMs', 'betweenRunsMs', 'clockWaitMs', 'verdictMs']
const result = {
  example: values.example,
  context: ctx,
  rounds,
  rawPairMs: median(raw),
  gates: clis.map((cli, k) => {
    const g = gates[k]
    const t = g.timings
    return {
      cli,
      gateMs: median(g.wall),
      overMs: median(g.wall.map((w, i) => w - raw[i])),
      ratio: median(g.wall) / median(raw),
      nodeVersionMs: median(g.nodeStart),
      breakdown:
        t.length === 0
          ? null
          : {
              ...Object.fromEntries(overheadKeys.map(key => [key, median(t.map(x => x.overhead[key] ?? 0))])),
              copyMs: median(t.map(x => x.copyMs ?? 0)),
              run1Ms: median(t.map(x => x.run1Ms)),
              run2Ms: median(t.map(x => x.run2Ms))
            }
    }
  })
}

if (values.json) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n')
} else {
  const s = ms => `${(ms / 1000).toFixed(2)} s`
  console.log(
    `${values.example}: ${rounds} interleaved rounds; raw warm + --no-cache pair ${s(result.rawPairMs)}`
  )
  for (const g of result.gates) {
    console.log(
      `  ${g.cli}: gate ${s(g.gateMs)}, over the pair ${s(g.overMs)} (median of the per-round differences), ×${g.ratio.toFixed(2)}; node --version ${s(g.nodeVersionMs)}`
    )
    if (g.breakdown) console.log(`    ${JSON.stringify(g.breakdown)}`)
  }
}
