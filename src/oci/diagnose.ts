// The gate's diagnosis: opens both OCI layouts and streams them through the image diff.
import * as path from 'node:path'
import { diffImages, type ImageDiff } from '../core/diff/index.js'
import { openImage } from './open-image.js'

/** What the diagnosis of two layouts knows besides the layouts. */
export interface DiagnoseHints {
  dockerfile: { path: string; text: string }
  target: string | null
  /** the mtime run 2's copy of the context carried, so a listing of it can be recognised */
  contextMtime: number | null
  /** the BuildKit version both runs used, when known */
  buildkit: string | null
}

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
