// Decompresses a layer blob as it streams: gzip or zstd or plain tar, from mediaType and magic bytes.
import { Readable, Transform } from 'node:stream'
import { finished } from 'node:stream/promises'
import * as zlib from 'node:zlib'
import { BuildLabError, errorMessage } from '../errors.js'

export type Compression = 'gzip' | 'zstd' | 'none'

const GZIP_MAGIC = [0x1f, 0x8b]
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd]

/** What the magic bytes say, falling back to the mediaType when the blob is too short to tell. */
export function sniffCompression(head: Uint8Array, mediaType = ''): Compression {
  const starts = (magic: number[]): boolean => magic.every((b, i) => head[i] === b)
  if (starts(GZIP_MAGIC)) return 'gzip'
  if (starts(ZSTD_MAGIC)) return 'zstd'
  if (head.length >= 262) return 'none'
  if (/gzip/.test(mediaType)) return 'gzip'
  if (/zstd/.test(mediaType)) return 'zstd'
  return 'none'
}

type Decompressor = () => Transform

function zstdDecompressor(): Decompressor | undefined {
  // Node gained zstd in 22.15/23.8; look it up at run time so older runtimes give a clear error.
  const factory: unknown = Reflect.get(zlib, 'createZstdDecompress')
  if (typeof factory !== 'function') return undefined
  return () => {
    const stream: unknown = Reflect.apply(factory, zlib, [])
    if (stream instanceof Transform) return stream
    throw new BuildLabError('zstd decompressor is not a stream')
  }
}

/**
 * The uncompressed tar bytes of a layer. A mismatch between mediaType and magic bytes is reported
 * through `onNote` and the magic bytes win.
 */
export async function* decompressLayer(
  blob: AsyncIterable<Uint8Array>,
  mediaType: string,
  label: string,
  onNote: (note: string) => void = () => undefined
): AsyncGenerator<Uint8Array> {
  const it = blob[Symbol.asyncIterator]()
  const head: Uint8Array[] = []
  let headLen = 0
  let done = false
  while (headLen < 512) {
    const r = await it.next()
    if (r.done === true) {
      done = true
      break
    }
    head.push(r.value)
    headLen += r.value.length
  }
  const first = Buffer.concat(head)
  const kind = sniffCompression(first, mediaType)
  const declared: Compression = /gzip/.test(mediaType) ? 'gzip' : /zstd/.test(mediaType) ? 'zstd' : 'none'
  if (first.length > 0 && declared !== kind && /layer|tar/.test(mediaType)) {
    onNote(`${label}: mediaType ${mediaType} says ${declared}, the bytes say ${kind}`)
  }
  async function* rest(): AsyncGenerator<Uint8Array> {
    if (first.length > 0) yield first
    if (done) return
    for (;;) {
      const r = await it.next()
      if (r.done === true) return
      yield r.value
    }
  }
  if (kind === 'none') {
    yield* rest()
    return
  }
  let make: Decompressor | undefined
  if (kind === 'gzip') make = () => zlib.createGunzip({ chunkSize: 64 * 1024 })
  else make = zstdDecompressor()
  if (make === undefined) {
    throw new BuildLabError(
      `${label} is zstd-compressed and this Node.js has no zstd: use Node.js 22.15 or later.`
    )
  }
  const source = Readable.from(rest(), { objectMode: false })
  const inflater = make()
  source.on('error', e => inflater.emit('error', e))
  source.pipe(inflater)
  try {
    for await (const chunk of inflater) {
      if (chunk instanceof Uint8Array) yield chunk
    }
    // The decompressor may stop before the blob ends (data after the last member): read the rest
    // too, so that a source that checks the blob's digest at its end gets to check it.
    source.unpipe(inflater)
    source.resume()
    await finished(source)
  } catch (e) {
    if (e instanceof BuildLabError) throw e
    throw new BuildLabError(`Corrupt ${kind} data in ${label}: ${errorMessage(e)}.`, { exitCode: 2 })
  } finally {
    source.destroy()
  }
}
