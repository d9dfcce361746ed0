// Reads blobs of an OCI image from a layout directory or an OCI tar, streaming, without extracting anything.
import { createReadStream } from 'node:fs'
import { open, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { BuildLabError, errorMessage } from '../core/errors.js'
import { paxPath, parseTarHeader } from '../core/diff/tar-stream.js'
import type { BlobSource } from '../core/diff/types.js'

const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/
/** JSON blobs (index, manifest, config) are small; a bigger one is not what it claims to be. */
const MAX_JSON = 64 * 1024 * 1024

/** Opens an OCI image layout directory or an OCI tar (as written by buildx --output type=oci). */
export async function openImage(path: string): Promise<BlobSource> {
  let info
  try {
    info = await stat(path)
  } catch (e) {
    throw new BuildLabError(`Cannot read image ${path}: ${errorMessage(e)}.`)
  }
  if (info.isDirectory()) return openLayoutDirectory(path)
  if (info.isFile()) return openLayoutTar(path)
  throw new BuildLabError(`${path} is neither an OCI layout directory nor an OCI tar.`)
}

function blobPath(digest: string): string {
  const m = DIGEST_RE.exec(digest)
  if (m === null) throw new BuildLabError(`Invalid digest ${JSON.stringify(digest)} in the image.`)
  return `blobs/${m[1]}/${m[2]}`
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new BuildLabError(`${what} is not valid JSON: ${errorMessage(e)}.`)
  }
}

/** A layout directory: index.json plus blobs/<alg>/<hex>. */
export async function openLayoutDirectory(dir: string): Promise<BlobSource> {
  const indexFile = join(dir, 'index.json')
  let indexText: string
  try {
    indexText = await readFile(indexFile, 'utf8')
  } catch {
    throw new BuildLabError(`${dir} is not an OCI layout directory: it has no index.json.`)
  }
  const readBlob = async (digest: string): Promise<string> => {
    const file = join(dir, blobPath(digest))
    try {
      const s = await stat(file)
      if (s.size > MAX_JSON) throw new BuildLabError(`Blob ${digest} in ${dir} is too large for JSON.`)
      return await readFile(file, 'utf8')
    } catch (e) {
      if (e instanceof BuildLabError) throw e
      throw new BuildLabError(`Blob ${digest} is missing from ${dir}: ${errorMessage(e)}.`)
    }
  }
  return {
    index: async () => parseJson(indexText, `${indexFile}`),
    readJson: async digest => parseJson(await readBlob(digest), `Blob ${digest} in ${dir}`),
    open: digest => streamFile(join(dir, blobPath(digest)), `Blob ${digest} in ${dir}`)
  }
}

async function* streamFile(
  file: string,
  what: string,
  start?: number,
  end?: number
): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(file, { start, end, highWaterMark: 256 * 1024 })
  try {
    for await (const chunk of stream) {
      if (chunk instanceof Uint8Array) yield chunk
    }
  } catch (e) {
    throw new BuildLabError(`${what} cannot be read: ${errorMessage(e)}.`)
  } finally {
    stream.destroy()
  }
}

interface TarMember {
  offset: number
  size: number
}

/** An OCI tar: one pass over the headers finds each member's offset; blobs are then read in place. */
export async function openLayoutTar(file: string): Promise<BlobSource> {
  const members = new Map<string, TarMember>()
  const fh = await open(file, 'r')
  try {
    const { size: total } = await fh.stat()
    const header = Buffer.alloc(512)
    let pos = 0
    let longName: Uint8Array | undefined
    for (;;) {
      if (pos + 512 > total) break
      await fh.read(header, 0, 512, pos)
      if (pos === 0 && header[0] === 0x1f && header[1] === 0x8b) {
        throw new BuildLabError(
          `${file} is compressed: decompress it first (build-lab reads OCI tars and layout directories).`
        )
      }
      const h = parseTarHeader(header)
      if (h === undefined) {
        throw new BuildLabError(`${file} is not an OCI tar: bad tar header at byte ${pos}.`, { exitCode: 2 })
      }
      if (h.zero) break
      const dataAt = pos + 512
      if (dataAt + h.size > total)
        throw new BuildLabError(`${file} is truncated: member ${h.name} runs past the end.`)
      if (h.flag === 'L' || h.flag === 'x') {
        const data = Buffer.alloc(Math.min(h.size, 1 << 20))
        await fh.read(data, 0, data.length, dataAt)
        longName =
          h.flag === 'L'
            ? data.subarray(0, data.indexOf(0) < 0 ? data.length : data.indexOf(0))
            : paxPath(data)
      } else if (h.flag === '0' || h.flag === '7') {
        const name =
          longName !== undefined
            ? Buffer.from(longName)
                .toString('utf8')
                .replace(/^(\.?\/)+/, '')
            : h.name
        members.set(name, { offset: dataAt, size: h.size })
        longName = undefined
      } else {
        longName = undefined
      }
      pos = dataAt + Math.ceil(h.size / 512) * 512
    }
  } finally {
    await fh.close()
  }
  const member = (name: string): TarMember => {
    const m = members.get(name)
    if (m === undefined) throw new BuildLabError(`${name} is missing from ${file}: is it an OCI tar?`)
    return m
  }
  if (!members.has('index.json')) throw new BuildLabError(`${file} is not an OCI tar: it has no index.json.`)
  const readText = async (name: string): Promise<string> => {
    const m = member(name)
    if (m.size > MAX_JSON) throw new BuildLabError(`${name} in ${file} is too large for JSON.`)
    const fh2 = await open(file, 'r')
    try {
      const buf = Buffer.alloc(m.size)
      await fh2.read(buf, 0, m.size, m.offset)
      return buf.toString('utf8')
    } finally {
      await fh2.close()
    }
  }
  return {
    index: async () => parseJson(await readText('index.json'), `index.json in ${file}`),
    readJson: async digest => parseJson(await readText(blobPath(digest)), `Blob ${digest} in ${file}`),
    open: digest => {
      const m = member(blobPath(digest))
      if (m.size === 0) return (async function* () {})()
      return streamFile(file, `Blob ${digest} in ${file}`, m.offset, m.offset + m.size - 1)
    }
  }
}
