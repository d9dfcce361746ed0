// The bundled examples say what their READMEs promise: the optimized ones lint clean, the others do not.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { lintDockerfile } from '../../src/core/lint/index.js'

const lint = (name: string) =>
  lintDockerfile({
    file: `example-dockerfiles/${name}/Dockerfile`,
    text: readFileSync(new URL(`../../example-dockerfiles/${name}/Dockerfile`, import.meta.url), 'utf8')
  })

describe('example Dockerfiles', () => {
  it.each(['node-optimized', 'reproducible'])('%s has no warnings or errors', name => {
    expect(lint(name).filter(f => f.severity !== 'info')).toEqual([])
  })

  it('node-naive copies the context before the install, without a cache mount, from an unpinned base', () => {
    expect(lint('node-naive').map(f => [f.rule, f.line])).toEqual(
      expect.arrayContaining([
        ['BL001', 5],
        ['BL002', 6],
        ['BL003', 3]
      ])
    )
  })

  it('nondeterministic uses the clock and randomness', () => {
    expect(
      lint('nondeterministic')
        .filter(f => f.rule === 'BL009')
        .map(f => f.line)
    ).toEqual([6, 7])
  })

  it.each(['node-naive', 'node-optimized', 'nondeterministic', 'reproducible'])(
    '%s says what it expects',
    name => {
      const expect_ = readFileSync(
        new URL(`../../example-dockerfiles/${name}/EXPECT`, import.meta.url),
        'utf8'
      ).trim()
      expect(['pass', 'fail']).toContain(expect_)
    }
  )
})
