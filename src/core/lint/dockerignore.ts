// Matches context paths against .dockerignore patterns (Docker's rules: globs, `**`, `!` exceptions, last match wins).

interface Pattern {
  regex: RegExp
  negate: boolean
}

function clean(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/|\/)+/, '')
    .replace(/\/+$/, '')
}

function toRegex(glob: string): RegExp {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more directories; a trailing `**` matches everything below.
      const slash = glob[i + 2] === '/'
      out += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  // A pattern that names a directory also excludes everything inside it.
  return new RegExp(`^${out}(?:/.*)?$`)
}

export function parseDockerignore(text: string): Pattern[] {
  const patterns: Pattern[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const negate = line.startsWith('!')
    const body = clean(negate ? line.slice(1).trim() : line)
    if (body === '') continue
    patterns.push({ regex: toRegex(body), negate })
  }
  return patterns
}

/** Whether `path` (relative to the context root) is left out of the context. */
export function isIgnored(path: string, patterns: Pattern[]): boolean {
  const target = clean(path)
  let ignored = false
  for (const p of patterns) if (p.regex.test(target)) ignored = !p.negate
  return ignored
}
