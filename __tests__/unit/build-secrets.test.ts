// BuildKit secrets: the buildx spellings, the action's id= lines, their private files, and the cache key.
import { describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { writeSecretFiles } from '../../src/action/secrets.js'
import { readSecretValue, redactError, secretDigests } from '../../src/buildkit/secrets.js'
import { BuildLabError } from '../../src/core/errors.js'
import { createRedactor } from '../../src/core/redact.js'
import { parseSecretArgNames } from '../../src/core/build/args.js'
import { checkUniqueSecretIds, parseSecretFlag, parseSecretInputs } from '../../src/core/build/secrets.js'
import { computeCacheKeys } from '../../src/core/cache/key.js'

describe('parseSecretFlag', () => {
  it.each([
    ['id=npm,env=NPM_TOKEN', { id: 'npm', from: 'env', source: 'NPM_TOKEN' }],
    ['id=npm,src=/home/me/.npmrc', { id: 'npm', from: 'file', source: '/home/me/.npmrc' }],
    ['type=file,id=key,source=./key.pem', { id: 'key', from: 'file', source: './key.pem' }],
    ['type=env,id=gh.token,env=GH_TOKEN', { id: 'gh.token', from: 'env', source: 'GH_TOKEN' }]
  ])('%s', (value, expected) => {
    expect(parseSecretFlag(value)).toEqual(expected)
  })

  it.each([
    ['id=npm', /give exactly one source, env=VAR or src=FILE/],
    ['id=npm,env=A,src=/f', /give exactly one source/],
    ['env=NPM_TOKEN', /needs id=NAME/],
    ['id=npm,env=1BAD', /"1BAD" is not an environment variable name/],
    ['id=n pm,env=A', /secret id "n pm" is not valid/],
    ['id=npm,type=file,env=A', /type=file takes src=FILE/],
    ['id=npm,value=abc', /expected id=NAME,env=VAR or id=NAME,src=FILE/],
    ['id=npm,type=ssh,env=A', /type must be env or file/]
  ])('rejects %s', (value, message) => {
    expect(() => parseSecretFlag(value)).toThrow(message)
  })
})

describe('the action inputs', () => {
  it('reads secret-envs and secret-files lines, skipping blanks and comments', () => {
    expect(parseSecretInputs('npm=NPM_TOKEN\n\n# note\ngh = GH_TOKEN\r\n', 'key=/tmp/key.pem\n')).toEqual([
      { id: 'npm', from: 'env', source: 'NPM_TOKEN' },
      { id: 'gh', from: 'env', source: 'GH_TOKEN' },
      { id: 'key', from: 'file', source: '/tmp/key.pem' }
    ])
  })

  it.each([
    ['npm', '', /input secret-envs line 1 has no "="/],
    ['npm=not a var', '', /input secret-envs: "not a var" is not an environment variable name/],
    ['', 'key=', /input secret-files: the secret's file path is empty/]
  ])('rejects secret-envs %j, secret-files %j', (envs, files, message) => {
    expect(() => parseSecretInputs(envs, files)).toThrow(message)
  })

  it('rejects one id given twice, and secret-build-args that are not names', () => {
    expect(() => checkUniqueSecretIds(['npm', 'key', 'npm'])).toThrow(/secret id npm is given twice/)
    expect(parseSecretArgNames(['NPM_AUTH', ' ', 'X'], 'input secret-build-args')).toEqual(['NPM_AUTH', 'X'])
    expect(() => parseSecretArgNames(['NPM AUTH'], 'input secret-build-args')).toThrow(
      /input secret-build-args "NPM AUTH" is not a build-arg name/
    )
  })
})

describe('secret values and files', () => {
  it('writes each secrets value to its own 0600 file in a 0700 directory, and removes them', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-unit-'))
    const written = await writeSecretFiles(
      [
        { id: 'npm', value: 'tok-1' },
        { id: 'gh', value: 'tok-2' }
      ],
      root
    )
    expect(written.secrets.map(s => [s.id, s.from])).toEqual([
      ['npm', 'file'],
      ['gh', 'file']
    ])
    const [dir] = await fs.readdir(root)
    expect(dir).toMatch(/^build-lab-secrets-/)
    expect((await fs.stat(path.join(root, dir!))).mode & 0o777).toBe(0o700)
    for (const s of written.secrets) {
      expect((await fs.stat(s.source)).mode & 0o777).toBe(0o600)
      expect(path.basename(s.source)).not.toContain(s.id)
    }
    expect(await Promise.all(written.secrets.map(s => readSecretValue(s)))).toEqual(['tok-1', 'tok-2'])
    await written.remove()
    expect(await fs.readdir(root)).toEqual([])
  })

  it('says which secret has no source', async () => {
    await expect(readSecretValue({ id: 'npm', from: 'env', source: 'NOPE' }, {})).rejects.toThrow(
      /^secret npm: the environment variable NOPE is not set/
    )
    await expect(readSecretValue({ id: 'key', from: 'file', source: '/nonexistent/key' })).rejects.toThrow(
      /^secret key: cannot read "\/nonexistent\/key"/
    )
    await expect(readSecretValue({ id: 'key', from: 'file', source: os.tmpdir() })).rejects.toThrow(
      /is not a file/
    )
  })

  it('redacts a thrown error, keeping its exit code, and a secret cut at the start of its log', () => {
    const redactor = createRedactor({ values: ['tok-abcdef-123'], names: [] })
    const e = redactError(
      new BuildLabError('run 1 failed: echo tok-abcdef-123', {
        exitCode: 1,
        detail: 'def-123\nnpm ERR! 401'
      }),
      redactor
    )
    expect([e.message, e.detail, e.exitCode]).toEqual(['run 1 failed: echo ***', '***\nnpm ERR! 401', 1])
    expect(redactError(new Error('tok-abcdef-123 refused'), redactor).message).toBe('*** refused')
  })

  it('keys the cache on a hash of each secret, never on its value', async () => {
    const base = {
      os: 'linux',
      arch: 'x64',
      dockerfile: 'FROM scratch\n',
      dockerignore: null,
      lockfiles: [],
      buildArgs: {}
    }
    const digests = await secretDigests([{ id: 'npm', from: 'env', source: 'S' }], { S: 'value-one-secret' })
    expect(digests).toEqual([{ id: 'npm', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }])
    const one = computeCacheKeys({ ...base, secrets: digests })
    const two = computeCacheKeys({
      ...base,
      secrets: await secretDigests([{ id: 'npm', from: 'env', source: 'S' }], { S: 'value-two-secret' })
    })
    expect(one.primary).not.toBe(two.primary)
    expect(one.primary).not.toBe(computeCacheKeys(base).primary)
    expect(JSON.stringify([one, two])).not.toMatch(/value-(one|two)-secret/)
  })
})
