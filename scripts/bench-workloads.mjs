// The realistic workloads' figures (sections for scripts/bench.mjs), every one a ratio measured side by side:
//   - persistent builder, interleaved round by round: cold (--no-cache), warm, warm after a source edit, warm after a
//     lockfile edit, raw buildx; the gate against its raw pair (warm + --no-cache); the lab's cold run against raw;
//   - fresh runner (daemon pruned) through the bundled action, per cache backend: Actions cache, registry, and the
//     Actions cache with cache mounts saved too; restore + save against the build time the cache saved.
// Workloads live in bench/workloads/<name>/ with naive.Dockerfile and optimized.Dockerfile.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, startCacheService, startRegistry } from './bench-cache.mjs'
import { fmt, labRunArgs, median, rawBuild, ratio, root, run } from './bench-lib.mjs'

const cli = join(root, 'dist/cli/index.js')
const log = line => process.stderr.write(`bench-workloads: ${line}\n`)

export const WORKLOADS = {
  'ts-service': {
    base: 'build-lab/node:local',
    network: 'host',
    // a service module deep in the import graph; the edit is a comment line, as the lab's edit-source makes it
    source: 'src/modules/order/service.ts',
    comment: '//',
    lockfile: 'package-lock.json'
  },
  'debian-apt': {
    base: 'build-lab/debian:local',
    network: 'host',
    source: 'bin/toolbox-check',
    comment: '#',
    lockfile: 'packages.txt'
  }
}

/** A private copy of a workload, so that edits never touch the repository; `flavour` picks the Dockerfile. */
function workload(name, flavour) {
  const w = WORKLOADS[name]
  const context = mkdtempSync(join(tmpdir(), `build-lab-bench-${name}-`))
  cpSync(join(root, 'bench/workloads', name), context, { recursive: true })
  return { ...w, name, flavour, context, file: join(context, `${flavour}.Dockerfile`) }
}

function editSource(w, n) {
  const file = join(w.context, w.source)
  writeFileSync(file, `${readFileSync(file, 'utf8')}${w.comment} edit ${n} ${process.pid}\n`)
}

/** Whitespace only, as the lab's edit-lockfile: the install step's cache key changes, the packages do not. */
function editLockfile(w) {
  const file = join(w.context, w.lockfile)
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n`)
}

const gateArgs = w => [
  cli,
  'gate',
  w.context,
  '-f',
  w.file,
  '--build-arg',
  `BASE=${w.base}`,
  '--network',
  w.network,
  '--epoch',
  '0',
  '--format',
  'json'
]

/**
 * Persistent builder, `rounds` interleaved rounds. Each round: raw cold, raw warm, the gate (optimized only), the
 * lab's cold scenario (optimized only), a source edit, a lockfile edit. Returns every sample in ms.
 */
function persistentRounds(name, flavour, rounds) {
  const w = workload(name, flavour)
  const s = {
    cold: [],
    warm: [],
    sourceEdit: [],
    lockfileEdit: [],
    gate: [],
    gateBuilds: [],
    gatePair: [],
    labCold: [],
    labColdBuild: []
  }
  const full = flavour === 'optimized'
  try {
    const prime = mkdtempSync(join(tmpdir(), 'build-lab-bench-'))
    log(`${name}/${flavour}: priming build`)
    rawBuild(w, join(prime, 'out'))
    rmSync(prime, { recursive: true, force: true })
    for (let r = 1; r <= rounds; r++) {
      const work = mkdtempSync(join(tmpdir(), 'build-lab-bench-'))
      log(`${name}/${flavour}: round ${r}/${rounds}`)
      const cold = rawBuild(w, join(work, 'cold'), ['--no-cache']).ms
      const warm = rawBuild(w, join(work, 'warm')).ms
      s.cold.push(cold)
      s.warm.push(warm)
      if (full) {
        s.gatePair.push(cold + warm)
        const g = run('node', [...gateArgs(w), '--work-dir', join(work, 'gate')], { allowFail: true })
        if (g.status !== 0 && g.status !== 1)
          throw new Error(`the gate exited ${g.status}: ${g.stderr.slice(-1500)}`)
        s.gate.push(g.ms)
        const verdict = JSON.parse(g.stdout)
        s.reproducible = verdict.reproducible
        // the gate's own two builds, as it timed them: the rest of its wall time is what the gate adds
        s.gateBuilds.push(verdict.runs.reduce((t, x) => t + x.durationMs, 0))
        const results = join(work, 'results.jsonl')
        const lab = run('node', labRunArgs(w, 'cold', 1, results), { allowFail: true })
        s.labCold.push(lab.ms)
        const record = readFileSync(results, 'utf8')
          .split('\n')
          .filter(l => l.trim() !== '')
          .map(l => JSON.parse(l))
          .find(x => x.scenario === 'cold')
        if (record?.duration_sec) s.labColdBuild.push(record.duration_sec * 1000)
      }
      editSource(w, r)
      s.sourceEdit.push(rawBuild(w, join(work, 'source')).ms)
      editLockfile(w)
      s.lockfileEdit.push(rawBuild(w, join(work, 'lockfile')).ms)
      rmSync(work, { recursive: true, force: true })
    }
  } finally {
    rmSync(w.context, { recursive: true, force: true })
  }
  return s
}

/**
 * Fresh runner, through the bundled action: daemon pruned before each run. Per backend: a priming run (cold, saves),
 * a source edit, the measured run (restore, import, run 1, save), then a run with nothing changed.
 */
async function freshRunner(name, backend, service, registry, unchanged) {
  const w = workload(name, 'optimized')
  const runnerTemp = mkdtempSync(join(tmpdir(), `build-lab-bench-runner-${backend}-`))
  const inputs = {
    context: w.context,
    file: w.file,
    'build-args': `BASE=${w.base}`,
    network: w.network,
    ...(backend === 'registry'
      ? { 'cache-backend': 'registry', 'cache-ref': `${registry.host}/bench:${name}` }
      : {}),
    ...(backend === 'actions+mounts'
      ? { 'cache-mounts': 'true', 'cache-mounts-image': 'build-lab/busybox:local' }
      : {})
  }
  const pick = r => ({
    wallMs: r.wallMs,
    run1Ms: Number(r.outputs['duration-run1-ms']),
    run2Ms: Number(r.outputs['duration-run2-ms']),
    hit: r.outputs['cache-hit'] ?? '',
    hitRatio: Number(r.outputs['cache-hit-ratio']),
    restoreMs: r.outputs['cache-restore-ms'] ? Number(r.outputs['cache-restore-ms']) : null,
    saveMs: r.outputs['cache-save-ms'] ? Number(r.outputs['cache-save-ms']) : null,
    sizeBytes: r.outputs['cache-size-bytes'] ? Number(r.outputs['cache-size-bytes']) : null
  })
  try {
    log(`${name}: fresh runner, ${backend}: priming run`)
    const prime = pick(await runAction(inputs, service, runnerTemp))
    editSource(w, 1)
    log(`${name}: fresh runner, ${backend}: after a source edit`)
    const edit = pick(await runAction(inputs, service, runnerTemp))
    let same = null
    if (unchanged) {
      log(`${name}: fresh runner, ${backend}: nothing changed`)
      same = pick(await runAction(inputs, service, runnerTemp))
    }
    return { backend, prime, edit, same }
  } finally {
    rmSync(w.context, { recursive: true, force: true })
    rmSync(runnerTemp, { recursive: true, force: true })
  }
}

function persistentTable(results) {
  const rows = []
  for (const [key, s] of Object.entries(results)) {
    const c = median(s.cold)
    rows.push(
      `| \`${key}\` | ${s.cold.length} | ${fmt(c)} | ${fmt(median(s.warm))} (**${ratio(median(s.warm), c)}**) | ` +
        `${fmt(median(s.sourceEdit))} (**${ratio(median(s.sourceEdit), c)}**) | ${fmt(median(s.lockfileEdit))} (**${ratio(median(s.lockfileEdit), c)}**) |`
    )
  }
  return [
    '| workload / Dockerfile | rounds | cold (`--no-cache`) | warm, no change | warm after a source edit | warm after a lockfile edit |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows
  ]
}

function gateLabTable(results) {
  const rows = []
  for (const [key, s] of Object.entries(results)) {
    if (s.gate.length === 0) continue
    const pair = median(s.gatePair)
    const gate = median(s.gate)
    // what each tool adds beyond the builds it ran, from its own timing of those builds (same invocation)
    const gateOwn = s.gateBuilds?.length ? median(s.gate.map((g, i) => g - s.gateBuilds[i])) : null
    const labOwn = s.labColdBuild.length ? median(s.labCold.map((l, i) => l - s.labColdBuild[i])) : null
    rows.push(
      `| \`${key}\` | ${fmt(pair)} | ${fmt(gate)} | ${ratio(gate, pair)} | ${gateOwn === null ? '-' : `**+${fmt(gateOwn)}**`} | ${s.reproducible ? 'yes' : 'no'} | ` +
        `${fmt(median(s.cold))} | ${fmt(median(s.labCold))} | ${ratio(median(s.labCold), median(s.cold))} | ` +
        `${labOwn === null ? '-' : `**+${fmt(labOwn)} (${((labOwn / median(s.labColdBuild)) * 100).toFixed(1)}%)**`} |`
    )
  }
  return [
    '| workload | raw warm + `--no-cache` | gate | gate / raw | gate beyond its own two builds | reproducible | raw cold | `build-lab run --scenario cold` | lab / raw | lab beyond its build |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows
  ]
}

function freshRows(name, fresh, coldMs) {
  return fresh.map(({ backend, prime, edit, same }) => {
    const cost = (edit.restoreMs ?? 0) + (edit.saveMs ?? 0)
    const saved = prime.run1Ms - edit.run1Ms
    const costCell = edit.restoreMs === null ? '(inside run 1)' : `${edit.restoreMs} + ${edit.saveMs} ms`
    return (
      `| \`${name}\` | ${backend} | ${fmt(prime.run1Ms)} | ${fmt(edit.run1Ms)} (**${ratio(edit.run1Ms + cost, coldMs)}**), ${edit.hit} ${edit.hitRatio.toFixed(2)} | ` +
      `${same ? `${fmt(same.run1Ms)} (**${ratio(same.run1Ms + (same.restoreMs ?? 0), coldMs)}**), ${same.hit}` : 'not run'} | ${costCell} | ` +
      `${edit.restoreMs === null ? '-' : `**${ratio(cost, saved)}**`} | ${edit.sizeBytes === null ? '-' : `${(edit.sizeBytes / 2 ** 20).toFixed(1)} MiB`} |`
    )
  })
}

/**
 * The workload section: `rounds` interleaved rounds per Dockerfile on a persistent builder, then the fresh-runner
 * backends for the optimized Dockerfile of each workload in `freshFor`. Returns { markdown, json }.
 */
export async function benchWorkloads({
  rounds = 3,
  names = Object.keys(WORKLOADS),
  flavours = ['optimized', 'naive'],
  freshFor = ['ts-service'],
  progress = null
} = {}) {
  const persistent = {}
  const fresh = {}
  // Each piece is written as soon as it is measured, so that an interrupted run keeps what it has.
  const save = () => progress && writeFileSync(progress, JSON.stringify({ persistent, fresh }, null, 2))
  for (const name of names)
    for (const flavour of flavours) {
      persistent[`${name}/${flavour}`] = persistentRounds(name, flavour, flavour === 'optimized' ? rounds : 1)
      save()
    }
  const service = await startCacheService()
  const registry = await startRegistry()
  try {
    for (const name of names.filter(n => freshFor.includes(n))) {
      fresh[name] = []
      for (const backend of ['actions', 'registry', 'actions+mounts']) {
        fresh[name].push(await freshRunner(name, backend, service, registry, backend === 'actions'))
        save()
      }
    }
  } finally {
    await service.stop()
    await registry.stop()
  }
  return render(persistent, fresh)
}

/** The section's markdown from the samples (also for results merged from runs on two engines). */
export function render(persistent, fresh) {
  const markdown = [
    '### Realistic workloads on a persistent builder',
    '',
    'Raw `docker buildx build` (OCI layout output, `rewrite-timestamp`), the daemon keeping its cache and the cache',
    'mounts between builds, as on a self-hosted runner or a developer machine. Each round runs, in this order: cold',
    '(`--no-cache`), warm (nothing changed), the gate and the lab (optimized only), warm after a source edit (a comment',
    'line in one file), warm after a lockfile edit (whitespace). Medians; ratio to cold in parentheses.',
    '',
    ...persistentTable(persistent),
    '',
    '### The gate and the lab against raw builds, on the realistic workloads',
    '',
    "Same rounds. Raw pair = that round's cold and warm builds (what the gate runs: run 1 warm, run 2 `--no-cache`);",
    "lab = `build-lab run --scenario cold --repeat 1`, the whole process, against that round's raw cold build.",
    '',
    ...gateLabTable(persistent),
    '',
    '### Realistic workloads on a fresh runner, per cache backend',
    '',
    'The bundled action against a loopback Actions cache service and a docker-registry on 127.0.0.1, the daemon pruned',
    'before every run. A priming run, a source edit, then the same again with nothing changed. "÷ cold" divides',
    "restore + run 1 by the persistent builder's median cold build of the same Dockerfile. Time saved = priming run 1",
    '− run 1 after the edit. Registry restore and save happen inside run 1 (`--cache-from/--cache-to type=registry`).',
    '',
    '| workload | backend | run 1, cold (priming) | run 1 after a source edit (restore + run 1 ÷ cold) | run 1, nothing changed (restore + run 1 ÷ cold) | restore + save | restore + save ÷ run-1 time saved | cache size |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...Object.entries(fresh).flatMap(([name, f]) =>
      freshRows(name, f, median(persistent[`${name}/optimized`].cold))
    ),
    ''
  ].join('\n')
  return { markdown, json: { persistent, fresh } }
}
