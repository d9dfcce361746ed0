// The README documents every input and output that action.yml declares, and nothing else.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const root = new URL('../../', import.meta.url)
const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}
const readme = readFileSync(new URL('README.md', root), 'utf8')

function tableNames(heading: string): string[] {
  const section = readme.split(`### ${heading}`)[1]?.split('\n### ')[0].split('\n## ')[0] ?? ''
  return [...section.matchAll(/^\| `([a-z0-9-]+)`\s*\|/gm)].map(m => m[1])
}

describe('README and action.yml agree', () => {
  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('lists every input', () => {
    expect(tableNames('Inputs').sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it('lists every output', () => {
    expect(tableNames('Outputs').sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('starts with the two commands', () => {
    expect(readme.split('\n').slice(0, 6).join('\n')).toMatch(/```sh\nnpm run lab[^\n]*\nnpm test[^\n]*\n```/)
  })
})

describe('package metadata', () => {
  it('the CLI reports the version package.json declares', async () => {
    const { VERSION } = await import('../../src/core/version.js')
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      version: string
      bin: Record<string, string>
    }
    expect(VERSION).toBe(pkg.version)
    expect(pkg.bin['build-lab']).toBe('dist/cli/index.js')
  })
})
