// The Engine API and BuildKit gRPC answers of a real engine (recorded), and when the socket may stand in for the CLI.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  apiContainerdStore,
  apiServerVersion,
  directSocket,
  grpcMessage,
  infoBuildkitVersion,
  type ProbeSetting
} from '../../src/core/buildkit/engine-api.js'
import { parseBuildxInspect } from '../../src/core/buildkit/engine-check.js'

const FIXTURES = new URL('./fixtures/engine/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')

describe('the recorded answers of the current engine give the facts the CLI gives', () => {
  it('GET /version: the version `docker version --format {{.Server.Version}}` prints', () => {
    expect(apiServerVersion(JSON.parse(read('api-version.current.json')))).toBe(
      read('dockerd-version.current.txt').trim()
    )
  })

  it('GET /info: the containerd store', () => {
    expect(apiContainerdStore(JSON.parse(read('api-info.current.json')))).toBe(true)
    expect(apiContainerdStore({ DriverStatus: [['Backing Filesystem', 'extfs']] })).toBe(false)
    expect(apiContainerdStore({})).toBe(false)
  })

  it('Control/Info: the BuildKit version `buildx inspect` prints', () => {
    const frame = Buffer.from(read('grpc-info.current.hex').trim(), 'hex')
    const message = grpcMessage(frame)
    expect(message).not.toBeNull()
    expect(infoBuildkitVersion(message ?? new Uint8Array())).toBe(
      parseBuildxInspect(read('buildx-inspect.current.txt')).buildkit
    )
  })
})

describe('hostile or odd answers', () => {
  it.each<[string, unknown]>([
    ['no Version', { ApiVersion: '1.51' }],
    ['an empty Version', { Version: '  ' }],
    ['a Version that is no string', { Version: 28 }],
    ['no object', 'Version'],
    ['null', null]
  ])('GET /version with %s: no version', (_name, body) => {
    expect(apiServerVersion(body)).toBeNull()
  })

  it.each<[string, number[]]>([
    ['too short', [0, 0, 0]],
    ['compressed', [1, 0, 0, 0, 0]],
    ['truncated', [0, 0, 0, 0, 9, 1, 2]]
  ])('a gRPC frame %s: no message', (_name, bytes) => {
    expect(grpcMessage(new Uint8Array(bytes))).toBeNull()
  })

  it.each<[string, number[]]>([
    ['empty', []],
    ['a length past the end', [0x0a, 0x7f, 1]],
    ['an unknown wire type', [0x0f]],
    ['an endless varint', [0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]]
  ])('an InfoResponse %s: no version', (_name, bytes) => {
    expect(infoBuildkitVersion(new Uint8Array(bytes))).toBeNull()
  })

  it('skips fields it does not read', () => {
    // field 3 varint 7, then field 1 { field 1 "p", field 2 "v0.26.1" }
    const inner = [0x0a, 1, 0x70, 0x12, 7, ...Buffer.from('v0.26.1')]
    expect(infoBuildkitVersion(new Uint8Array([0x18, 7, 0x0a, inner.length, ...inner]))).toBe('v0.26.1')
  })
})

describe('directSocket: when the socket may answer for the CLI', () => {
  const base: ProbeSetting = {
    dockerHost: 'unix:///tmp/engine/docker.sock',
    dockerContext: '',
    buildxBuilder: '',
    buildxConfig: '',
    config: null,
    buildxCurrent: null
  }
  it.each<[string, Partial<ProbeSetting>, string | null]>([
    ['DOCKER_HOST on a unix socket', {}, '/tmp/engine/docker.sock'],
    ['no DOCKER_HOST: the default socket', { dockerHost: '' }, '/var/run/docker.sock'],
    [
      'the default builder recorded by buildx',
      { buildxCurrent: { Key: 'unix:///tmp/engine/docker.sock', Name: '', Global: false } },
      '/tmp/engine/docker.sock'
    ],
    [
      'the default context named',
      { dockerContext: 'default', config: { currentContext: 'default' } },
      '/tmp/engine/docker.sock'
    ],
    ['a tcp:// DOCKER_HOST', { dockerHost: 'tcp://127.0.0.1:2375' }, null],
    ['an ssh:// DOCKER_HOST', { dockerHost: 'ssh://me@host' }, null],
    ['a relative socket path', { dockerHost: 'unix://docker.sock' }, null],
    ['DOCKER_CONTEXT', { dockerContext: 'remote' }, null],
    ['a current context in config.json', { config: { currentContext: 'remote' } }, null],
    ['extra plugin dirs in config.json', { config: { cliPluginsExtraDirs: ['/opt/plugins'] } }, null],
    ['an unreadable config.json', { config: 'unreadable' }, null],
    ['BUILDX_BUILDER', { buildxBuilder: 'ci' }, null],
    ['BUILDX_CONFIG', { buildxConfig: '/etc/buildx' }, null],
    [
      'a builder chosen with buildx use (docker-container)',
      { buildxCurrent: { Key: 'unix:///tmp/engine/docker.sock', Name: 'builder-1', Global: false } },
      null
    ],
    ['an unreadable buildx/current', { buildxCurrent: 'unreadable' }, null]
  ])('%s', (_name, change, socket) => {
    expect(directSocket({ ...base, ...change })).toBe(socket)
  })
})
