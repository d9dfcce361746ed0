// Names of context copies: one per source context, so BuildKit never hands one context's synced files to another.
import { describe, expect, it } from '@jest/globals'
import { copyName } from '../../src/build/temp-dir.js'

describe('copyName', () => {
  it('is the same for one source and differs between sources of the same directory name', () => {
    expect(copyName('context-run2', '/w/a/ctx')).toBe(copyName('context-run2', '/w/a/ctx/'))
    expect(copyName('context-run2', '/w/a/ctx')).not.toBe(copyName('context-run2', '/w/b/ctx'))
    expect(copyName('context-run2', '/w/a/ctx')).toMatch(/^context-run2-[0-9a-f]{8}$/)
  })
})
