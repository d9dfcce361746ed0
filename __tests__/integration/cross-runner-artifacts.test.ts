// The loopback artifact service speaks what @actions/artifact 6 sends: upload in blocks, list, download a zip, delete.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DefaultArtifactClient } from '@actions/artifact'
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createActionsArtifactStore } from '../../src/crossrunner/artifact-store.js'
import { ArtifactServer } from '../support/artifact-server.js'

const server = new ArtifactServer()
const saved = { ...process.env }

function useJob(job: string): void {
  Object.assign(process.env, server.env('run-backend-1', job))
}

beforeAll(async () => {
  await server.start()
  process.env.GITHUB_WORKSPACE = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-ws-'))
})

afterAll(async () => {
  await server.stop()
  for (const key of Object.keys(process.env)) if (!(key in saved)) Reflect.deleteProperty(process.env, key)
  Object.assign(process.env, saved)
})

describe('loopback artifact service v2', () => {
  it('round-trips files through upload, list and download, with a multi-block upload', async () => {
    const src = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-art-'))
    const big = randomBytes(9 * 1024 * 1024)
    await fs.mkdir(path.join(src, 'layout/blobs/sha256'), { recursive: true })
    await fs.writeFile(path.join(src, 'record.json'), '{"a":1}\n')
    await fs.writeFile(path.join(src, 'layout/blobs/sha256/big'), big)
    useJob('job-a')
    const store = createActionsArtifactStore()
    const up = await store.upload(
      'build-lab-record-one',
      [path.join(src, 'record.json'), path.join(src, 'layout/blobs/sha256/big')],
      src
    )
    expect(up.id).toBeGreaterThan(0)
    const stored = server.artifacts.find(a => a.name === 'build-lab-record-one')!
    // A real zip, as the SDK streams it: local file header magic.
    expect(stored.data.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(stored.finalized).toBe(true)
    // Over the SDK's 8 MiB buffer: staged blocks, then one block list.
    const comp = (value: string) =>
      server.requests.filter(r => new URL(r.path, server.url).searchParams.get('comp') === value)
    expect(comp('block').length).toBeGreaterThanOrEqual(2)
    expect(comp('blocklist')).toHaveLength(1)

    // Another job of the same run sees the artifact and downloads it.
    useJob('job-b')
    const listed = await store.list()
    expect(listed.map(a => a.name)).toEqual(['build-lab-record-one'])
    const dest = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-dl-'))
    await store.download(listed[0]!.id, dest)
    expect(await fs.readFile(path.join(dest, 'record.json'), 'utf8')).toBe('{"a":1}\n')
    expect((await fs.readFile(path.join(dest, 'layout/blobs/sha256/big'))).equals(big)).toBe(true)
    expect(server.calls('GetSignedArtifactURL')).toHaveLength(1)
  })

  it('keeps runs apart and deletes on request', async () => {
    const src = await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-art-'))
    await fs.writeFile(path.join(src, 'x.txt'), 'x')
    Object.assign(process.env, server.env('run-backend-2', 'job-c'))
    const client = new DefaultArtifactClient()
    await client.uploadArtifact('other-run', [path.join(src, 'x.txt')], src)
    expect((await client.listArtifacts()).artifacts.map(a => a.name)).toEqual(['other-run'])
    await client.deleteArtifact('other-run')
    expect((await client.listArtifacts()).artifacts).toEqual([])
    expect(server.calls('DeleteArtifact')).toHaveLength(1)
  })
})
