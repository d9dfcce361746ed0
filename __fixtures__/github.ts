// A mock of @actions/github for ESM tests: a pull_request run's context, and no Octokit (tests inject a client).
import { jest } from '@jest/globals'
import type * as github from '@actions/github'

export const context = {
  eventName: 'pull_request',
  payload: { pull_request: { number: 7 } },
  workflow: 'ci',
  job: 'gate',
  runId: 42,
  serverUrl: 'https://github.com',
  repo: { owner: 'octo', repo: 'app' }
}

export const getOctokit = jest.fn<typeof github.getOctokit>(() => {
  throw new Error('the test injects its GitHub client; getOctokit must not be called')
})
