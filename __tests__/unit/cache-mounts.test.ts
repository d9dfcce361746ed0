// Reading RUN --mount=type=cache flags, which caches a helper can reach, and the helper Dockerfiles.
import { describe, expect, it } from '@jest/globals'
import {
  type CacheMount,
  extractDockerfile,
  injectDockerfile,
  mountCacheKeys,
  parseCacheMounts,
  parseManifest,
  renderManifest,
  restorableMounts
} from '../../src/core/cache/mounts.js'

const mount = (fields: Partial<CacheMount>): CacheMount => ({
  id: '/root/.npm',
  target: '/root/.npm',
  sharing: 'shared',
  uid: null,
  gid: null,
  mode: null,
  from: null,
  source: null,
  line: 2,
  ...fields
})

type Row = [string, string, Partial<CacheMount>[]]

const cases: Row[] = [
  ['npm, id defaults to the target', 'FROM node\nRUN --mount=type=cache,target=/root/.npm npm ci\n', [{}]],
  [
    'pip with an id and sharing',
    'FROM python\nRUN --mount=type=cache,id=pip,target=/root/.cache/pip,sharing=locked pip install -r r.txt\n',
    [{ id: 'pip', target: '/root/.cache/pip', sharing: 'locked' }]
  ],
  [
    'apt: two cache mounts on one RUN, dst and destination spellings',
    'FROM debian\nRUN --mount=type=cache,dst=/var/cache/apt,sharing=locked \\\n    --mount=type=cache,destination=/var/lib/apt,sharing=private \\\n    apt-get update\n',
    [
      { id: '/var/cache/apt', target: '/var/cache/apt', sharing: 'locked' },
      { id: '/var/lib/apt', target: '/var/lib/apt', sharing: 'private' }
    ]
  ],
  [
    'go: uid, gid and an octal mode',
    'FROM golang\nRUN --mount=type=cache,target=/go/pkg/mod,uid=1000,gid=1001,mode=0755 go build\n',
    [{ id: '/go/pkg/mod', target: '/go/pkg/mod', uid: 1000, gid: 1001, mode: 0o755 }]
  ],
  [
    'from and source',
    'FROM x\nRUN --mount=type=cache,from=deps,source=/cache,target=/c make\n',
    [{ id: '/c', target: '/c', from: 'deps', source: '/cache' }]
  ],
  [
    'src spelling, case-insensitive RUN and keys, bind mounts ignored',
    'FROM x\nrun --mount=type=bind,target=/b --mount=Type=cache,Target=/c,src=/s true\n',
    [{ id: '/c', target: '/c', source: '/s', line: 2 }]
  ],
  ['mounts after the command are not flags', 'FROM x\nRUN echo --mount=type=cache,target=/c\n', []],
  [
    'comments and empty lines inside a continuation; the line is the RUN line',
    'FROM x\n\nRUN \\\n# a comment\n\n  --mount=type=cache,target=/c \\\n  true\n',
    [{ id: '/c', target: '/c', line: 3 }]
  ],
  [
    'escape directive',
    '# escape=`\nFROM x\nRUN --mount=type=cache,target=C:\\cache `\n  true\n',
    [{ id: 'C:\\cache', target: 'C:\\cache', line: 3 }]
  ],
  [
    'heredoc bodies are not instructions',
    'FROM x\nRUN <<EOF\nRUN --mount=type=cache,target=/not-a-flag true\nEOF\nRUN --mount=type=cache,target=/real true\n',
    [{ id: '/real', target: '/real', line: 5 }]
  ],
  [
    'a quoted "<<EOF" is a word, not a heredoc: the next RUN is read',
    'FROM x\nRUN echo "<<EOF"\nRUN --mount=type=cache,target=/real true\n',
    [{ id: '/real', target: '/real', line: 3 }]
  ],
  [
    'a heredoc delimiter may hold a dash, as in BuildKit',
    'FROM x\nRUN <<EOF-1\nRUN --mount=type=cache,target=/body true\nEOF-1\nRUN --mount=type=cache,target=/real true\n',
    [{ id: '/real', target: '/real', line: 5 }]
  ],
  ['no RUN flags at all', 'FROM x\nCOPY --from=a /x /y\nRUN make\n', []],
  ['a mount flag on COPY is not a RUN mount', 'FROM x\nCOPY --mount=type=cache,target=/c . .\n', []]
]

describe('parseCacheMounts', () => {
  it.each(cases)('%s', (_name, dockerfile, expected) => {
    const { mounts } = parseCacheMounts(dockerfile)
    expect(mounts).toEqual(expected.map(e => mount({ line: 2, ...e })))
  })

  it('reads a quoted id with a comma inside a quoted flag', () => {
    const { mounts } = parseCacheMounts('FROM x\nRUN "--mount=type=cache,target=/c,""id=a,b""" true\n')
    // A whole quoted word is not a flag for the Dockerfile parser either.
    expect(mounts).toEqual([])
    const quotedField = parseCacheMounts('FROM x\nRUN --mount=type=cache,target=/c,"id=a,b" true\n')
    expect(quotedField.mounts).toEqual([mount({ id: 'a,b', target: '/c' })])
  })

  it.each([
    ['a variable in the target', 'RUN --mount=type=cache,target=$HOME/.cache true', /variable/],
    ['a variable in the id', 'RUN --mount=type=cache,id=${NAME},target=/c true', /variable/],
    ['no target', 'RUN --mount=type=cache,id=x true', /no target/],
    ['an unknown sharing', 'RUN --mount=type=cache,target=/c,sharing=sometimes true', /sharing/],
    ['a uid that is not a number', 'RUN --mount=type=cache,target=/c,uid=root true', /uid/],
    ['a mode that is not octal', 'RUN --mount=type=cache,target=/c,mode=0999 true', /mode/]
  ])('skips a flag with %s, saying why', (_name, run, reason) => {
    const { mounts, skipped } = parseCacheMounts(`FROM x\n${run}\n`)
    expect(mounts).toEqual([])
    expect(skipped).toHaveLength(1)
    expect(skipped[0]!.line).toBe(2)
    expect(skipped[0]!.reason).toMatch(reason)
  })
})

describe('restorableMounts', () => {
  it('keeps one entry per cache identity: id, uid, gid and mode, not target or sharing', () => {
    const { restorable, skipped } = restorableMounts([
      mount({ id: 'npm', target: '/a' }),
      mount({ id: 'npm', target: '/b', sharing: 'locked' }),
      mount({ id: 'npm', target: '/a', uid: 1000 }),
      mount({ id: 'npm', target: '/a', mode: 0o700 }),
      mount({ id: 'go' })
    ])
    expect(restorable).toEqual([
      { id: 'npm', uid: null, gid: null, mode: null },
      { id: 'npm', uid: 1000, gid: null, mode: null },
      { id: 'npm', uid: null, gid: null, mode: 0o700 },
      { id: 'go', uid: null, gid: null, mode: null }
    ])
    expect(skipped).toEqual([])
  })

  it('leaves out a mount seeded from a stage, with the reason', () => {
    const seeded = mount({ from: 'deps', source: '/cache' })
    const { restorable, skipped } = restorableMounts([seeded])
    expect(restorable).toEqual([])
    expect(skipped).toEqual([{ mount: seeded, reason: expect.stringMatching(/seeded from deps/) }])
  })
})

describe('helper Dockerfiles', () => {
  const saved = [
    { id: '/root/.npm', uid: null, gid: null, mode: null, file: '0.tar' },
    { id: 'go,mod', uid: 1000, gid: 1000, mode: 0o755, file: '3.tar' }
  ]

  it('inject: one RUN binding the restored directory and each cache by its identity', () => {
    expect(injectDockerfile('build-lab/busybox:local', saved)).toBe(
      [
        '# Generated by build-lab: moves RUN --mount=type=cache contents in or out of the builder.',
        'FROM build-lab/busybox:local',
        'ARG BUILD_LAB_NONCE',
        'RUN --mount=type=bind,source=.,target=/src \\',
        '    --mount=type=cache,id=/root/.npm,target=/cache-0,sharing=locked \\',
        '    --mount=type=cache,"id=go,mod",target=/cache-1,sharing=locked,uid=1000,gid=1000,mode=0755 \\',
        '    : "$BUILD_LAB_NONCE" && tar -xpf /src/0.tar -C /cache-0 && tar -xpf /src/3.tar -C /cache-1',
        ''
      ].join('\n')
    )
  })

  it('extract: tars each non-empty cache into a scratch stage', () => {
    const text = extractDockerfile('helper@sha256:abc', saved)
    expect(text).toContain('FROM helper@sha256:abc AS extract\n')
    expect(text).toContain('--mount=type=cache,id=/root/.npm,target=/cache-0,sharing=locked \\\n')
    expect(text).toContain(
      'if [ -n "$(ls -A /cache-1)" ]; then tar -cf /out/1.tar -C /cache-1 .; fi\nFROM scratch\nCOPY --from=extract /out/ /\n'
    )
  })

  it('the generated flags parse back to the same identities', () => {
    const { mounts } = parseCacheMounts(injectDockerfile('h', saved))
    expect(mounts.map(m => ({ id: m.id, uid: m.uid, gid: m.gid, mode: m.mode }))).toEqual(
      saved.map(({ id, uid, gid, mode }) => ({ id, uid, gid, mode }))
    )
  })
})

describe('manifest and keys', () => {
  it('round-trips a manifest', () => {
    const mounts = [{ id: 'a', uid: 1, gid: null, mode: 0o700, file: '0.tar' }]
    expect(parseManifest(renderManifest(mounts))).toEqual({ version: 1, mounts })
  })

  it.each([
    ['not JSON', '{'],
    ['another version', '{"version":2,"mounts":[]}'],
    [
      'a file outside the entry',
      '{"version":1,"mounts":[{"id":"a","uid":null,"gid":null,"mode":null,"file":"../x"}]}'
    ],
    ['a negative uid', '{"version":1,"mounts":[{"id":"a","uid":-1,"gid":null,"mode":null,"file":"0.tar"}]}']
  ])('rejects a manifest with %s', (_name, text) => {
    expect(() => parseManifest(text)).toThrow(/mounts\.json/)
  })

  it('mount keys add -mounts to the lock-level key and keep its restore keys', () => {
    expect(
      mountCacheKeys({
        primary: 'build-lab-v1-linux-x64-d-l',
        restoreKeys: ['build-lab-v1-linux-x64-d-', 'build-lab-v1-linux-x64-']
      })
    ).toEqual({
      primary: 'build-lab-v1-linux-x64-d-l-mounts',
      restoreKeys: ['build-lab-v1-linux-x64-d-', 'build-lab-v1-linux-x64-']
    })
  })
})
