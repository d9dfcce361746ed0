// Applies a scenario's input mutation to a temporary copy of the context; the user's files are never touched.
import { copyName } from '../build/temp-dir.js'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { copyAsFreshCheckout } from '../context/fresh-checkout.js'
import {
  editedText,
  type InputMutation,
  pickLockfile,
  pickSourceFile,
  whitespaceSuffix
} from '../core/lab/scenario.js'

/** Where a scenario builds from, and how to apply its mutation again for each repeat. */
export interface PreparedContext {
  context: string
  dockerfile: string
  /** context-relative path of the file the mutation changes; the Dockerfile's own path for edit-dockerfile */
  mutatedFile: string | null
  /** set when the scenario cannot run here (no lockfile, no source file) */
  skipped: string | null
  notes: string[]
  /** changes the copy for one repeat (a new nonce each time, so the daemon cannot remember the edit) */
  apply(nonce: number, nowSec: number): Promise<void>
}

async function listFiles(root: string): Promise<string[]> {
  const files: string[] = []
  const pending = ['']
  while (pending.length > 0) {
    const dir = pending.pop() ?? ''
    for (const d of await fs.readdir(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir === '' ? d.name : `${dir}/${d.name}`
      if (d.isDirectory()) pending.push(rel)
      else if (d.isFile()) files.push(rel)
    }
  }
  return files.sort()
}

const noop = async (): Promise<void> => undefined

/**
 * For `none`, the context as it is. Otherwise a copy under `workDir` (honouring .dockerignore, as the
 * builder would see it) with the Dockerfile beside it, and a mutation to apply before each build.
 */
export async function prepareContext(
  mutation: InputMutation,
  target: {
    /** the directory to copy from */
    context: string
    /** the user's context, which the Dockerfile's path is relative to (default: `context`) */
    origin?: string
    dockerfile: string
    exclude: readonly string[]
  },
  workDir: string,
  epoch: number,
  nowSec: number
): Promise<PreparedContext> {
  const { context, dockerfile, exclude } = target
  if (mutation === 'none') {
    return { context, dockerfile, mutatedFile: null, skipped: null, notes: [], apply: noop }
  }
  const copy = path.join(workDir, copyName('context', context))
  if (mutation === 'fresh-checkout') {
    // A new copy for each repeat, so that every build sees mtimes no earlier build saw.
    return {
      context: copy,
      dockerfile,
      mutatedFile: null,
      skipped: null,
      notes: ['built from a copy of the context whose files carry other mtimes, as a new checkout would'],
      apply: async (_nonce, now) => {
        await fs.rm(copy, { recursive: true, force: true })
        await copyAsFreshCheckout(context, copy, epoch, now, { dockerfile, exclude })
      }
    }
  }
  await copyAsFreshCheckout(context, copy, epoch, nowSec, { dockerfile, exclude })
  const dockerfileText = await fs.readFile(dockerfile, 'utf8')
  // The Dockerfile stays where the builder looks for it; a copy beside the context keeps -f paths outside it working.
  const dockerfileCopy = path.join(workDir, path.basename(dockerfile))
  await fs.writeFile(dockerfileCopy, dockerfileText)
  const files = await listFiles(copy)
  const base = { context: copy, dockerfile: dockerfileCopy, notes: [] as string[] }

  if (mutation === 'edit-dockerfile') {
    const relInContext = path
      .relative(target.origin ?? context, dockerfile)
      .split(path.sep)
      .join('/')
    const inCopy = !relInContext.startsWith('..') && files.includes(relInContext)
    return {
      ...base,
      mutatedFile: inCopy ? relInContext : path.basename(dockerfile),
      skipped: null,
      notes: ['appended a comment line to the Dockerfile'],
      apply: async nonce => {
        const text = editedText('Dockerfile', dockerfileText, nonce)
        await fs.writeFile(dockerfileCopy, text)
        if (inCopy) await fs.writeFile(path.join(copy, relInContext), text)
      }
    }
  }
  if (mutation === 'edit-lockfile') {
    const lock = pickLockfile(files, dockerfileText)
    if (lock === null) {
      return {
        ...base,
        mutatedFile: null,
        skipped:
          'no lockfile that the Dockerfile copies (package-lock.json, yarn.lock, pnpm-lock.yaml, poetry.lock, Cargo.lock, go.sum, ...): skipped',
        apply: noop
      }
    }
    const original = await fs.readFile(path.join(copy, lock), 'utf8')
    return {
      ...base,
      mutatedFile: lock,
      skipped: null,
      notes: [`appended whitespace to ${lock}`],
      apply: async nonce => fs.writeFile(path.join(copy, lock), original + whitespaceSuffix(nonce))
    }
  }
  const source = pickSourceFile(files, dockerfileText)
  if (source === null) {
    return {
      ...base,
      mutatedFile: null,
      skipped:
        'no source file that the Dockerfile copies (other than lockfiles, manifests and Dockerfiles): skipped',
      apply: noop
    }
  }
  const file = path.join(copy, source)
  if (mutation === 'touch-source') {
    return {
      ...base,
      mutatedFile: source,
      skipped: null,
      notes: [`changed the mtime of ${source}`],
      // Content stays; only the mtime moves, by a different amount each repeat.
      apply: async (nonce, now) => {
        const t = now + 1 + (nonce % 86_400)
        await fs.utimes(file, t, t)
      }
    }
  }
  const original = await fs.readFile(file, 'utf8')
  return {
    ...base,
    mutatedFile: source,
    skipped: null,
    notes: [`appended a comment to ${source}`],
    apply: async nonce => fs.writeFile(file, editedText(source, original, nonce))
  }
}
