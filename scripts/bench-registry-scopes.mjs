// Bench: the keyed registry cache with branch scopes against the Actions cache, on any example context.
//   node scripts/bench-registry-scopes.mjs --context DIR [--file Dockerfile] [--build-arg K=V]... [--network host]
//        [--edit src/file] [--prs 10] [--sections import,storage]
// import: a priming run on main, a source edit, then the measured run on a pruned daemon, per backend.
// storage: main primes the shared scope; then N PRs, each with its own source edit, write their own scopes,
// against the same N PRs writing one shared scope, and against the Actions cache's N entries.
// It runs the bundled action (dist/index.js) and prunes the daemon before every run: use a private engine
// (BUILD_LAB_ENGINE_DIR=/tmp/x bash scripts/engine.sh, then source $BUILD_LAB_ENGINE_DIR/env). Prints markdown.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { kib, run1Ms, runAction, sec, startCacheService, startRegistry } from './bench-cache.mjs'

const { values } = parseArgs({
  options: {
    context: { type: 'string' },
    file: { type: 'string' },
    'build-arg': { type: 'string', multiple: true },
    network: { type: 'string', default: 'host' },
    edit: { type: 'string' },
    prs: { type: 'string', default: '10' },
    sections: { type: 'string', default: 'import,storage' }
  }
})
if (!values.context) {
  console.error(
    'usage: node scripts/bench-registry-scopes.mjs --context DIR [--file F] [--build-arg K=V]... [--edit FILE] [--prs N]'
  )
  process.exit(2)
}
const source = resolve(values.context)
const prs = Number(values.prs)
const sections = values.sections.split(',')

/** The first file under src/ (or the context), for the source edits. */
function editTarget(dir) {
  if (values.edit) return values.edit
  const walk = d => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name)
      if (statSync(full).isDirectory()) {
        if (name === 'node_modules' || name.startsWith('.')) continue
        const found = walk(full)
        if (found) return found
      } else if (/\.(ts|js|py|go|rs|txt|sh)$/.test(name)) return full
    }
    return null
  }
  const found = walk(join(dir, 'src')) ?? walk(dir)
  if (!found) throw new Error(`no source file to edit in ${dir}: pass --edit`)
  return relative(dir, found)
}

function copyContext() {
  const dir = mkdtempSync(join(tmpdir(), `build-lab-bench-scopes-${basename(source)}-`))
  cpSync(source, dir, { recursive: true })
  return dir
}

function edit(context, file, tag) {
  writeFileSync(join(context, file), `${readFileSync(join(context, file), 'utf8')}\n// edit ${tag}\n`)
}

const inputs = (context, extra) => ({
  context,
  ...(values.file ? { file: join(context, values.file) } : {}),
  'build-args': (values['build-arg'] ?? ['BASE=build-lab/node:local']).join('\n'),
  network: values.network,
  ...extra
})

async function benchImport() {
  const service = await startCacheService()
  const registry = await startRegistry()
  const rows = []
  try {
    for (const backend of ['actions', 'registry']) {
      const context = copyContext()
      const file = editTarget(context)
      const runner = mkdtempSync(join(tmpdir(), `build-lab-bench-scopes-${backend}-`))
      const extra =
        backend === 'registry'
          ? { 'cache-backend': 'registry', 'cache-ref': `${registry.host}/bench`, 'cache-scope': 'main' }
          : {}
      const prime = await runAction(inputs(context, extra), service, runner)
      edit(context, file, 'import')
      const r = await runAction(inputs(context, extra), service, runner)
      const stored = backend === 'registry' ? registry.bytes() : Number(r.outputs['cache-size-bytes'])
      rows.push({ backend, prime, r, stored })
      rmSync(context, { recursive: true, force: true })
    }
  } finally {
    await service.stop()
    await registry.stop()
  }
  const cell = v => (v === '' || v === undefined ? '-' : `${v} ms`)
  return [
    `### Registry cache (keyed, scoped) against the Actions cache: \`${basename(source)}\``,
    '',
    'A priming run, a source edit, then the measured run; the daemon is pruned before each (a fresh runner).',
    'The Actions cache restores before run 1 (`restore`); the registry cache probes its tags with HEAD before run 1',
    '(in `restore`) and imports inside run 1.',
    '',
    '| backend | cold run 1 | warm run 1 | hit ratio | cache-hit | matched level | restore | save | stored |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ({ backend, prime, r, stored }) =>
        `| ${backend} | ${sec(run1Ms(prime))} | ${sec(run1Ms(r))} | ${r.outputs['cache-hit-ratio']} | ${r.outputs['cache-hit']} | ${r.outputs['cache-matched-level'] || '-'} | ${cell(r.outputs['cache-restore-ms'])} | ${cell(r.outputs['cache-save-ms'])} | ${kib(stored)} |`
    ),
    ''
  ].join('\n')
}

async function benchStorage() {
  const rows = []
  for (const layout of ['own scope per PR', 'one shared scope', 'actions cache']) {
    const service = await startCacheService()
    const registry = await startRegistry()
    const context = copyContext()
    const file = editTarget(context)
    const runner = mkdtempSync(join(tmpdir(), 'build-lab-bench-scopes-storage-'))
    const registryInputs = scope => ({
      'cache-backend': 'registry',
      'cache-ref': `${registry.host}/bench`,
      'cache-scope': scope,
      'cache-read-scopes': 'main'
    })
    try {
      const useRegistry = layout !== 'actions cache'
      await runAction(inputs(context, useRegistry ? registryInputs('main') : {}), service, runner)
      const afterMain = useRegistry
        ? registry.bytes()
        : service.entries.reduce((n, e) => n + e.data.length, 0)
      const ratios = []
      const levels = new Map()
      for (let n = 1; n <= prs; n++) {
        const pr = copyContext()
        edit(pr, file, `pr ${n}`)
        const scope = layout === 'own scope per PR' ? `pr-${n}` : 'shared'
        const r = await runAction(inputs(pr, useRegistry ? registryInputs(scope) : {}), service, runner)
        ratios.push(Number(r.outputs['cache-hit-ratio']))
        const level = r.outputs['cache-matched-level'] || r.outputs['cache-hit']
        levels.set(level, (levels.get(level) ?? 0) + 1)
        rmSync(pr, { recursive: true, force: true })
      }
      const tags = useRegistry
        ? await tagCount(registry.host)
        : service.entries.filter(e => e.finalized).length
      const total = useRegistry ? registry.bytes() : service.entries.reduce((n, e) => n + e.data.length, 0)
      rows.push({ layout, afterMain, total, tags, ratios, levels })
    } finally {
      await service.stop()
      await registry.stop()
      rmSync(context, { recursive: true, force: true })
    }
  }
  const mean = xs => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length)
  return [
    `### Storage after ${prs} PRs: \`${basename(source)}\``,
    '',
    `main primes the cache; then ${prs} PRs, each with its own source edit, run on a pruned daemon.`,
    'Registry: bytes under the docker-registry storage root (blobs are content-addressed and shared);',
    'Actions cache: the bytes of every entry the loopback cache service holds (each entry is a full archive).',
    '',
    '| layout | after main | after the PRs | growth per PR | tags / entries | mean hit ratio | matched |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      r =>
        `| ${r.layout} | ${kib(r.afterMain)} | ${kib(r.total)} | ${kib((r.total - r.afterMain) / Math.max(prs, 1))} | ${r.tags} | ${mean(r.ratios).toFixed(3)} | ${[...r.levels].map(([k, v]) => `${k} ×${v}`).join(', ')} |`
    ),
    ''
  ].join('\n')
}

async function tagCount(host) {
  const body = await (await fetch(`http://${host}/v2/bench/tags/list`)).json()
  return (body.tags ?? []).length
}

const out = []
if (sections.includes('import')) out.push(await benchImport())
if (sections.includes('storage')) out.push(await benchStorage())
console.log(out.join('\n'))
