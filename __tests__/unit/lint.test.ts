import { describe, expect, it, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { BUILDKIT_OVERLAPS, hasErrors, lintDockerfile, rules } from '../../src/core/lint/index.js'
import type { ContextInfo, Finding, LintInput } from '../../src/core/lint/index.js'
import { DockerignoreMatcher } from '../../src/core/context/dockerignore.js'
import { clockOrRandomness, findInstalls } from '../../src/core/lint/shell.js'
import { isSecretName } from '../../src/core/build/args.js'

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/lint/${name}`, import.meta.url), 'utf8')
const lint = (name: string, extra: Partial<LintInput> = {}): Finding[] =>
  lintDockerfile({ file: name, text: fixture(name), ...extra })
const ids = (findings: Finding[]): string[] => findings.map(f => f.rule)
const loud = (findings: Finding[]): Finding[] => findings.filter(f => f.severity !== 'info')

const heavyContext: ContextInfo = {
  hasDockerignore: false,
  entries: [
    { path: '.git', size: 52_428_800 },
    { path: 'node_modules', size: 209_715_200 },
    { path: 'src', size: 40_960 }
  ]
}

// [rule, extra input for the bad file, extra input for the good file]
const cases: [string, Partial<LintInput>, Partial<LintInput>][] = [
  ['BL000', {}, {}],
  ['BL001', {}, {}],
  ['BL002', {}, {}],
  ['BL003', {}, {}],
  ['BL004', {}, {}],
  ['BL005', {}, {}],
  ['BL006', {}, {}],
  [
    'BL007',
    { context: heavyContext },
    { context: { ...heavyContext, hasDockerignore: true, dockerignore: '.git\nnode_modules\n' } }
  ],
  [
    'BL008',
    { context: { ...heavyContext, hasDockerignore: true, dockerignore: '# only logs\n*.log\n' } },
    { context: { ...heavyContext, hasDockerignore: true, dockerignore: '/.git/\n**/node_modules\n' } }
  ],
  ['BL009', {}, {}],
  ['BL010', {}, {}],
  ['BL011', {}, {}],
  ['BL012', {}, {}]
]

describe('each rule', () => {
  it('has a case here, a unique id and a kebab-case name', () => {
    // BL013 and later are covered by the corpus (lint-corpus.test.ts), one file per pattern.
    expect(cases.map(c => c[0])).toEqual(rules.map(r => r.id).filter(id => id <= 'BL012'))
    for (const r of rules) expect(r.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  test.each(cases)('%s fires on the bad Dockerfile and stays quiet on the fixed one', (rule, bad, good) => {
    const badFindings = lint(`${rule}-bad.Dockerfile`, bad)
    expect(ids(badFindings)).toContain(rule)
    for (const f of badFindings.filter(x => x.rule === rule)) {
      expect(f.file).toBe(`${rule}-bad.Dockerfile`)
      expect(f.line).toBeGreaterThanOrEqual(1)
      expect(f.why.length).toBeGreaterThan(20)
      expect(f.fix.length).toBeGreaterThan(10)
    }
    // The fixed file is clean as a whole, not just for this rule.
    expect(loud(lint(`${rule}-good.Dockerfile`, good))).toEqual([])
  })
})

describe('the example Dockerfiles', () => {
  it('node-optimized gives only the info that it runs as root (node images set no USER)', () => {
    expect(lint('node-optimized.Dockerfile').map(f => `${f.rule}:${f.line}:${f.severity}`)).toEqual([
      'BL019:3:info'
    ])
  })

  it('node-naive fires copy-before-install, no cache mount and unpinned FROM, on the right lines', () => {
    const findings = lint('node-naive.Dockerfile')
    const where = findings.map(f => `${f.rule}:${f.line}`)
    expect(where).toEqual(expect.arrayContaining(['BL001:3', 'BL002:4', 'BL003:1']))
    expect(findings.find(f => f.rule === 'BL003')?.message).toContain('`node:22` has a tag but no digest')
  })

  test.each([
    'clean-go-multistage.Dockerfile',
    'clean-python-lowercase.Dockerfile',
    'clean-alpine-yarn.Dockerfile'
  ])('%s (continuations, heredocs, JSON RUN, lowercase, ARG before FROM, stages) gives no warnings', name => {
    expect(loud(lint(name))).toEqual([])
  })
})

describe('syntax errors are findings, never exceptions', () => {
  test.each([
    ['FROM alpine\nRUNN echo hi\n', 2, 'unknown instruction `RUNN`'],
    ['FROM alpine\nRUN <<EOF\necho never closed\n', 2, 'heredoc `EOF` is never terminated'],
    ['RUN echo hi\n', 1, 'before the first FROM'],
    ['', 1, 'there is no FROM instruction'],
    ['# just a comment\n', 1, 'there is no FROM instruction'],
    ['FROM\n', 1, 'FROM names no image'],
    ['FROM alpine AS\n', 1, 'FROM takes'],
    ['FROM alpine\nCOPY onlyone\n', 2, 'needs a source and a destination'],
    ['\u0000\u0001\u0002garbage\n', 1, 'unknown instruction']
  ])('%j → BL000 on line %i', (text, line, message) => {
    const findings = lintDockerfile({ file: 'Dockerfile', text })
    const syntax = findings.filter(f => f.rule === 'BL000')
    expect(syntax.map(f => f.line)).toContain(line)
    expect(syntax.map(f => f.message).join('\n')).toContain(message)
    expect(hasErrors(findings)).toBe(true)
  })
})

describe('FROM resolution', () => {
  const text =
    'ARG BASE=node:22@sha256:abc\nARG NOVALUE\nFROM ${BASE} AS one\nFROM one\nFROM ${NOVALUE}\nFROM scratch\nFROM ONE\n'

  it('resolves the ARG default, skips stage names (any case), scratch and unresolvable args', () => {
    expect(ids(lintDockerfile({ file: 'D', text }))).not.toContain('BL003')
  })

  it('lets --build-arg values win over the ARG default, and says where the image came from', () => {
    const findings = lintDockerfile({ file: 'D', text, buildArgs: { BASE: 'node:latest' } })
    const f = findings.find(x => x.rule === 'BL003')
    expect(f?.line).toBe(3)
    expect(f?.message).toBe(
      'FROM on line 3: `node:latest` uses `latest` and no digest (from --build-arg BASE).'
    )
  })

  it('names the ARG line when the default itself is unpinned', () => {
    const f = lintDockerfile({ file: 'D', text: 'ARG IMG=debian\nFROM $IMG\n' }).find(x => x.rule === 'BL003')
    expect(f?.message).toBe(
      'FROM on line 2: `debian` has no tag (so `latest`) and no digest (from `ARG IMG` on line 1).'
    )
  })

  it('expands ${VAR:-default}', () => {
    const f = lintDockerfile({ file: 'D', text: 'ARG V\nFROM python:${V:-3.12}-slim\n' }).find(
      x => x.rule === 'BL003'
    )
    expect(f?.message).toContain('`python:3.12-slim` has a tag but no digest')
  })
})

describe('evidence and diagnoses', () => {
  it('quotes the measured re-run on the copy-before-install finding', () => {
    const findings = lint('node-naive.Dockerfile', {
      evidence: [
        { name: '[2/4] WORKDIR /app', instruction: 'WORKDIR /app', cached: true, durationMs: 0 },
        { name: '[3/4] COPY . .', instruction: 'COPY . .', cached: false, durationMs: 120 },
        { name: '[4/4] RUN npm ci', instruction: null, cached: false, durationMs: 38_000 }
      ]
    })
    expect(findings.find(f => f.rule === 'BL001')?.evidence).toBe(
      'step 4 `RUN npm ci` re-ran after a source-only edit (38 s) because `COPY . .` on line 3 comes before it'
    )
    expect(findings.find(f => f.rule === 'BL002')?.evidence).toContain('step 4 `RUN npm ci`')
  })

  it('matches vertex names with flags and continuation whitespace to the instruction', () => {
    const text = 'FROM node:22@sha256:abc\nCOPY . .\nRUN npm ci \\\n    --omit=dev\n'
    const findings = lintDockerfile({
      file: 'D',
      text,
      evidence: [
        {
          name: '[stage-0 3/3] RUN npm ci     --omit=dev',
          instruction: null,
          cached: false,
          durationMs: 4_200
        }
      ]
    })
    expect(findings.find(f => f.rule === 'BL001')?.evidence).toContain(
      'step 3 `RUN npm ci --omit=dev` re-ran after a source-only edit (4.2 s)'
    )
  })

  it('says so when the measured step was cached after all, and adds nothing when no step matches', () => {
    const cached = lint('node-naive.Dockerfile', {
      evidence: [{ name: '[4/4] RUN npm ci', instruction: 'RUN npm ci', cached: true, durationMs: null }]
    })
    expect(cached.find(f => f.rule === 'BL001')?.evidence).toContain('was cached')
    const other = lint('node-naive.Dockerfile', {
      evidence: [{ name: '[4/4] RUN yarn', instruction: 'RUN yarn', cached: false, durationMs: 1 }]
    })
    expect(other.every(f => f.evidence === undefined)).toBe(true)
  })

  it('links a diagnosis to the reproducibility finding of the same instruction only', () => {
    const findings = lint('BL009-bad.Dockerfile', {
      diagnoses: [
        {
          instruction: 'RUN date > /build-time && echo $RANDOM > /seed',
          reference: 'diff: build-time changed (cause: clock)'
        }
      ]
    })
    expect(findings.find(f => f.rule === 'BL009')?.diagnosis).toBe('diff: build-time changed (cause: clock)')
    expect(findings.filter(f => f.rule !== 'BL009').every(f => f.diagnosis === undefined)).toBe(true)
  })
})

describe('build context', () => {
  it('quotes the measured sizes when there is no .dockerignore', () => {
    const f = lint('node-naive.Dockerfile', { context: heavyContext }).find(x => x.rule === 'BL007')
    expect(f?.severity).toBe('warning')
    expect(f?.line).toBe(3)
    expect(f?.message).toBe(
      'There is no .dockerignore: the context is 250.0 MiB (.git 50.0 MiB, node_modules 200.0 MiB), and `COPY . .` on line 3 copies all of it.'
    )
  })

  it('is only info without .dockerignore when no COPY takes the whole context', () => {
    const f = lint('node-optimized.Dockerfile', { context: heavyContext }).find(x => x.rule === 'BL007')
    expect(f?.severity).toBe('info')
  })

  it('names exactly the heavy directories that .dockerignore lets through', () => {
    const f = lint('BL008-bad.Dockerfile', {
      context: { ...heavyContext, hasDockerignore: true, dockerignore: 'node_modules\n' }
    }).find(x => x.rule === 'BL008')
    expect(f?.message).toContain('does not exclude .git 50.0 MiB (context 250.0 MiB)')
    expect(f?.fix).toBe('Add `.git` to .dockerignore.')
  })

  test.each([
    ['.git', '.git', true],
    ['/.git/', '.git', true],
    ['**/node_modules', 'node_modules', true],
    ['**/node_modules', 'packages/a/node_modules', true],
    ['node_modules', 'packages/a/node_modules', false],
    ['*\n!src', 'src', false],
    ['*\n!src', '.git', true],
    ['# .git', '.git', false],
    ['.g?t', '.git', true],
    ['dist', 'dist/app.js', true]
  ])('.dockerignore %j ignores %s: %p', (text, path, expected) => {
    expect(new DockerignoreMatcher(text).ignores(path)).toBe(expected)
  })
})

describe('shell reading avoids false positives', () => {
  test.each([
    ['date > /t', ['`date`']],
    ['echo "built $(date -u +%s)" > /t', ['`date`']],
    ['echo `date`', ['`date`']],
    ['head -c 16 /dev/urandom | od -x', ['`/dev/urandom`']],
    ['uuidgen > /id', ['`uuidgen`']],
    ['echo ${RANDOM}', ['`$RANDOM`']],
    ['apt-get update && apt-get install -y tzdata', []],
    ['date -u -d "@$SOURCE_DATE_EPOCH" > /t', []],
    ['date --date=@0', []],
    ['touch -d @0 /x && git log --date=iso', []],
    ['update-ca-certificates', []],
    ['echo date', []]
  ])('%j → %j', (script, expected) => {
    expect(clockOrRandomness(script)).toEqual(expected)
  })

  test.each([
    ['npm ci', 'npm'],
    ['cd /app && NODE_ENV=production npm install --no-audit', 'npm'],
    ['yarn --frozen-lockfile', 'yarn'],
    ['pnpm i --frozen-lockfile', 'pnpm'],
    ['python3 -m pip install -r requirements.txt', 'pip'],
    ['pip3.12 install flask', 'pip'],
    ['sudo apt-get -y install curl', 'apt'],
    ['apk add --no-cache curl', 'apk'],
    ['go mod download', 'go'],
    ['CGO_ENABLED=0 go build ./...', 'go'],
    ['cargo build --release', 'cargo'],
    ['if true; then apt-get install -y curl; fi', 'apt']
  ])('%j installs with %s', (script, manager) => {
    expect(findInstalls(script).map(i => i.manager)).toEqual([manager])
  })

  test.each([
    'npm run build',
    'yarn build',
    'go test ./...',
    'pip --version',
    'echo npm ci',
    'apt-get update'
  ])('%j is not an install', script => {
    expect(findInstalls(script)).toEqual([])
  })

  test.each([
    ['NPM_TOKEN', true],
    ['GITHUB_TOKEN', true],
    ['DB_PASSWORD', true],
    ['apiKey', true],
    ['AWS_SECRET_ACCESS_KEY', true],
    ['SSH_PRIVATE_KEY', true],
    ['GPG_KEY', false],
    ['KEY_SERVER', false],
    ['PUBLIC_KEY', false],
    ['TOKEN_URL', false],
    ['KEYCLOAK_VERSION', false],
    ['MONKEY', false],
    ['SOURCE_DATE_EPOCH', false]
  ])('ARG %s looks secret: %p', (name, expected) => {
    expect(isSecretName(name)).toBe(expected)
  })
})

describe('rule details', () => {
  it('does not flag an install after COPY . . when the same manager installed the dependencies above it', () => {
    const text =
      'FROM python:3@sha256:abc\nCOPY requirements.txt .\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache/pip pip install --no-deps .\n'
    expect(ids(lintDockerfile({ file: 'D', text }))).not.toContain('BL001')
  })

  it('tells system package installs after COPY . . to move up', () => {
    const text =
      'FROM alpine@sha256:abc\nCOPY . /src\nRUN --mount=type=cache,target=/etc/apk/cache apk add gcc\n'
    const f = lintDockerfile({ file: 'D', text }).find(x => x.rule === 'BL001')
    expect(f?.fix).toContain('Move `RUN apk add gcc` above `COPY . /src`')
  })

  it('suggests the cache mount of each manager in one RUN', () => {
    const f = lintDockerfile({
      file: 'D',
      text: 'FROM alpine@sha256:a\nRUN apk add --no-cache python3 && pip install x\n'
    }).find(x => x.rule === 'BL002')
    expect(f?.fix).toContain(
      '--mount=type=cache,target=/etc/apk/cache --mount=type=cache,target=/root/.cache/pip'
    )
    expect(f?.fix).toContain('drop `--no-cache`')
  })

  it('flags ADD of a Git branch but not of a pinned commit', () => {
    const text =
      'FROM alpine@sha256:abc\nADD https://github.com/o/r.git#main /r\nADD https://github.com/o/r.git#0123456789abcdef0123456789abcdef01234567 /r2\n'
    const findings = lintDockerfile({ file: 'D', text }).filter(x => x.rule === 'BL006')
    expect(findings.map(f => f.line)).toEqual([2])
  })

  it('leaves build tools removed in the same RUN, and devDependencies of a build stage, alone', () => {
    const text =
      'FROM alpine@sha256:abc AS build\nRUN --mount=type=cache,target=/root/.npm npm ci\nFROM alpine@sha256:abc\nRUN --mount=type=cache,target=/etc/apk/cache apk add --virtual .deps gcc make && make && apk del .deps\n'
    expect(ids(lintDockerfile({ file: 'D', text }))).not.toContain('BL010')
  })

  it('follows the final stage to the stages it is built FROM', () => {
    const text =
      'FROM alpine@sha256:abc AS base\nRUN --mount=type=cache,target=/etc/apk/cache apk add build-base\nFROM base\nCMD ["sh"]\n'
    expect(lintDockerfile({ file: 'D', text }).find(x => x.rule === 'BL010')?.line).toBe(2)
  })

  it('only counts context files copied before the chmod, resolved against WORKDIR', () => {
    const before = 'FROM alpine@sha256:abc\nWORKDIR /app\nRUN touch run.sh && chmod +x run.sh\nCOPY . .\n'
    expect(ids(lintDockerfile({ file: 'D', text: before }))).not.toContain('BL011')
    const after = 'FROM alpine@sha256:abc\nWORKDIR /app\nCOPY . .\nRUN chmod +x run.sh\n'
    expect(lintDockerfile({ file: 'D', text: after }).find(f => f.rule === 'BL011')?.line).toBe(4)
  })

  it('reports a secret ARG at the RUN that uses it, and ignores it when no RUN does', () => {
    const used = lint('BL012-bad.Dockerfile').find(f => f.rule === 'BL012')
    expect(used?.severity).toBe('error')
    expect(used?.line).toBe(5)
    expect(used?.endLine).toBe(7)
    expect(used?.message).toContain('`ARG NPM_TOKEN` (line 2)')
    expect(used?.fix).toContain('`RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN ...`')
    expect(used?.fix).toContain('`build-lab gate --secret id=npm_token,env=NPM_TOKEN`')
    expect(used?.fix).toContain('`secrets: npm_token=${{ secrets.NPM_TOKEN }}`')
    const unused = 'FROM alpine@sha256:abc\nARG NPM_TOKEN\nRUN echo hello\n'
    expect(ids(lintDockerfile({ file: 'D', text: unused }))).not.toContain('BL012')
  })

  it('sorts by line and sets endLine only for multi-line instructions', () => {
    const findings = lint('BL004-bad.Dockerfile')
    expect(findings.map(f => f.line)).toEqual([...findings.map(f => f.line)].sort((a, b) => a - b))
    expect(findings.find(f => f.rule === 'BL004')).toMatchObject({ line: 3, endLine: 5 })
  })
})

describe('hasErrors', () => {
  it('is true only with an error-level finding', () => {
    expect(hasErrors(lint('BL009-bad.Dockerfile'))).toBe(true)
    expect(hasErrors(lint('node-naive.Dockerfile'))).toBe(false)
    expect(hasErrors([])).toBe(false)
  })
})

describe('docs/lint.md', () => {
  const doc = readFileSync(new URL('../../docs/lint.md', import.meta.url), 'utf8')

  test.each(rules.map(r => [r.id, r] as const))('documents %s with its severity, why and fix', (_id, r) => {
    expect(doc).toContain(`### ${r.id} ${r.name}\n\n**${r.severity}**. ${r.title}.`)
    expect(doc).toContain(`- **Why:** ${r.why}\n- **Fix:** ${r.fix}\n`)
    expect(doc).toMatch(new RegExp(`\\| ${r.id} +\\| ${r.name} +\\| ${r.severity}[^|]*\\| ${r.kind} +\\|`))
  })

  it('documents exactly the rule ids in code, and no other', () => {
    const documented = [...doc.matchAll(/^### (BL\d{3}) /gm)].map(m => m[1])
    expect(documented).toEqual(rules.map(r => r.id))
    const inTable = [...doc.matchAll(/^\| (BL\d{3}) /gm)].map(m => m[1])
    expect(inTable).toEqual(rules.map(r => r.id))
  })

  test.each(rules.map(r => [r.id, r] as const))(
    'names the hadolint ids %s covers, with an example and its fix',
    (_id, r) => {
      const section = doc.split(`### ${r.id} `)[1]!.split('\n### ')[0]!.split('\n## ')[0]!
      expect(section).toContain(
        `- **hadolint:** ${r.hadolint.length > 0 ? r.hadolint.join(', ') : 'none (no hadolint rule checks this)'}\n`
      )
      expect(section).toMatch(/Flagged:\n\n```dockerfile\n[^`]+```\n\nFixed:\n\n```dockerfile\n[^`]+```/)
    }
  )

  it('lists every BuildKit check that our rules de-duplicate', () => {
    for (const [check, ours] of Object.entries(BUILDKIT_OVERLAPS)) {
      expect(doc).toMatch(new RegExp(`\\| ${check} +\\| ${ours.join(', ')} +\\|`))
    }
  })
})
