// What every bench script shares: timed commands, medians, formatting, raw buildx builds, and the engine's versions.
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'

export const root = resolve(new URL('..', import.meta.url).pathname)

/** Runs a command to completion and times it; a non-zero exit throws unless opts.allowFail. */
export function run(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...opts })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0 && !opts.allowFail) {
    process.stderr.write((r.stderr ?? '').slice(-2000))
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`)
  }
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr }
}

export const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  if (s.length === 0) return null
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

export const fmt = ms => (ms === null || ms === undefined ? '-' : `${(ms / 1000).toFixed(2)} s`)
export const ratio = (a, b) => (a === null || b === null || !b ? '-' : `${(a / b).toFixed(2)}×`)

/**
 * One `docker buildx build` as the gate's run 1 would run it, without build-lab: quiet progress, the OCI layout
 * output with rewrite-timestamp, SOURCE_DATE_EPOCH=0. `extra` adds flags (`--no-cache`, `-f`, cache flags).
 */
export function rawBuild({ context, base, network, file }, out, extra = []) {
  return run('docker', [
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
    ...(file ? ['-f', file] : []),
    ...extra,
    context
  ])
}

/** `build-lab run` of one scenario, measured `repeat` times, its records in `results`, no report. */
export function labRunArgs({ context, base, network, file }, scenario, repeat, results) {
  return [
    join(root, 'dist/cli/index.js'),
    'run',
    context,
    ...(file ? ['-f', file] : []),
    '--scenario',
    scenario,
    '--repeat',
    String(repeat),
    '--build-arg',
    `BASE=${base}`,
    '--network',
    network,
    '--epoch',
    '0',
    '--results',
    results,
    '--format',
    'none'
  ]
}

/** The engine and the machine the figures come from, for the results file and the page. */
export function environment() {
  const q = (cmd, args) => run(cmd, args, { allowFail: true }).stdout?.trim() ?? ''
  return {
    date: new Date().toISOString(),
    dockerd: q('docker', ['version', '--format', '{{.Server.Version}}']),
    buildx: q('docker', ['buildx', 'version']).split(' ')[1] ?? '',
    node: process.version,
    cpus: q('nproc', []),
    uptime: q('uptime', [])
  }
}
