// The layout docs/architecture.md describes exists, and the import rules between src/'s folders hold.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('../../', import.meta.url))
const src = path.join(root, 'src')

/** The only npm packages and node builtins core/ may import: pure computation, no I/O, no runner. */
const CORE_PACKAGES = [
  'ajv',
  'dockerfile-ast',
  'yaml',
  'node:crypto',
  'node:stream',
  'node:stream/promises',
  'node:zlib'
]
/** The folders (besides the entrypoints src/index.ts and src/cli.ts) that may import gate/. */
const GATE_USERS = ['action', 'cli']

interface Import {
  /** the importing file, relative to the repository root */
  file: string
  /** as written */
  specifier: string
  /** a relative import, resolved relative to src/ (no extension); null for a package */
  target: string | null
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory()
      ? sourceFiles(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : []
  )
}

/** Every static import, `export ... from`, `import type` and dynamic import() of a source file. */
function importsOf(file: string, text: string): Import[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => ({
    file: path.relative(root, file),
    specifier: fileName,
    target: fileName.startsWith('.')
      ? path.relative(src, path.resolve(path.dirname(file), fileName)).replace(/\.js$/, '')
      : null
  }))
}

/** The folder a path under src/ belongs to: its first segment; null for the entrypoints. */
function folderOf(fromSrc: string): string | null {
  const parts = fromSrc.split(path.sep)
  return parts.length > 1 ? parts[0] : null
}

/** Uses of the `process` global (env, cwd, argv...) outside strings and property names. */
function processUses(file: string, text: string): number[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true)
  const lines: number[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === 'process') {
      const parent = node.parent
      const isName = ts.isPropertyAccessExpression(parent) && parent.name === node
      if (!isName && !ts.isPropertyAssignment(parent)) {
        lines.push(sf.getLineAndCharacterOfPosition(node.getStart()).line + 1)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return lines
}

/** One line per broken rule, for the files given (relative paths under src/ → text). */
function importViolations(files: Map<string, string>): string[] {
  const out: string[] = []
  const edges = new Map<string, Map<string, Import>>()
  for (const [rel, text] of files) {
    const abs = path.join(src, rel)
    const from = folderOf(rel)
    for (const imp of importsOf(abs, text)) {
      const to = imp.target === null ? null : folderOf(imp.target)
      const where = `${imp.file} imports '${imp.specifier}'`
      if (from === 'core' && (imp.target === null ? !CORE_PACKAGES.includes(imp.specifier) : to !== 'core')) {
        out.push(`${where}: core/ imports only core/ and ${CORE_PACKAGES.join(', ')}`)
      }
      if (to === 'gate' && from !== 'gate' && from !== null && !GATE_USERS.includes(from)) {
        out.push(
          `${where}: only action/, cli/ and the entrypoints import gate/ (move what is shared to build/)`
        )
      }
      if ((from === 'action' && to === 'cli') || (from === 'cli' && to === 'action')) {
        out.push(`${where}: action/ and cli/ never import each other (move what is shared below them)`)
      }
      if (from !== null && to !== null && from !== to) {
        const targets = edges.get(from) ?? new Map<string, Import>()
        if (!targets.has(to)) targets.set(to, imp)
        edges.set(from, targets)
      }
    }
    if (folderOf(rel) === 'core') {
      for (const line of processUses(abs, text)) {
        out.push(`src/${rel}:${line} uses process: core/ is pure, its callers pass what it needs`)
      }
    }
  }
  for (const cycle of folderCycles(edges)) {
    const via = cycle.map((f, i) => {
      const imp = edges.get(f)!.get(cycle[(i + 1) % cycle.length])!
      return `${imp.file} imports '${imp.specifier}'`
    })
    out.push(`import cycle between folders ${[...cycle, cycle[0]].join(' → ')}: ${via.join('; ')}`)
  }
  return out
}

/** One shortest cycle through each folder that lies on one, each cycle reported once. */
function folderCycles(edges: Map<string, Map<string, Import>>): string[][] {
  const seen = new Set<string>()
  const cycles: string[][] = []
  for (const start of [...edges.keys()].sort()) {
    // Breadth-first from start's targets back to start: the shortest cycle through start.
    const previous = new Map<string, string>()
    const queue = [...(edges.get(start)?.keys() ?? [])].sort()
    for (const q of queue) previous.set(q, start)
    let found = false
    while (queue.length > 0 && !found) {
      const at = queue.shift()!
      if (at === start) {
        found = true
        break
      }
      for (const next of [...(edges.get(at)?.keys() ?? [])].sort()) {
        if (!previous.has(next)) {
          previous.set(next, at)
          queue.push(next)
        }
      }
    }
    if (!found) continue
    const cycle = [start]
    for (let at = previous.get(start)!; at !== start; at = previous.get(at)!) cycle.unshift(at)
    cycle.unshift(cycle.pop()!)
    const key = [...cycle].sort().join(',')
    if (!seen.has(key)) {
      seen.add(key)
      cycles.push(cycle)
    }
  }
  return cycles
}

function srcFiles(): Map<string, string> {
  return new Map(sourceFiles(src).map(f => [path.relative(src, f), readFileSync(f, 'utf8')]))
}

/** Repository paths written as inline code in docs/architecture.md. */
function documentedPaths(): string[] {
  const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8')
  const spans = [...doc.matchAll(/`([^`\s]+)`/g)].map(m => m[1])
  return [
    ...new Set(
      spans.filter(s =>
        /^(src|__tests__|__fixtures__|docs|scripts|schema|example-dockerfiles|dist)\/[\w./-]*$|^(action\.yml|package\.json|tsconfig\.json|jest\.config\.js|eslint\.config\.js|[A-Z][\w-]*\.md)$/.test(
          s
        )
      )
    )
  ]
}

describe('docs/architecture.md', () => {
  it('names only paths that exist', () => {
    const paths = documentedPaths()
    expect(paths.length).toBeGreaterThan(40)
    const missing = paths.filter(p => !existsSync(path.join(root, p)))
    expect(missing.map(p => `docs/architecture.md names ${p}, which does not exist`)).toEqual([])
  })

  it('names every folder of src/ and of src/core/', () => {
    const named = new Set(documentedPaths().map(p => p.replace(/\/$/, '')))
    const folders = [src, path.join(src, 'core')].flatMap(dir =>
      readdirSync(dir)
        .filter(e => statSync(path.join(dir, e)).isDirectory())
        .map(e => path.relative(root, path.join(dir, e)))
    )
    expect(folders.length).toBeGreaterThan(10)
    const unnamed = folders.filter(f => !named.has(f))
    expect(unnamed.map(f => `${f}/ is not described in docs/architecture.md`)).toEqual([])
  })
})

describe('import rules over src/', () => {
  it('hold: core/ pure, gate/ used only by action/ and cli/, action/ and cli/ apart, no cycles between folders', () => {
    expect(importViolations(srcFiles())).toEqual([])
  })

  it('say which file breaks which rule, one line each', () => {
    const bad = new Map([
      [
        'core/bad.ts',
        "import { promises } from 'node:fs'\nimport * as core from '@actions/core'\nexport const a = process.env.A\n"
      ],
      [
        'core/ok.ts',
        "import { createHash } from 'node:crypto'\nimport { parse } from 'yaml'\nimport { x } from './diff/index.js'\n"
      ],
      ['lab/bad.ts', "import { runGate } from '../gate/run-gate.js'\n"],
      ['action/bad.ts', "export { USAGE } from '../cli/main.js'\n"],
      ['gate/ok.ts', "import type { BuildRequest } from '../build/request.js'\n"],
      ['build/bad.ts', "const m = await import('../gate/run-gate.js')\n"]
    ])
    expect(importViolations(bad)).toEqual([
      "src/core/bad.ts imports 'node:fs': core/ imports only core/ and " + CORE_PACKAGES.join(', '),
      "src/core/bad.ts imports '@actions/core': core/ imports only core/ and " + CORE_PACKAGES.join(', '),
      'src/core/bad.ts:3 uses process: core/ is pure, its callers pass what it needs',
      "src/lab/bad.ts imports '../gate/run-gate.js': only action/, cli/ and the entrypoints import gate/ (move what is shared to build/)",
      "src/action/bad.ts imports '../cli/main.js': action/ and cli/ never import each other (move what is shared below them)",
      "src/build/bad.ts imports '../gate/run-gate.js': only action/, cli/ and the entrypoints import gate/ (move what is shared to build/)",
      "import cycle between folders build → gate → build: src/build/bad.ts imports '../gate/run-gate.js'; src/gate/ok.ts imports '../build/request.js'"
    ])
  })
})
