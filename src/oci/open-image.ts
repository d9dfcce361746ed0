// Reads blobs of an OCI image from a layout directory or an OCI tar, streaming, without extracting anything.
// Every file is opened without blocking and must be a regular file, and every blob is checked against its digest.
import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { type FileHandle, open, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { BuildLabError, errorMessage } from '../core/errors.js'
import { MAX_ENTRY_SIZE, parsePaxRecords, parseTarHeader } from '../core/diff/tar-stream.js'
import type { BlobSource } from '../core/diff/types.js'
import { oneLine } from '../core/report/format.js'

const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/
/** The algorithms OCI registers, with the length of their hex encoding. */
const DIGEST_HEX: Record<string, number> = { sha256: 64, sha512: 128 }
/** JSON blobs (index, manifest, config) are small; a bigger one is not what it claims to be. */
const MAX_JSON = 64 * 1024 * 1024
/** Longest member name kept from a PAX or GNU long-name record of an OCI tar (blob paths are ~80 bytes). */
const MAX_MEMBER_META = 1 << 20

/** A name from the image, safe to put in a one-line message. */
function shown(text: string): string {
  return oneLine(JSON.stringify(text), 200)
}

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

interface ParsedDigest {
  algorithm: string
  hex: string
  path: string
}

function parseDigest(digest: string): ParsedDigest {
  const m = DIGEST_RE.exec(digest)
  if (m === null) throw new BuildLabError(`Invalid digest ${shown(digest)} in the image.`)
  const [, algorithm = '', hex = ''] = m
  if (DIGEST_HEX[algorithm] !== hex.length || !/^[0-9a-f]+$/.test(hex)) {
    throw new BuildLabError(
      `Unsupported digest ${shown(digest)} in the image: build-lab checks sha256 and sha512.`
    )
  }
  return { algorithm, hex, path: `blobs/${algorithm}/${hex}` }
}

function mismatch(what: string): BuildLabError {
  return new BuildLabError(
    `${what} does not match its digest: the image is corrupt or was altered (rebuild it, or copy it again).`,
    { exitCode: 2 }
  )
}

/** Checks bytes read whole against their digest. */
function verify(bytes: Uint8Array, d: ParsedDigest, what: string): void {
  if (createHash(d.algorithm).update(bytes).digest('hex') !== d.hex) throw mismatch(what)
}

/** Yields the chunks and, at their end, throws unless they hash to the digest. */
async function* verified(
  chunks: AsyncIterable<Uint8Array>,
  d: ParsedDigest,
  what: string
): AsyncGenerator<Uint8Array> {
  const hash = createHash(d.algorithm)
  for await (const chunk of chunks) {
    hash.update(chunk)
    yield chunk
  }
  if (hash.digest('hex') !== d.hex) throw mismatch(what)
}

/**
 * Opens a file for reading without blocking on it (a FIFO would wait for a writer forever) and
 * refuses anything but a regular file.
 */
async function openRegular(file: string, what: string): Promise<{ fh: FileHandle; size: number }> {
  let fh: FileHandle
  try {
    fh = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (e) {
    throw new BuildLabError(`${what} is missing: ${errorMessage(e)}.`)
  }
  const info = await fh.stat()
  if (!info.isFile()) {
    await fh.close()
    throw new BuildLabError(`${what} is not a regular file: an OCI layout holds only regular files.`)
  }
  return { fh, size: info.size }
}

async function readWhole(fh: FileHandle, offset: number, size: number): Promise<Buffer> {
  const buf = Buffer.alloc(size)
  let done = 0
  while (done < size) {
    const { bytesRead } = await fh.read(buf, done, size - done, offset + done)
    if (bytesRead === 0) break
    done += bytesRead
  }
  return done === size ? buf : buf.subarray(0, done)
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
    const { fh, size } = await openRegular(indexFile, indexFile)
    try {
      if (size > MAX_JSON) throw new BuildLabError(`${indexFile} is too large for an index.`)
      indexText = (await readWhole(fh, 0, size)).toString('utf8')
    } finally {
      await fh.close()
    }
  } catch (e) {
    if (e instanceof BuildLabError && !/is missing/.test(e.message)) throw e
    throw new BuildLabError(`${dir} is not an OCI layout directory: it has no index.json.`)
  }
  const readBlob = async (digest: string): Promise<string> => {
    const d = parseDigest(digest)
    const what = `Blob ${digest} in ${dir}`
    const { fh, size } = await openRegular(join(dir, d.path), what)
    try {
      if (size > MAX_JSON) throw new BuildLabError(`${what} is too large for JSON.`)
      const bytes = await readWhole(fh, 0, size)
      verify(bytes, d, what)
      return bytes.toString('utf8')
    } finally {
      await fh.close()
    }
  }
  return {
    index: async () => parseJson(indexText, `${indexFile}`),
    readJson: async digest => parseJson(await readBlob(digest), `Blob ${digest} in ${dir}`),
    open: digest => {
      const d = parseDigest(digest)
      const what = `Blob ${digest} in ${dir}`
      return verified(streamFile(join(dir, d.path), what), d, what)
    }
  }
}

async function* streamFile(
  file: string,
  what: string,
  range?: { start: number; end: number }
): AsyncGenerator<Uint8Array> {
  const { fh } = await openRegular(file, what)
  const stream = fh.createReadStream({ ...range, highWaterMark: 256 * 1024 })
  try {
    for await (const chunk of stream) {
      if (chunk instanceof Uint8Array) yield chunk
    }
  } catch (e) {
    throw new BuildLabError(`${what} cannot be read: ${errorMessage(e)}.`)
  } finally {
    stream.destroy()
    await fh.close().catch(() => undefined)
  }
}

interface TarMember {
  offset: number
  size: number
}

/** The OCI tar's index: one pass over its headers finds each member's offset. */
async function indexTar(file: string): Promise<Map<string, TarMember>> {
  const members = new Map<string, TarMember>()
  const { fh, size: total } = await openRegular(file, file)
  try {
    const header = Buffer.alloc(512)
    let pos = 0
    let longName: Uint8Array | undefined
    let paxSize: number | undefined
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
      const size = h.flag === 'x' || h.flag === 'L' || h.flag === 'g' ? h.size : (paxSize ?? h.size)
      if (dataAt + size > total) {
        throw new BuildLabError(`${file} is truncated: member ${shown(h.name)} runs past the end.`)
      }
      if (h.flag === 'L' || h.flag === 'x') {
        if (size > MAX_MEMBER_META) {
          throw new BuildLabError(
            `${file} is not an OCI tar: a ${h.flag} record of ${size} bytes at byte ${pos}.`
          )
        }
        const data = await readWhole(fh, dataAt, size)
        if (h.flag === 'L') {
          const nul = data.indexOf(0)
          longName = nul < 0 ? data : data.subarray(0, nul)
        } else {
          const records = parsePaxRecords(data)
          if (typeof records === 'string') {
            throw new BuildLabError(`${file} is not an OCI tar: ${records} at byte ${pos}.`, { exitCode: 2 })
          }
          longName = records.get('path') ?? longName
          const s = records.get('size')
          if (s !== undefined) {
            const text = Buffer.from(s).toString('latin1')
            const n = Number(text)
            if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(n) || n > MAX_ENTRY_SIZE) {
              throw new BuildLabError(
                `${file} is not an OCI tar: a PAX size that is not a size at byte ${pos}.`
              )
            }
            paxSize = n
          }
        }
      } else if (h.flag !== 'g') {
        const name =
          longName !== undefined
            ? Buffer.from(longName)
                .toString('utf8')
                .replace(/^(\.?\/)+/, '')
            : h.name
        // Only what an OCI layout holds: other members are skipped, not kept.
        if ((h.flag === '0' || h.flag === '7') && (name === 'index.json' || name.startsWith('blobs/'))) {
          members.set(name, { offset: dataAt, size })
        }
        longName = undefined
        paxSize = undefined
      }
      pos = dataAt + Math.ceil(size / 512) * 512
    }
  } finally {
    await fh.close()
  }
  return members
}

/** An OCI tar: blobs are read in place, at the offsets indexTar found. */
export async function openLayoutTar(file: string): Promise<BlobSource> {
  const members = await indexTar(file)
  const member = (name: string): TarMember => {
    const m = members.get(name)
    if (m === undefined) throw new BuildLabError(`${name} is missing from ${file}: is it an OCI tar?`)
    return m
  }
  if (!members.has('index.json')) throw new BuildLabError(`${file} is not an OCI tar: it has no index.json.`)
  const readBytes = async (name: string): Promise<Buffer> => {
    const m = member(name)
    if (m.size > MAX_JSON) throw new BuildLabError(`${name} in ${file} is too large for JSON.`)
    const { fh } = await openRegular(file, file)
    try {
      return await readWhole(fh, m.offset, m.size)
    } finally {
      await fh.close()
    }
  }
  return {
    index: async () => parseJson((await readBytes('index.json')).toString('utf8'), `index.json in ${file}`),
    readJson: async digest => {
      const d = parseDigest(digest)
      const what = `Blob ${digest} in ${file}`
      const bytes = await readBytes(d.path)
      verify(bytes, d, what)
      return parseJson(bytes.toString('utf8'), what)
    },
    open: digest => {
      const d = parseDigest(digest)
      const what = `Blob ${digest} in ${file}`
      const m = member(d.path)
      const bytes =
        m.size === 0
          ? (async function* () {})()
          : streamFile(file, what, { start: m.offset, end: m.offset + m.size - 1 })
      return verified(bytes, d, what)
    }
  }
}
