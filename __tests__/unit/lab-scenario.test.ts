// build-lab.yml validation, the built-in scenarios, and the pure mutation plans (which file, what edit).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import {
  allScenarios,
  BUILTIN_SCENARIOS,
  CONFIG_SCHEMA,
  copySources,
  editedText,
  fromImages,
  parseLabConfig,
  pickLockfile,
  pickSourceFile,
  selectScenarios,
  whitespaceSuffix
} from '../../src/core/lab/scenario.js'
import { BuildLabError } from '../../src/core/errors.js'

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname)
const example = (name: string) =>
  readFileSync(path.join(ROOT, 'example-dockerfiles', name, 'Dockerfile'), 'utf8')

function configError(text: string): string {
  try {
    parseLabConfig(text, 'build-lab.yml')
  } catch (error) {
    if (error instanceof BuildLabError) return error.message
    throw error
  }
  throw new Error('expected a BuildLabError')
}

describe('parseLabConfig', () => {
  it('reads scenarios with their fields', () => {
    const config = parseLabConfig(
      'noise_threshold: 0.1\ncache_ref: 127.0.0.1:5000/cache:lab\nscenarios:\n  - name: touch\n    input_mutation: touch-source\n    cache_mode: registry\n    repeat: 3\n',
      'build-lab.yml'
    )
    expect(config).toEqual({
      noise_threshold: 0.1,
      cache_ref: '127.0.0.1:5000/cache:lab',
      scenarios: [{ name: 'touch', input_mutation: 'touch-source', cache_mode: 'registry', repeat: 3 }]
    })
  })

  it('treats an empty file as no scenarios', () => {
    expect(parseLabConfig('', 'build-lab.yml')).toEqual({ scenarios: [] })
  })

  it.each([
    [
      'a bad cache_mode',
      'scenarios:\n  - name: a\n    input_mutation: none\n    cache_mode: s3\n',
      'build-lab.yml:4: scenario "a": cache_mode: must be one of none, local, registry'
    ],
    [
      'a bad input_mutation',
      'scenarios:\n  - name: a\n    input_mutation: delete-all\n    cache_mode: none\n',
      'build-lab.yml:3: scenario "a": input_mutation: must be one of none, fresh-checkout, touch-source, edit-source, edit-lockfile, edit-dockerfile'
    ],
    [
      'a missing field',
      'scenarios:\n  - name: b\n    cache_mode: none\n',
      'build-lab.yml:2: scenario "b": input_mutation: is missing'
    ],
    [
      'an unknown field',
      'scenarios:\n  - name: c\n    input_mutation: none\n    cache_mode: none\n    cache: true\n',
      'build-lab.yml:5: scenario "c": cache: unknown field "cache"'
    ],
    [
      'a scenario without a name',
      'scenarios:\n  - input_mutation: none\n    cache_mode: none\n',
      'build-lab.yml:2: scenario #1: name: is missing'
    ],
    [
      'repeat 0',
      'scenarios:\n  - name: d\n    input_mutation: none\n    cache_mode: none\n    repeat: 0\n',
      'build-lab.yml:5: scenario "d": repeat: must be >= 1'
    ],
    [
      'a duplicate name',
      'scenarios:\n  - name: e\n    input_mutation: none\n    cache_mode: none\n  - name: e\n    input_mutation: none\n    cache_mode: none\n',
      'build-lab.yml:5: scenario "e": name: defined twice'
    ],
    ['an unknown top-level field', 'scenario: []\n', 'build-lab.yml:1: scenario: unknown field "scenario"'],
    ['scenarios not a list', 'scenarios: cold\n', 'build-lab.yml:1: scenarios: must be array'],
    [
      'broken YAML',
      'scenarios:\n  - name: [a\n',
      'build-lab.yml is not valid YAML:\nbuild-lab.yml:3: Flow sequence in block collection must be sufficiently indented and end with a ]'
    ],
    [
      'a bad name',
      'scenarios:\n  - name: Bad Name\n    input_mutation: none\n    cache_mode: none\n',
      'build-lab.yml:2: scenario "Bad Name": name: must start with a lowercase letter'
    ]
  ])('names the file, line, scenario and field for %s', (_, text, expected) => {
    expect(configError(text)).toContain(expected)
  })

  it('reports every problem at once', () => {
    const message = configError('scenarios:\n  - name: a\n    input_mutation: x\n    cache_mode: y\n')
    expect(message).toMatch(/^build-lab.yml has 2 problem\(s\):/)
    expect(message).toContain('input_mutation')
    expect(message).toContain('cache_mode')
  })
})

describe('the published schema', () => {
  it('is the schema the validator uses', () => {
    const published: unknown = JSON.parse(
      readFileSync(path.join(ROOT, 'schema/build-lab.schema.json'), 'utf8')
    )
    expect(published).toEqual(JSON.parse(JSON.stringify(CONFIG_SCHEMA)))
  })
})

describe('scenario selection', () => {
  it('has the golden path built in', () => {
    expect(BUILTIN_SCENARIOS.map(s => [s.name, s.input_mutation, s.cache_mode])).toEqual([
      ['cold', 'none', 'none'],
      ['cold-fresh-checkout', 'fresh-checkout', 'none'],
      ['warm', 'none', 'local'],
      ['warm-source-edit', 'edit-source', 'local'],
      ['warm-lockfile-edit', 'edit-lockfile', 'local']
    ])
  })

  it('lets the config replace a built-in and add its own after them', () => {
    const names = allScenarios({
      scenarios: [
        { name: 'extra', input_mutation: 'edit-dockerfile', cache_mode: 'local' },
        { name: 'warm', input_mutation: 'touch-source', cache_mode: 'local' }
      ]
    }).map(s => `${s.name}:${s.input_mutation}`)
    expect(names).toEqual([
      'cold:none',
      'cold-fresh-checkout:fresh-checkout',
      'warm:touch-source',
      'warm-source-edit:edit-source',
      'warm-lockfile-edit:edit-lockfile',
      'extra:edit-dockerfile'
    ])
  })

  it.each([
    [true, [], 5, null],
    [false, ['warm', 'cold'], 2, null],
    [false, [], 0, 'pass --all or --scenario NAME'],
    [true, ['cold'], 0, 'not both'],
    [false, ['lukewarm'], 0, 'unknown scenario "lukewarm"']
  ])('--all %s --scenario %j', (all, names, count, error) => {
    const run = () => selectScenarios(allScenarios(null), all, names)
    if (error === null) expect(run()).toHaveLength(count)
    else expect(run).toThrow(error)
  })
})

describe('fromImages', () => {
  it.each([
    ['ARG BASE=busybox:1.36\nFROM ${BASE}\n', [], ['busybox:1.36']],
    [
      'ARG BASE=busybox:1.36\nFROM ${BASE}\n',
      [{ name: 'BASE', value: 'build-lab/busybox:local' }],
      ['build-lab/busybox:local']
    ],
    ['ARG REG=r.io\nARG IMG=${REG}/node\nFROM $IMG:22\n', [], ['r.io/node:22']],
    ['ARG V\nFROM alpine:${V:-3.20}\n', [], ['alpine:3.20']],
    [
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM build AS test\nFROM scratch\nCOPY --from=build /a /a\n',
      [],
      ['golang:1.22']
    ],
    [
      '# syntax=docker/dockerfile:1\nFROM \\\n  debian:12 as base\nFROM base\nFROM debian:12\n',
      [],
      ['debian:12']
    ],
    ['FROM a\nRUN <<EOF\nFROM evil\nEOF\n', [], ['a']],
    ['ARG V="1.36"\nFROM busybox:$V\n', [], ['busybox:1.36']],
    ['FROM a\nRUN echo \\\n\n  b\nFROM c\n', [], ['a', 'c']]
  ])('%j', (text, args, expected) => {
    expect(fromImages(text, args)).toEqual(expected)
  })
})

describe('choosing the file a mutation changes', () => {
  const naiveFiles = [
    '.dockerignore',
    'Dockerfile',
    'EXPECT',
    'package-lock.json',
    'package.json',
    'src/server.js'
  ]

  it('reads the context sources of COPY and ADD, not --from copies or URLs', () => {
    expect(
      copySources(
        'FROM a\nCOPY package.json package-lock.json ./\nCOPY --chown=1:1 src ./src\nCOPY --from=b /x /x\nADD https://e.com/f /f\nCOPY ["a b", "/c"]\n'
      )
    ).toEqual(['package.json', 'package-lock.json', 'src', 'a b'])
  })

  it('leaves heredoc sources and heredoc bodies out', () => {
    expect(copySources('FROM a\nCOPY <<EOF /etc/x\nCOPY secret.txt /s\nEOF\nCOPY app.js /app/\n')).toEqual([
      'app.js'
    ])
  })

  it.each([
    ['node-naive (COPY . .)', example('node-naive'), naiveFiles, 'src/server.js'],
    ['node-optimized (lockfile first)', example('node-optimized'), naiveFiles, 'src/server.js'],
    [
      'reproducible',
      example('reproducible'),
      ['Dockerfile', 'EXPECT', 'app.sh', 'config/app.conf'],
      'app.sh'
    ],
    ['only a manifest copied', 'FROM a\nCOPY package.json ./\n', naiveFiles, null],
    ['a glob', 'FROM a\nCOPY *.txt /\n', ['b.txt', 'a.txt', 'c.md'], 'a.txt'],
    ['sources before other files', 'FROM a\nCOPY . .\n', ['README.md', 'z/main.go'], 'z/main.go'],
    [
      'never tool state or git metadata',
      'FROM a\nCOPY . .\n',
      [
        '.build-lab/cache/local/current/blobs/sha256/0f1e',
        '.git/HEAD',
        '.git/hooks/pre-commit.sh',
        'package-lock.json',
        'notes.bin'
      ],
      'notes.bin'
    ],
    [
      'nothing but tool state and lockfiles',
      'FROM a\nCOPY . .\n',
      ['.git/config', 'package-lock.json'],
      null
    ],
    ['text with a comment syntax before the rest', 'FROM a\nCOPY . .\n', ['a.bin', 'b.conf'], 'b.conf']
  ])('source file of %s', (_, dockerfile, files, expected) => {
    expect(pickSourceFile(files, dockerfile)).toBe(expected)
  })

  it.each([
    ['node-naive', example('node-naive'), 'package-lock.json'],
    ['node-optimized', example('node-optimized'), 'package-lock.json'],
    ['a lockfile the Dockerfile never copies', 'FROM a\nCOPY src ./src\n', null]
  ])('lockfile of %s', (_, dockerfile, expected) => {
    expect(pickLockfile(naiveFiles, dockerfile)).toBe(expected)
  })
})

describe('edits', () => {
  it.each([
    ['src/server.js', 'x()\n', 'x()\n// build-lab edit 7\n'],
    ['app.sh', 'echo hi', 'echo hi\n# build-lab edit 7\n'],
    ['Dockerfile', 'FROM a\n', 'FROM a\n# build-lab edit 7\n'],
    ['style.css', '', '/* build-lab edit 7 */\n'],
    ['index.html', '<p/>\n', '<p/>\n<!-- build-lab edit 7 -->\n']
  ])('comments %s in its own syntax', (file, text, expected) => {
    expect(editedText(file, text, 7)).toBe(expected)
  })

  it('keeps JSON valid and makes each edit different', () => {
    const lock = readFileSync(path.join(ROOT, 'example-dockerfiles/node-naive/package-lock.json'), 'utf8')
    const a = lock + whitespaceSuffix(1)
    const b = editedText('package-lock.json', lock, 2)
    expect(JSON.parse(a)).toEqual(JSON.parse(lock))
    expect(JSON.parse(b)).toEqual(JSON.parse(lock))
    expect(a).not.toBe(b)
    expect(a.startsWith(lock)).toBe(true)
    expect(a.slice(lock.length).trim()).toBe('')
  })

  it('spells different nonces differently', () => {
    const seen = new Set([0, 1, 2, 255, 256, 65535].map(whitespaceSuffix))
    expect(seen.size).toBe(6)
  })
})
