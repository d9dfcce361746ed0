// The Actions artifact service behind a small interface: upload a record, list the run's records, download one.
import { DefaultArtifactClient } from '@actions/artifact'

export interface StoredArtifact {
  id: number
  name: string
  size: number
}

export interface ArtifactStore {
  /** Uploads files (absolute paths under rootDir) as one artifact. */
  upload(name: string, files: string[], rootDir: string): Promise<StoredArtifact>
  /** The artifacts of this workflow run, the newest of each name. */
  list(): Promise<StoredArtifact[]>
  /** Downloads and unpacks one artifact into dir. */
  download(id: number, dir: string): Promise<void>
}

/** The real store: @actions/artifact, which reads ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN when called. */
export function createActionsArtifactStore(): ArtifactStore {
  const client = new DefaultArtifactClient()
  return {
    async upload(name, files, rootDir) {
      const r = await client.uploadArtifact(name, files, rootDir)
      return { id: r.id ?? 0, name, size: r.size ?? 0 }
    },
    async list() {
      const { artifacts } = await client.listArtifacts({ latest: true })
      return artifacts.map(a => ({ id: a.id, name: a.name, size: a.size }))
    },
    async download(id, dir) {
      await client.downloadArtifact(id, { path: dir })
    }
  }
}
