// Copies a build context the way a fresh CI checkout would look: same files, other mtimes.
import { constants, promises as fs } from 'node:fs'
import { execFile } from 'node:child_process'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { type ContextEntry, listContext, readDockerignore } from './context-files.js'
import { isExcluded } from './tool-state.js'
import { BuildLabError, errorMessage } from '../core/errors.js'
import { variedMtime } from '../core/gate.js'

export interface CopyStats {
  files: number
  bytes: number
  /** the mtime given to every copied file and directory, in seconds */
  mtime: number
}

export interface CopyOptions {
  dockerfile?: string
  /** the mtime to give every entry; default: variedMtime() of the originals */
  mtime?: number
  /** with the default mtime: how many copies (one a day later than the other) the mtime leaves room for */
  span?: number
  /** context-relative paths left out of the copy with all below them (build-lab's own state, .git) */
  exclude?: readonly string[]
}

/** How many entries the build can see carry an mtime older than the epoch (a fresh checkout has none). */
export async function countOlderThan(context: string, epoch: number, dockerfile?: string): Promise<number> {
  const listed = await listContext(context, await readDockerignore(context, dockerfile))
  return listed.filter(e => e.mtimeSec < epoch).length
}

const run = promisify(execFile)

/** Major and minor numbers of a device number, as glibc's gnu_dev_major / gnu_dev_minor split it. */
export function deviceNumbers(rdev: number): { major: number; minor: number } {
  const high = Math.floor(rdev / 2 ** 32)
  const low = rdev % 2 ** 32
  return {
    major: ((low >>> 8) & 0xfff) | ((high & ~0xfff) >>> 0),
    minor: (low & 0xff) | ((low >>> 12) & ~0xff)
  }
}

/** Creates one non-directory entry at `to`; returns the bytes copied for a regular file. */
async function createEntry(e: ContextEntry, from: string, to: string, linked: Map<string, string>) {
  switch (e.kind) {
    case 'symlink':
      await fs.symlink(await fs.readlink(from), to)
      return 0
    case 'fifo':
      // Node cannot make a named pipe; BuildKit sends them, so the copy must have them too.
      await run('mkfifo', [to])
      return 0
    case 'socket':
      // BuildKit's context transfer sends a socket as an empty regular file with the socket's permission
      // bits (checked on BuildKit 0.29); the copy gives the build exactly that.
      await fs.writeFile(to, '')
      return 0
    case 'char':
    case 'block': {
      const { major, minor } = deviceNumbers(e.rdev)
      try {
        await run('mknod', [to, e.kind === 'char' ? 'c' : 'b', String(major), String(minor)])
      } catch (error) {
        throw new BuildLabError(
          `cannot copy the device node ${e.rel} of the build context for run 2 (${errorMessage(error).split('\n')[0]}): remove it from the context, add it to .dockerignore, or pass --no-vary-mtime / vary-mtime: false`
        )
      }
      return 0
    }
    default: {
      const first = e.inode === null ? undefined : linked.get(e.inode)
      if (first !== undefined) {
        // BuildKit sends hard links as links, and they reach the layer as links: the copy keeps them.
        await fs.link(first, to)
        return 0
      }
      await fs.copyFile(from, to, constants.COPYFILE_FICLONE)
      if (e.inode !== null) linked.set(e.inode, to)
      return (await fs.stat(to)).size
    }
  }
}

/**
 * Copies `context` to `dest` honouring .dockerignore (with reflinks where possible). The copy differs
 * from what the build sees of the original only in mtimes: modes of files and directories (setuid,
 * setgid, sticky included), ownership where the process may set it, symlink targets, hard links, empty
 * directories, named pipes, device nodes, and sockets the way BuildKit sends them.
 */
export async function copyAsFreshCheckout(
  context: string,
  dest: string,
  epoch: number,
  nowSec: number,
  options: CopyOptions = {}
): Promise<CopyStats> {
  const { dockerfile, exclude = [] } = options
  const listed = (await listContext(context, await readDockerignore(context, dockerfile))).filter(
    e => !isExcluded(e.rel, exclude)
  )
  // Directories that are themselves ignored but hold re-included files still have to exist in the copy.
  const dirs = new Set(listed.filter(e => e.kind === 'dir').map(e => e.rel))
  const entries = [...listed]
  for (const e of listed) {
    const parts = e.rel.split('/')
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/')
      if (!dirs.has(dir)) {
        dirs.add(dir)
        const st = await fs.lstat(path.join(context, dir))
        entries.push({
          rel: dir,
          kind: 'dir',
          mtimeSec: e.mtimeSec,
          size: 0,
          mode: st.mode & 0o7777,
          uid: st.uid,
          gid: st.gid,
          inode: null,
          rdev: 0
        })
      }
    }
  }
  entries.sort((x, y) => x.rel.length - y.rel.length)
  const mtime =
    options.mtime ??
    variedMtime(
      epoch,
      entries.map(e => e.mtimeSec),
      nowSec,
      options.span
    )
  await fs.mkdir(dest, { recursive: true })
  const root = await fs.lstat(context)
  const mayChown = process.getuid?.() === 0
  const linked = new Map<string, string>()
  let files = 0
  let bytes = 0
  for (const e of entries) {
    const from = path.join(context, e.rel)
    const to = path.join(dest, e.rel)
    if (e.kind === 'dir') {
      await fs.mkdir(to, { recursive: true })
      continue
    }
    bytes += await createEntry(e, from, to, linked)
    if (e.kind === 'file') files++
    if (mayChown) await fs.lchown(to, e.uid, e.gid)
    // After chown, which clears setuid and setgid bits.
    if (e.kind !== 'symlink') await fs.chmod(to, e.mode)
  }
  // Directories last and deepest first: their modes may forbid writing into them, and creating children
  // would move their mtimes again.
  const ordered = [...entries].sort(
    (a, b) => Number(a.kind === 'dir') - Number(b.kind === 'dir') || b.rel.length - a.rel.length
  )
  for (const e of ordered) {
    const to = path.join(dest, e.rel)
    if (e.kind === 'dir') {
      if (mayChown) await fs.lchown(to, e.uid, e.gid)
      // After chown, which clears setuid and setgid bits.
      await fs.chmod(to, e.mode)
    }
    await fs.lutimes(to, mtime, mtime)
  }
  if (mayChown) await fs.lchown(dest, root.uid, root.gid)
  await fs.chmod(dest, root.mode & 0o7777)
  await fs.utimes(dest, mtime, mtime)
  return { files, bytes, mtime }
}
