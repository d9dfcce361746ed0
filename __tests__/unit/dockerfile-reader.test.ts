// The one Dockerfile reader: stages, instructions, flags, heredocs, directives, expansion, hostile text.
import { describe, expect, it } from '@jest/globals'
import {
  copyOperands,
  expandWord,
  flagValue,
  globalArgValues,
  MAX_DOCKERFILE_CHARS,
  readDockerfile,
  runCommand
} from '../../src/core/dockerfile/reader.js'

const only = (text: string, keyword: string) => {
  const found = readDockerfile(text).instructions.filter(i => i.keyword === keyword)
  expect(found).toHaveLength(1)
  return found[0]!
}

describe('readDockerfile: stages', () => {
  it('reads FROM: image as written, platform, lower-case stage name, line', () => {
    const df = readDockerfile(
      '# syntax=docker/dockerfile:1\nARG BASE=a\nFROM --platform=$BUILDPLATFORM ${BASE}:1 AS Build\nRUN x\nfrom build\n'
    )
    expect(df.syntax).toBe('docker/dockerfile:1')
    expect(df.stages.map(s => [s.index, s.image, s.platform, s.name, s.line])).toEqual([
      [0, '${BASE}:1', '$BUILDPLATFORM', 'build', 3],
      [1, 'build', null, null, 5]
    ])
    expect(df.stages[0]!.instructions.map(i => i.keyword)).toEqual(['RUN'])
    expect(df.globalArgs).toEqual([
      { name: 'BASE', value: 'a', raw: 'a', valueSpan: { start: 38, end: 39 }, line: 2 }
    ])
    expect(df.instructions.map(i => i.stage)).toEqual([-1, 0, 0, 1])
    expect(df.error).toBeNull()
  })

  it('keeps the keyword as written and upper-cases it', () => {
    expect(only('FROM x\nrun true\n', 'RUN')).toMatchObject({ word: 'run', keyword: 'RUN', content: 'true' })
  })
})

describe('readDockerfile: continuations, comments, empty lines, CRLF', () => {
  it.each([
    ['backslash continuation', 'FROM x\nRUN a \\\n  b\n', 'a   b', [2, 3]],
    ['comment and empty line inside a continuation', 'FROM x\nRUN a \\\n# c\n\n  b\n', 'a   b', [2, 5]],
    ['escape=` directive', '# escape=`\nFROM x\nRUN a `\n  b c:\\foo\n', 'a   b c:\\foo', [3, 4]],
    ['CRLF line ends', 'FROM x\r\nRUN a \\\r\n  b\r\n', 'a   b', [2, 3]],
    ['empty lines between instructions', '\n\nFROM x\n\n\nRUN a\n\n', 'a', [6, 6]]
  ])('%s', (_name, text, content, [line, endLine]) => {
    const run = only(text, 'RUN')
    expect(run.content).toBe(content)
    expect([run.line, run.endLine]).toEqual([line, endLine])
  })

  it('reads the escape directive and leaves directives out of the instructions', () => {
    const df = readDockerfile('# escape=`\n# syntax=docker/dockerfile:1.7\nFROM x\n')
    expect(df.escape).toBe('`')
    expect(df.syntax).toBe('docker/dockerfile:1.7')
    expect(df.instructions.map(i => i.keyword)).toEqual(['FROM'])
  })

  it('reads a directive only at the top: after an instruction it is a comment', () => {
    const df = readDockerfile('FROM x\n# escape=`\nRUN a `\n  b\n')
    expect(df.escape).toBe('\\')
    expect(df.instructions.map(i => i.keyword)).toEqual(['FROM', 'RUN', 'B'])
  })
})

describe('readDockerfile: flags and forms', () => {
  it('reads leading flags only, values as written', () => {
    const copy = only('FROM x\nCOPY --link --chmod=755 --from=build a b\n', 'COPY')
    expect(copy.flags).toEqual([
      { name: 'link', value: null, valueSpan: null },
      { name: 'chmod', value: '755', valueSpan: { start: 27, end: 30 } },
      { name: 'from', value: 'build', valueSpan: { start: 38, end: 43 } }
    ])
    expect(flagValue(copy, 'from')).toBe('build')
    expect(flagValue(copy, 'link')).toBeNull()
    expect(flagValue(copy, 'chown')).toBeUndefined()
    expect(copyOperands(copy)).toEqual({ sources: ['a'], destination: 'b' })
    const run = only('FROM x\nRUN --mount=type=cache,target=/c,"id=a,b" echo --mount=x\n', 'RUN')
    expect(run.flags).toEqual([
      { name: 'mount', value: 'type=cache,target=/c,"id=a,b"', valueSpan: { start: 19, end: 48 } }
    ])
    // Spans are offsets in the text as given: the CRs of CRLF lines count.
    const text = 'FROM x\r\nCOPY --from=build a b\r\n'
    const crlf = only(text, 'COPY')
    const span = crlf.flags[0]!.valueSpan!
    expect(text.slice(span.start, span.end)).toBe('build')
    expect(crlf.argSpans.map(a => text.slice(a.start, a.end))).toEqual(['a', 'b'])
    expect(runCommand(run)).toBe('echo --mount=x')
  })

  it('a whole quoted word is an argument, not a flag', () => {
    expect(only('FROM x\nRUN "--mount=type=cache,target=/c" true\n', 'RUN').flags).toEqual([])
  })

  it('reads the JSON form, and invalid JSON as the shell form', () => {
    const run = only('FROM x\nRUN ["sh", "-c", "echo a b"]\n', 'RUN')
    expect(run.json).toEqual(['sh', '-c', 'echo a b'])
    expect(runCommand(run)).toBe('sh -c echo a b')
    expect(copyOperands(only('FROM x\nCOPY ["a b", "c", "/d/"]\n', 'COPY'))).toEqual({
      sources: ['a b', 'c'],
      destination: '/d/'
    })
    const broken = only('FROM x\nRUN ["sh", \n', 'RUN')
    expect(broken.json).toBeNull()
    expect(runCommand(broken)).toBe('["sh",')
  })

  it('reads ARG and ENV names and values, quotes and escapes removed', () => {
    expect(only('FROM x\nARG A=1 B="x y" C\n', 'ARG').variables.map(v => [v.name, v.value, v.raw])).toEqual([
      ['A', '1', '1'],
      ['B', 'x y', '"x y"'],
      ['C', null, null]
    ])
    expect(only('FROM x\nENV K=v M=a\\ b\n', 'ENV').variables.map(v => [v.name, v.value])).toEqual([
      ['K', 'v'],
      ['M', 'a b']
    ])
    expect(only('FROM x\nENV OLD value here\n', 'ENV').variables.map(v => [v.name, v.value])).toEqual([
      ['OLD', 'value here']
    ])
  })
})

describe('readDockerfile: heredocs', () => {
  it('reads <<EOF, <<-EOF (tabs stripped) and quoted delimiters, and ends the instruction at the terminator', () => {
    const df = readDockerfile(
      'FROM x\nRUN <<EOF\necho hi\nEOF\nRUN <<-EOF cat\n\techo x\n\tEOF\nRUN <<"EOF" sh\necho $x\nEOF\nRUN after\n'
    )
    const runs = df.instructions.filter(i => i.keyword === 'RUN')
    expect(runs.map(r => [r.line, r.endLine])).toEqual([
      [2, 4],
      [5, 7],
      [8, 10],
      [11, 11]
    ])
    expect(runs.map(r => r.heredocs)).toEqual([
      [{ name: 'EOF', stripTabs: false, quoted: false, body: 'echo hi', terminated: true }],
      [{ name: 'EOF', stripTabs: true, quoted: false, body: 'echo x', terminated: true }],
      [{ name: 'EOF', stripTabs: false, quoted: true, body: 'echo $x', terminated: true }],
      []
    ])
  })

  it('reads several heredocs of one COPY, and leaves them out of the sources', () => {
    const copy = only('FROM x\nCOPY <<A <<B /dst/\na\nA\nb1\nb2\nB\nRUN next\n', 'COPY')
    expect(copy.heredocs.map(h => [h.name, h.body])).toEqual([
      ['A', 'a'],
      ['B', 'b1\nb2']
    ])
    expect(copyOperands(copy)).toEqual({ sources: [], destination: '/dst/' })
    expect([copy.line, copy.endLine]).toEqual([2, 7])
  })

  it('never reads a heredoc body as instructions', () => {
    const df = readDockerfile('FROM x\nRUN <<EOF\nFROM evil\nCOPY secret /s\nEOF\n')
    expect(df.instructions.map(i => i.keyword)).toEqual(['FROM', 'RUN'])
    expect(df.stages).toHaveLength(1)
  })

  it('reads a CRLF heredoc without carriage returns', () => {
    expect(only('FROM x\r\nRUN <<EOF\r\nline\r\nEOF\r\n', 'RUN').heredocs[0]!.body).toBe('line')
  })

  it('marks an unterminated heredoc, which runs to the end of the file', () => {
    const run = only('FROM x\nRUN <<EOF\nnever ends\nRUN more\n', 'RUN')
    expect(run.heredocs).toEqual([
      { name: 'EOF', stripTabs: false, quoted: false, body: 'never ends\nRUN more', terminated: false }
    ])
  })
})

describe('readDockerfile: hostile text', () => {
  it('reads a very long line', () => {
    const run = only(`FROM x\nRUN ${'a'.repeat(200_000)}\n`, 'RUN')
    expect(run.content).toHaveLength(200_000)
  })

  it('reads NUL bytes as ordinary characters', () => {
    expect(only('FROM x\nRUN a\0b\n', 'RUN').content).toBe('a\0b')
  })

  it('reads thousands of unterminated heredocs as one instruction', () => {
    const df = readDockerfile('FROM x\n' + 'RUN <<EOF\n'.repeat(5000))
    expect(df.instructions).toHaveLength(2)
    expect(df.instructions[1]!.heredocs[0]!.terminated).toBe(false)
  })

  it('refuses text past the size limit with a reason, reading nothing', () => {
    const df = readDockerfile(`FROM x\nRUN ${'a'.repeat(MAX_DOCKERFILE_CHARS)}\n`)
    expect(df.instructions).toEqual([])
    expect(df.error).toBe('the Dockerfile is larger than 1 MiB')
  })

  it('reads empty text as no instructions', () => {
    expect(readDockerfile('')).toMatchObject({ instructions: [], stages: [], error: null })
  })
})

describe('expandWord', () => {
  const vars = new Map([
    ['A', 'one'],
    ['E', '']
  ])
  it.each([
    ['$A', 'one'],
    ['${A}:tag', 'one:tag'],
    ['${MISSING}x', 'x'],
    ['${E:-d}', 'd'],
    ['${E-d}', ''],
    ['${MISSING-d}', 'd'],
    ['${A:+set}', 'set'],
    ['${E:+set}', ''],
    ['${E+set}', 'set'],
    ['${MISSING:-${A}}', 'one'],
    ['"quoted $A"', 'quoted one'],
    ["'single $A'", 'single $A'],
    ['\\$A', '$A'],
    ['a\\ b', 'a b'],
    ['$', '$'],
    ['${unclosed', '${unclosed']
  ])('%s → %s', (raw, expected) => {
    expect(expandWord(raw, vars)).toBe(expected)
  })

  it('leaves deep nesting and thousands of unclosed braces as written, without a deep stack', () => {
    const deep = '${MISSING:-'.repeat(100_000) + 'x' + '}'.repeat(100_000)
    expect(expandWord(deep, vars)).toMatch(/^\$\{MISSING:-\$\{MISSING:-/)
    expect(expandWord('${'.repeat(100_000), vars)).toBe('${'.repeat(100_000))
    expect(expandWord('${MISSING:-${MISSING:-${A}}}', vars)).toBe('one')
  })

  it('honours the escape directive', () => {
    expect(expandWord('`$A', vars, '`')).toBe('$A')
    expect(expandWord('C:\\$A', vars, '`')).toBe('C:\\one')
  })
})

describe('globalArgValues', () => {
  it('expands each default with the ARGs before it; build args win for declared names only', () => {
    const df = readDockerfile('ARG REG=r.io\nARG IMG=${REG}/node\nARG V\nFROM $IMG\n')
    expect(globalArgValues(df, new Map())).toEqual(
      new Map([
        ['REG', 'r.io'],
        ['IMG', 'r.io/node']
      ])
    )
    expect(
      globalArgValues(
        df,
        new Map([
          ['REG', 'l:5000'],
          ['UNDECLARED', 'x']
        ])
      )
    ).toEqual(
      new Map([
        ['REG', 'l:5000'],
        ['IMG', 'l:5000/node']
      ])
    )
  })
})
