// The invalidation map of the lab's source edit on the naive and the optimized Node examples, on the real engine.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createDockerEngine } from '../../src/buildkit/engine.js'
import type { CliIo } from '../../src/cli/io.js'
import { runCommand } from '../../src/cli/lab-commands.js'
import { summarizeLab } from '../../src/core/lab/stats.js'
import { renderLabHtml } from '../../src/core/report/lab-html.js'
import { renderLabMarkdown } from '../../src/core/report/lab-markdown.js'
import { readRecords } from '../../src/lab/results.js'
import { NODE_IMAGE, ROOT, requireEngine } from '../support/engine.js'

async function lab(example: string) {
  const ctx = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'build-lab-miss-lab-')), example)
  await fs.cp(path.join(ROOT, 'example-dockerfiles', example), ctx, { recursive: true })
  const results = path.join(path.dirname(ctx), 'state', 'results.jsonl')
  let out = ''
  const io: CliIo = { stdout: t => void (out += t), stderr: () => undefined }
  const code = await runCommand(
    [
      ctx,
      '--build-arg',
      `BASE=${NODE_IMAGE}`,
      '--network',
      'host',
      '--results',
      results,
      '--format',
      'markdown',
      '--scenario',
      'cold',
      '--scenario',
      'warm-source-edit'
    ],
    io,
    { engine: createDockerEngine(), nowMs: () => Date.now() }
  )
  const records = await readRecords(results)
  return { code, out, records, summary: summarizeLab(records) }
}

beforeAll(() => {
  requireEngine()
})

describe('the invalidation map of a source edit', () => {
  it('naive: COPY . . on line 5 forced npm ci, and moving the lockfiles first is the action', async () => {
    const { out, records, summary } = await lab('node-naive')
    const cold = records.find(r => r.scenario === 'cold')
    expect(cold?.misses?.misses.length).toBeGreaterThan(0)
    expect(cold?.misses?.misses.every(m => m.cause.kind === 'no-cache')).toBe(true)
    const edit = records.find(r => r.scenario === 'warm-source-edit')
    expect(edit?.misses?.compared).toBe(true)
    const root = edit?.misses?.map.roots[0]
    expect(root).toMatchObject({ instruction: 'COPY . .', line: 5 })
    expect(root?.cause).toMatchObject({ kind: 'sources', files: [edit?.mutatedFile] })
    expect(root?.steps.map(s => s.instruction)).toEqual([
      'COPY . .',
      'RUN npm ci --omit=dev --no-audit --no-fund'
    ])
    expect(out).toContain('### Invalidation map: warm-source-edit')
    expect(out).toContain('```mermaid')
    expect(
      summary.recommended_actions.some(a => /^moving `COPY package\.json package-lock\.json \.\/`/.test(a))
    ).toBe(true)
    const html = renderLabHtml(summary)
    expect(html).toContain('<svg class="missmap"')
    expect(html).toContain('line 5: COPY . .')
  })

  it('optimized: only COPY src ./src re-runs; npm ci stays cached and there is nothing to reorder', async () => {
    const { records, summary } = await lab('node-optimized')
    const edit = records.find(r => r.scenario === 'warm-source-edit')
    const roots = edit?.misses?.map.roots ?? []
    expect(roots).toHaveLength(1)
    expect(roots[0]).toMatchObject({ instruction: 'COPY src ./src', line: 8 })
    expect(roots[0]?.steps.map(s => s.instruction)).toEqual(['COPY src ./src'])
    expect(edit?.misses?.actions).toEqual([])
    expect(renderLabMarkdown(summary)).toContain('line 8: COPY src ./src')
  })
})
