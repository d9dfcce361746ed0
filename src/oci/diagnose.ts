// The gate's diagnosis: opens both OCI layouts and streams them through the image diff.
import * as path from 'node:path'
import { diffImages, type ImageDiff } from '../core/diff/index.js'
import { openImage } from './open-image.js'
import type { DiagnoseHints } from '../gate/run-gate.js'

export async function diagnoseLayouts(
  run1Dir: string,
  run2Dir: string,
  hints: DiagnoseHints
): Promise<ImageDiff> {
  const [a, b] = await Promise.all([openImage(run1Dir), openImage(run2Dir)])
  return diffImages(a, b, {
    dockerfile: { path: path.basename(hints.dockerfile.path), text: hints.dockerfile.text },
    ...(hints.target ? { target: hints.target } : {}),
    ...(hints.contextMtime !== null ? { contextMtime: hints.contextMtime } : {}),
    buildkit: { a: hints.buildkit, b: hints.buildkit }
  })
}
