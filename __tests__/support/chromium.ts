// Headless Chromium for the HTML reports: dump the DOM, take a screenshot, count a PNG's colours.
import { afterAll, beforeAll, expect } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { inflateSync } from 'node:zlib'

const run = promisify(execFile)
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
let dir = ''

/** A scratch directory for pages and screenshots, removed after the file's tests; fails without Chromium. */
export function useChromium(): () => string {
  beforeAll(() => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is missing at ${CHROMIUM}: install the Debian package "chromium" (apt-get install -y chromium) or set CHROMIUM to its path`
      )
    }
    dir = mkdtempSync(path.join(tmpdir(), 'build-lab-html-'))
  })
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true })
  })
  return () => dir
}

function chromiumArgs(profile: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    '--window-size=1200,1600'
  ]
}

/** Runs Chromium on a file with extra flags (--dump-dom, --screenshot=...); returns its stdout. */
export async function chromium(extra: string[], file: string): Promise<string> {
  const profile = mkdtempSync(path.join(dir, 'profile-'))
  try {
    const { stdout } = await run(CHROMIUM, [...chromiumArgs(profile), ...extra, `file://${file}`], {
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000
    })
    return stdout
  } catch (error) {
    throw new Error(`Chromium (${CHROMIUM}) could not render ${file}: ${String(error)}`, { cause: error })
  }
}

/** The distinct colours of an 8-bit RGB(A) PNG, decoded with zlib alone. */
export function distinctColours(png: Buffer): number {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  let offset = 8
  let width = 0
  let height = 0
  let channels = 0
  const idat: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.subarray(offset + 4, offset + 8).toString('latin1')
    const data = png.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      expect(data[8]).toBe(8)
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0
      expect(channels).toBeGreaterThan(0)
    }
    if (type === 'IDAT') idat.push(data)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const prev = Buffer.alloc(stride)
  const row = Buffer.alloc(stride)
  const colours = new Set<number>()
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (row[x - channels] ?? 0) : 0
      const b = prev[x] ?? 0
      const c = x >= channels ? (prev[x - channels] ?? 0) : 0
      const v = line[x] ?? 0
      let out = v
      if (filter === 1) out = v + a
      else if (filter === 2) out = v + b
      else if (filter === 3) out = v + ((a + b) >> 1)
      else if (filter === 4) {
        const p = a + b - c
        const pa = Math.abs(p - a)
        const pb = Math.abs(p - b)
        const pc = Math.abs(p - c)
        out = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)
      }
      row[x] = out & 0xff
    }
    for (let x = 0; x < stride; x += channels)
      colours.add(((row[x] ?? 0) << 16) | ((row[x + 1] ?? 0) << 8) | (row[x + 2] ?? 0))
    row.copy(prev)
  }
  return colours.size
}
