// Run 2's copy of the context against the original: everything the build can see is equal except mtimes.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { copyAsFreshCheckout, deviceNumbers } from '../../src/context/fresh-checkout.js'
import { kindOf } from '../../src/context/context-files.js'
import { execArgs } from '../support/engine.js'
import { seededRandom } from '../support/random.js'

const isRoot = process.getuid?.() === 0

interface Meta {
  type: string
  mode: number
  uid: number
  gid: number
  size: number
  content: string
  rdev: number
  /** the other paths that share this file's inode */
  links: string
}

/** Every entry below `root` with its metadata, and each entry's mtime (kept apart: it is meant to differ). */
async function snapshot(root: string): Promise<{ meta: Map<string, Meta>; mtimes: Map<string, number> }> {
  const stats = new Map<string, import('node:fs').Stats>()
  const pending = ['']
  while (pending.length > 0) {
    const dir = pending.pop() as string
    for (const d of await fs.readdir(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir === '' ? d.name : `${dir}/${d.name}`
      stats.set(rel, await fs.lstat(path.join(root, rel)))
      if (d.isDirectory()) pending.push(rel)
    }
  }
  const byInode = new Map<string, string[]>()
  for (const [rel, st] of stats) {
    if (st.isFile() && st.nlink > 1) byInode.set(`${st.ino}`, [...(byInode.get(`${st.ino}`) ?? []), rel])
  }
  const meta = new Map<string, Meta>()
  const mtimes = new Map<string, number>()
  for (const [rel, st] of stats) {
    const full = path.join(root, rel)
    const content = st.isFile()
      ? createHash('sha256')
          .update(await fs.readFile(full))
          .digest('hex')
      : st.isSymbolicLink()
        ? await fs.readlink(full)
        : ''
    meta.set(rel, {
      type: kindOf(st) ?? 'other',
      mode: st.mode & 0o7777,
      uid: st.uid,
      gid: st.gid,
      size: st.isDirectory() ? 0 : st.size,
      content,
      rdev: st.rdev,
      links: (byInode.get(`${st.ino}`) ?? []).sort().join(',')
    })
    mtimes.set(rel, Math.floor(st.mtimeMs / 1000))
  }
  return { meta, mtimes }
}

function sorted(m: Map<string, Meta>): [string, Meta][] {
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
}

async function tempDir(name: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `build-lab-test-${name}-`))
}

const DIR_MODES = [0o755, 0o775, 0o700, 0o2775, 0o2755, 0o1777, 0o750, 0o555, 0o711]
const FILE_MODES = [0o644, 0o664, 0o600, 0o755, 0o775, 0o4755, 0o2755, 0o444, 0o640, 0o000]

/** A random tree: nested and empty directories, files, symlinks, hard links and pipes, random modes and owners. */
async function randomTree(root: string, seed: number): Promise<void> {
  // Seeded, so that a failing tree can be made again from its seed.
  const rand = seededRandom(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const dirs: string[] = ['']
  const files: string[] = []
  const modes = new Map<string, number>()
  const count = 8 + Math.floor(rand() * 30)
  for (let i = 0; i < count; i++) {
    const parent = pick(dirs)
    const rel = parent === '' ? `e${i}` : `${parent}/e${i}`
    const full = path.join(root, rel)
    const roll = rand()
    if (roll < 0.3) {
      await fs.mkdir(full)
      dirs.push(rel)
      modes.set(rel, pick(DIR_MODES))
    } else if (roll < 0.7) {
      await fs.writeFile(full, `file ${seed} ${i}\n`.repeat(Math.floor(rand() * 50)))
      files.push(rel)
      modes.set(rel, pick(FILE_MODES))
    } else if (roll < 0.8) {
      await fs.symlink(pick(['../nowhere', '/etc/hostname', files.length ? 'x' : '.', `e${i - 1}`]), full)
    } else if (roll < 0.9 && files.length > 0) {
      await fs.link(path.join(root, pick(files)), full)
    } else {
      expect((await execArgs('mkfifo', [full])).code).toBe(0)
      modes.set(rel, pick([0o644, 0o600, 0o666]))
    }
    if (isRoot) await fs.lchown(full, Math.floor(rand() * 3000), Math.floor(rand() * 3000))
  }
  // Modes last and deepest first, so that a read-only directory can still be filled.
  for (const [rel, mode] of [...modes].sort(([a], [b]) => b.length - a.length)) {
    await fs.chmod(path.join(root, rel), mode)
  }
}

describe("run 2's copy of the context", () => {
  it('differs from the original only in mtimes, for random trees (property)', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const src = await tempDir('src')
      const dest = path.join(await tempDir('dest'), 'copy')
      await randomTree(src, seed)
      const stats = await copyAsFreshCheckout(src, dest, 0, 2_000_000_000)
      const [a, b] = [await snapshot(src), await snapshot(dest)]
      // The seed in the message says which tree to make again.
      expect({ seed, tree: sorted(b.meta) }).toEqual({ seed, tree: sorted(a.meta) })
      for (const [rel, mtime] of b.mtimes) {
        expect({ rel, mtime }).toEqual({ rel, mtime: stats.mtime })
        expect(mtime).not.toBe(a.mtimes.get(rel))
      }
      await fs.rm(src, { recursive: true, force: true })
      await fs.rm(path.dirname(dest), { recursive: true, force: true })
    }
  })

  it('keeps 0775 and setgid directories of a checkout made with umask 002', async () => {
    const src = await tempDir('umask')
    const made = await execArgs(
      'sh',
      ['-c', 'umask 002 && mkdir -p app/src app/empty && echo x > app/src/a.js && chmod g+s app/src', ''],
      process.env,
      src
    )
    expect(made.code).toBe(0)
    const dest = path.join(await tempDir('dest'), 'copy')
    await copyAsFreshCheckout(src, dest, 0, 2_000_000_000)
    const mode = async (p: string) => (await fs.stat(p)).mode & 0o7777
    expect(await mode(path.join(dest, 'app'))).toBe(0o775)
    expect(await mode(path.join(dest, 'app/empty'))).toBe(0o775)
    expect(await mode(path.join(dest, 'app/src'))).toBe(0o2775)
    expect(await mode(path.join(dest, 'app/src/a.js'))).toBe(0o664)
  })

  it('keeps ownership, since the process may set it', async () => {
    if (!isRoot) {
      // Ownership is kept only where chown is permitted; BuildKit sends 0:0 either way (checked on 0.29).
      expect(process.getuid?.()).not.toBe(0)
      return
    }
    const src = await tempDir('owner')
    await fs.mkdir(path.join(src, 'd'))
    await fs.writeFile(path.join(src, 'd/f'), 'f')
    await fs.symlink('d/f', path.join(src, 'l'))
    await fs.lchown(path.join(src, 'd'), 1234, 5678)
    await fs.lchown(path.join(src, 'd/f'), 4321, 8765)
    await fs.lchown(path.join(src, 'l'), 999, 998)
    const dest = path.join(await tempDir('dest'), 'copy')
    await copyAsFreshCheckout(src, dest, 0, 2_000_000_000)
    const owner = async (p: string) => {
      const st = await fs.lstat(path.join(dest, p))
      return [st.uid, st.gid]
    }
    expect(await owner('d')).toEqual([1234, 5678])
    expect(await owner('d/f')).toEqual([4321, 8765])
    expect(await owner('l')).toEqual([999, 998])
  })

  it('keeps symlink targets, dangling ones too, and gives the links themselves the new mtime', async () => {
    const src = await tempDir('links')
    await fs.writeFile(path.join(src, 'a'), 'a')
    await fs.symlink('a', path.join(src, 'rel'))
    await fs.symlink('/no/such/target', path.join(src, 'dangling'))
    const dest = path.join(await tempDir('dest'), 'copy')
    const stats = await copyAsFreshCheckout(src, dest, 0, 2_000_000_000)
    expect(await fs.readlink(path.join(dest, 'rel'))).toBe('a')
    expect(await fs.readlink(path.join(dest, 'dangling'))).toBe('/no/such/target')
    expect(Math.floor((await fs.lstat(path.join(dest, 'dangling'))).mtimeMs / 1000)).toBe(stats.mtime)
  })

  it('keeps hard links as links, which BuildKit puts into the layer as links', async () => {
    const src = await tempDir('hard')
    await fs.writeFile(path.join(src, 'a'), 'same')
    await fs.link(path.join(src, 'a'), path.join(src, 'b'))
    const dest = path.join(await tempDir('dest'), 'copy')
    await copyAsFreshCheckout(src, dest, 0, 2_000_000_000)
    const [a, b] = [await fs.stat(path.join(dest, 'a')), await fs.stat(path.join(dest, 'b'))]
    expect(a.ino).toBe(b.ino)
    expect(a.nlink).toBe(2)
  })

  it('keeps empty directories, nested ones too', async () => {
    const src = await tempDir('empty')
    await fs.mkdir(path.join(src, 'a/b/c'), { recursive: true })
    await fs.mkdir(path.join(src, 'z'))
    const dest = path.join(await tempDir('dest'), 'copy')
    await copyAsFreshCheckout(src, dest, 0, 2_000_000_000)
    expect((await fs.stat(path.join(dest, 'a/b/c'))).isDirectory()).toBe(true)
    expect((await fs.stat(path.join(dest, 'z'))).isDirectory()).toBe(true)
  })

  it('keeps named pipes with their modes, and turns a socket into an empty file as BuildKit sends it', async () => {
    const src = await tempDir('special')
    expect((await execArgs('mkfifo', ['-m', '0640', path.join(src, 'pipe')])).code).toBe(0)
    const server = net.createServer()
    await new Promise<void>(resolve => server.listen(path.join(src, 'sock'), resolve))
    await fs.chmod(path.join(src, 'sock'), 0o751)
    const dest = path.join(await tempDir('dest'), 'copy')
    await copyAsFreshCheckout(src, dest, 0, 2_000_000_000)
    server.close()
    const pipe = await fs.lstat(path.join(dest, 'pipe'))
    expect(pipe.isFIFO()).toBe(true)
    expect(pipe.mode & 0o7777).toBe(0o640)
    const sock = await fs.lstat(path.join(dest, 'sock'))
    expect(sock.isFile()).toBe(true)
    expect(sock.size).toBe(0)
    expect(sock.mode & 0o7777).toBe(0o751)
  })

  it('keeps char and block devices with their numbers (where mknod is permitted)', async () => {
    if (!isRoot) {
      expect(process.getuid?.()).not.toBe(0)
      return
    }
    const src = await tempDir('dev')
    expect((await execArgs('mknod', [path.join(src, 'null'), 'c', '1', '3'])).code).toBe(0)
    expect((await execArgs('mknod', [path.join(src, 'loop'), 'b', '7', '300'])).code).toBe(0)
    const dest = path.join(await tempDir('dest'), 'copy')
    await copyAsFreshCheckout(src, dest, 0, 2_000_000_000)
    const [a, b] = [await snapshot(src), await snapshot(dest)]
    expect(sorted(b.meta)).toEqual(sorted(a.meta))
    expect(deviceNumbers((await fs.lstat(path.join(dest, 'loop'))).rdev)).toEqual({ major: 7, minor: 300 })
  })

  it('copies .git and tool state unless .dockerignore leaves them out, as BuildKit would', async () => {
    const src = await tempDir('ignore')
    await fs.mkdir(path.join(src, '.git/objects'), { recursive: true })
    await fs.writeFile(path.join(src, '.git/HEAD'), 'ref: refs/heads/main\n')
    await fs.mkdir(path.join(src, '.tool-cache'))
    await fs.writeFile(path.join(src, '.tool-cache/state'), 's')
    await fs.writeFile(path.join(src, 'app.js'), 'a')
    const whole = path.join(await tempDir('dest'), 'copy')
    await copyAsFreshCheckout(src, whole, 0, 2_000_000_000)
    expect(sorted((await snapshot(whole)).meta).map(([rel]) => rel)).toEqual([
      '.git',
      '.git/HEAD',
      '.git/objects',
      '.tool-cache',
      '.tool-cache/state',
      'app.js'
    ])
    await fs.writeFile(path.join(src, '.dockerignore'), '.git\n.tool-cache\n')
    const ignored = path.join(await tempDir('dest'), 'copy')
    await copyAsFreshCheckout(src, ignored, 0, 2_000_000_000)
    expect(sorted((await snapshot(ignored)).meta).map(([rel]) => rel)).toEqual(['.dockerignore', 'app.js'])
  })
})

describe('deviceNumbers', () => {
  it.each([
    [0x103, 1, 3],
    [0x10_072c, 7, 300],
    [(259 << 8) | 5, 259, 5]
  ])('%d is %d:%d', (rdev, major, minor) => {
    expect(deviceNumbers(rdev)).toEqual({ major, minor })
  })
})
