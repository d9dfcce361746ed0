import { describe, expect, it } from '@jest/globals'
import { BuildLabError, ExitCode, errorMessage } from '../../src/core/errors.js'

describe('errorMessage', () => {
  it.each([
    [new Error('boom'), 'boom'],
    ['plain string', 'plain string'],
    [{ code: 42 }, '{"code":42}'],
    [undefined, 'undefined'],
    [null, 'null'],
    [new TypeError(''), 'TypeError']
  ])('turns %p into %p', (value, expected) => {
    expect(errorMessage(value)).toBe(expected)
  })

  it('keeps the exit code of a BuildLabError', () => {
    const e = new BuildLabError('bad', { exitCode: ExitCode.CheckFailed, detail: 'x' })
    expect(e.exitCode).toBe(1)
    expect(e.detail).toBe('x')
    expect(new BuildLabError('y').exitCode).toBe(2)
  })
})
