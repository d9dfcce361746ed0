import { describe, expect, it } from '@jest/globals'
import {
  cleanCreatedBy,
  historyArgs,
  layerOrigins,
  mapHistory,
  parseDockerfile,
  stageChain
} from '../../src/core/diff/provenance.js'

// History recorded from a real BuildKit 0.13 build of DOCKERFILE (busybox base imported with docker import).
const DOCKERFILE = `# syntax-less
ARG BASE=build-lab/busybox:local
FROM \${BASE} AS base
RUN echo base > /b
FROM base AS mid
ARG V=1
RUN --mount=type=cache,target=/c echo $V > /v
RUN ["/bin/sh", "-c", "echo json > /j"]
RUN <<EOT
echo heredoc > /h
EOT
EXPOSE 80
CMD ["sh"]
ENTRYPOINT ["/bin/sh","-c"]
ADD a.txt /a
COPY --chown=1:1 --chmod=600 a.txt /a2
SHELL ["/bin/sh", "-c"]
STOPSIGNAL SIGTERM
HEALTHCHECK NONE
VOLUME /data
ONBUILD RUN echo x
RUN echo \\
  multi \\
  line > /m
USER 1000:1000
`
const b = 'buildkit.dockerfile.v0'
const HISTORY = [
  { comment: 'Imported from -' },
  { created_by: 'RUN /bin/sh -c echo base > /b # buildkit', comment: b },
  { created_by: 'ARG V=1', comment: b, empty_layer: true },
  { created_by: 'RUN |1 V=1 /bin/sh -c echo $V > /v # buildkit', comment: b },
  { created_by: 'RUN |1 V=1 /bin/sh -c echo json > /j # buildkit', comment: b },
  { created_by: 'RUN |1 V=1 /bin/sh -c echo heredoc > /h\n # buildkit', comment: b },
  { created_by: 'EXPOSE map[80/tcp:{}]', comment: b, empty_layer: true },
  { created_by: 'CMD ["sh"]', comment: b, empty_layer: true },
  { created_by: 'ENTRYPOINT ["/bin/sh" "-c"]', comment: b, empty_layer: true },
  { created_by: 'ADD a.txt /a # buildkit', comment: b },
  { created_by: 'COPY --chown=1:1 --chmod=600 a.txt /a2 # buildkit', comment: b },
  { created_by: 'SHELL [/bin/sh -c]', comment: b, empty_layer: true },
  { created_by: 'STOPSIGNAL SIGTERM', comment: b, empty_layer: true },
  { created_by: 'HEALTHCHECK &{["NONE"] "0s" "0s" "0s" "0s" \'\\x00\'}', comment: b, empty_layer: true },
  { created_by: 'VOLUME [/data]', comment: b, empty_layer: true },
  { created_by: 'RUN |1 V=1 /bin/sh -c echo   multi   line > /m # buildkit', comment: b },
  { created_by: 'USER 1000:1000', comment: b, empty_layer: true }
]

describe('parseDockerfile', () => {
  it('finds stages, joins continuation lines and reads heredocs', () => {
    const stages = parseDockerfile(DOCKERFILE)
    expect(stages.map(s => [s.name, s.from, s.line])).toEqual([
      ['base', '${BASE}', 3],
      ['mid', 'base', 5]
    ])
    const mid = stages[1]!.instructions
    expect(mid.find(x => x.line === 9)?.text).toBe('RUN <<EOT\necho heredoc > /h')
    expect(mid.find(x => x.line === 22)?.text).toBe('RUN echo multi line > /m')
    expect(mid[mid.length - 1]).toMatchObject({ keyword: 'USER', line: 25 })
  })

  it('honours the escape directive', () => {
    const stages = parseDockerfile('# escape=`\nFROM x\nRUN a `\n  b\n')
    expect(stages[0]!.instructions[0]).toMatchObject({ text: 'RUN a b', line: 3 })
  })

  it('keeps an instruction whole across an empty line in a continuation, as BuildKit does', () => {
    const stages = parseDockerfile('FROM x\nRUN a \\\n\n  b\nRUN c\n')
    expect(stages[0]!.instructions.map(x => [x.text, x.line])).toEqual([
      ['RUN a b', 2],
      ['RUN c', 5]
    ])
  })

  it('reads a quoted "<<EOF" as a word, not a heredoc', () => {
    const stages = parseDockerfile('FROM x\nRUN echo "<<EOF"\nRUN c\nEOF\n')
    expect(stages[0]!.instructions.map(x => [x.keyword, x.line])).toEqual([
      ['RUN', 2],
      ['RUN', 3],
      ['EOF', 4]
    ])
  })

  it('follows a stage built on another stage', () => {
    const stages = parseDockerfile('FROM a AS one\nRUN x\nFROM b AS two\nRUN y\nFROM one\nRUN z\n')
    expect(stageChain(stages).map(s => s.index)).toEqual([0, 2])
    expect(stageChain(stages, 'two').map(s => s.index)).toEqual([1])
  })
})

describe('mapHistory', () => {
  it('aligns real history with the instructions and lines of the target chain', () => {
    const origins = mapHistory(HISTORY, { path: 'Dockerfile', text: DOCKERFILE })
    expect(origins.map(o => [o.line, o.base])).toEqual([
      [3, true],
      [4, false],
      [6, false],
      [7, false],
      [8, false],
      [9, false],
      [12, false],
      [13, false],
      [14, false],
      [15, false],
      [16, false],
      [17, false],
      [18, false],
      [19, false],
      [20, false],
      [22, false],
      [25, false]
    ])
    expect(origins[0]!.instruction).toBe('FROM ${BASE}')
    const layers = layerOrigins(origins, 8)
    expect(layers.map(l => l.line)).toEqual([3, 4, 7, 8, 9, 15, 16, 22])
  })

  it('marks history before the first instruction of the final stage as the base image', () => {
    const history = [
      { created_by: 'RUN /bin/sh -c apt-get install x # buildkit', comment: b },
      { created_by: 'COPY . /src # buildkit', comment: b },
      { created_by: 'RUN |1 SOURCE_DATE_EPOCH=0 /bin/sh -c make # buildkit', comment: b }
    ]
    const text = 'ARG BASE\nFROM $BASE\nARG SOURCE_DATE_EPOCH\nCOPY . /src\nRUN make\n'
    const origins = mapHistory(history, { path: 'Dockerfile', text })
    expect(origins.map(o => [o.base, o.line, o.instruction])).toEqual([
      [true, 2, 'FROM $BASE'],
      [false, 4, 'COPY . /src'],
      [false, 5, 'RUN make']
    ])
  })

  it('cleans created_by when there is no Dockerfile', () => {
    const origins = mapHistory(HISTORY)
    expect(origins[3]!.instruction).toBe('RUN echo $V > /v')
    expect(origins[0]!.base).toBe(true)
    expect(origins[1]!.base).toBe(false)
  })
})

describe('created_by helpers', () => {
  it.each([
    ['RUN |2 SOURCE_DATE_EPOCH=0 FOO=bar /bin/sh -c date > /hello # buildkit', 'RUN date > /hello'],
    ['COPY . /src # buildkit', 'COPY . /src'],
    ['RUN /bin/sh -c echo hi > /hello # buildkit', 'RUN echo hi > /hello'],
    ['ENV APP=1', 'ENV APP=1']
  ])('cleans %p', (createdBy, expected) => {
    expect(cleanCreatedBy(createdBy)).toBe(expected)
  })

  it('reads the build args of a RUN', () => {
    expect(historyArgs('RUN |2 SOURCE_DATE_EPOCH=0 FOO=bar /bin/sh -c x')).toEqual({
      SOURCE_DATE_EPOCH: '0',
      FOO: 'bar'
    })
    expect(historyArgs('COPY . /src')).toEqual({})
  })
})
