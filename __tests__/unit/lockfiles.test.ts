// The one lockfile list: names by tool, pip's requirements files, paths, and the binary ones.
import { describe, expect, it } from '@jest/globals'
import { isLockfile, isTextLockfile, LOCKFILES } from '../../src/core/context/lockfiles.js'

describe('isLockfile', () => {
  it.each(Object.entries(LOCKFILES).flatMap(([tool, names]) => names.map(name => [tool, name])))(
    '%s: %s',
    (_tool, name) => {
      expect(isLockfile(name)).toBe(true)
      expect(isLockfile(`services/api/${name}`)).toBe(true)
    }
  )

  it.each(['requirements.txt', 'requirements-dev.txt', 'sub/requirements.lock.txt'])(
    'pip: %s counts as a lockfile',
    name => {
      expect(isLockfile(name)).toBe(true)
    }
  )

  it.each([
    'package.json',
    'go.mod',
    'Cargo.toml',
    'yarn.lock.bak',
    'my-package-lock.json',
    'requirements.in'
  ])('%s is not a lockfile', name => {
    expect(isLockfile(name)).toBe(false)
  })

  it('leaves the binary bun.lockb out of the text lockfiles', () => {
    expect(isTextLockfile('bun.lockb')).toBe(false)
    expect(isTextLockfile('app/bun.lockb')).toBe(false)
    expect(isTextLockfile('bun.lock')).toBe(true)
    expect(isTextLockfile('package.json')).toBe(false)
  })
})
