// Types of svg-chart.mjs, for the tests that import it.
export declare const escapeXml: (s: unknown) => string
export declare function logSlope(points: readonly (readonly [number, number])[]): number | null
export interface Series {
  name: string
  points: [number, number][]
}
export declare function chart(options: {
  title: string
  xLabel: string
  yLabel: string
  series: Series[]
  formatX?: (x: number) => string
  formatY?: (y: number) => string
  note?: string
}): string
