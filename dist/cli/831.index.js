export const id = 831;
export const ids = [831];
export const modules = {

/***/ 3124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y6: () => (/* binding */ BUILD_OPTIONS),
  Aw: () => (/* binding */ buildFlags),
  yL: () => (/* binding */ oneOf),
  HC: () => (/* binding */ optionalPositional),
  Du: () => (/* binding */ parseCommandLine)
});

// UNUSED EXPORTS: singlePositional

// EXTERNAL MODULE: ./src/core/build/args.ts
var args = __webpack_require__(6039);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/build/secrets.ts
// BuildKit secrets as buildx takes them (`id=npm,env=NPM_TOKEN`, `id=npm,src=.npmrc`), parsed and validated.

const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;
const ENV_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
function checkId(id, origin) {
    if (!ID_PATTERN.test(id)) {
        throw new errors/* BuildLabError */.CG(`${origin}: secret id ${JSON.stringify(id.slice(0, 64))} is not valid: use letters, digits, "_", "." and "-", as in id=npm`);
    }
    return id;
}
function checkEnv(name, origin) {
    if (!ENV_PATTERN.test(name)) {
        throw new errors/* BuildLabError */.CG(`${origin}: ${JSON.stringify(name.slice(0, 64))} is not an environment variable name: write env=NPM_TOKEN`);
    }
    return name;
}
function checkPath(file, origin) {
    if (file === '' || /[\r\n]/.test(file)) {
        throw new errors/* BuildLabError */.CG(`${origin}: the secret's file path is empty or holds a line break`);
    }
    return file;
}
/**
 * One `--secret` value as buildx takes it: `id=X,env=VAR`, `id=X,src=FILE` (also `source=`, and `type=env|file`).
 * buildx's shorthand `id=X` alone (an env var or file named X) is spelled out instead, so the source is never a guess.
 */
function parseSecretFlag(value, origin = '--secret') {
    const fields = new Map();
    for (const field of value.split(',')) {
        const eq = field.indexOf('=');
        const key = (eq === -1 ? field : field.slice(0, eq)).trim();
        if (eq === -1 || !['id', 'env', 'src', 'source', 'type'].includes(key)) {
            throw new errors/* BuildLabError */.CG(`${origin} ${JSON.stringify(value.slice(0, 80))}: expected id=NAME,env=VAR or id=NAME,src=FILE (got ${JSON.stringify(field.slice(0, 40))})`);
        }
        fields.set(key === 'source' ? 'src' : key, field.slice(eq + 1));
    }
    const id = fields.get('id');
    if (id === undefined)
        throw new errors/* BuildLabError */.CG(`${origin} needs id=NAME, as in id=npm,env=NPM_TOKEN`);
    const type = fields.get('type');
    const env = fields.get('env');
    const src = fields.get('src');
    if (type !== undefined && type !== 'env' && type !== 'file') {
        throw new errors/* BuildLabError */.CG(`${origin}: type must be env or file (got ${JSON.stringify(type.slice(0, 40))})`);
    }
    if ((env === undefined) === (src === undefined)) {
        throw new errors/* BuildLabError */.CG(`${origin} id=${checkId(id, origin)}: give exactly one source, env=VAR or src=FILE`);
    }
    if (env !== undefined) {
        if (type === 'file')
            throw new errors/* BuildLabError */.CG(`${origin} id=${id}: type=file takes src=FILE, not env=`);
        return { id: checkId(id, origin), from: 'env', source: checkEnv(env, origin) };
    }
    if (type === 'env')
        throw new errors/* BuildLabError */.CG(`${origin} id=${id}: type=env takes env=VAR, not src=`);
    return { id: checkId(id, origin), from: 'file', source: checkPath(src ?? '', origin) };
}
/** `id=rest` lines of an action input (blank lines and `#` comments skipped), split at the first `=`. */
function parseIdLines(input, origin) {
    const out = [];
    input.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            return;
        const eq = line.indexOf('=');
        if (eq <= 0) {
            throw new BuildLabError(`${origin} line ${i + 1} has no "=": write it as id=...`);
        }
        out.push({ id: checkId(line.slice(0, eq).trim(), `${origin} line ${i + 1}`), rest: line.slice(eq + 1) });
    });
    return out;
}
/** The action's `secret-envs` (`id=ENV`) and `secret-files` (`id=path`) inputs. */
function parseSecretInputs(envs, files) {
    return [
        ...parseIdLines(envs, 'input secret-envs').map(({ id, rest }) => ({
            id,
            from: 'env',
            source: checkEnv(rest.trim(), 'input secret-envs')
        })),
        ...parseIdLines(files, 'input secret-files').map(({ id, rest }) => ({
            id,
            from: 'file',
            source: checkPath(rest.trim(), 'input secret-files')
        }))
    ];
}
/** Rejects two secrets with one id, which buildx would silently resolve to one of them. */
function checkUniqueSecretIds(ids) {
    const seen = new Set();
    for (const id of ids) {
        if (seen.has(id))
            throw new errors/* BuildLabError */.CG(`secret id ${id} is given twice: give each secret one source`);
        seen.add(id);
    }
}

// EXTERNAL MODULE: ./src/core/log-safety.ts
var log_safety = __webpack_require__(276);
// EXTERNAL MODULE: ./src/buildkit/args.ts
var buildkit_args = __webpack_require__(1615);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/flags.ts
// Small validators for CLI flag values; each failure is a one-line usage error (exit 2).






/**
 * node:util parseArgs as every command calls it: strict, with positionals. Its errors (code
 * ERR_PARSE_ARGS_*) become one usage line in main.ts.
 */
function parseCommandLine(config) {
    return (0,external_node_util_.parseArgs)({ args: config.args, options: config.options, allowPositionals: true, strict: true });
}
function oneOf(value, allowed, flag) {
    const found = allowed.find(a => a === value);
    if (found === undefined) {
        throw new errors/* BuildLabError */.CG(`${flag} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
    }
    return found;
}
function singlePositional(positionals, name, usage) {
    if (positionals.length === 0)
        throw new errors/* BuildLabError */.CG(`missing <${name}>\n${usage}`);
    if (positionals.length > 1) {
        throw new errors/* BuildLabError */.CG(`expected one <${name}>, got ${positionals.length}: ${positionals.join(' ')}\n${usage}`);
    }
    return positionals[0];
}
/** The one positional when given, else null (the caller's default applies); more than one is a usage error. */
function optionalPositional(positionals, name, usage) {
    return positionals.length === 0 ? null : singlePositional(positionals, name, usage);
}
/** The flags that say what to build, shared by every command that builds (node:util parseArgs options). */
const BUILD_OPTIONS = {
    file: { type: 'string', short: 'f' },
    target: { type: 'string' },
    'build-arg': { type: 'string', multiple: true },
    network: { type: 'string' },
    platform: { type: 'string', multiple: true },
    secret: { type: 'string', multiple: true },
    'secret-build-arg': { type: 'string', multiple: true },
    builder: { type: 'string' }
};
/** Validates the BUILD_OPTIONS values; `--platform` may repeat and may hold comma-separated lists. */
function buildFlags(values) {
    const secrets = (values.secret ?? []).map(s => parseSecretFlag(s));
    checkUniqueSecretIds(secrets.map(s => s.id));
    return {
        file: values.file === undefined ? null : (0,log_safety/* requireOneLine */.E)(values.file, '-f / --file'),
        target: values.target === undefined ? null : (0,log_safety/* requireOneLine */.E)(values.target, '--target'),
        buildArgs: (0,args/* parseBuildArgs */.NQ)(values['build-arg'] ?? [], '--build-arg'),
        platforms: (values.platform ?? [])
            .map(p => (0,log_safety/* requireOneLine */.E)(p, '--platform'))
            .flatMap(p => p.split(','))
            .map(p => p.trim())
            .filter(p => p !== ''),
        network: oneOf(values.network ?? 'default', ['none', 'host', 'default'], '--network'),
        secrets,
        secretBuildArgs: (0,args/* parseSecretArgNames */.IJ)(values['secret-build-arg'] ?? [], '--secret-build-arg'),
        builder: (0,buildkit_args/* builderName */.b8)(values.builder, '--builder')
    };
}


/***/ }),

/***/ 6039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ isSecretArg),
/* harmony export */   IJ: () => (/* binding */ parseSecretArgNames),
/* harmony export */   NQ: () => (/* binding */ parseBuildArgs),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   l8: () => (/* binding */ displayBuildArg)
/* harmony export */ });
/* unused harmony export splitLines */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Build-arg parsing and the rule for which values must never be printed.

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const SECRET_WORDS = new Set([
    'TOKEN',
    'PASSWORD',
    'PASSWD',
    'SECRET',
    'SECRETS',
    'KEY',
    'APIKEY',
    'ACCESSKEY',
    'PRIVATEKEY',
    'CREDENTIAL',
    'CREDENTIALS',
    'CREDS',
    'AUTHTOKEN',
    'PAT'
]);
// Words that make a name public though it holds a secret word: GPG_KEY is a fingerprint, TOKEN_URL an address.
const NOT_SECRET_WORDS = new Set([
    'PUBLIC',
    'PUB',
    'GPG',
    'PGP',
    'FINGERPRINT',
    'ID',
    'FILE',
    'PATH',
    'URL',
    'URI',
    'SERVER',
    'NAME',
    'DIR',
    'TYPE',
    'SIZE',
    'LENGTH',
    'ALGORITHM',
    'HEADER',
    'ENDPOINT',
    'KEYRING',
    'VERSION'
]);
// A word that glues a secret word to another (NPMTOKEN, DBPASSWORD); KEY is left out, or MONKEY would be secret.
const SECRET_SUFFIX = /(TOKEN|PASSWORD|PASSWD|SECRET)$/;
/**
 * The one rule for names that hold secrets (NPM_TOKEN, dbPassword, API_KEY, NPMTOKEN; not GPG_KEY, KEY_URL,
 * MONKEY): their values are never printed, and lint asks to pass them as BuildKit secrets.
 */
function isSecretName(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toUpperCase()
        .split(/[_\-.]+/)
        .filter(w => w !== '');
    if (words.some(w => NOT_SECRET_WORDS.has(w)))
        return false;
    return words.some(w => SECRET_WORDS.has(w) || SECRET_SUFFIX.test(w));
}
/** Parses `NAME=value` entries (value may be empty or contain `=`). Blank lines and `#` comments are skipped. */
function parseBuildArgs(entries, origin = 'build-arg') {
    const args = [];
    for (const raw of entries) {
        const entry = raw.replace(/\r$/, '');
        if (entry.trim() === '' || entry.trimStart().startsWith('#'))
            continue;
        const eq = entry.indexOf('=');
        if (eq <= 0) {
            const name = entry.trim();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${origin} ${JSON.stringify(isSecretName(name) ? '<redacted>' : name)} has no "=": write it as NAME=value (use NAME= for an empty value)`);
        }
        const name = entry.slice(0, eq).trim();
        if (!NAME_PATTERN.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${origin} name ${JSON.stringify(name)} is not valid: use letters, digits and underscores, as in NAME=value`);
        }
        args.push({ name, value: entry.slice(eq + 1) });
    }
    return args;
}
/** Splits a newline-separated action input into entries. */
function splitLines(input) {
    return input.split('\n');
}
/** Whether a build-arg's value is secret: its name looks it, or `secret-build-args` / `--secret-build-arg` names it. */
function isSecretArg(name, secretNames = []) {
    return isSecretName(name) || secretNames.includes(name);
}
/** `NAME=value`, or `NAME=***` when the value is secret. */
function displayBuildArg(arg, secretNames = []) {
    return `${arg.name}=${isSecretArg(arg.name, secretNames) ? '***' : arg.value}`;
}
/** The build-arg values that must never be output. */
function secretValues(args, secretNames = []) {
    return args.filter(a => isSecretArg(a.name, secretNames) && a.value !== '').map(a => a.value);
}
/** Checks `secret-build-args` / `--secret-build-arg` names: each must be a valid build-arg name. */
function parseSecretArgNames(entries, origin) {
    return entries
        .map(e => e.replace(/\r$/, '').trim())
        .filter(e => e !== '' && !e.startsWith('#'))
        .map(name => {
        if (!NAME_PATTERN.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${origin} ${JSON.stringify(name.slice(0, 64))} is not a build-arg name: give the NAME of a NAME=value build-arg`);
        }
        return name;
    });
}


/***/ }),

/***/ 41:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bK: () => (/* binding */ toRegex),
/* harmony export */   no: () => (/* binding */ DockerignoreMatcher),
/* harmony export */   ts: () => (/* binding */ cleanPath)
/* harmony export */ });
/* unused harmony export parseDockerignore */
// .dockerignore matching with the semantics of moby/patternmatcher: last match wins, `!` re-includes.
function cleanPath(path) {
    const parts = [];
    for (const part of path.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return parts.join('/');
}
const REGEX_SPECIAL = /[.+()|{}^$]/;
/** A glob as a whole-path regex: `**` any depth, `*` and `?` within one segment, `[...]` classes. */
function toRegex(pattern) {
    let out = '^';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*') {
            if (pattern[i + 1] === '*') {
                i++;
                if (pattern[i + 1] === '/')
                    i++;
                out += i + 1 >= pattern.length ? '.*' : '(.*/)?';
            }
            else {
                out += '[^/]*';
            }
        }
        else if (ch === '?') {
            out += '[^/]';
        }
        else if (ch === '\\') {
            const next = pattern[i + 1];
            if (next !== undefined) {
                out += next.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
                i++;
            }
            else {
                out += '\\\\';
            }
        }
        else if (ch === '[') {
            const close = pattern.indexOf(']', i + 2);
            if (close === -1) {
                out += '\\[';
            }
            else {
                let cls = pattern.slice(i + 1, close);
                if (cls.startsWith('!'))
                    cls = '^' + cls.slice(1);
                out += `[${cls.replace(/\\/g, '\\\\')}]`;
                i = close;
            }
        }
        else if (REGEX_SPECIAL.test(ch)) {
            out += '\\' + ch;
        }
        else {
            out += ch;
        }
    }
    return new RegExp(out + '$');
}
/** Parses the text of a .dockerignore file. */
function parseDockerignore(text) {
    const patterns = [];
    for (const raw of text.split(/\r?\n/)) {
        let line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const exclusion = line.startsWith('!');
        if (exclusion)
            line = line.slice(1).trim();
        const cleaned = cleanPath(line);
        if (cleaned === '')
            continue;
        try {
            patterns.push({ regex: toRegex(cleaned), exclusion });
        }
        catch {
            // An unparseable pattern matches nothing, as BuildKit would reject the build with its own error.
        }
    }
    return patterns;
}
class DockerignoreMatcher {
    patterns;
    constructor(text) {
        this.patterns = text === null ? [] : parseDockerignore(text);
    }
    /** True when some `!` pattern could re-include files below an excluded directory. */
    get hasExclusions() {
        return this.patterns.some(p => p.exclusion);
    }
    /** Whether a context-relative path (forward slashes) is left out of the build context. */
    ignores(path) {
        const file = cleanPath(path);
        if (file === '')
            return false;
        const parents = [];
        const parts = file.split('/');
        for (let i = 1; i < parts.length; i++)
            parents.push(parts.slice(0, i).join('/'));
        let matched = false;
        for (const p of this.patterns) {
            if (p.exclusion === matched) {
                // Only a pattern that can flip the current state is worth testing.
                if (p.regex.test(file) || parents.some(dir => p.regex.test(dir)))
                    matched = !p.exclusion;
            }
        }
        return matched;
    }
}


/***/ }),

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yg: () => (/* binding */ NAMES_ONLY),
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_CHARS, secretNeedles */
/* harmony import */ var _build_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6039);
// The one redaction step: secret values and secret-named `NAME=value` pairs become `***` before anything is output.

const REDACTED = '***';
/** Shorter values are not replaced inside other text: a 1-3 character "secret" would blank out digests and counts. */
const MIN_SECRET_CHARS = 4;
/** How long a cut-off piece of a secret must be to be recognised at the start of a log tail. */
const MIN_TAIL_CHARS = 3;
/**
 * The strings to look for: each value, its trimmed form (a secret file usually ends in a newline) and,
 * for multi-line values such as keys, each line. Longest first, so no shorter piece splits a longer one.
 */
function secretNeedles(values) {
    const needles = new Set();
    for (const value of values) {
        for (const candidate of [value, value.trim(), ...value.split(/\r?\n/).map(l => l.trim())]) {
            if (candidate.length >= MIN_SECRET_CHARS)
                needles.add(candidate);
        }
    }
    return [...needles].sort((a, b) => b.length - a.length);
}
// BuildKit writes the build args a RUN sees before its command, unquoted: `RUN |2 A=1 NPM_TOKEN=abc /bin/sh -c ...`.
const HISTORY_ARGS = /(^|\s)\|(\d{1,3}) /g;
function redactHistoryArgs(text, secretName) {
    const re = new RegExp(HISTORY_ARGS);
    let out = '';
    let last = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        let at = m.index + m[0].length;
        out += text.slice(last, at);
        for (let i = 0; i < Number(m[2]); i++) {
            const end = text.indexOf(' ', at);
            const stop = end === -1 ? text.length : end;
            const word = text.slice(at, stop);
            const eq = word.indexOf('=');
            if (eq <= 0)
                break;
            const name = word.slice(0, eq);
            out += secretName(name) ? `${name}=${REDACTED}` : word;
            at = stop;
            if (end === -1 || i === Number(m[2]) - 1)
                break;
            out += ' ';
            at += 1;
        }
        last = at;
        re.lastIndex = at;
    }
    return out + text.slice(last);
}
function replaceAll(text, needle) {
    return text.includes(needle) ? text.split(needle).join(REDACTED) : text;
}
/**
 * A log tail can begin in the middle of a secret: the longest piece of one (3 characters or more) that the
 * text starts with is redacted too. Only the places where the text's first character occurs are tried.
 */
function redactCutStart(text, needles) {
    if (text === '')
        return text;
    for (const needle of needles) {
        const last = needle.length - MIN_TAIL_CHARS;
        // A piece longer than the text can't be all of it: start where the rest of the needle fits.
        const first = Math.max(1, needle.length - text.length);
        for (let i = needle.indexOf(text[0], first); i !== -1 && i <= last; i = needle.indexOf(text[0], i + 1)) {
            if (text.startsWith(needle.slice(i)))
                return REDACTED + text.slice(needle.length - i);
        }
    }
    return text;
}
function isPlainObject(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
/** Makes the redactor for one invocation. */
function createRedactor(rules) {
    const needles = secretNeedles(rules.values);
    const secretName = (name) => (0,_build_args_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretArg */ .Hm)(name, rules.names);
    const text = (value) => {
        let out = value.includes('|') ? redactHistoryArgs(value, secretName) : value;
        for (const needle of needles)
            out = replaceAll(out, needle);
        return out;
    };
    const tail = (value) => redactCutStart(text(value), needles);
    const walk = (value, key) => {
        if (typeof value === 'string') {
            return key === 'log' || key === 'errorLog' || key === 'otherText' ? tail(value) : text(value);
        }
        if (Array.isArray(value))
            return value.map(v => walk(v, null));
        if (!isPlainObject(value))
            return value;
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = walk(v, k);
        // A field change whose two sides differ only in a secret must still read as a change.
        if (typeof value.a === 'string' &&
            typeof value.b === 'string' &&
            value.a !== value.b &&
            out.a === out.b &&
            typeof out.b === 'string') {
            out.b = `${out.b} (a redacted value differs)`;
        }
        return out;
    };
    return {
        text,
        tail,
        // The walk keeps the shape of JSON-like data; only string contents change.
        data: (value) => walk(value, null)
    };
}
/** For images whose build's secret values are unknown here (`build-lab diff`, compare mode): secret-looking names only. */
const NAMES_ONLY = createRedactor({ values: [], names: [] });


/***/ })

};
