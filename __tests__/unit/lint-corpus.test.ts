// The corpus of real-shaped Dockerfiles: every `# expect` comment names the findings of the next instruction.
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { lintDockerfile } from '../../src/core/lint/index.js'
import type { Finding } from '../../src/core/lint/index.js'

const dir = new URL('./fixtures/lint/corpus/', import.meta.url)
const files = readdirSync(dir)
  .filter(f => f.endsWith('.Dockerfile'))
  .sort()

/** `rule:line` for each `# expect BL001 BL002` comment, placed on the next instruction's line. */
function expected(text: string): string[] {
  const out: string[] = []
  let pending: string[] = []
  text.split('\n').forEach((line, i) => {
    const m = /^#\s*expect\s+(.*)$/.exec(line)
    if (m) pending.push(...m[1]!.trim().split(/\s+/))
    else if (line.trim() !== '' && !line.trim().startsWith('#')) {
      out.push(...pending.map(r => `${r}:${i + 1}`))
      pending = []
    }
  })
  return out.sort()
}

const where = (findings: Finding[]): string[] => findings.map(f => `${f.rule}:${f.line}`).sort()

describe('the lint corpus', () => {
  test.each(files)('%s gives exactly the expected findings, each on its line', name => {
    const text = readFileSync(new URL(name, dir), 'utf8')
    expect(where(lintDockerfile({ file: name, text }))).toEqual(expected(text))
  })
})
