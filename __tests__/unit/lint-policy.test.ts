// Ignores, .build-lab.yml, the fail level, BuildKit's checks beside ours, and the context-dependent false alarms.
import { describe, expect, it, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  failsAt,
  lintDockerfile,
  parseBuildkitChecks,
  parseLintConfig,
  renderLintText,
  renderSarif
} from '../../src/core/lint/index.js'
import type { ContextInfo, Finding } from '../../src/core/lint/index.js'

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/lint/${name}`, import.meta.url), 'utf8')
const where = (findings: Finding[]): string[] => findings.map(f => `${f.rule}:${f.line}`)
const noIgnore: ContextInfo = { hasDockerignore: false, entries: [{ path: 'src/', size: 10 }] }

describe('inline and file-level ignores', () => {
  const text =
    'FROM node:22\n# build-lab ignore=BL019\n# why: a build image\nFROM node:22 AS two\nCMD ["x"]\n'

  it('an ignore comment right above an instruction silences that rule on it only', () => {
    expect(where(lintDockerfile({ file: 'D', text }))).toEqual(['BL003:1', 'BL003:4'])
  })

  it('ignore-file silences a rule everywhere, and takes a list', () => {
    const all = `# build-lab ignore-file=BL003, BL019\n${text}`
    expect(where(lintDockerfile({ file: 'D', text: all }))).toEqual([])
  })
})

describe('.build-lab.yml', () => {
  it('disables rules, overrides severities and lists trusted registries', () => {
    const config = parseLintConfig(
      'lint:\n  disable: [BL019]\n  severity:\n    BL003: error\n  trusted-registries: [ghcr.io/acme]\n  fail-level: warning\n',
      '.build-lab.yml'
    )
    const findings = lintDockerfile({ file: 'D', text: 'FROM node:22\n', config })
    expect(findings.map(f => [f.rule, f.severity])).toEqual([
      ['BL003', 'error'],
      ['BL027', 'error']
    ])
    expect(findings[1]!.message).toContain('`node:22` comes from docker.io')
    expect(config.failLevel).toBe('warning')
    const trusted = lintDockerfile({
      file: 'D',
      text: 'FROM ghcr.io/acme/base:1@sha256:ab\nUSER 1\n',
      config
    })
    expect(trusted).toEqual([])
  })

  test.each([
    ['lint:\n  disable: BL003\n', 'lint.disable must be a list of rule ids'],
    ['lint:\n  disable: [BL999]\n', 'there is no rule BL999'],
    ['lint:\n  severity: {BL003: loud}\n', 'lint.severity.BL003 must be one of error, warning, info'],
    ['lint:\n  ignore: [BL003]\n', 'lint.ignore is not a setting'],
    ['lint: [\n', 'is not valid YAML']
  ])('%j → %s', (text, message) => {
    expect(() => parseLintConfig(text, '.build-lab.yml')).toThrow(message)
  })

  it('a file without a lint: section is the empty config', () => {
    expect(parseLintConfig('scenarios: []\n', '.build-lab.yml')).toEqual({
      disable: [],
      severity: {},
      trustedRegistries: []
    })
  })
})

describe('--fail-level', () => {
  const findings = lintDockerfile({ file: 'D', text: 'FROM a@sha256:ab\nUSER 1\nRUN cd /srv && make\n' })
  test.each([
    ['error', false],
    ['warning', false],
    ['info', true]
  ] as const)('at %s fails: %p', (level, fails) => {
    expect(findings.map(f => f.severity)).toEqual(['info'])
    expect(failsAt(findings, level)).toBe(fails)
  })
})

describe("BuildKit's checks", () => {
  const text = fixture('buildkit-check.Dockerfile')
  const checks = parseBuildkitChecks(fixture('buildkit-check-0.29.json'), 'Dockerfile')

  it('parses what buildx 0.29 prints, each check under its own BK: id', () => {
    expect(where(checks.findings)).toEqual([
      'BK:StageNameCasing:1',
      'BK:FromAsCasing:1',
      'BK:MaintainerDeprecated:2',
      'BK:SecretsUsedInArgOrEnv:3',
      'BK:WorkdirRelativePath:4',
      'BK:JSONArgsRecommended:5',
      'BK:MultipleInstructionsDisallowed:5'
    ])
    expect(checks.findings[0]).toMatchObject({
      severity: 'info',
      url: 'https://docs.docker.com/go/dockerfile/rule/stage-name-casing/'
    })
  })

  it('drops the checks our rules report on the same line, and keeps the rest beside ours', () => {
    const findings = lintDockerfile({ file: 'Dockerfile', text, buildkit: checks.findings })
    expect(where(findings)).toEqual([
      'BK:FromAsCasing:1',
      'BK:StageNameCasing:1',
      'BL003:1',
      'BL019:1',
      'BK:MaintainerDeprecated:2',
      'BK:SecretsUsedInArgOrEnv:3',
      'BL022:4',
      'BK:JSONArgsRecommended:5',
      'BL018:5'
    ])
    expect(renderLintText(findings)).toContain(
      'Dockerfile:5: warning BK:JSONArgsRecommended json-args-recommended'
    )
    const sarif = JSON.stringify(renderSarif(findings, '0.0.0'))
    expect(sarif).toContain('"id":"BK:JSONArgsRecommended"')
  })

  it('ignores and disables apply to BuildKit ids too', () => {
    const config = parseLintConfig('lint:\n  disable: [BK:FromAsCasing]\n', 'c')
    const findings = lintDockerfile({
      file: 'Dockerfile',
      text: `# build-lab ignore-file=BK:StageNameCasing\n${text}`,
      buildkit: parseBuildkitChecks(fixture('buildkit-check-0.29.json'), 'Dockerfile').findings.map(f => ({
        ...f,
        line: f.line + 1
      })),
      config
    })
    expect(findings.map(f => f.rule)).not.toContain('BK:FromAsCasing')
    expect(findings.map(f => f.rule)).not.toContain('BK:StageNameCasing')
  })

  it("keeps the engine's text to one printable line, and only https links", () => {
    const hostile = parseBuildkitChecks(
      JSON.stringify({
        warnings: [
          { ruleName: 'X\u001b[31m', detail: 'a\u001b]8;;evil\u0007b\nc', url: 'javascript:alert(1)' }
        ]
      }),
      'D'
    )
    expect(hostile.findings[0]).toMatchObject({
      rule: 'BK:Xx1b31m',
      message: 'a\\x1b]8;;evil\\x07b ⏎ c.',
      line: 1
    })
    expect(hostile.findings[0]!.url).toBeUndefined()
  })

  it('turns an unresolvable base image into a note, and a Dockerfile error into BK:BuildError', () => {
    const resolve = parseBuildkitChecks(
      '{"warnings":null,"buildError":{"message":"node:22-slim: failed to resolve source metadata for docker.io/library/node:22-slim: dial tcp: no such host","location":{"ranges":[{"start":{"line":1},"end":{"line":1}}]}}}',
      'Dockerfile'
    )
    expect(resolve.findings).toEqual([])
    expect(resolve.note).toContain("BuildKit's checks did not run: node:22-slim: failed to resolve")
    const syntax = parseBuildkitChecks(
      '{"buildError":{"message":"Syntax error - can\'t find = in \\"B\\". Must be of the form: name=value","location":{"ranges":[{"start":{"line":4},"end":{"line":4}}]}}}',
      'Dockerfile'
    )
    expect(where(syntax.findings)).toEqual(['BK:BuildError:4'])
  })
})

describe('false alarms of the first trial stay gone', () => {
  it('BL010: no devDependencies finding when package.json declares none', () => {
    const text = 'FROM node:22@sha256:ab\nWORKDIR /app\nCOPY . .\nRUN npm install --no-audit\nUSER node\n'
    const none = { ...noIgnore, files: { 'package.json': '{"dependencies":{"express":"4.19.2"}}' } }
    expect(where(lintDockerfile({ file: 'D', text, context: none }))).not.toContain('BL010:4')
    const some = { ...noIgnore, files: { 'package.json': '{"devDependencies":{"jest":"29.0.0"}}' } }
    expect(where(lintDockerfile({ file: 'D', text, context: some }))).toContain('BL010:4')
  })

  it('BL007: nothing when the Dockerfile copies nothing from the context', () => {
    const text = 'FROM alpine@sha256:ab\nRUN echo hi > /x\nUSER 1\n'
    expect(lintDockerfile({ file: 'D', text, context: noIgnore })).toEqual([])
  })

  it('BL003 does not repeat a line that BL000 rejects', () => {
    expect(where(lintDockerfile({ file: 'D', text: 'FROM node:22 AS\nUSER 1\n' }))).toEqual(['BL000:1'])
  })

  it('BL001: the fix names only the manifests the context has, and moves installs of named packages up', () => {
    const text = 'FROM node:22@sha256:ab\nWORKDIR /app\nCOPY . .\nRUN npm ci\nUSER node\n'
    const bare = lintDockerfile({ file: 'D', text, context: noIgnore }).find(f => f.rule === 'BL001')
    expect(bare?.fix).toContain('the context has no package.json or package-lock.json')
    const lock = {
      ...noIgnore,
      entries: [
        ...noIgnore.entries,
        { path: 'package.json', size: 1 },
        { path: 'package-lock.json', size: 1 }
      ]
    }
    const withLock = lintDockerfile({ file: 'D', text, context: lock }).find(f => f.rule === 'BL001')
    expect(withLock?.fix).toContain('`COPY package.json package-lock.json ./`')
    const named =
      'FROM python:3@sha256:ab\nWORKDIR /app\nCOPY . .\nRUN pip install gunicorn==22.0.0\nUSER 1\n'
    expect(lintDockerfile({ file: 'D', text: named }).find(f => f.rule === 'BL001')?.fix).toContain(
      'Move `RUN pip install gunicorn==22.0.0` above `COPY . .`: it installs named packages'
    )
  })

  it('BL014 reads the context: `COPY package*.json` counts only when the lockfile exists', () => {
    const text = 'FROM node:22@sha256:ab\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\nUSER node\n'
    const lock = { ...noIgnore, entries: [{ path: 'package-lock.json', size: 1 }] }
    expect(where(lintDockerfile({ file: 'D', text, context: lock }))).toContain('BL014:4')
    expect(where(lintDockerfile({ file: 'D', text, context: noIgnore }))).not.toContain('BL014:4')
  })
})

describe('the new rules read the line the way an expert does', () => {
  const F = 'FROM alpine@sha256:ab\nWORKDIR /app\n'
  const rulesOf = (body: string): string[] =>
    lintDockerfile({ file: 'D', text: `${F}${body}\nUSER 1\n` })
      .filter(f => f.line === 3)
      .map(f => f.rule)
      .filter(r => r !== 'BL002')
  test.each([
    ['RUN npm i -g pnpm@9', ['BL023']],
    ['RUN npm i -g pnpm@9.12.3', []],
    ['RUN npm i -g pnpm@$PNPM_VERSION', []],
    ['RUN pip install --no-cache-dir -r requirements.txt', []],
    ['RUN pip install "uvicorn[standard]==0.30.6" gunicorn', ['BL023']],
    ['RUN pip install -c constraints.txt flask', []],
    ['RUN pip install -e .', []],
    ['RUN gem install bundler -v 2.5.23', []],
    ['RUN go install ./cmd/...', []],
    ['RUN go install golang.org/x/tools/gopls@v0.16.2', []],
    ['RUN cargo install --path .', []],
    ['RUN git clone --branch $VERSION https://github.com/o/r.git /r', []],
    ['RUN git clone --depth 1 --branch v1.2.3 https://github.com/o/r.git /r', []],
    ['RUN git clone https://github.com/o/r.git /r && git -C /r checkout 0123abc', []],
    ['RUN git clone -b main https://github.com/o/r.git /r', ['BL024']],
    ['RUN cd /tmp/build && make && cd / && rm -rf /tmp/build', []],
    ['RUN cd src && make', ['BL015']],
    ['RUN curl -fsSLo /tmp/i.sh https://x/i.sh && sha256sum -c sums && sh /tmp/i.sh', []],
    ['RUN set -o pipefail && curl -fsSL https://x/t.tgz | tar -xz', []],
    ['RUN wget -qO- https://x/t.tgz | tar -xz', ['BL017']],
    ['RUN sh -c "$(curl -fsSL https://x/install.sh)"', ['BL016']],
    ['RUN yum update -y openssl', []],
    ['RUN apk upgrade --no-cache', ['BL025']],
    ['ADD vendor.tar.gz /opt/', []],
    ['ADD https://x/y.tgz /opt/', ['BL006']],
    ['RUN useradd -l -u 1000001 app', []],
    ['RUN useradd -u 1000 app', []],
    ['COPY --from=0 /a /a', []],
    ['COPY --from=ghcr.io/astral-sh/uv:0.4.20 /uv /bin/', ['BL003']],
    ['COPY --from=biulder /out /out', ['BL003']]
  ])('%s → %j', (body, expected) => {
    expect(rulesOf(body)).toEqual(expected)
  })

  it('names the typo when COPY --from names no stage', () => {
    const f = lintDockerfile({ file: 'D', text: `${F}COPY --from=biulder /out /out\n` }).find(
      x => x.rule === 'BL003'
    )
    expect(f?.message).toContain('no stage is named `biulder`, so BuildKit pulls it as the image')
    expect(f?.hadolint).toBe('DL3022')
  })
})
