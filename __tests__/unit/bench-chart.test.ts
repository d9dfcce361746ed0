// The scaling charts: the slope that says whether a cost grows faster than linear, and SVG text with escaped labels.
import { describe, expect, it } from '@jest/globals'
import { chart, logSlope } from '../../scripts/svg-chart.mjs'

describe('logSlope', () => {
  it('is 1 for linear growth, 2 for quadratic, 0 for a constant, whatever the scale', () => {
    const xs = [10, 100, 1000, 10000]
    expect(logSlope(xs.map(x => [x, 3 * x]))).toBeCloseTo(1, 10)
    expect(logSlope(xs.map(x => [x, x * x]))).toBeCloseTo(2, 10)
    expect(logSlope(xs.map(x => [x, 42]))).toBeCloseTo(0, 10)
  })

  it('has no slope with fewer than two positive points', () => {
    expect(logSlope([[10, 5]])).toBeNull()
    expect(
      logSlope([
        [0, 1],
        [10, 0]
      ])
    ).toBeNull()
  })
})

describe('chart', () => {
  const svg = chart({
    title: 'copy <time> & "size"',
    xLabel: 'files',
    yLabel: 'ms',
    series: [
      {
        name: '<script>alert(1)</script>',
        points: [
          [100, 10],
          [1000, 100],
          [10000, 1000]
        ]
      }
    ]
  })

  it('is one SVG document with a point per measurement and the slope in the legend', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.match(/<circle /g)).toHaveLength(3)
    expect(svg).toContain('slope 1.00')
  })

  it('escapes every label', () => {
    expect(svg).toContain('copy &lt;time&gt; &amp; &quot;size&quot;')
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})
