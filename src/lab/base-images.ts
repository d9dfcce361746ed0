// Resolves the local image IDs of the FROM images, so a base image that changes under the lab is caught.
import { daemonArgs } from '../buildkit/args.js'
import type { Engine } from '../buildkit/engine.js'

/**
 * `docker image inspect --format {{.Id}}` of each reference, on the daemon of `context` (null: DOCKER_HOST);
 * null when the image is not present there.
 */
export async function resolveImageIds(
  engine: Engine,
  refs: readonly string[],
  context: string | null = null
): Promise<Map<string, string | null>> {
  const entries = await Promise.all(
    refs.map(async ref => {
      let out = ''
      const code = await engine.run(
        daemonArgs(context, ['image', 'inspect', '--format', '{{.Id}}', ref]),
        () => undefined,
        chunk => {
          out += chunk.toString('utf8')
        }
      )
      const id = out.trim()
      return [ref, code === 0 && id !== '' ? id : null] as const
    })
  )
  return new Map(entries)
}
