// Packs an OCI layout directory into an uncompressed OCI tar (ustar), streaming, with fixed metadata.
import { createReadStream, createWriteStream, promises as fs } from 'node:fs'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { BuildLabError } from '../core/errors.js'

interface LayoutFile {
  rel: string
  abs: string
  size: number
}

/** Every regular file of the layout, sorted by path, so the tar is the same for the same layout. */
export async function listLayout(dir: string): Promise<LayoutFile[]> {
  const out: LayoutFile[] = []
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.isDirectory()) await walk(r)
      else if (entry.isFile()) {
        const abs = path.join(dir, r)
        out.push({ rel: r, abs, size: (await fs.stat(abs)).size })
      }
    }
  }
  await walk('')
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0'
}

function header(name: string, size: number): Buffer {
  if (Buffer.byteLength(name) > 100)
    throw new BuildLabError(`layout path ${name} is too long for a tar header`)
  const h = Buffer.alloc(512)
  h.write(name, 0, 'utf8')
  h.write(octal(0o644, 8), 100)
  h.write(octal(0, 8), 108)
  h.write(octal(0, 8), 116)
  h.write(octal(size, 12), 124)
  h.write(octal(0, 12), 136)
  h.write('        ', 148)
  h.write('0', 156)
  h.write('ustar\0', 257)
  h.write('00', 263)
  let sum = 0
  for (const byte of h) sum += byte
  h.write(octal(sum, 7) + ' ', 148)
  return h
}

async function* tarChunks(files: LayoutFile[]): AsyncGenerator<Buffer> {
  for (const f of files) {
    yield header(f.rel, f.size)
    let written = 0
    for await (const chunk of createReadStream(f.abs)) {
      if (!Buffer.isBuffer(chunk)) continue
      written += chunk.length
      yield chunk
    }
    if (written !== f.size) throw new BuildLabError(`${f.abs} changed size while it was packed`)
    const pad = (512 - (f.size % 512)) % 512
    if (pad > 0) yield Buffer.alloc(pad)
  }
  yield Buffer.alloc(1024)
}

/** Writes the layout at dir as an OCI tar at dest; resolves with the tar's size. */
export async function writeLayoutTar(dir: string, dest: string): Promise<number> {
  const files = await listLayout(dir)
  await pipeline(tarChunks(files), createWriteStream(dest))
  return (await fs.stat(dest)).size
}
