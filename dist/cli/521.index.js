export const id = 521;
export const ids = [521];
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

/***/ 6883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LINT_USAGE: () => (/* binding */ LINT_USAGE),
  lintCommand: () => (/* binding */ lintCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/build/args.ts
var args = __webpack_require__(6039);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/lint/index.ts + 13 modules
var lint = __webpack_require__(2880);
// EXTERNAL MODULE: ./src/buildkit/engine.ts + 2 modules
var engine = __webpack_require__(7396);
;// CONCATENATED MODULE: ./src/buildkit/build-checks.ts
// Runs BuildKit's own build checks (`docker buildx build --call=check,format=json`) and reads their findings.



/** The check reads only the Dockerfile, .dockerignore and base image metadata: a few seconds at most. */
const CHECK_TIMEOUT_MS = 60_000;
/**
 * BuildKit's findings for one Dockerfile, or a one-line note saying why there are none. Never throws:
 * an engine that is missing, too old (buildx < 0.15 has no --call) or unreachable gives a note.
 */
async function runBuildkitChecks(context, dockerfile, file, buildArgs) {
    const args = ['buildx', 'build', '--call=check,format=json', '--progress=quiet', '-f', dockerfile];
    for (const [name, value] of Object.entries(buildArgs))
        args.push('--build-arg', `${name}=${value}`);
    args.push(context);
    const out = await (0,engine/* capture */.Fg)(args, CHECK_TIMEOUT_MS);
    if (/unknown flag: --call|unknown flag: --check/.test(out.stderr)) {
        return {
            findings: [],
            note: "BuildKit's checks skipped: they need buildx 0.15 or later (`--call=check`)"
        };
    }
    const json = out.stdout.trim();
    if (!json.startsWith('{')) {
        const reason = out.stderr
            .split('\n')
            .find(l => /error|cannot|not found/i.test(l))
            ?.trim() ?? `exit ${out.exitCode}`;
        return { findings: [], note: `BuildKit's checks skipped: ${reason.replace(/[^\x20-\x7e]/g, '?')}` };
    }
    try {
        return (0,lint/* parseBuildkitChecks */.ti)(json, file);
    }
    catch (error) {
        return {
            findings: [],
            note: `BuildKit's checks skipped: their output is not the expected JSON (${(0,errors/* errorMessage */.gJ)(error)})`
        };
    }
}

// EXTERNAL MODULE: ./src/context/context-files.ts
var context_files = __webpack_require__(1210);
;// CONCATENATED MODULE: ./src/context/context-info.ts
// Measures a build context for the linter: its top-level entries with sizes, and what the build sends.



async function treeSize(p) {
    const st = await external_node_fs_.promises.lstat(p);
    if (!st.isDirectory())
        return st.size;
    let total = 0;
    const pending = [p];
    while (pending.length > 0) {
        const dir = pending.pop();
        for (const d of await external_node_fs_.promises.readdir(dir, { withFileTypes: true })) {
            const child = external_node_path_.join(dir, d.name);
            if (d.isDirectory())
                pending.push(child);
            else
                total += (await external_node_fs_.promises.lstat(child)).size;
        }
    }
    return total;
}
/** Manifests the rules read (BL010: does package.json declare devDependencies?), when small enough. */
const MANIFESTS = ['package.json'];
const MAX_MANIFEST_BYTES = 1_048_576;
async function describeContext(context, dockerfile) {
    const dockerignore = await (0,context_files/* readDockerignore */.$k)(context, dockerfile);
    const top = await external_node_fs_.promises.readdir(context, { withFileTypes: true });
    const entries = [];
    for (const d of top) {
        entries.push({
            path: d.isDirectory() ? `${d.name}/` : d.name,
            size: await treeSize(external_node_path_.join(context, d.name))
        });
    }
    const sent = await (0,context_files/* listContext */.Yr)(context, dockerignore);
    const files = {};
    for (const name of MANIFESTS) {
        try {
            const st = await external_node_fs_.promises.stat(external_node_path_.join(context, name));
            if (st.isFile() && st.size <= MAX_MANIFEST_BYTES)
                files[name] = await external_node_fs_.promises.readFile(external_node_path_.join(context, name), 'utf8');
        }
        catch {
            // not there
        }
    }
    return {
        files,
        hasDockerignore: dockerignore !== null,
        ...(dockerignore !== null ? { dockerignore } : {}),
        entries,
        totalBytes: sent.reduce((sum, e) => sum + e.size, 0)
    };
}

// EXTERNAL MODULE: ./src/context/dockerfile-path.ts
var dockerfile_path = __webpack_require__(1069);
;// CONCATENATED MODULE: ./src/context/lint-config.ts
// Finds and reads the lint config: --config, else .build-lab.yml in the context, else in the working directory.




const LINT_CONFIG = '.build-lab.yml';
/** `--config FILE` (must exist), else .build-lab.yml in the context, else in the working directory. */
async function loadLintConfig(file, context) {
    const candidates = file ? [file] : [...new Set([external_node_path_.join(context, LINT_CONFIG), LINT_CONFIG])];
    for (const candidate of candidates) {
        let text;
        try {
            text = await external_node_fs_.promises.readFile(candidate, 'utf8');
        }
        catch {
            if (file)
                throw new errors/* BuildLabError */.CG(`config ${JSON.stringify(file)} not found: check the --config path`);
            continue;
        }
        return (0,lint/* parseLintConfig */.rS)(text, candidate);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/cli/flags.ts + 1 modules
var flags = __webpack_require__(3124);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/cli/lint-command.ts
// `build-lab lint`: Dockerfile findings for cache efficiency and reproducibility; exit 1 at the fail level.











const LINT_USAGE = 'usage: build-lab lint [<context>] [-f Dockerfile] [--build-arg K=V]... [--format text|json|sarif] [--output FILE] [--fail-level error|warning|info] [--config .build-lab.yml] [--buildkit | --no-buildkit]';
async function lintCommand(argv, io) {
    const { values, positionals } = (0,flags/* parseCommandLine */.Du)({
        args: argv,
        options: {
            file: { type: 'string', short: 'f' },
            'build-arg': { type: 'string', multiple: true },
            format: { type: 'string' },
            output: { type: 'string', short: 'o' },
            'fail-level': { type: 'string' },
            config: { type: 'string' },
            buildkit: { type: 'boolean' },
            'no-buildkit': { type: 'boolean' }
        }
    });
    if (positionals.length > 1)
        throw new errors/* BuildLabError */.CG(`expected at most one <context>\n${LINT_USAGE}`);
    const format = (0,flags/* oneOf */.yL)(values.format ?? 'text', ['text', 'json', 'sarif'], '--format');
    const context = positionals[0] ?? '.';
    const dockerfile = await (0,dockerfile_path/* findDockerfile */.m)(context, values.file);
    if (dockerfile === null) {
        throw new errors/* BuildLabError */.CG(`Dockerfile ${JSON.stringify(values.file ?? external_node_path_.join(context, 'Dockerfile'))} not found: pass -f with its path, or the context that holds it`);
    }
    const text = await external_node_fs_.promises.readFile(dockerfile, 'utf8');
    let info;
    try {
        info = await describeContext(context, dockerfile);
    }
    catch {
        throw new errors/* BuildLabError */.CG(`build context ${JSON.stringify(context)} is not a readable directory`);
    }
    const config = await loadLintConfig(values.config, context);
    const failLevel = (0,flags/* oneOf */.yL)(values['fail-level'] ?? config?.failLevel ?? 'error', ['error', 'warning', 'info'], '--fail-level');
    const buildArgs = Object.fromEntries((0,args/* parseBuildArgs */.NQ)(values['build-arg'] ?? [], '--build-arg').map(a => [a.name, a.value]));
    const file = external_node_path_.relative(process.cwd(), dockerfile) || dockerfile;
    // Off unless asked: lint stays fast, offline and the same with or without an engine.
    const useBuildkit = values['no-buildkit'] ? false : (values.buildkit ?? config?.buildkit ?? false);
    let buildkit = [];
    if (useBuildkit) {
        const checks = await runBuildkitChecks(context, dockerfile, file, buildArgs);
        buildkit = checks.findings;
        if (checks.note !== undefined)
            io.stderr(`${checks.note}\n`);
    }
    const findings = (0,lint/* lintDockerfile */.cy)({
        file,
        text,
        context: info,
        buildArgs,
        buildkit,
        ...(config ? { config } : {})
    });
    const out = format === 'json'
        ? JSON.stringify({ findings }, null, 2) + '\n'
        : format === 'sarif'
            ? JSON.stringify((0,lint/* renderSarif */.WH)(findings, version/* VERSION */.x), null, 2) + '\n'
            : (0,lint/* renderLintText */.PC)(findings);
    if (values.output)
        await external_node_fs_.promises.writeFile(values.output, out);
    else
        io.stdout(out);
    return (0,lint/* failsAt */.ZN)(findings, failLevel) ? errors/* ExitCode */.yU.CheckFailed : errors/* ExitCode */.yU.Pass;
}


/***/ }),

/***/ 1210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ readDockerignore),
/* harmony export */   Yr: () => (/* binding */ listContext),
/* harmony export */   s0: () => (/* binding */ pathExists)
/* harmony export */ });
/* unused harmony export kindOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_context_dockerignore_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41);
// Lists a build context as BuildKit would send it: .dockerignore applied, symlinks not followed.



/** What kind of context entry a stat describes; null for none that BuildKit sends. */
function kindOf(st) {
    if (st.isDirectory())
        return 'dir';
    if (st.isFile())
        return 'file';
    if (st.isSymbolicLink())
        return 'symlink';
    if (st.isFIFO())
        return 'fifo';
    if (st.isSocket())
        return 'socket';
    if (st.isCharacterDevice())
        return 'char';
    if (st.isBlockDevice())
        return 'block';
    return null;
}
function entryOf(rel, st, kind) {
    return {
        rel,
        kind,
        mtimeSec: Math.floor(st.mtimeMs / 1000),
        size: kind === 'dir' ? 0 : st.size,
        mode: st.mode & 0o7777,
        uid: st.uid,
        gid: st.gid,
        inode: kind === 'file' && st.nlink > 1 ? `${st.dev}:${st.ino}` : null,
        rdev: kind === 'char' || kind === 'block' ? st.rdev : 0
    };
}
/** Whether something exists at `p` (a dangling symlink counts). */
async function pathExists(p) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p);
        return true;
    }
    catch {
        return false;
    }
}
/** The .dockerignore BuildKit uses: `<Dockerfile>.dockerignore` first, then the context's. */
async function readDockerignore(context, dockerfile) {
    const candidates = [
        ...(dockerfile ? [`${dockerfile}.dockerignore`] : []),
        node_path__WEBPACK_IMPORTED_MODULE_1__.join(context, '.dockerignore')
    ];
    for (const file of candidates) {
        try {
            return await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
        }
        catch {
            // try the next one
        }
    }
    return null;
}
/** Every entry of the context that the build can see (directories, files, links, special files), sorted by path. */
async function listContext(context, dockerignore) {
    const matcher = new _core_context_dockerignore_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerignoreMatcher */ .no(dockerignore);
    const entries = [];
    const pending = [''];
    while (pending.length > 0) {
        const dir = pending.pop();
        const listing = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(node_path__WEBPACK_IMPORTED_MODULE_1__.join(context, dir), { withFileTypes: true });
        for (const d of listing) {
            const rel = dir === '' ? d.name : `${dir}/${d.name}`;
            const keep = rel === '.dockerignore' || !matcher.ignores(rel);
            if (d.isDirectory()) {
                // An excluded directory may still hold re-included files when there are `!` patterns.
                if (!keep && !matcher.hasExclusions)
                    continue;
                if (keep)
                    entries.push(entryOf(rel, await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(context, rel)), 'dir'));
                pending.push(rel);
            }
            else if (keep) {
                const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(context, rel));
                const kind = kindOf(st);
                if (kind !== null && kind !== 'dir')
                    entries.push(entryOf(rel, st, kind));
            }
        }
    }
    return entries.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}


/***/ }),

/***/ 1069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ findDockerfile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The Dockerfile of a build: -f when given, else `Dockerfile` in the context, else `dockerfile`, as buildx picks it.


async function isFile(p) {
    try {
        return (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(p)).isFile();
    }
    catch {
        return false;
    }
}
/**
 * The path of the Dockerfile to build, or null when there is none. Without `file`, buildx builds
 * `<context>/Dockerfile` and, when that does not exist, `<context>/dockerfile` (checked on buildx 0.29:
 * with both present, `Dockerfile` wins).
 */
async function findDockerfile(context, file) {
    if (file)
        return (await isFile(file)) ? file : null;
    for (const name of ['Dockerfile', 'dockerfile']) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(context, name);
        // On a case-insensitive filesystem both names find the same file; keep the one BuildKit would name.
        if (await isFile(candidate))
            return candidate;
    }
    return null;
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

/***/ 2715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ copyOperands),
/* harmony export */   Vo: () => (/* binding */ expandWord),
/* harmony export */   Vx: () => (/* binding */ isRemote),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   n_: () => (/* binding */ readDockerfile),
/* harmony export */   on: () => (/* binding */ globalArgValues),
/* harmony export */   y6: () => (/* binding */ flagValue)
/* harmony export */ });
/* unused harmony export MAX_DOCKERFILE_CHARS */
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
// Reads Dockerfile text into stages and instructions (on dockerfile-ast), as BuildKit's parser splits them.

/** Text past this size is not parsed (the parser's time grows with it); `Dockerfile.error` says so. */
const MAX_DOCKERFILE_CHARS = 1024 * 1024;
/** Reads the text; never throws. */
function readDockerfile(text) {
    const out = {
        escape: '\\',
        syntax: null,
        instructions: [],
        stages: [],
        globalArgs: [],
        error: null
    };
    if (text.length > MAX_DOCKERFILE_CHARS) {
        out.error = `the Dockerfile is larger than ${MAX_DOCKERFILE_CHARS / 1024 / 1024} MiB`;
        return out;
    }
    let parsed;
    try {
        // BuildKit reads CRLF files as LF ones.
        const normal = text.replace(/\r\n/g, '\n');
        parsed = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(normal);
        out.escape = parsed.getEscapeCharacter();
        out.syntax =
            parsed
                .getDirectives()
                .find(d => d.getName().toLowerCase() === 'syntax')
                ?.getValue() ?? null;
        const lines = normal.split('\n');
        const span = spanOf(text, normal);
        for (const ast of parsed.getInstructions()) {
            const keyword = ast.getKeyword().toUpperCase();
            const stage = keyword === 'FROM' ? out.stages.length : out.stages.length - 1;
            const instruction = toInstruction(ast, keyword, stage, lines, span);
            out.instructions.push(instruction);
            if (keyword === 'FROM') {
                out.stages.push(toStage(instruction));
            }
            else if (stage >= 0) {
                out.stages[stage].instructions.push(instruction);
            }
            else if (keyword === 'ARG') {
                out.globalArgs.push(...instruction.variables);
            }
        }
    }
    catch (error) {
        return {
            ...out,
            instructions: [],
            stages: [],
            globalArgs: [],
            error: `the parser failed: ${String(error)}`
        };
    }
    return out;
}
/**
 * Turns the parser's positions (line and character in the LF text) into offsets in the text as
 * given: each CR of a CRLF that the reading dropped is counted back in.
 */
function spanOf(original, normal) {
    const starts = [0];
    for (let i = 0; i < normal.length; i++) {
        const c = normal.charCodeAt(i);
        if (c === 10 || (c === 13 && normal.charCodeAt(i + 1) !== 10))
            starts.push(i + 1);
    }
    // Normalised offsets of the LFs that had a CR before them.
    const dropped = [];
    for (let i = 0, k = 0; i < original.length; i++) {
        if (original.charCodeAt(i) === 13 && original.charCodeAt(i + 1) === 10)
            dropped.push(i - k++);
    }
    const back = (n) => {
        let lo = 0;
        let hi = dropped.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (dropped[mid] < n)
                lo = mid + 1;
            else
                hi = mid;
        }
        return n + lo;
    };
    const at = (line, character) => back(Math.min(normal.length, (starts[line] ?? normal.length) + character));
    return range => ({
        start: at(range.start.line, range.start.character),
        end: at(range.end.line, range.end.character)
    });
}
function toInstruction(ast, keyword, stage, lines, span) {
    const range = ast.getRange();
    const line = range.start.line + 1;
    const content = ast.getArgumentsContent() ?? '';
    return {
        keyword,
        word: ast.getInstruction(),
        line,
        endLine: range.end.line + 1,
        flags: ast instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.ModifiableInstruction
            ? ast.getFlags().map(f => {
                const valueRange = f.getValueRange();
                return {
                    name: f.getName(),
                    value: f.getValue(),
                    valueSpan: valueRange === null ? null : span(valueRange)
                };
            })
            : [],
        args: ast.getArguments().map(a => a.getValue()),
        argSpans: ast.getArguments().map(a => span(a.getRange())),
        content,
        json: jsonForm(content),
        heredocs: ast instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Run || ast instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.Copy ? ast.getHeredocs().map(h => toHeredoc(h, lines)) : [],
        variables: keyword === 'ARG' || keyword === 'ENV' ? variables(ast, line, span) : [],
        stage
    };
}
function toHeredoc(heredoc, lines) {
    const start = heredoc.getStartRange();
    const operator = (lines[start.start.line] ?? '').slice(start.start.character, start.end.character);
    const stripTabs = operator.startsWith('<<-');
    const content = heredoc.getContentRange();
    let body = [];
    if (content !== null) {
        body = lines.slice(content.start.line, content.end.line + 1);
        if (body.length > 0) {
            const last = body.length - 1;
            body[last] = body[last].slice(0, content.end.line === content.start.line ? undefined : content.end.character);
            body[0] = body[0].slice(content.start.character);
        }
    }
    const terminated = heredoc.getDelimiterRange() !== null;
    if (!terminated && body.at(-1) === '')
        body.pop();
    return {
        name: heredoc.getName(),
        stripTabs,
        quoted: /["']/.test(operator),
        body: (stripTabs ? body.map(b => b.replace(/^\t+/, '')) : body).join('\n'),
        terminated
    };
}
function toStage(from) {
    const named = from.args.length === 3 && from.args[1].toUpperCase() === 'AS';
    const platform = from.flags.find(f => f.name.toLowerCase() === 'platform');
    return {
        index: from.stage,
        name: named ? from.args[2].toLowerCase() : null,
        image: from.args[0] ?? '',
        platform: platform?.value ?? null,
        line: from.line,
        from,
        instructions: []
    };
}
function variables(ast, line, span) {
    if (!(ast instanceof dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.PropertyInstruction))
        return [];
    return ast.getProperties().map(p => {
        const valueRange = p.getValueRange();
        return {
            name: p.getName(),
            value: p.getValue(),
            raw: p.getUnescapedValue(),
            valueSpan: valueRange === null ? null : span(valueRange),
            line
        };
    });
}
function jsonForm(content) {
    const trimmed = content.trim();
    if (!trimmed.startsWith('['))
        return null;
    try {
        const parsed = JSON.parse(trimmed);
        if (Array.isArray(parsed) && parsed.every(p => typeof p === 'string'))
            return parsed;
    }
    catch {
        // BuildKit runs invalid JSON as the shell form.
    }
    return null;
}
/** The value of a flag: undefined when absent, null when given without `=`. */
function flagValue(instruction, name) {
    const flag = instruction.flags.find(f => f.name.toLowerCase() === name);
    return flag === undefined ? undefined : flag.value;
}
/** The command of a RUN: the exec form joined with spaces, the shell form as written. */
function runCommand(instruction) {
    return instruction.json?.join(' ') ?? instruction.content;
}
/** Sources and destination of a COPY/ADD; heredoc sources are left out. */
function copyOperands(instruction) {
    // A heredoc's body follows the first line; the operands are on the first line only.
    const words = instruction.json ??
        (instruction.heredocs.length > 0
            ? (instruction.content.split('\n')[0] ?? '').trim().split(/\s+/)
            : instruction.args);
    const destination = words.at(-1) ?? null;
    const sources = words.slice(0, -1).filter(w => !w.startsWith('<<'));
    return { sources, destination };
}
/** A URL or git address that ADD fetches instead of reading the context. */
function isRemote(source) {
    return /^(https?|git):\/\//i.test(source) || /^git@/i.test(source);
}
/**
 * One word as BuildKit's shell lexer reads it for FROM and ARG: quotes removed (nothing expands inside
 * single quotes), the escape character makes the next character literal, and `$NAME`, `${NAME}`,
 * `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}` expand (an unknown name is empty).
 */
function expandWord(raw, vars, escape = '\\', depth = 0) {
    let out = '';
    let quote = null;
    let i = 0;
    while (i < raw.length) {
        const c = raw[i];
        if (quote === "'") {
            if (c === "'")
                quote = null;
            else
                out += c;
            i++;
        }
        else if (c === escape && i + 1 < raw.length) {
            const next = raw[i + 1];
            // Inside double quotes the escape only protects what the quotes would otherwise read.
            out += quote === '"' && !'"$`\\'.includes(next) && next !== escape ? c + next : next;
            i += 2;
        }
        else if (c === '"' || (c === "'" && quote === null)) {
            quote = quote === c ? null : c;
            i++;
        }
        else if (c === '$') {
            const { value, end } = expansion(raw, i, vars, escape, depth);
            out += value;
            i = end;
        }
        else {
            out += c;
            i++;
        }
    }
    return out;
}
const MAX_NESTING = 16;
function expansion(raw, at, vars, escape, depth) {
    const bare = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(at + 1, at + 1 + 256));
    if (bare !== null)
        return { value: vars.get(bare[0]) ?? '', end: at + 1 + bare[0].length };
    if (raw[at + 1] !== '{')
        return { value: '$', end: at + 1 };
    let close = -1;
    for (let i = at + 2, depth = 0; i < raw.length && close < 0; i++) {
        if (raw[i] === '$' && raw[i + 1] === '{') {
            depth++;
            i++;
        }
        else if (raw[i] === '}') {
            if (depth === 0)
                close = i;
            else
                depth--;
        }
    }
    // Unclosed, or nested past any real use: left as written, so hostile text costs linear time and no deep stack.
    if (close < 0 || depth >= MAX_NESTING)
        return { value: raw.slice(at), end: raw.length };
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])(.*))?$/s.exec(raw.slice(at + 2, close));
    if (m === null)
        return { value: raw.slice(at, close + 1), end: close + 1 };
    const [, name, colon, op, word] = m;
    const value = vars.get(name);
    const unset = value === undefined || (colon === ':' && value === '');
    const expanded = op === undefined
        ? (value ?? '')
        : op === '-'
            ? unset
                ? expandWord(word ?? '', vars, escape, depth + 1)
                : value
            : unset
                ? ''
                : expandWord(word ?? '', vars, escape, depth + 1);
    return { value: expanded, end: close + 1 };
}
/**
 * The global ARG values after build args (which win over defaults, for declared names only), each
 * default expanded with the ARGs before it.
 */
function globalArgValues(dockerfile, buildArgs) {
    const vars = new Map();
    for (const arg of dockerfile.globalArgs) {
        const value = buildArgs.get(arg.name) ?? (arg.raw === null ? undefined : expandWord(arg.raw, vars, dockerfile.escape));
        if (value !== undefined)
            vars.set(arg.name, value);
    }
    return vars;
}


/***/ })

};
