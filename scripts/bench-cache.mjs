// Cache benchmarks (sections for scripts/bench.mjs): entry growth, restore/save cost, local vs registry, cache mounts.
// They run the bundled action as a runner does, against a loopback Actions cache service (below) and a
// docker-registry on 127.0.0.1, and prune the daemon before every measured run: use a private engine.
// BENCH_ACTION=<path> runs another bundle than dist/index.js (e.g. one with cache-mounts wired in).
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(new URL('..', import.meta.url).pathname)
const action = process.env.BENCH_ACTION || join(root, 'dist/index.js')
const BUSYBOX = 'build-lab/busybox:local'
const NODE = 'build-lab/node:local'

export const kib = n => `${(n / 1024).toFixed(1)} KiB`
export const sec = ms => `${(ms / 1000).toFixed(2)} s`

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20 })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`)
  return r.stdout
}

const prune = () => sh('docker', ['buildx', 'prune', '-af'])

/** A loopback Actions cache service v2: enough of the protocol for @actions/cache 6 to restore and save. */
export async function startCacheService() {
  const entries = []
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', c => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const url = new URL(req.url, 'http://127.0.0.1')
      const json = (status, value) =>
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value))
      const rpc = url.pathname.split('.CacheService/')[1]
      if (rpc) {
        const q = JSON.parse(body.toString('utf8') || '{}')
        const blobUrl = e => `http://127.0.0.1:${server.address().port}/blob/${e.id}`
        if (rpc === 'CreateCacheEntry') {
          if (entries.some(e => e.key === q.key && e.version === q.version))
            return json(409, { code: 'already_exists', msg: 'exists' })
          const entry = {
            id: entries.length + 1,
            key: q.key,
            version: q.version,
            finalized: false,
            data: Buffer.alloc(0),
            blocks: new Map()
          }
          entries.push(entry)
          return json(200, { ok: true, signed_upload_url: blobUrl(entry) })
        }
        if (rpc === 'FinalizeCacheEntryUpload') {
          const entry = entries.find(e => e.key === q.key && e.version === q.version && !e.finalized)
          if (!entry) return json(200, { ok: false })
          entry.finalized = true
          return json(200, { ok: true, entry_id: String(entry.id) })
        }
        if (rpc === 'GetCacheEntryDownloadURL') {
          const candidates = entries.filter(e => e.finalized && e.version === q.version).reverse()
          let hit = candidates.find(e => e.key === q.key)
          for (const k of q.restore_keys ?? [])
            hit ??= candidates.find(e => e.key === k) ?? candidates.find(e => e.key.startsWith(k))
          return json(
            200,
            hit ? { ok: true, signed_download_url: blobUrl(hit), matched_key: hit.key } : { ok: false }
          )
        }
        return json(404, { code: 'bad_route' })
      }
      const entry = entries.find(e => e.id === Number(url.pathname.split('/blob/')[1]))
      if (!entry) return res.writeHead(404).end()
      const comp = url.searchParams.get('comp')
      if (req.method === 'PUT') {
        if (comp === 'block') entry.blocks.set(url.searchParams.get('blockid'), body)
        else if (comp === 'blocklist') {
          const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)</g)].map(
            m => m[1]
          )
          entry.data = Buffer.concat(ids.map(id => entry.blocks.get(id)))
        } else entry.data = body
        return res.writeHead(201).end()
      }
      let data = entry.data
      let status = 200
      const headers = {
        'Content-Type': 'application/octet-stream',
        'Accept-Ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob'
      }
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''))
      if (range) {
        const start = Number(range[1])
        const end = range[2] === '' ? data.length - 1 : Math.min(Number(range[2]), data.length - 1)
        headers['Content-Range'] = `bytes ${start}-${end}/${data.length}`
        data = data.subarray(start, end + 1)
        status = 206
      }
      res.writeHead(status, { ...headers, 'Content-Length': String(data.length) })
      res.end(req.method === 'HEAD' ? undefined : data)
    })
  })
  await new Promise(r => server.listen(0, '127.0.0.1', r))
  return {
    entries,
    url: `http://127.0.0.1:${server.address().port}/`,
    stop: () => new Promise(r => server.close(r))
  }
}

async function freePort() {
  const s = createNetServer()
  await new Promise(r => s.listen(0, '127.0.0.1', r))
  const { port } = s.address()
  await new Promise(r => s.close(r))
  return port
}

/** docker-registry (Debian, distribution 2.8) on 127.0.0.1 with its storage under a temporary directory. */
export async function startRegistry() {
  if (!existsSync('/usr/bin/docker-registry'))
    throw new Error('docker-registry is missing: apt-get install -y docker-registry')
  const dir = mkdtempSync(join(tmpdir(), 'build-lab-bench-registry-'))
  const host = `127.0.0.1:${await freePort()}`
  writeFileSync(
    join(dir, 'config.yml'),
    `version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/data\nhttp:\n  addr: ${host}\n`
  )
  const child = spawn('/usr/bin/docker-registry', ['serve', join(dir, 'config.yml')], { stdio: 'ignore' })
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://${host}/v2/`)).status === 200) break
    } catch {
      await new Promise(r => setTimeout(r, 100))
    }
  }
  return {
    host,
    bytes: () => Number(sh('du', ['-sb', join(dir, 'data')]).split('\t')[0]),
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise(r => child.once('exit', r))
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/**
 * One action run on a pruned daemon. The runner temp is the same for every run of a scenario, as on a runner.
 * Asynchronous: the loopback cache service answers from this process.
 */
export async function runAction(inputs, service, runnerTemp) {
  prune()
  mkdirSync(runnerTemp, { recursive: true })
  const files = {
    GITHUB_OUTPUT: join(runnerTemp, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOCKER_HOST: process.env.DOCKER_HOST,
    // the private engine's buildx plugin lives under its DOCKER_CONFIG
    ...(process.env.DOCKER_CONFIG ? { DOCKER_CONFIG: process.env.DOCKER_CONFIG } : {}),
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: runnerTemp,
    ...files,
    ...Object.fromEntries(
      Object.entries({ comment: 'never', epoch: '1700000000', ...inputs }).map(([k, v]) => [
        `INPUT_${k.toUpperCase()}`,
        v
      ])
    )
  }
  if (service)
    Object.assign(env, {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: service.url,
      ACTIONS_RUNTIME_TOKEN: 'bench'
    })
  const t0 = performance.now()
  const child = spawn(process.execPath, [action], { env, stdio: ['ignore', 'pipe', 'inherit'] })
  let stdout = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  const status = await new Promise(r => child.once('exit', r))
  const r = { status, stdout }
  const wallMs = performance.now() - t0
  const outputs = {}
  const lines = readFileSync(files.GITHUB_OUTPUT, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    outputs[m[1]] = value.join('\n')
  }
  if (r.status !== 0) throw new Error(`the action exited ${r.status}:\n${r.stdout.slice(-3000)}`)
  const report = JSON.parse(readFileSync(outputs['report-path'], 'utf8'))
  const warnings = r.stdout
    .split('\n')
    .filter(l => l.startsWith('::warning') && !l.startsWith('::warning title=build-lab BL'))
  return { outputs, report, wallMs, warnings, stdout: r.stdout }
}

function copyExample(name) {
  const dir = mkdtempSync(join(tmpdir(), `build-lab-bench-${name}-`))
  cpSync(join(root, 'example-dockerfiles', name), dir, { recursive: true })
  return dir
}

function editSource(context, file, n) {
  writeFileSync(join(context, file), `${readFileSync(join(context, file), 'utf8')}\n// edit ${n}\n`)
}

const nodeInputs = context => ({ context, 'build-args': `BASE=${NODE}`, network: 'host' })
export const run1Ms = r => Number(r.outputs['duration-run1-ms'])

/** Entry size over 10 consecutive runs, each after a source edit: it must stay within 1.2× of one run's. */
export async function benchCacheGrowth() {
  const service = await startCacheService()
  const context = mkdtempSync(join(tmpdir(), 'build-lab-bench-growth-'))
  writeFileSync(
    join(context, 'Dockerfile'),
    'ARG BASE\nFROM ${BASE}\nCOPY deps.lock /app/deps.lock\nRUN sha256sum /app/deps.lock > /app/deps.sum && head -c 262144 /dev/zero > /app/deps.blob\n' +
      'COPY src/ /app/src/\nRUN cat /app/src/* > /app/bundle\n'
  )
  writeFileSync(join(context, 'deps.lock'), 'lock v1\n')
  mkdirSync(join(context, 'src'))
  writeFileSync(join(context, 'src/main.txt'), 'main\n')
  const runnerTemp = mkdtempSync(join(tmpdir(), 'build-lab-bench-runner-'))
  const rows = []
  try {
    for (let n = 1; n <= 10; n++) {
      if (n > 1) editSource(context, 'src/main.txt', n)
      const r = await runAction(
        { context, 'build-args': `BASE=${BUSYBOX}`, network: 'none' },
        service,
        runnerTemp
      )
      const entry = service.entries.filter(e => e.finalized).at(-1)
      rows.push({
        n,
        hit: r.outputs['cache-hit'],
        size: Number(r.outputs['cache-size-bytes']),
        stored: entry.data.length,
        restore: r.outputs['cache-restore-ms'],
        save: r.outputs['cache-save-ms']
      })
    }
  } finally {
    await service.stop()
    rmSync(context, { recursive: true, force: true })
    rmSync(runnerTemp, { recursive: true, force: true })
  }
  const first = rows[0].size
  const max = Math.max(...rows.map(r => r.size))
  return [
    '### Cache entry size over 10 runs with a source edit each',
    '',
    'A busybox context (COPY lockfile, RUN writing 256 KiB, COPY src, RUN), the bundled action against a loopback cache',
    'service, daemon pruned before each run. Size = the `--cache-to` directory run 1 exported (`cache-size-bytes`);',
    'stored = the compressed entry the service received.',
    '',
    '| run | cache-hit | size | stored | restore | save |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      r => `| ${r.n} | ${r.hit} | ${kib(r.size)} | ${kib(r.stored)} | ${r.restore} ms | ${r.save} ms |`
    ),
    '',
    `**largest / first = ${(max / first).toFixed(2)}×** (bound: 1.2×).`,
    ''
  ].join('\n')
}

/** Restore and save time against the build time the restored cache saves, on node-optimized. */
export async function benchCacheTime() {
  const service = await startCacheService()
  const context = copyExample('node-optimized')
  const runnerTemp = mkdtempSync(join(tmpdir(), 'build-lab-bench-runner-'))
  let cold, warm, nocache
  try {
    nocache = await runAction({ ...nodeInputs(context), cache: 'false' }, null, runnerTemp + '-off')
    cold = await runAction(nodeInputs(context), service, runnerTemp)
    editSource(context, 'src/server.js', 1)
    warm = await runAction(nodeInputs(context), service, runnerTemp)
  } finally {
    await service.stop()
    rmSync(context, { recursive: true, force: true })
  }
  const cost = Number(warm.outputs['cache-restore-ms']) + Number(warm.outputs['cache-save-ms'])
  const saved = run1Ms(nocache) - run1Ms(warm)
  return [
    '### Restore and save time against the build time saved',
    '',
    '`example-dockerfiles/node-optimized` (`BASE=build-lab/node:local`, `network: host`), daemon pruned before each run.',
    'The warm run follows a source edit (a partial hit: only the last COPY re-runs).',
    '',
    '| run | cache-hit | run 1 | restore | save | cache size |',
    '| --- | --- | --- | --- | --- | --- |',
    `| cache off | - | ${sec(run1Ms(nocache))} | - | - | - |`,
    `| first (miss, saves) | ${cold.outputs['cache-hit']} | ${sec(run1Ms(cold))} | ${cold.outputs['cache-restore-ms']} ms | ${cold.outputs['cache-save-ms']} ms | ${kib(Number(cold.outputs['cache-size-bytes']))} |`,
    `| after a source edit | ${warm.outputs['cache-hit']} | ${sec(run1Ms(warm))} | ${warm.outputs['cache-restore-ms']} ms | ${warm.outputs['cache-save-ms']} ms | ${kib(Number(warm.outputs['cache-size-bytes']))} |`,
    '',
    `**run 1 time saved ${sec(saved)} for ${sec(cost)} of restore + save** (single runs).`,
    ''
  ].join('\n')
}

/** The Actions cache against a registry cache on the same scenario: prime, source edit, pruned daemon, measure. */
export async function benchLocalVsRegistry() {
  const service = await startCacheService()
  const registry = await startRegistry()
  const rows = []
  try {
    for (const backend of ['actions', 'registry']) {
      const context = copyExample('node-optimized')
      const runnerTemp = mkdtempSync(join(tmpdir(), `build-lab-bench-${backend}-`))
      const inputs = {
        ...nodeInputs(context),
        'cache-backend': backend,
        ...(backend === 'registry' ? { 'cache-ref': `${registry.host}/bench:node` } : {})
      }
      const prime = await runAction(inputs, service, runnerTemp)
      editSource(context, 'src/server.js', 1)
      const r = await runAction(inputs, service, runnerTemp)
      const size = backend === 'registry' ? registry.bytes() : Number(r.outputs['cache-size-bytes'])
      rows.push({ backend, prime, r, size })
      rmSync(context, { recursive: true, force: true })
    }
  } finally {
    await service.stop()
    await registry.stop()
  }
  const cell = v => (v === '' || v === undefined ? '-' : `${v} ms`)
  return [
    '### Actions cache against registry cache',
    '',
    '`example-dockerfiles/node-optimized`: a priming run, a source edit, then the measured run, daemon pruned before each.',
    'The registry is Debian `docker-registry` on 127.0.0.1; its import and export happen inside run 1.',
    '',
    '| backend | cold run 1 | warm run 1 | hit ratio | cache-hit | restore | save | stored |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ({ backend, prime, r, size }) =>
        `| ${backend} | ${sec(run1Ms(prime))} | ${sec(run1Ms(r))} | ${r.outputs['cache-hit-ratio']} | ${r.outputs['cache-hit']} | ${cell(r.outputs['cache-restore-ms'])} | ${cell(r.outputs['cache-save-ms'])} | ${kib(size)} |`
    ),
    ''
  ].join('\n')
}

/** With cache-mounts against without, after a lockfile change on node-optimized: the npm ci step. */
export async function benchCacheMounts() {
  const rows = []
  for (const mounts of ['false', 'true']) {
    const service = await startCacheService()
    const context = copyExample('node-optimized')
    const runnerTemp = mkdtempSync(join(tmpdir(), 'build-lab-bench-mounts-'))
    try {
      const inputs = { ...nodeInputs(context), 'cache-mounts': mounts, 'cache-mounts-image': BUSYBOX }
      await runAction(inputs, service, runnerTemp)
      for (const f of ['package.json', 'package-lock.json']) {
        const file = join(context, f)
        writeFileSync(file, readFileSync(file, 'utf8').replaceAll('"version": "1.0.0"', '"version": "1.0.1"'))
      }
      const r = await runAction(inputs, service, runnerTemp)
      const npm = r.report.runs[0].steps.find(s => /npm ci/.test(s.instruction ?? s.name))
      const restored = /Cache mounts restored \((\w+)\)/.exec(r.stdout)?.[1] ?? 'none'
      rows.push({ mounts, r, npm, restored, warnings: r.warnings.length })
    } finally {
      await service.stop()
      rmSync(context, { recursive: true, force: true })
    }
  }
  return [
    '### cache-mounts after a lockfile change',
    '',
    '`example-dockerfiles/node-optimized` (`RUN --mount=type=cache,target=/root/.npm npm ci`): a priming run, then the',
    'lockfile changes (a partial hit: `npm ci` re-runs), daemon pruned before each. With `cache-mounts: true`, npm',
    'finds its cache restored; without, it downloads again. Helper image `build-lab/busybox:local`.',
    '',
    '| cache-mounts | mounts restored | `npm ci` step | run 1 | action wall time | warnings |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ({ mounts, r, npm, restored, warnings }) =>
        `| ${mounts} | ${restored} | ${npm ? sec(npm.durationMs) : '?'} | ${sec(run1Ms(r))} | ${sec(r.wallMs)} | ${warnings} |`
    ),
    ''
  ].join('\n')
}

export const cacheSections = {
  'cache-growth': benchCacheGrowth,
  'cache-time': benchCacheTime,
  'cache-registry': benchLocalVsRegistry,
  'cache-mounts': benchCacheMounts
}

// Run on its own: node scripts/bench-cache.mjs [section,...]
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const chosen = process.argv[2] ? process.argv[2].split(',') : Object.keys(cacheSections)
  const out = [`## build-lab cache bench (${new Date().toISOString().slice(0, 10)}, ${process.arch})`, '']
  for (const name of chosen) {
    process.stderr.write(`bench: ${name}\n`)
    out.push(await cacheSections[name]())
  }
  process.stdout.write(out.join('\n') + '\n')
}
