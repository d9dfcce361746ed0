// Documents the API renders: invoices as HTML (handlebars + markdown notes), CSV and XML imports.
import contentDisposition from 'content-disposition'
import { parse as parseCsv } from 'csv-parse/sync'
import { XMLParser } from 'fast-xml-parser'
import Handlebars from 'handlebars'
import iconv from 'iconv-lite'
import { marked } from 'marked'
import mime from 'mime-types'

const invoiceTemplate = Handlebars.compile(
  '<h1>Invoice {{number}}</h1><p>Due {{dueAt}}</p><div class="notes">{{{notes}}}</div>'
)

export function renderInvoice(invoice: { number: string; dueAt: string; notes: string }): string {
  return invoiceTemplate({ ...invoice, notes: marked.parse(invoice.notes, { async: false }) })
}

export function parseCsvImport(buffer: Buffer, encoding = 'utf8'): Record<string, string>[] {
  const text = iconv.decode(buffer, encoding)
  return parseCsv(text, { columns: true, skip_empty_lines: true, trim: true })
}

export function parseXmlImport(text: string): unknown {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text)
}

export function downloadHeaders(filename: string): Record<string, string> {
  return {
    'content-type': mime.contentType(filename) || 'application/octet-stream',
    'content-disposition': contentDisposition(filename)
  }
}
