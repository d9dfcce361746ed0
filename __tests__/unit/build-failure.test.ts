// Whose fault a failed build is, from progress streams and error texts recorded on the real engine.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  type BuildFailure,
  type BuildFailureKind,
  classifyBuildFailure,
  failureOf,
  runFailureMessage
} from '../../src/core/build/failure.js'
import { parseProgress } from '../../src/core/progress.js'

const stream = (name: string) =>
  parseProgress(readFileSync(new URL(`./fixtures/progress/${name}.rawjson`, import.meta.url)))

describe('classifyBuildFailure on recorded progress streams', () => {
  it.each<[string, BuildFailureKind]>([
    ['failing', 'step'],
    ['failing-parallel', 'step'],
    ['engine-connection-lost', 'engine'],
    ['engine-no-session', 'engine'],
    ['engine-export-cancelled', 'engine'],
    ['interrupted', 'engine']
  ])('%s is a failure of the %s', (name, kind) => {
    expect(classifyBuildFailure(failureOf(stream(name)))).toBe(kind)
  })

  it('reads the root vertex and buildx error line of a lost session', () => {
    expect(failureOf(stream('engine-no-session'))).toEqual({
      step: {
        name: 'exporting to oci image format',
        error: expect.stringMatching(/^no active session for \w+: context deadline exceeded$/)
      },
      message: expect.stringMatching(
        /^ERROR: failed to build: failed to solve: DeadlineExceeded: no active session for \w+/
      )
    })
  })
})

// Texts printed by dockerd 28.5.2 / buildx 0.29.1 (BuildKit 0.29.1) on this machine, as failureOf reads them.
const STEP = '[2/2] RUN echo broke && exit 3'
describe('classifyBuildFailure on real error texts', () => {
  it.each<[string, BuildFailure, BuildFailureKind]>([
    [
      'a RUN that exits 3',
      {
        step: {
          name: STEP,
          error: 'process "/bin/sh -c echo broke && exit 3" did not complete successfully: exit code: 3'
        },
        message:
          'ERROR: failed to build: failed to solve: process "/bin/sh -c echo broke && exit 3" did not complete successfully: exit code: 3'
      },
      'step'
    ],
    [
      'a RUN of a named stage that finds its cache mount empty',
      {
        step: {
          name: '[stage-0 2/2] RUN --mount=type=cache,target=/c test -f /c/x',
          error: 'process "/bin/sh -c test -f /c/x" did not complete successfully: exit code: 1'
        },
        message:
          'ERROR: failed to build: failed to solve: process "/bin/sh -c test -f /c/x" did not complete successfully: exit code: 1'
      },
      'step'
    ],
    [
      'only the solve error line of a step that exited',
      {
        step: null,
        message:
          'ERROR: failed to build: failed to solve: process "/bin/sh -c exit 2" did not complete successfully: exit code: 2'
      },
      'step'
    ],
    [
      'a RUN killed because the build was cancelled',
      {
        step: {
          name: '[2/2] RUN sleep 30',
          error:
            'process "/bin/sh -c sleep 30" did not complete successfully: exit code: 137: context canceled: context canceled'
        },
        message: 'ERROR: failed to build: failed to solve: Canceled: context canceled'
      },
      'engine'
    ],
    [
      'a COPY whose source is not in the context',
      {
        step: {
          name: '[2/2] COPY missing.txt /m',
          error:
            'failed to calculate checksum of ref c64t0375eez4h9b401you9wj1::x2rygq8a2md1xkyeshgmzd6pe: "/missing.txt": not found'
        },
        message:
          'ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref c64t0375eez4h9b401you9wj1::x2rygq8a2md1xkyeshgmzd6pe: "/missing.txt": not found'
      },
      'input'
    ],
    [
      'a Dockerfile that does not parse',
      {
        step: null,
        message:
          'ERROR: failed to build: failed to solve: dockerfile parse error on line 3: unknown instruction: FRUM (did you mean FROM?)'
      },
      'input'
    ],
    [
      'a daemon that went away during the build',
      {
        step: null,
        message:
          'ERROR: failed to build: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF'
      },
      'engine'
    ],
    [
      'a daemon that is not there',
      {
        step: null,
        message:
          'ERROR: Cannot connect to the Docker daemon at unix:///tmp/nonexist.sock. Is the docker daemon running?'
      },
      'engine'
    ],
    [
      'a base image the registry cannot be asked for',
      {
        step: {
          name: '[internal] load metadata for docker.io/build-lab/nope:local',
          error:
            'failed to do request: Head "https://registry-1.docker.io/v2/build-lab/nope/manifests/local": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host'
        },
        message:
          'ERROR: failed to build: failed to solve: build-lab/nope:local: failed to resolve source metadata for docker.io/build-lab/nope:local: failed to do request: Head "https://registry-1.docker.io/v2/build-lab/nope/manifests/local": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host'
      },
      'engine'
    ],
    [
      'content pruned under the solver',
      { step: null, message: 'ERROR: failed to solve: not found' },
      'engine'
    ]
  ])('%s', (_name, failure, kind) => {
    expect(classifyBuildFailure(failure)).toBe(kind)
  })
})

describe('runFailureMessage', () => {
  it.each<[1 | 2, BuildFailureKind, number, RegExp]>([
    [1, 'step', 1, /^run 1 failed, so there is nothing to compare: E$/],
    [1, 'input', 1, /^run 1 failed, so there is nothing to compare: E$/],
    [
      1,
      'engine',
      2,
      /^run 1 failed in the engine, not in the Dockerfile, retried once, so there is no verdict: E \(check the daemon/
    ],
    [
      2,
      'engine',
      2,
      /^run 2 failed in the engine, not in the Dockerfile, retried once, so there is no verdict: E/
    ],
    [
      2,
      'input',
      1,
      /^run 2 failed where run 1 succeeded, but not in a step of the Dockerfile, so there is no verdict: E$/
    ]
  ])('run %d, %s, %d attempts', (run, kind, attempts, message) => {
    expect(runFailureMessage(run, kind, 'E', attempts)).toMatch(message)
  })
})
