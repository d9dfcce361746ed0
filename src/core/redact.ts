// The one redaction step: secret values and secret-named `NAME=value` pairs become `***` before anything is output.
import { isSecretArg } from './build/args.js'

export const REDACTED = '***'

/** Shorter values are not replaced inside other text: a 1-3 character "secret" would blank out digests and counts. */
export const MIN_SECRET_CHARS = 4

/** How long a cut-off piece of a secret must be to be recognised at the start of a log tail. */
const MIN_TAIL_CHARS = 3

export interface RedactionRules {
  /** the secret values: secret-named build-args, BuildKit secrets, `secret-build-args` */
  values: readonly string[]
  /** names whose values are secret though the names don't look it (`secret-build-args`) */
  names: readonly string[]
}

export interface Redactor {
  /** one string, with every secret value and every secret-named `|N NAME=value` of BuildKit's history as `***` */
  text(value: string): string
  /** the last part of a log: as text(), and a piece of a secret that it starts with (the cut fell inside it) */
  tail(value: string): string
  /** a copy of JSON-like data (strings, arrays, plain objects) with every string redacted */
  data<T>(value: T): T
}

/**
 * The strings to look for: each value, its trimmed form (a secret file usually ends in a newline) and,
 * for multi-line values such as keys, each line. Longest first, so no shorter piece splits a longer one.
 */
export function secretNeedles(values: readonly string[]): string[] {
  const needles = new Set<string>()
  for (const value of values) {
    for (const candidate of [value, value.trim(), ...value.split(/\r?\n/).map(l => l.trim())]) {
      if (candidate.length >= MIN_SECRET_CHARS) needles.add(candidate)
    }
  }
  return [...needles].sort((a, b) => b.length - a.length)
}

// BuildKit writes the build args a RUN sees before its command, unquoted: `RUN |2 A=1 NPM_TOKEN=abc /bin/sh -c ...`.
const HISTORY_ARGS = /(^|\s)\|(\d{1,3}) /g

function redactHistoryArgs(text: string, secretName: (name: string) => boolean): string {
  const re = new RegExp(HISTORY_ARGS)
  let out = ''
  let last = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let at = m.index + m[0].length
    out += text.slice(last, at)
    for (let i = 0; i < Number(m[2]); i++) {
      const end = text.indexOf(' ', at)
      const stop = end === -1 ? text.length : end
      const word = text.slice(at, stop)
      const eq = word.indexOf('=')
      if (eq <= 0) break
      const name = word.slice(0, eq)
      out += secretName(name) ? `${name}=${REDACTED}` : word
      at = stop
      if (end === -1 || i === Number(m[2]) - 1) break
      out += ' '
      at += 1
    }
    last = at
    re.lastIndex = at
  }
  return out + text.slice(last)
}

function replaceAll(text: string, needle: string): string {
  return text.includes(needle) ? text.split(needle).join(REDACTED) : text
}

/**
 * A log tail can begin in the middle of a secret: the longest piece of one (3 characters or more) that the
 * text starts with is redacted too. Only the places where the text's first character occurs are tried.
 */
function redactCutStart(text: string, needles: readonly string[]): string {
  if (text === '') return text
  for (const needle of needles) {
    const last = needle.length - MIN_TAIL_CHARS
    // A piece longer than the text can't be all of it: start where the rest of the needle fits.
    const first = Math.max(1, needle.length - text.length)
    for (
      let i = needle.indexOf(text[0]!, first);
      i !== -1 && i <= last;
      i = needle.indexOf(text[0]!, i + 1)
    ) {
      if (text.startsWith(needle.slice(i))) return REDACTED + text.slice(needle.length - i)
    }
  }
  return text
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Makes the redactor for one invocation. */
export function createRedactor(rules: RedactionRules): Redactor {
  const needles = secretNeedles(rules.values)
  const secretName = (name: string): boolean => isSecretArg(name, rules.names)
  const text = (value: string): string => {
    let out = value.includes('|') ? redactHistoryArgs(value, secretName) : value
    for (const needle of needles) out = replaceAll(out, needle)
    return out
  }
  const tail = (value: string): string => redactCutStart(text(value), needles)
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') {
      return key === 'log' || key === 'errorLog' || key === 'otherText' ? tail(value) : text(value)
    }
    if (Array.isArray(value)) return value.map(v => walk(v, null))
    if (!isPlainObject(value)) return value
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = walk(v, k)
    // A field change whose two sides differ only in a secret must still read as a change.
    if (
      typeof value.a === 'string' &&
      typeof value.b === 'string' &&
      value.a !== value.b &&
      out.a === out.b &&
      typeof out.b === 'string'
    ) {
      out.b = `${out.b} (a redacted value differs)`
    }
    return out
  }
  return {
    text,
    tail,
    // The walk keeps the shape of JSON-like data; only string contents change.
    data: <T>(value: T): T => walk(value, null) as T
  }
}

/** For images whose build's secret values are unknown here (`build-lab diff`, compare mode): secret-looking names only. */
export const NAMES_ONLY: Redactor = createRedactor({ values: [], names: [] })
