// Where the lab keeps its state (outside the context), and what no build of build-lab sends (its state, .git).
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, promises as fs, readFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { copyAsFreshCheckout } from '../../src/context/fresh-checkout.js'
import { dockerfileExcluding, excludedPaths, isExcluded } from '../../src/context/tool-state.js'
import {
  contextKey,
  defaultResultsFile,
  migrateLegacyResults,
  resultsToRead,
  stateRoot
} from '../../src/lab/state-dir.js'

async function tree(files: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'build-lab-state-unit-'))
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await fs.writeFile(path.join(dir, name), text)
  }
  return dir
}

describe('the state directory', () => {
  it.each([
    [{ XDG_STATE_HOME: '/x/state' }, '/x/state/build-lab'],
    [{}, '/home/u/.local/state/build-lab'],
    // the spec ignores a relative XDG_STATE_HOME
    [{ XDG_STATE_HOME: 'rel' }, '/home/u/.local/state/build-lab']
  ])('%j → %s', (env, expected) => {
    expect(stateRoot(env, '/home/u')).toBe(expected)
  })

  it('keys a context by its name and a hash of its absolute path', () => {
    expect(contextKey('/work/my app')).toMatch(/^my_app-[0-9a-f]{16}$/)
    expect(contextKey('/a/app')).not.toBe(contextKey('/b/app'))
    expect(contextKey('/')).toMatch(/^root-/)
    expect(defaultResultsFile('/work/app', { XDG_STATE_HOME: '/s' })).toBe(
      `/s/build-lab/${contextKey('/work/app')}/results.jsonl`
    )
  })

  it('moves the results of the old layout out of the context, once', async () => {
    const ctx = await tree({ '.build-lab/results.jsonl': '{"a":1}\n', '.build-lab/cache/local/x': 'x' })
    const state = mkdtempSync(path.join(os.tmpdir(), 'build-lab-state-'))
    const env = { XDG_STATE_HOME: state }
    const results = defaultResultsFile(ctx, env)
    expect(await resultsToRead(undefined, ctx, env)).toBe(path.join(ctx, '.build-lab', 'results.jsonl'))
    expect(await migrateLegacyResults(ctx, results)).toMatch(/^moved the results of an older build-lab from /)
    expect(readFileSync(results, 'utf8')).toBe('{"a":1}\n')
    expect(await resultsToRead(undefined, ctx, env)).toBe(results)
    expect(await migrateLegacyResults(ctx, results)).toBeNull()
    expect(await resultsToRead('/given.jsonl', ctx, env)).toBe('/given.jsonl')
  })
})

describe('what builds leave out', () => {
  it('is the old state, .git and the lab files inside the context, unless .dockerignore already does it', async () => {
    const ctx = await tree({ Dockerfile: 'FROM a\n', '.git/HEAD': 'ref\n', '.build-lab/x': '', 'a.txt': '' })
    const dockerfile = path.join(ctx, 'Dockerfile')
    expect(
      await excludedPaths(ctx, dockerfile, [path.join(ctx, 'out', 'results.jsonl'), '/elsewhere'])
    ).toEqual(['.build-lab', '.git', 'out/results.jsonl'])
    await fs.writeFile(path.join(ctx, '.dockerignore'), '.git\n')
    expect(await excludedPaths(ctx, dockerfile)).toEqual(['.build-lab'])
    expect(isExcluded('.build-lab/cache/x', ['.build-lab'])).toBe(true)
    expect(isExcluded('.build-labx', ['.build-lab'])).toBe(false)
  })

  it('writes a Dockerfile-specific .dockerignore: the context patterns, then the exclusions', async () => {
    const ctx = await tree({ Dockerfile: 'FROM a\n', '.dockerignore': 'node_modules\n!keep' })
    const dir = path.join(ctx, '..', `${path.basename(ctx)}-df`)
    const copy = await dockerfileExcluding(ctx, path.join(ctx, 'Dockerfile'), ['.build-lab', '.git'], dir)
    expect(copy).toBe(path.join(dir, 'Dockerfile'))
    expect(readFileSync(copy, 'utf8')).toBe('FROM a\n')
    expect(readFileSync(`${copy}.dockerignore`, 'utf8')).toBe(
      'node_modules\n!keep\n# left out by build-lab\n/.build-lab\n/.git\n'
    )
    expect(await dockerfileExcluding(ctx, path.join(ctx, 'Dockerfile'), [], dir)).toBe(
      path.join(ctx, 'Dockerfile')
    )
  })

  it('leaves them out of a fresh-checkout copy', async () => {
    const ctx = await tree({
      Dockerfile: 'FROM a\n',
      '.git/HEAD': 'ref\n',
      '.build-lab/c/blob': 'x',
      'src/a.js': ''
    })
    const dest = path.join(ctx, '..', `${path.basename(ctx)}-copy`)
    await copyAsFreshCheckout(ctx, dest, 0, 2_000_000_000, { exclude: ['.build-lab', '.git'] })
    expect((await fs.readdir(dest)).sort()).toEqual(['Dockerfile', 'src'])
  })
})
