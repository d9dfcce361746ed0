// Side-by-side benchmarks, measured in one run as ratios: gate vs raw buildx, warm vs cold.
// Usage: node scripts/bench.mjs [--repeat N] [--quick] [--json FILE]
//          [--only workloads,scale,gate,lab,naive,diff,cache-growth,cache-time,cache-registry,cache-mounts]
// --quick: one round of each realistic workload and the smaller half of each scaling series.
// --workloads ts-service,debian-apt  --flavours optimized,naive  --fresh ts-service (or '' for none): the
// workload section's scope (defaults: every workload, both Dockerfiles, the fresh runner for ts-service).
// --json FILE: every sample of every section, with the engine's versions, as JSON (default bench-results.json in
// the temp dir; the path is printed on stderr).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { cacheSections } from './bench-cache.mjs'
import { benchDiff } from './bench-diff.mjs'
import { environment, fmt, labRunArgs, median, rawBuild as rawBuildOf, run } from './bench-lib.mjs'
import { benchScale } from './bench-scale.mjs'
import { benchWorkloads } from './bench-workloads.mjs'

const { values } = parseArgs({
  options: {
    repeat: { type: 'string', default: '5' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    workloads: { type: 'string' },
    flavours: { type: 'string' },
    fresh: { type: 'string' }
  }
})
const repeat = Number(values.repeat)
const root = resolve(new URL('..', import.meta.url).pathname)
const cli = join(root, 'dist/cli/index.js')

/**
 * A deterministic, CPU-bound build of about ten seconds on this machine: the size of build where a fixed
 * per-invocation cost stops mattering. Made in a temp dir; `name` 'cpu-10s' selects it.
 */
function syntheticContext() {
  const dir = mkdtempSync(join(tmpdir(), 'build-lab-bench-ctx-'))
  writeFileSync(
    join(dir, 'Dockerfile'),
    'ARG BASE\nFROM ${BASE}\nCOPY seed /seed\n' +
      'RUN dd if=/dev/zero bs=1M count=700 2>/dev/null | sha256sum > /a.sum\n' +
      'RUN cat /seed /a.sum | sha256sum > /b.sum && dd if=/dev/zero bs=1M count=700 2>/dev/null | md5sum > /c.sum\n'
  )
  writeFileSync(join(dir, 'seed'), 'bench\n')
  return dir
}

function contextOf(name) {
  return name === 'cpu-10s' ? syntheticContext() : join(root, 'example-dockerfiles', name)
}

/** What each bundled example needs here: its local base image, and the network for npm. */
function exampleArgs(name) {
  return name.startsWith('node-')
    ? { base: 'build-lab/node:local', network: 'host' }
    : { base: 'build-lab/busybox:local', network: 'none' }
}

function rawBuild(ctx, out, extra, name = 'reproducible') {
  return rawBuildOf({ context: ctx, ...exampleArgs(name) }, out, extra)
}

/** The gate against two raw builds with the same outputs (warm, then --no-cache), interleaved. */
function benchGate() {
  const rows = []
  for (const name of ['reproducible', 'node-optimized', 'cpu-10s']) {
    const ctx = contextOf(name)
    const { base, network } = exampleArgs(name)
    const gateArgs = [cli, 'gate', ctx, '--build-arg', `BASE=${base}`, '--network', network, '--epoch', '0']
    const gate = []
    const raw = []
    // Prime the daemon so every "warm" run 1 is equally warm.
    run('node', gateArgs)
    for (let i = 0; i < repeat; i++) {
      const work = mkdtempSync(join(tmpdir(), 'build-lab-bench-'))
      const a = rawBuild(ctx, join(work, 'r1'), [], name)
      const b = rawBuild(ctx, join(work, 'r2'), ['--no-cache'], name)
      raw.push(a.ms + b.ms)
      gate.push(run('node', [...gateArgs, '--work-dir', join(work, 'gate')]).ms)
      rmSync(work, { recursive: true, force: true })
    }
    rows.push(
      `| \`${name}\` | ${fmt(median(raw))} | ${fmt(median(gate))} | +${fmt(median(gate) - median(raw))} | **${(median(gate) / median(raw)).toFixed(2)}×** |`
    )
  }
  return [
    '### Gate against two raw `docker buildx build` runs',
    '',
    `${repeat} interleaved rounds per example. Raw = one warm build plus one \`--no-cache\` build with the same OCI`,
    'output; gate = `build-lab gate` (engine checks, epoch, run 1, context copy with new mtimes, the wait for',
    'the next wall-clock second, run 2, verdict).',
    '',
    '| example | raw buildx ×2 (median) | build-lab gate (median) | difference | gate / raw |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}

/** Lab orchestration against the same cold builds run raw: `build-lab run --scenario cold --repeat 3`. */
function benchLabOverhead() {
  const rows = []
  for (const name of ['reproducible', 'node-naive', 'cpu-10s']) {
    const ctx = contextOf(name)
    const { base, network } = exampleArgs(name)
    const lab = []
    const raw = []
    for (let i = 0; i < repeat; i++) {
      const work = mkdtempSync(join(tmpdir(), 'build-lab-bench-'))
      let t = 0
      for (let k = 0; k < 3; k++) t += rawBuild(ctx, join(work, `r${k}`), ['--no-cache'], name).ms
      raw.push(t)
      const results = join(work, 'results.jsonl')
      lab.push(
        run('node', labRunArgs({ context: ctx, base, network }, 'cold', 3, results), { allowFail: true }).ms
      )
      rmSync(work, { recursive: true, force: true })
    }
    const ratio = median(lab) / median(raw)
    rows.push(
      `| \`${name}\` | ${fmt(median(raw))} | ${fmt(median(lab))} | **${((ratio - 1) * 100).toFixed(1)}%** |`
    )
  }
  return [
    '### Lab overhead over raw builds',
    '',
    `${repeat} interleaved rounds per example: three \`--no-cache\` builds run raw, then \`build-lab run --scenario cold`,
    '--repeat 3` (the same three builds plus engine checks, base-image digests before and after, progress parsing and',
    'the records). Goal ≤ 5%, aim ≤ 2%.',
    '',
    '| example | raw buildx ×3 (median) | build-lab run (median) | overhead |',
    '| --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}

/** warm/cold and warm-after-edit/cold for the naive and the optimized Node Dockerfile. */
function benchNaiveVsOptimized() {
  const rows = []
  for (const name of ['node-naive', 'node-optimized']) {
    const ctx = join(root, 'example-dockerfiles', name)
    const { base, network } = exampleArgs(name)
    const work = mkdtempSync(join(tmpdir(), 'build-lab-bench-'))
    const results = join(work, 'results.jsonl')
    run(
      'node',
      [
        cli,
        'run',
        ctx,
        '--all',
        '--repeat',
        String(Math.max(2, Math.min(repeat, 3))),
        '--build-arg',
        `BASE=${base}`,
        '--network',
        network,
        '--results',
        results,
        '--format',
        'none',
        '--cache-dir',
        join(work, 'cache')
      ],
      { allowFail: true }
    )
    const report = JSON.parse(
      run('node', [cli, 'report', '--format', 'json', '--results', results, '--no-lint']).stdout
    )
    const by = Object.fromEntries(report.scenarios.map(s => [s.scenario, s]))
    const med = s => by[s]?.duration_sec?.median ?? null
    const hit = s => by[s]?.cache_hit_ratio?.median ?? null
    const ratio = s => (med(s) !== null && med('cold') ? (med(s) / med('cold')).toFixed(2) : '-')
    const pct = v => (v === null ? '-' : `${Math.round(v * 100)}%`)
    rows.push(
      `| \`${name}\` | ${med('cold')?.toFixed(2)} s | ${med('warm')?.toFixed(2)} s (${ratio('warm')}) | ` +
        `${med('warm-source-edit')?.toFixed(2)} s (**${ratio('warm-source-edit')}**), hits ${pct(hit('warm-source-edit'))} | ` +
        `${med('warm-lockfile-edit')?.toFixed(2)} s (${ratio('warm-lockfile-edit')}), hits ${pct(hit('warm-lockfile-edit'))} |`
    )
    rmSync(work, { recursive: true, force: true })
  }
  return [
    '### node-naive against node-optimized',
    '',
    '`build-lab run <example> --all --repeat N` then `build-lab report --format json` (medians; ratio to cold in',
    'parentheses). Both use the local cache backend; npm reaches the registry through the host network.',
    '',
    '| example | cold | warm | warm after a source edit | warm after a lockfile edit |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}

const sections = {
  workloads: () =>
    benchWorkloads({
      rounds: values.quick ? 1 : Math.min(repeat, 3),
      ...(values.workloads ? { names: values.workloads.split(',') } : {}),
      ...(values.flavours ? { flavours: values.flavours.split(',') } : {}),
      ...(values.fresh !== undefined ? { freshFor: values.fresh.split(',') } : {}),
      progress: `${jsonPath}.workloads-progress.json`
    }),
  scale: () => benchScale({ quick: values.quick }),
  gate: benchGate,
  lab: benchLabOverhead,
  naive: benchNaiveVsOptimized,
  diff: () => benchDiff({ repeat: Math.min(repeat, 3) }),
  ...cacheSections
}

const chosen = values.only ? values.only.split(',') : Object.keys(sections)
const env = environment()
const out = [
  `## build-lab bench (${env.date.slice(0, 10)}, ${process.arch}, dockerd ${env.dockerd}, buildx ${env.buildx}, repeat ${repeat}${values.quick ? ', quick' : ''})`,
  '',
  `Load at the start: \`${env.uptime}\``,
  ''
]
const json = { environment: env, argv: process.argv.slice(2), sections: {} }
const jsonPath =
  values.json ?? join(mkdtempSync(join(tmpdir(), 'build-lab-bench-results-')), 'bench-results.json')
for (const name of chosen) {
  process.stderr.write(`bench: ${name}\n`)
  const t0 = performance.now()
  const result = await sections[name]()
  const markdown = typeof result === 'string' ? result : result.markdown
  json.sections[name] = {
    ms: performance.now() - t0,
    markdown,
    ...(typeof result === 'string' ? {} : { data: result.json })
  }
  out.push(markdown)
  writeFileSync(jsonPath, JSON.stringify(json, null, 2))
}
json.uptimeAtEnd = run('uptime', [], { allowFail: true }).stdout.trim()
out.push(`Load at the end: \`${json.uptimeAtEnd}\``, '')
writeFileSync(jsonPath, JSON.stringify(json, null, 2))
process.stderr.write(`bench: results in ${jsonPath}\n`)
process.stdout.write(out.join('\n') + '\n')
