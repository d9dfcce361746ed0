// The realistic bench workloads are what their Dockerfiles promise: the committed TypeScript service is the
// generator's output, its lockfile locks every package for every platform it installs on, and the optimized
// Dockerfiles lint clean while the naive ones show the mistakes they stand for.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { lintDockerfile } from '../../src/core/lint/index.js'

const root = new URL('../..', import.meta.url).pathname
const workloads = join(root, 'bench/workloads')

function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(d => d.isFile())
    .map(d => relative(dir, join(d.parentPath, d.name)))
    .sort()
}

const lint = (name: string, flavour: string) => {
  const file = `bench/workloads/${name}/${flavour}.Dockerfile`
  return lintDockerfile({ file, text: readFileSync(join(root, file), 'utf8') })
}

describe('bench/workloads/ts-service', () => {
  it('is exactly what scripts/gen-ts-service.mjs writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-lab-gen-'))
    try {
      execFileSync(process.execPath, [join(root, 'scripts/gen-ts-service.mjs'), dir])
      const committed = join(workloads, 'ts-service/src')
      const generated = join(dir, 'src')
      expect(tree(generated)).toEqual(tree(committed))
      expect(tree(generated).length).toBeGreaterThan(300)
      for (const f of tree(generated))
        expect([f, readFileSync(join(generated, f), 'utf8')]).toEqual([
          f,
          readFileSync(join(committed, f), 'utf8')
        ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('has 40 to 80 direct npm dependencies, all locked, none with platform-specific binaries', () => {
    const pkg = JSON.parse(readFileSync(join(workloads, 'ts-service/package.json'), 'utf8')) as {
      dependencies: Record<string, string>
      devDependencies: Record<string, string>
    }
    const direct = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]
    expect(direct.length).toBeGreaterThanOrEqual(40)
    expect(direct.length).toBeLessThanOrEqual(80)
    const lock = JSON.parse(readFileSync(join(workloads, 'ts-service/package-lock.json'), 'utf8')) as {
      packages: Record<
        string,
        { integrity?: string; os?: string[]; cpu?: string[]; hasInstallScript?: boolean }
      >
    }
    for (const name of direct) expect(lock.packages[`node_modules/${name}`]?.integrity).toMatch(/^sha512-/)
    const locked = Object.entries(lock.packages).filter(([k]) => k !== '')
    // The mirror here serves only this platform's optional binaries: a package limited by os/cpu would break
    // `npm ci` on one platform or the other.
    expect(locked.filter(([, v]) => v.os || v.cpu || v.hasInstallScript).map(([k]) => k)).toEqual([])
    expect(locked.filter(([, v]) => !v.integrity).map(([k]) => k)).toEqual([])
  })
})

describe('workload Dockerfiles', () => {
  it.each(['ts-service', 'debian-apt'])('%s/optimized has no warnings or errors', name => {
    expect(lint(name, 'optimized').filter(f => f.severity !== 'info')).toEqual([])
  })

  it('ts-service/naive copies the context before npm ci, without a cache mount, from an unpinned base', () => {
    expect(lint('ts-service', 'naive').map(f => f.rule)).toEqual(
      expect.arrayContaining(['BL001', 'BL002', 'BL003'])
    )
  })

  it('debian-apt/naive leaves lists and logs behind, from the live mirror, unpinned', () => {
    expect(lint('debian-apt', 'naive').map(f => f.rule)).toEqual(
      expect.arrayContaining(['BL002', 'BL003', 'BL004', 'BL005', 'BL013', 'BL026'])
    )
  })
})
