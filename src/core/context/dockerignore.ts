// .dockerignore matching with the semantics of moby/patternmatcher: last match wins, `!` re-includes.

interface Pattern {
  regex: RegExp
  exclusion: boolean
}

export function cleanPath(path: string): string {
  const parts: string[] = []
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return parts.join('/')
}

const REGEX_SPECIAL = /[.+()|{}^$]/

/** A glob as a whole-path regex: `**` any depth, `*` and `?` within one segment, `[...]` classes. */
export function toRegex(pattern: string): RegExp {
  let out = '^'
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++
        if (pattern[i + 1] === '/') i++
        out += i + 1 >= pattern.length ? '.*' : '(.*/)?'
      } else {
        out += '[^/]*'
      }
    } else if (ch === '?') {
      out += '[^/]'
    } else if (ch === '\\') {
      const next = pattern[i + 1]
      if (next !== undefined) {
        out += next.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
        i++
      } else {
        out += '\\\\'
      }
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2)
      if (close === -1) {
        out += '\\['
      } else {
        let cls = pattern.slice(i + 1, close)
        if (cls.startsWith('!')) cls = '^' + cls.slice(1)
        out += `[${cls.replace(/\\/g, '\\\\')}]`
        i = close
      }
    } else if (REGEX_SPECIAL.test(ch)) {
      out += '\\' + ch
    } else {
      out += ch
    }
  }
  return new RegExp(out + '$')
}

/** Parses the text of a .dockerignore file. */
export function parseDockerignore(text: string): Pattern[] {
  const patterns: Pattern[] = []
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const exclusion = line.startsWith('!')
    if (exclusion) line = line.slice(1).trim()
    const cleaned = cleanPath(line)
    if (cleaned === '') continue
    try {
      patterns.push({ regex: toRegex(cleaned), exclusion })
    } catch {
      // An unparseable pattern matches nothing, as BuildKit would reject the build with its own error.
    }
  }
  return patterns
}

export class DockerignoreMatcher {
  private readonly patterns: Pattern[]

  constructor(text: string | null) {
    this.patterns = text === null ? [] : parseDockerignore(text)
  }

  /** True when some `!` pattern could re-include files below an excluded directory. */
  get hasExclusions(): boolean {
    return this.patterns.some(p => p.exclusion)
  }

  /** Whether a context-relative path (forward slashes) is left out of the build context. */
  ignores(path: string): boolean {
    const file = cleanPath(path)
    if (file === '') return false
    const parents: string[] = []
    const parts = file.split('/')
    for (let i = 1; i < parts.length; i++) parents.push(parts.slice(0, i).join('/'))
    let matched = false
    for (const p of this.patterns) {
      if (p.exclusion === matched) {
        // Only a pattern that can flip the current state is worth testing.
        if (p.regex.test(file) || parents.some(dir => p.regex.test(dir))) matched = !p.exclusion
      }
    }
    return matched
  }
}
