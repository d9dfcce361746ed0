import { describe, expect, it } from '@jest/globals'
import { patchDockerfile, type DockerfileEdit } from '../../src/core/diff/fix-patch.js'
import { diffBlock } from '../../src/core/diff/render-markdown.js'

const dockerfile = [
  'FROM debian',
  'RUN apt-get update && \\',
  '    apt-get install -y jq',
  'COPY . /app',
  'RUN ["npm", "ci"]',
  'RUN <<EOF',
  'gzip -k x',
  'EOF',
  'RUN gzip -k /srv/index.html',
  ''
].join('\n')

describe('patchDockerfile', () => {
  it.each<[string, number, DockerfileEdit, { before: string[]; after: string[] } | undefined]>([
    [
      'appends to the last line of a continued RUN',
      2,
      { kind: 'append', text: '&& rm -rf /var/lib/apt/lists/*' },
      {
        before: ['RUN apt-get update && \\', '    apt-get install -y jq'],
        after: [
          'RUN apt-get update && \\',
          '    apt-get install -y jq \\',
          '    && rm -rf /var/lib/apt/lists/*'
        ]
      }
    ],
    [
      'inserts a line before',
      9,
      { kind: 'before', text: 'ARG SOURCE_DATE_EPOCH' },
      {
        before: ['RUN gzip -k /srv/index.html'],
        after: ['ARG SOURCE_DATE_EPOCH', 'RUN gzip -k /srv/index.html']
      }
    ],
    [
      'replaces a word',
      4,
      { kind: 'replace', pattern: /^(\s*(?:COPY|ADD))\s+/i, with: '$1 --link ' },
      { before: ['COPY . /app'], after: ['COPY --link . /app'] }
    ],
    ['leaves an exec-form RUN alone', 5, { kind: 'append', text: '&& x' }, undefined],
    ['leaves a heredoc alone', 6, { kind: 'replace', pattern: /gzip/, with: 'gzip -n' }, undefined],
    [
      'gives nothing when the word is not there',
      4,
      { kind: 'replace', pattern: /\bgzip\b/, with: 'gzip -n' },
      undefined
    ],
    ['gives nothing past the end', 40, { kind: 'before', text: 'ARG X' }, undefined]
  ])('%s', (_name, line, edit, expected) => {
    const patch = patchDockerfile(dockerfile, line, edit)
    expect(patch).toEqual(expected === undefined ? undefined : { line, ...expected })
  })

  it('writes a diff block whose fence no line can close', () => {
    expect(
      diffBlock({ line: 3, before: ['RUN echo ```'], after: ['RUN echo ``` && rm -rf /tmp/x'] })
    ).toEqual(['````diff', '-RUN echo ```', '+RUN echo ``` && rm -rf /tmp/x', '````'])
  })
})
