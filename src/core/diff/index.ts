// The image diff's public surface: diffImages, the renderers and the types the gate embeds.
export { diffImages, explainEntry, CAUSE_ORDER } from './image-diff.js'
export { renderDiffText, type RenderOptions } from './render-text.js'
export { renderDiffMarkdown } from './render-markdown.js'
export { CAUSE_HINTS } from './cause.js'
export { readTarEntries, type TarEntry } from './tar-stream.js'
export type * from './types.js'
