// package-lock.json installs with `npm ci` on every platform: no optional package is left out of it.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'

interface LockEntry {
  version?: string
  integrity?: string
  optional?: boolean
  cpu?: string[]
  os?: string[]
  optionalDependencies?: Record<string, string>
}

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  lockfileVersion: number
  packages: Record<string, LockEntry>
}

/** Where npm would find `name` for the package installed at `from`: its own node_modules, then its parents'. */
function resolve(from: string, name: string): string | null {
  let base = from
  for (;;) {
    const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`
    if (lock.packages[candidate] !== undefined) return candidate
    if (base === '') return null
    const cut = base.lastIndexOf('/node_modules/')
    base = cut < 0 ? '' : base.slice(0, cut)
  }
}

const optionalEdges = Object.entries(lock.packages).flatMap(([path, entry]) =>
  Object.entries(entry.optionalDependencies ?? {}).map(([name, range]) => ({ path, name, range }))
)

describe('package-lock.json', () => {
  it('is a version 3 lockfile with optional dependencies to check', () => {
    expect(lock.lockfileVersion).toBe(3)
    // unrs-resolver (through jest) and @parcel/watcher each ship one binding per platform.
    expect(optionalEdges.filter(e => e.path === 'node_modules/unrs-resolver').length).toBeGreaterThan(10)
  })

  it('has an entry for every optional dependency of every locked package', () => {
    // `npm ci` refuses a lockfile that lacks one ("Missing: X from lock file"), on every platform.
    const missing = optionalEdges
      .filter(edge => resolve(edge.path, edge.name) === null)
      .map(edge => `${edge.path || '(root)'} -> ${edge.name}@${edge.range}`)
    expect(missing).toEqual([])
  })

  it('locks each platform binding as an optional package with its integrity and platform', () => {
    const bindings = optionalEdges
      .map(edge => resolve(edge.path, edge.name))
      .filter((path): path is string => path !== null)
      .map(path => ({ path, entry: lock.packages[path] ?? {} }))
      .filter(({ entry }) => entry.os !== undefined || entry.cpu !== undefined)
    expect(bindings.length).toBeGreaterThan(0)
    for (const { path, entry } of bindings) {
      expect({ path, optional: entry.optional, integrity: /^sha512-/.test(entry.integrity ?? '') }).toEqual({
        path,
        optional: true,
        integrity: true
      })
    }
  })
})
