// HTTP plumbing shared by the loopback service fakes: JSON bodies, Azure-style replies.
import type { IncomingMessage, ServerResponse } from 'node:http'

/** What the fakes log of each request; send() fills in the status. */
export interface LoggedRequest {
  path: string
  status: number
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise(resolve => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', () => resolve(Buffer.concat(chunks)))
  })
}

export function parseJson(body: Buffer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name]
  return typeof value === 'string' ? value : ''
}

export function sendJson(record: LoggedRequest, res: ServerResponse, status: number, body: object): void {
  send(record, res, status, 'application/json', JSON.stringify(body))
}

export function send(
  record: LoggedRequest,
  res: ServerResponse,
  status: number,
  contentType: string | null,
  body: string
): void {
  record.status = status
  const headers: Record<string, string> = {
    'Content-Length': String(Buffer.byteLength(body)),
    'x-ms-request-id': `req-${record.path.length}`,
    'x-ms-version': '2024-01-01'
  }
  if (contentType !== null) headers['Content-Type'] = contentType
  if (status === 201) {
    headers['ETag'] = '"0x8D000000000000"'
    headers['Last-Modified'] = new Date(0).toUTCString()
  }
  if (!res.destroyed) res.writeHead(status, headers).end(body)
}

export function azureError(code: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>injected</Message></Error>`
}

/** An uploaded blob: its committed bytes, and blocks staged but not yet committed. */
export interface BlobEntry {
  data: Buffer
  blocks: Map<string, Buffer>
}

/** An Azure Blob upload: one PUT of a BlockBlob, or staged blocks (`comp=block`) then `comp=blocklist`. */
export function putBlob(
  record: LoggedRequest,
  req: IncomingMessage,
  url: URL,
  body: Buffer,
  entry: BlobEntry,
  res: ServerResponse
): void {
  const comp = url.searchParams.get('comp')
  if (comp === 'block') {
    entry.blocks.set(url.searchParams.get('blockid') ?? '', body)
    send(record, res, 201, null, '')
  } else if (comp === 'blocklist') {
    const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)</g)].map(
      m => m[1] ?? ''
    )
    const parts = ids.map(blockId => entry.blocks.get(blockId))
    if (parts.some(p => p === undefined)) {
      send(record, res, 400, 'application/xml', azureError('InvalidBlockList'))
      return
    }
    entry.data = Buffer.concat(parts.filter((p): p is Buffer => p !== undefined))
    entry.blocks.clear()
    send(record, res, 201, null, '')
  } else if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
    send(record, res, 400, 'application/xml', azureError('InvalidHeaderValue'))
  } else {
    entry.data = body
    send(record, res, 201, null, '')
  }
}
