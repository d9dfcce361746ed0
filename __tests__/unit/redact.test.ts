// The one redaction step: which strings it rewrites, and that it keeps the shape of the data and the fact of a change.
import { describe, expect, it } from '@jest/globals'
import { createRedactor, NAMES_ONLY, secretNeedles } from '../../src/core/redact.js'

const TOKEN = 'npm_AbC123xyz'

describe('createRedactor().text', () => {
  const redactor = createRedactor({
    values: [TOKEN, 'auth-Value-77', 'line-one\nline-two\n'],
    names: ['NPM_AUTH']
  })

  it.each([
    ['a value anywhere', `echo ${TOKEN} > /x`, 'echo *** > /x'],
    ['a value glued to other text', `//registry/:_authToken=${TOKEN}x`, '//registry/:_authToken=***x'],
    ['every occurrence', `${TOKEN}${TOKEN} ${TOKEN}`, '*** ***'.replace(' ', '') + ' ***'],
    ['each line of a multi-line secret', 'got line-two here', 'got *** here'],
    [
      "BuildKit's |N prefix, by name, even for a value it was not told (a Dockerfile default)",
      'RUN |3 BASE=busybox NPM_TOKEN=dflt NPM_AUTH=x /bin/sh -c npm ci # buildkit',
      'RUN |3 BASE=busybox NPM_TOKEN=*** NPM_AUTH=*** /bin/sh -c npm ci # buildkit'
    ],
    [
      'the |N prefix with a known value',
      `RUN |1 NPM_TOKEN=${TOKEN} /bin/sh -c true`,
      'RUN |1 NPM_TOKEN=*** /bin/sh -c true'
    ],
    [
      'a |N prefix of public args untouched',
      'RUN |1 BASE=busybox /bin/sh -c true',
      'RUN |1 BASE=busybox /bin/sh -c true'
    ],
    ['text with no secret untouched', 'sha256:0123 RUN npm ci', 'sha256:0123 RUN npm ci']
  ])('redacts %s', (_name, input, expected) => {
    expect(redactor.text(input)).toBe(expected)
  })

  it('leaves values under 4 characters alone inside other text, but not in a NAME=value of history', () => {
    const short = createRedactor({ values: ['abc'], names: [] })
    expect(short.text('abcdef sha256:abc')).toBe('abcdef sha256:abc')
    expect(short.text('RUN |1 NPM_TOKEN=abc /bin/sh -c x')).toBe('RUN |1 NPM_TOKEN=*** /bin/sh -c x')
  })

  it('redacts secret-looking names of the history by name alone where no value is known (diff, compare mode)', () => {
    expect(NAMES_ONLY.text('RUN |2 NPM_TOKEN=abc123 VERSION=1.2 /bin/sh -c make')).toBe(
      'RUN |2 NPM_TOKEN=*** VERSION=1.2 /bin/sh -c make'
    )
    expect(NAMES_ONLY.text('echo abc123')).toBe('echo abc123')
  })

  it('looks for the longest value first, so a shorter secret inside a longer one leaves no piece behind', () => {
    expect(secretNeedles(['abcd', 'xxabcdyy'])).toEqual(['xxabcdyy', 'abcd'])
    expect(createRedactor({ values: ['abcd', 'xxabcdyy'], names: [] }).text('1xxabcdyy2')).toBe('1***2')
  })
})

describe('createRedactor().data', () => {
  const redactor = createRedactor({ values: [TOKEN], names: [] })

  it('redacts every string of JSON-like data and keeps its shape', () => {
    const input = {
      n: 1,
      ok: true,
      none: null,
      list: [`a ${TOKEN}`, { deep: [TOKEN] }],
      [`key`]: 'plain'
    }
    expect(redactor.data(input)).toEqual({
      n: 1,
      ok: true,
      none: null,
      list: ['a ***', { deep: ['***'] }],
      key: 'plain'
    })
    expect(input.list[0]).toBe(`a ${TOKEN}`)
  })

  it('still says that two values differ when they differ only in a secret', () => {
    const change = { field: 'config.Env', a: `NPM_TOKEN=${TOKEN}`, b: 'NPM_TOKEN=other-value-1' }
    const other = createRedactor({ values: [TOKEN, 'other-value-1'], names: [] })
    expect(other.data(change)).toEqual({
      field: 'config.Env',
      a: 'NPM_TOKEN=***',
      b: 'NPM_TOKEN=*** (a redacted value differs)'
    })
    expect(other.data({ a: 'x', b: 'x' })).toEqual({ a: 'x', b: 'x' })
  })

  it('redacts a 400 KiB multi-line secret file line by line, also cut at the start of a log tail', () => {
    const lines = Array.from({ length: 6000 }, (_, i) => `line-${i}-${'x'.repeat(60)}`)
    const file = createRedactor({ values: [lines.join('\n') + '\n'], names: [] })
    const log = [lines[5999]!.slice(5), ...lines.slice(100, 300)].join('\n')
    const out = file.data({ errorLog: log }).errorLog
    // The cut piece ends with the file's own newline, so it takes the log's first line break with it.
    expect(out).toBe(`***${'\n***'.repeat(200)}`.replace('\n', ''))
  })

  it('redacts the piece of a secret that a log tail starts with', () => {
    expect(redactor.data({ errorLog: `${TOKEN.slice(5)}\nnpm ERR! 401`, name: TOKEN.slice(5) })).toEqual({
      errorLog: '***\nnpm ERR! 401',
      name: TOKEN.slice(5)
    })
  })
})
