// Reads what the Engine API and BuildKit's gRPC Info answer, and decides when they may stand in for the docker CLI.
import { isRecord } from '../json.js'

/** The dockerd version out of `GET /version` (the field `docker version --format {{.Server.Version}}` prints). */
export function apiServerVersion(body: unknown): string | null {
  if (!isRecord(body)) return null
  const version = body.Version
  return typeof version === 'string' && version.trim() !== '' ? version.trim() : null
}

/** Whether `GET /info` says the containerd image store is on (what `docker info` shows in DriverStatus). */
export function apiContainerdStore(body: unknown): boolean {
  if (!isRecord(body)) return false
  return JSON.stringify(body.DriverStatus ?? null).includes('io.containerd.snapshotter')
}

/** The message of one gRPC response frame (1 byte compressed flag, 4 bytes length); null when there is none. */
export function grpcMessage(body: Uint8Array): Uint8Array | null {
  if (body.length < 5 || body[0] !== 0) return null
  const length = ((body[1] << 24) >>> 0) + (body[2] << 16) + (body[3] << 8) + body[4]
  if (body.length < 5 + length) return null
  return body.subarray(5, 5 + length)
}

/** A request frame for a message with no fields (InfoRequest). */
export const EMPTY_GRPC_MESSAGE = new Uint8Array([0, 0, 0, 0, 0])

/** The length-delimited fields of a protobuf message, by field number; null when it does not parse. */
function protoFields(bytes: Uint8Array): Map<number, Uint8Array> | null {
  const fields = new Map<number, Uint8Array>()
  let at = 0
  const varint = (): number | null => {
    let value = 0
    for (let shift = 0; shift < 35 && at < bytes.length; shift += 7) {
      const b = bytes[at++]
      value += (b & 0x7f) * 2 ** shift
      if ((b & 0x80) === 0) return value
    }
    return null
  }
  while (at < bytes.length) {
    const tag = varint()
    if (tag === null) return null
    const field = Math.floor(tag / 8)
    switch (tag & 7) {
      case 0:
        if (varint() === null) return null
        break
      case 1:
        at += 8
        break
      case 2: {
        const length = varint()
        if (length === null || at + length > bytes.length) return null
        fields.set(field, bytes.subarray(at, at + length))
        at += length
        break
      }
      case 5:
        at += 4
        break
      default:
        return null
    }
    if (at > bytes.length) return null
  }
  return fields
}

/**
 * The BuildKit version out of moby.buildkit.v1.Control/Info's InfoResponse (field 1 BuildkitVersion, whose
 * field 2 is the version): what `docker buildx inspect` prints as "BuildKit version" for the docker driver.
 */
export function infoBuildkitVersion(message: Uint8Array): string | null {
  const version = protoFields(message)?.get(1)
  const text = version ? protoFields(version)?.get(2) : undefined
  if (text === undefined) return null
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(text).trim()
  return decoded === '' ? null : decoded
}

/** What decides whether the current builder is the default docker-driver builder on a local socket. */
export interface ProbeSetting {
  /** DOCKER_HOST, or '' */
  dockerHost: string
  /** DOCKER_CONTEXT, or '' */
  dockerContext: string
  /** BUILDX_BUILDER, or '' */
  buildxBuilder: string
  /** BUILDX_CONFIG, or '' */
  buildxConfig: string
  /** `$DOCKER_CONFIG/config.json` parsed; null when absent */
  config: unknown
  /** `$DOCKER_CONFIG/buildx/current` parsed; null when absent */
  buildxCurrent: unknown
}

/**
 * The unix socket to ask directly, when the current builder is certainly the default one (driver docker)
 * of a local daemon; else null, and the docker CLI and buildx are asked as before: a named builder, a
 * docker context, a tcp:// or ssh:// DOCKER_HOST, a builder chosen with `buildx use` or BUILDX_BUILDER.
 */
export function directSocket(setting: ProbeSetting): string | null {
  if (setting.dockerContext !== '' && setting.dockerContext !== 'default') return null
  if (setting.buildxBuilder !== '' || setting.buildxConfig !== '') return null
  const config = setting.config
  if (isRecord(config)) {
    const current = config.currentContext
    if (typeof current === 'string' && current !== '' && current !== 'default') return null
    if ('cliPluginsExtraDirs' in config) return null
  } else if (setting.config !== null) {
    return null
  }
  if (setting.buildxCurrent !== null) {
    const current = setting.buildxCurrent
    if (!isRecord(current) || current.Name !== '') return null
  }
  const host = setting.dockerHost === '' ? 'unix:///var/run/docker.sock' : setting.dockerHost
  if (!host.startsWith('unix://')) return null
  const socket = host.slice('unix://'.length)
  return socket.startsWith('/') ? socket : null
}
