export const id = 139;
export const ids = [139];
export const modules = {

/***/ 1720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ checkoutTimeContext),
/* harmony export */   Qb: () => (/* binding */ startFreshCopy),
/* harmony export */   _$: () => (/* binding */ isolatedBuild)
/* harmony export */ });
/* harmony import */ var _buildkit_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1615);
/* harmony import */ var _run_build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9644);
/* harmony import */ var _context_fresh_checkout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3816);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4888);
// The gate's build path, shared with the lab: the isolated build (--no-cache, fresh-checkout copy, later second) and the checkout-time context.





/**
 * Starts the copy of `context` that an isolated build will build from, without waiting for it: the gate
 * makes it while run 1 builds, since both only read the context. Await `done` before removing `dest`.
 */
function startFreshCopy(request, nowMs) {
    const { context, dest, epoch, dockerfile, exclude } = request;
    const options = { dockerfile, exclude, ...request.mtime };
    return {
        done: (0,_context_fresh_checkout_js__WEBPACK_IMPORTED_MODULE_2__/* .copyAsFreshCheckout */ .cl)(context, dest, epoch, Math.floor(nowMs() / 1000), options).then(stats => ({ stats }), (error) => ({ error }))
    };
}
/**
 * Builds with `--no-cache` and no cache import, so no layer of an earlier build is reused; from a copy
 * whose files carry other mtimes, as a new checkout would; started in a later second than the build
 * before it ended, so an image that embeds the clock cannot match by luck.
 */
async function isolatedBuild(request, deps) {
    let context = request.context;
    let copy = null;
    if (request.copyTo !== null) {
        context = request.copyTo;
        const copying = request.copying ??
            startFreshCopy({
                context: request.context,
                dest: request.copyTo,
                epoch: request.plan.epoch,
                dockerfile: request.dockerfile,
                exclude: request.exclude,
                ...(request.copyMtime ? { mtime: request.copyMtime } : {})
            }, deps.nowMs);
        // The wait for the next second runs alongside the copy: whichever takes longer sets the start.
        const [copied] = await Promise.all([copying.done, waitForNextSecond(request.afterMs, deps)]);
        if ('error' in copied)
            throw copied.error;
        copy = copied.stats;
        (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .throwIfInterrupted */ .sK)(deps.signal);
        deps.info(`run ${request.run} builds from a copy of the context with fresh mtimes (${copy.files} files, mtime ${new Date(copy.mtime * 1000).toISOString()})`);
    }
    // Once more after the copy: a copy that took longer than the wait leaves nothing to wait for.
    await waitForNextSecond(request.afterMs, deps);
    const args = (0,_buildkit_args_js__WEBPACK_IMPORTED_MODULE_0__/* .buildxArgs */ .w$)(request.plan, {
        context,
        outputDir: request.outputDir,
        metadataFile: request.metadataFile,
        noCache: true,
        cacheFrom: [],
        cacheTo: []
    });
    deps.info(`docker ${(0,_buildkit_args_js__WEBPACK_IMPORTED_MODULE_0__/* .displayArgs */ .st)(args, request.isSecret).join(' ')}`);
    const attempt = await (0,_run_build_js__WEBPACK_IMPORTED_MODULE_1__/* .runBuildRetrying */ .e)(request.run, args, { metadataFile: request.metadataFile, outputDir: request.outputDir }, {
        engine: deps.engine,
        nowMs: deps.nowMs,
        onStep: deps.onStep,
        onRetry: deps.onRetry,
        signal: deps.signal
    });
    return { record: attempt.record, failure: attempt.failure, attempts: attempt.attempts, args, copy };
}
/** Sleeps until the wall-clock second after `afterMs`; returns at once when it has begun. */
async function waitForNextSecond(afterMs, deps) {
    const ms = (0,_core_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .msUntilNextSecond */ .Eo)(afterMs, deps.nowMs());
    if (ms > 0)
        await deps.sleep(ms);
}
/**
 * The context to build "as it is": `context` itself, or, when some of its entries are older than the
 * epoch, a copy in `dest` with checkout-time mtimes. rewrite-timestamp clamps only mtimes later than the
 * epoch, so a working tree older than the commit (the usual state of a developer's clone) would keep
 * those mtimes in COPY layers, while every fresh checkout is clamped.
 */
async function checkoutTimeContext(request, deps) {
    const { context, dockerfile, epoch, exclude, dest } = request;
    const older = await (0,_context_fresh_checkout_js__WEBPACK_IMPORTED_MODULE_2__/* .countOlderThan */ .fP)(context, epoch, dockerfile);
    if (older === 0)
        return context;
    const nowSec = Math.floor(deps.nowMs() / 1000);
    await (0,_context_fresh_checkout_js__WEBPACK_IMPORTED_MODULE_2__/* .copyAsFreshCheckout */ .cl)(context, dest, epoch, nowSec, {
        dockerfile,
        mtime: Math.max(nowSec, epoch + 1),
        exclude
    });
    (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .throwIfInterrupted */ .sK)(deps.signal);
    deps.info(`${older} entries of the context are older than the epoch, which no fresh checkout is: ${request.builder} builds from a copy with checkout-time mtimes`);
    return dest;
}


/***/ }),

/***/ 2465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iu: () => (/* binding */ buildEpoch),
  UO: () => (/* binding */ builderLine),
  mr: () => (/* binding */ fitEngine)
});

// EXTERNAL MODULE: ./src/core/buildkit/engine-check.ts
var engine_check = __webpack_require__(205);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/epoch.ts
// SOURCE_DATE_EPOCH resolution: a number, or `commit` for the commit time of HEAD; 0 by default.
//
// 0 is the default because BuildKit's rewrite-timestamp only clamps times *later* than the epoch.
// Layers reused from a cache built before the epoch keep their older build times, while a clean build
// is clamped: with the commit time as epoch, every commit newer than its cache (the usual case on a
// PR) would make a deterministic Dockerfile fail the gate. With 0, every time is later and clamped.

const EPOCH_PATTERN = /^(0|[1-9][0-9]*)$/;
/** Parses an epoch given by a user: a non-negative integer number of seconds. */
function parseEpoch(value, origin = 'epoch') {
    const trimmed = value.trim();
    const epoch = Number(trimmed);
    if (!EPOCH_PATTERN.test(trimmed) || !Number.isSafeInteger(epoch)) {
        throw new errors/* BuildLabError */.CG(`${origin} must be a non-negative integer number of seconds since 1970, or "commit" for the commit time of HEAD (got ${JSON.stringify(value)}); leave it empty for the default, 0`);
    }
    return epoch;
}
/** Whether the user asked for the commit time of HEAD. */
function wantsCommitTime(input) {
    return /^(commit|git)$/i.test(input?.trim() ?? '');
}
/**
 * @param input the user's epoch: seconds, `commit`, or empty/undefined for the default 0
 * @param gitCommitTime output of `git log -1 --format=%ct` when `commit` was asked for, null when not
 *   available (then the epoch falls back to 0 and the caller says so)
 */
function resolveEpoch(input, gitCommitTime) {
    if (wantsCommitTime(input)) {
        const fromGit = gitCommitTime?.trim() ?? '';
        if (EPOCH_PATTERN.test(fromGit))
            return { epoch: Number(fromGit), source: 'git' };
        return { epoch: 0, source: 'default' };
    }
    if (input !== undefined && input.trim() !== '')
        return { epoch: parseEpoch(input), source: 'input' };
    return { epoch: 0, source: 'default' };
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(7187);
;// CONCATENATED MODULE: ./src/context/git.ts
// Reads the commit time of HEAD for the epoch, without failing outside a git repository.

async function gitCommitTime(dir) {
    try {
        const out = await exec/* getExecOutput */.H('git', ['-C', dir, 'log', '-1', '--format=%ct'], {
            silent: true,
            ignoreReturnCode: true
        });
        return out.exitCode === 0 ? out.stdout.trim() : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/build/preflight.ts




/**
 * The versions of the builder (named, or the current one); throws one BuildLabError naming every problem
 * and its fix. `log` gets one line naming the versions and where the BuildKit version came from.
 */
async function fitEngine(engine, log, builder) {
    const facts = await engine.facts(builder);
    const problems = (0,engine_check/* checkEngine */.Xx)(facts);
    if (problems.length > 0)
        throw new errors/* BuildLabError */.CG(problems.join('\n'));
    const info = (0,engine_check/* engineInfo */.Ty)(facts);
    log?.((0,engine_check/* describeEngine */.sk)(info, facts.buildkitReported));
    return info;
}
/** The log line that says which builder the builds run on. */
function builderLine(engine) {
    const kind = engine.dockerContext
        ? 'docker context'
        : `buildx builder, driver ${engine.driver ?? 'unknown'}`;
    return `building on ${JSON.stringify(engine.builder)} (${kind}; BuildKit ${engine.buildkit ?? 'unknown'})`;
}
/** The epoch given (the option, else a SOURCE_DATE_EPOCH build-arg; `commit` reads HEAD), else 0. */
async function buildEpoch(epoch, buildArgs, context) {
    const given = epoch?.trim() ? epoch : buildArgs.find(a => a.name === 'SOURCE_DATE_EPOCH')?.value;
    return resolveEpoch(given, wantsCommitTime(given) ? await gitCommitTime(context) : null);
}


/***/ }),

/***/ 6449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildPlan),
/* harmony export */   e: () => (/* binding */ resolveInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _context_dockerfile_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1069);
// What to build and where it is: the request every build path shares (gate, lab, record, drift), and its checked paths.




async function isDirectory(p) {
    try {
        return (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(p)).isDirectory();
    }
    catch {
        return false;
    }
}
/** Checks the context and Dockerfile; returns absolute paths. */
async function resolveInputs(context, file) {
    const ctx = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(context);
    if (!(await isDirectory(ctx))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BuildLabError */ .CG(`build context ${JSON.stringify(context)} is not a directory: pass the directory that holds your sources (context: . for the repository root)`);
    }
    const found = await (0,_context_dockerfile_path_js__WEBPACK_IMPORTED_MODULE_3__/* .findDockerfile */ .m)(ctx, file ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file) : null);
    if (found === null) {
        const how = file
            ? 'check the file input / -f path (it is relative to the working directory)'
            : `add a Dockerfile to ${context} or pass -f / file: with its path`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BuildLabError */ .CG(`Dockerfile ${JSON.stringify(file ?? node_path__WEBPACK_IMPORTED_MODULE_1__.join(context, 'Dockerfile'))} not found: ${how}`);
    }
    const dockerfile = found;
    return { context: ctx, dockerfile };
}
/**
 * The one way a request becomes a BuildPlan: the checked Dockerfile, the resolved epoch and the builder the
 * engine check found. `provenance` and `pull` can be overridden by the caller (the lab never attests).
 */
function buildPlan(request, resolved, override = {}) {
    return {
        dockerfile: resolved.dockerfile,
        target: request.target,
        buildArgs: request.buildArgs,
        platforms: request.platforms,
        network: request.network,
        epoch: resolved.epoch,
        provenance: override.provenance ?? request.provenance ?? false,
        secrets: request.secrets ?? [],
        builder: resolved.engine.builder ?? null,
        dockerContext: resolved.engine.dockerContext ?? null,
        ...(override.pull === true ? { pull: true } : {})
    };
}


/***/ }),

/***/ 9644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ runBuild),
/* harmony export */   e: () => (/* binding */ runBuildRetrying)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_build_failure_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1858);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_equality_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4763);
/* harmony import */ var _core_gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4888);
/* harmony import */ var _oci_open_image_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1925);
/* harmony import */ var _core_build_metadata_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8879);
/* harmony import */ var _core_progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4664);
// Runs one build and reads what it produced: progress, metadata, per-platform digests.









async function readLayoutPlatforms(dir, single, digest) {
    try {
        const root = (0,_core_build_metadata_js__WEBPACK_IMPORTED_MODULE_6__/* .layoutRoot */ .PG)(JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'index.json'), 'utf8')));
        if (root && _core_build_metadata_js__WEBPACK_IMPORTED_MODULE_6__/* .INDEX_MEDIA_TYPES */ .kA.has(root.mediaType)) {
            const [alg, hex] = root.digest.split(':');
            const index = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'blobs', alg, hex), 'utf8'));
            return (0,_core_build_metadata_js__WEBPACK_IMPORTED_MODULE_6__/* .platformManifests */ .OS)(index);
        }
    }
    catch {
        // A layout we cannot read leaves the platform list to the metadata alone.
    }
    return single ? [{ platform: single, digest }] : [];
}
function lastLines(text, n) {
    const lines = text.replace(/\s+$/, '').split('\n');
    return lines.slice(-n).join('\n');
}
/**
 * Runs one `docker buildx build` (args from buildxArgs) and turns its progress stream, metadata file and
 * OCI layout into a run record. A failed build is a record with `error` set, not a throw.
 */
async function runBuild(run, args, files, deps) {
    return (await buildOnce(run, args, files, deps)).record;
}
/**
 * runBuild, built once more when the engine (not the Dockerfile) failed it: a lost connection or session,
 * a cancelled export. An interrupt throws Interrupted instead.
 */
async function runBuildRetrying(run, args, files, deps) {
    const first = await buildOnce(run, args, files, deps);
    if (first.failure !== 'engine')
        return first;
    deps.onRetry?.(first.record.error ?? '');
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(files.outputDir, { recursive: true, force: true });
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(files.metadataFile, { force: true });
    return { ...(await buildOnce(run, args, files, deps)), attempts: 2 };
}
async function buildOnce(run, args, files, deps) {
    const { metadataFile, outputDir } = files;
    const parser = new _core_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .ProgressParser */ .P$({
        onStepStarted: step => deps.onStep?.(step, 'started'),
        onStepCompleted: step => deps.onStep?.(step, 'completed')
    });
    const started = deps.nowMs();
    const exitCode = await deps.engine.run(args, chunk => parser.push(chunk), undefined, deps.signal ? { signal: deps.signal } : {});
    // The child has exited: an interrupt ends the command here, not as a failed build.
    (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .throwIfInterrupted */ .sK)(deps.signal);
    const ended = deps.nowMs();
    const durationMs = ended - started;
    const progress = parser.end();
    const stepsEndedMs = (0,_core_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .stepsEnded */ .OC)(progress.steps, started, ended);
    const record = {
        run,
        digest: null,
        platforms: [],
        durationMs,
        startedAt: new Date(started).toISOString(),
        cacheHitRatio: progress.cacheHitRatio,
        cachedSteps: progress.cachedSteps,
        totalSteps: progress.totalSteps,
        steps: (0,_core_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .orderSteps */ .Qs)(progress.steps),
        error: null,
        errorLog: null
    };
    if (exitCode !== 0) {
        // The root failure, not a sibling step that BuildKit cancelled because of it.
        const failed = (0,_core_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .rootError */ .hs)(progress.errors);
        const buildxError = progress.otherText.split('\n').find(l => /^ERROR|^error:/i.test(l.trim()));
        record.error = failed
            ? `${failed.name}: ${failed.error ?? 'failed'}`
            : (buildxError?.trim() ?? lastLines(progress.otherText, 1)) || `docker exited with ${exitCode}`;
        record.errorLog = failed ? lastLines(failed.log, 15) : lastLines(progress.otherText, 15);
        const failure = (0,_core_build_failure_js__WEBPACK_IMPORTED_MODULE_8__/* .classifyBuildFailure */ .n5)((0,_core_build_failure_js__WEBPACK_IMPORTED_MODULE_8__/* .failureOf */ .g5)(progress));
        return { record, failure, attempts: 1, stepsEndedMs };
    }
    const meta = (0,_core_build_metadata_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMetadata */ .jR)(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(metadataFile, 'utf8'), `run ${run} metadata (${metadataFile})`);
    record.digest = meta.digest;
    record.platforms = await readLayoutPlatforms(outputDir, meta.platform, meta.digest);
    try {
        record.content = await (0,_core_equality_js__WEBPACK_IMPORTED_MODULE_3__/* .imageContent */ .fo)(await (0,_oci_open_image_js__WEBPACK_IMPORTED_MODULE_5__/* .openImage */ .UY)(outputDir));
    }
    catch {
        // Without the layout's configs, content equality has nothing to go on and says so.
    }
    return { record, failure: null, attempts: 1, stepsEndedMs };
}


/***/ }),

/***/ 4986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fQ: () => (/* binding */ tempRoot),
/* harmony export */   mk: () => (/* binding */ makeTempDir),
/* harmony export */   vC: () => (/* binding */ copyName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// Where build-lab's temporary directories go: the runner's temporary directory in Actions, else the system's.




/** RUNNER_TEMP (cleaned after every Actions job) when set, else the system's temporary directory. */
function tempRoot(env = process.env) {
    return env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir();
}
/** A new empty directory `<tempRoot>/<prefix>XXXXXX`. */
async function makeTempDir(prefix, env = process.env) {
    return node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_3__.join(tempRoot(env), prefix));
}
/**
 * `<label>-<8 hex of the source path>`: the name of a copy of the context at `source`. BuildKit keeps what
 * it synced of a local context under the directory's name and sends only files whose size or mtime
 * changed, so copies of two contexts under one name with equal sizes and mtimes (two gates on one daemon in
 * the same second) would get each other's files. One name per source: the same context's copies reuse
 * BuildKit's record of it instead of adding one per run.
 */
function copyName(label, source) {
    return `${label}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(source)).digest('hex').slice(0, 8)}`;
}


/***/ }),

/***/ 5425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OJ: () => (/* binding */ secretDigests),
/* harmony export */   h_: () => (/* binding */ loadRedactor),
/* harmony export */   ki: () => (/* binding */ redactError)
/* harmony export */ });
/* unused harmony exports MAX_SECRET_BYTES, readSecretValue, allSecretValues */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_build_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6039);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2258);
// Reads the values of a build's secrets (env vars, files) to make its redactor; the values go nowhere else.





/** BuildKit refuses larger secrets (500 KiB). */
const MAX_SECRET_BYTES = 500 * 1024;
/** The value of one BuildKit secret, as buildx will read it; a missing source is an input error. */
async function readSecretValue(secret, env = process.env) {
    if (secret.from === 'env') {
        const value = env[secret.source];
        if (value === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(`secret ${secret.id}: the environment variable ${secret.source} is not set: export it, or pass the secret with src=FILE`);
        }
        return value;
    }
    let stat;
    try {
        stat = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(secret.source);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(`secret ${secret.id}: cannot read ${JSON.stringify(secret.source)} (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)})`);
    }
    if (!stat.isFile())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(`secret ${secret.id}: ${JSON.stringify(secret.source)} is not a file`);
    if (stat.size > MAX_SECRET_BYTES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(`secret ${secret.id}: ${JSON.stringify(secret.source)} is ${stat.size} bytes, over BuildKit's limit of ${MAX_SECRET_BYTES}`);
    }
    return node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(secret.source, 'utf8');
}
/** Every value that must never be output: secret build-arg values and the BuildKit secrets' values. */
async function allSecretValues(sources, env = process.env) {
    const values = (0,_core_build_args_js__WEBPACK_IMPORTED_MODULE_2__/* .secretValues */ .VX)(sources.buildArgs, sources.secretBuildArgs ?? []);
    for (const secret of sources.secrets ?? [])
        values.push(await readSecretValue(secret, env));
    return values.filter(v => v !== '');
}
/** The redactor for one build request. */
async function loadRedactor(sources, env = process.env) {
    return (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .createRedactor */ .lY)({ values: await allSecretValues(sources, env), names: sources.secretBuildArgs ?? [] });
}
/** The secrets as the cache key may see them: their ids, and a sha256 of each value, never the value. */
async function secretDigests(secrets, env = process.env) {
    const out = [];
    for (const secret of secrets) {
        const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(await readSecretValue(secret, env))
            .digest('hex');
        out.push({ id: secret.id, sha256 });
    }
    return out;
}
/** A thrown value with every secret redacted from its message and detail, keeping the exit code. */
function redactError(error, redactor) {
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(redactor.text(error.message), {
            exitCode: error.exitCode,
            // The detail is the tail of a build log.
            ...(error.detail !== undefined ? { detail: redactor.tail(error.detail) } : {})
        });
    }
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(redactor.text((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)));
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

/***/ 3816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cl: () => (/* binding */ copyAsFreshCheckout),
/* harmony export */   fP: () => (/* binding */ countOlderThan)
/* harmony export */ });
/* unused harmony export deviceNumbers */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _context_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1210);
/* harmony import */ var _tool_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5001);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4296);
/* harmony import */ var _core_gate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4888);
// Copies a build context the way a fresh CI checkout would look: same files, other mtimes.








/** How many entries the build can see carry an mtime older than the epoch (a fresh checkout has none). */
async function countOlderThan(context, epoch, dockerfile) {
    const listed = await (0,_context_files_js__WEBPACK_IMPORTED_MODULE_4__/* .listContext */ .Yr)(context, await (0,_context_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readDockerignore */ .$k)(context, dockerfile));
    return listed.filter(e => e.mtimeSec < epoch).length;
}
const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_1__.execFile);
/** Major and minor numbers of a device number, as glibc's gnu_dev_major / gnu_dev_minor split it. */
function deviceNumbers(rdev) {
    const high = Math.floor(rdev / 2 ** 32);
    const low = rdev % 2 ** 32;
    return {
        major: ((low >>> 8) & 0xfff) | ((high & ~0xfff) >>> 0),
        minor: (low & 0xff) | ((low >>> 12) & ~0xff)
    };
}
/** Creates one non-directory entry at `to`; returns the bytes copied for a regular file. */
async function createEntry(e, from, to, linked) {
    switch (e.kind) {
        case 'symlink':
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.symlink(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readlink(from), to);
            return 0;
        case 'fifo':
            // Node cannot make a named pipe; BuildKit sends them, so the copy must have them too.
            await run('mkfifo', [to]);
            return 0;
        case 'socket':
            // BuildKit's context transfer sends a socket as an empty regular file with the socket's permission
            // bits (checked on BuildKit 0.29); the copy gives the build exactly that.
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(to, '');
            return 0;
        case 'char':
        case 'block': {
            const { major, minor } = deviceNumbers(e.rdev);
            try {
                await run('mknod', [to, e.kind === 'char' ? 'c' : 'b', String(major), String(minor)]);
            }
            catch (error) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .BuildLabError */ .CG(`cannot copy the device node ${e.rel} of the build context for run 2 (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error).split('\n')[0]}): remove it from the context, add it to .dockerignore, or pass --no-vary-mtime / vary-mtime: false`);
            }
            return 0;
        }
        default: {
            const first = e.inode === null ? undefined : linked.get(e.inode);
            if (first !== undefined) {
                // BuildKit sends hard links as links, and they reach the layer as links: the copy keeps them.
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.link(first, to);
                return 0;
            }
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(from, to, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.COPYFILE_FICLONE);
            if (e.inode !== null)
                linked.set(e.inode, to);
            return (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(to)).size;
        }
    }
}
/**
 * Copies `context` to `dest` honouring .dockerignore (with reflinks where possible). The copy differs
 * from what the build sees of the original only in mtimes: modes of files and directories (setuid,
 * setgid, sticky included), ownership where the process may set it, symlink targets, hard links, empty
 * directories, named pipes, device nodes, and sockets the way BuildKit sends them.
 */
async function copyAsFreshCheckout(context, dest, epoch, nowSec, options = {}) {
    const { dockerfile, exclude = [] } = options;
    const listed = (await (0,_context_files_js__WEBPACK_IMPORTED_MODULE_4__/* .listContext */ .Yr)(context, await (0,_context_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readDockerignore */ .$k)(context, dockerfile))).filter(e => !(0,_tool_state_js__WEBPACK_IMPORTED_MODULE_5__/* .isExcluded */ .RF)(e.rel, exclude));
    // Directories that are themselves ignored but hold re-included files still have to exist in the copy.
    const dirs = new Set(listed.filter(e => e.kind === 'dir').map(e => e.rel));
    const entries = [...listed];
    for (const e of listed) {
        const parts = e.rel.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = parts.slice(0, i).join('/');
            if (!dirs.has(dir)) {
                dirs.add(dir);
                const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(context, dir));
                entries.push({
                    rel: dir,
                    kind: 'dir',
                    mtimeSec: e.mtimeSec,
                    size: 0,
                    mode: st.mode & 0o7777,
                    uid: st.uid,
                    gid: st.gid,
                    inode: null,
                    rdev: 0
                });
            }
        }
    }
    entries.sort((x, y) => x.rel.length - y.rel.length);
    const mtime = options.mtime ??
        (0,_core_gate_js__WEBPACK_IMPORTED_MODULE_7__/* .variedMtime */ .aT)(epoch, entries.map(e => e.mtimeSec), nowSec, options.span);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dest, { recursive: true });
    const root = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(context);
    const mayChown = process.getuid?.() === 0;
    const linked = new Map();
    let files = 0;
    let bytes = 0;
    for (const e of entries) {
        const from = node_path__WEBPACK_IMPORTED_MODULE_2__.join(context, e.rel);
        const to = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dest, e.rel);
        if (e.kind === 'dir') {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(to, { recursive: true });
            continue;
        }
        bytes += await createEntry(e, from, to, linked);
        if (e.kind === 'file')
            files++;
        if (mayChown)
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lchown(to, e.uid, e.gid);
        // After chown, which clears setuid and setgid bits.
        if (e.kind !== 'symlink')
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(to, e.mode);
    }
    // Directories last and deepest first: their modes may forbid writing into them, and creating children
    // would move their mtimes again.
    const ordered = [...entries].sort((a, b) => Number(a.kind === 'dir') - Number(b.kind === 'dir') || b.rel.length - a.rel.length);
    for (const e of ordered) {
        const to = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dest, e.rel);
        if (e.kind === 'dir') {
            if (mayChown)
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lchown(to, e.uid, e.gid);
            // After chown, which clears setuid and setgid bits.
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(to, e.mode);
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lutimes(to, mtime, mtime);
    }
    if (mayChown)
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lchown(dest, root.uid, root.gid);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(dest, root.mode & 0o7777);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.utimes(dest, mtime, mtime);
    return { files, bytes, mtime };
}


/***/ }),

/***/ 5001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mt: () => (/* binding */ dockerfileExcluding),
/* harmony export */   RF: () => (/* binding */ isExcluded),
/* harmony export */   Zm: () => (/* binding */ excludedPaths),
/* harmony export */   ff: () => (/* binding */ NEVER_SENT_WHY),
/* harmony export */   ie: () => (/* binding */ LEGACY_STATE_DIR)
/* harmony export */ });
/* unused harmony exports NEVER_SENT, insideContext */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_context_dockerignore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41);
/* harmony import */ var _context_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1210);
// Keeps build-lab's own files (and .git) out of every build context it sends: a Dockerfile-specific .dockerignore.




/** Where build-lab kept its results and cache inside the working directory before they moved out of it. */
const LEGACY_STATE_DIR = '.build-lab';
/**
 * What no build of build-lab sees, relative to the context: the old state directory, and `.git`, which
 * differs between any two checkouts, so an image that copies it could never be reproduced.
 */
const NEVER_SENT = [LEGACY_STATE_DIR, '.git'];
/** Why, for the log line that names what was left out. */
const NEVER_SENT_WHY = "build-lab's own state and git metadata, which no two checkouts share; add them to .dockerignore to silence this";
/** `inside`, relative to `context` with `/` separators, when it lies inside it; else null. */
function insideContext(context, inside) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(context), node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(inside));
    if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel))
        return null;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/**
 * The paths under `context` the build must not see and the .dockerignore does not already leave out: those
 * of NEVER_SENT that exist, and `owned` (build-lab's own results, cache and work paths, absolute), which
 * may not exist yet.
 */
async function excludedPaths(context, dockerfile, owned = []) {
    const matcher = new _core_context_dockerignore_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerignoreMatcher */ .no(await (0,_context_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readDockerignore */ .$k)(context, dockerfile));
    const present = [];
    for (const rel of NEVER_SENT)
        if (await (0,_context_files_js__WEBPACK_IMPORTED_MODULE_2__/* .pathExists */ .s0)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(context, rel)))
            present.push(rel);
    const own = owned.map(p => insideContext(context, p)).filter((p) => p !== null);
    return [...new Set([...present, ...own])].filter(rel => !matcher.ignores(rel)).sort();
}
/** Whether a context-relative path is one of `excluded` or lies below one. */
function isExcluded(rel, excluded) {
    return excluded.some(e => rel === e || rel.startsWith(`${e}/`));
}
/**
 * The Dockerfile to pass so that BuildKit leaves `excluded` out of the context: the original when there is
 * nothing to leave out, else a copy in `dir` with a `<name>.dockerignore` beside it (BuildKit reads that one
 * instead of the context's), holding the context's patterns followed by the exclusions.
 */
async function dockerfileExcluding(context, dockerfile, excluded, dir) {
    if (excluded.length === 0)
        return dockerfile;
    const own = (await (0,_context_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readDockerignore */ .$k)(context, dockerfile)) ?? '';
    const copy = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dockerfile));
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir, { recursive: true });
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(dockerfile, copy);
    const patterns = excluded.map(e => `/${e.replace(/[\\*?[]/g, c => `\\${c}`)}`);
    const text = `${own}${own === '' || own.endsWith('\n') ? '' : '\n'}# left out by build-lab\n${patterns.join('\n')}\n`;
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(`${copy}.dockerignore`, text);
    return copy;
}


/***/ }),

/***/ 1858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pg: () => (/* binding */ runFailureMessage),
/* harmony export */   g5: () => (/* binding */ failureOf),
/* harmony export */   n5: () => (/* binding */ classifyBuildFailure)
/* harmony export */ });
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4664);
// Whose fault a failed build is: a Dockerfile step's, the Dockerfile or context's, or the engine's.

// BuildKit ≥ 0.11 says `process "..." did not complete successfully: exit code: N`; a process killed
// because the build was cancelled ends in `exit code: 137: context canceled`, which is not the step's doing.
const STEP_EXIT = /did not complete successfully: exit code: \d+$/;
const SOLVE_STEP_EXIT = /failed to solve: process "[\s\S]*" did not complete successfully: exit code: \d+$/;
const INPUT = [
    /dockerfile parse error/i,
    /unknown instruction/i,
    /failed to read dockerfile/i,
    /failed to compute cache key/,
    /failed to calculate checksum of ref/
];
/** What a failed build's progress stream says: the root error vertex and buildx's own error line. */
function failureOf(progress) {
    const failed = (0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .rootError */ .hs)(progress.errors);
    const lines = progress.otherText.split('\n').map(l => l.trim());
    const buildxError = lines.find(l => /^ERROR|^error:/i.test(l));
    return {
        step: failed ? { name: failed.name, error: failed.error ?? '' } : null,
        message: buildxError ?? lines.filter(l => l !== '').pop() ?? ''
    };
}
/** Classifies a failed build from its root error vertex and buildx's error line. */
function classifyBuildFailure(failure) {
    const { step } = failure;
    const message = failure.message.trim();
    if (step !== null && (0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfileStep */ .xo)(step.name) && STEP_EXIT.test(step.error.trim()))
        return 'step';
    if (step === null && SOLVE_STEP_EXIT.test(message))
        return 'step';
    const texts = [step?.error ?? '', message];
    if (texts.some(text => INPUT.some(re => re.test(text))))
        return 'input';
    return 'engine';
}
/** The one-line error for a run that failed and ends the gate without a verdict (exit 2). */
function runFailureMessage(run, kind, error, attempts) {
    const retried = attempts > 1 ? `, retried once` : '';
    if (kind === 'engine') {
        return `run ${run} failed in the engine, not in the Dockerfile${retried}, so there is no verdict: ${error} (check the daemon with 'docker info' and run the gate again)`;
    }
    if (run === 1)
        return `run 1 failed, so there is nothing to compare: ${error}`;
    return `run ${run} failed where run 1 succeeded, but not in a step of the Dockerfile, so there is no verdict: ${error}`;
}


/***/ }),

/***/ 4888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ dockerfileName),
/* harmony export */   Eo: () => (/* binding */ msUntilNextSecond),
/* harmony export */   K7: () => (/* binding */ comparedRuns),
/* harmony export */   Ki: () => (/* binding */ resultGroups),
/* harmony export */   OC: () => (/* binding */ stepsEnded),
/* harmony export */   aL: () => (/* binding */ keptLayoutsLine),
/* harmony export */   aT: () => (/* binding */ variedMtime),
/* harmony export */   lr: () => (/* binding */ gateVerdict),
/* harmony export */   mU: () => (/* binding */ keptLayouts),
/* harmony export */   xZ: () => (/* binding */ gatePasses),
/* harmony export */   zb: () => (/* binding */ gateTimings)
/* harmony export */ });
/* unused harmony export verdict */
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7375);
/* harmony import */ var _equality_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4763);
/* harmony import */ var _runs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5597);



function comparePlatforms(a, b) {
    const names = [...new Set([...a.map(p => p.platform), ...b.map(p => p.platform)])].sort();
    return names.map(platform => {
        const run1 = a.find(p => p.platform === platform)?.digest ?? null;
        const run2 = b.find(p => p.platform === platform)?.digest ?? null;
        return { platform, run1, run2, equal: run1 !== null && run1 === run2 };
    });
}
/**
 * Reproducible when run 2 succeeded and both runs give the same image digest; with equality content,
 * also when the digests differ but every platform's config digest and diff_ids are equal.
 */
function verdict(run1, run2, equality = 'digest') {
    const platforms = comparePlatforms(run1.platforms, run2.platforms);
    if (run2.error !== null || run2.digest === null) {
        return {
            reproducible: false,
            reason: `run ${run2.run} (clean, --no-cache) failed where run 1 succeeded: ${run2.error ?? 'no image digest'}`,
            platforms,
            sameContent: false
        };
    }
    if (run1.digest === run2.digest) {
        return { reproducible: true, reason: `both runs gave ${run1.digest}`, platforms, sameContent: false };
    }
    const differing = platforms.filter(p => !p.equal).map(p => p.platform);
    const where = platforms.length > 1 && differing.length > 0 ? ` (platforms that differ: ${differing.join(', ')})` : '';
    const digests = `run ${run1.run} ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(run1.digest)}, run ${run2.run} ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(run2.digest)}${where}`;
    const same = (0,_equality_js__WEBPACK_IMPORTED_MODULE_0__/* .sameContent */ .Cm)(run1.content ?? [], run2.content ?? []);
    if (same && equality === 'content') {
        return {
            reproducible: true,
            reason: `${_equality_js__WEBPACK_IMPORTED_MODULE_0__/* .SAME_CONTENT */ .h2} (digests ${digests}), which equality: content accepts`,
            platforms,
            sameContent: true
        };
    }
    return {
        reproducible: false,
        reason: `digests differ: ${digests}${same ? `; ${_equality_js__WEBPACK_IMPORTED_MODULE_0__/* .SAME_CONTENT */ .h2}` : ''}`,
        platforms,
        sameContent: same
    };
}
/**
 * The verdict of N runs under the drift policy: pass when every isolated run succeeded and the runs gave
 * at most `maxDistinct` different images. With two runs and maxDistinct 1 it is verdict(run1, run2).
 * `platforms` and `sameContent` compare run 1 with the first run unlike it.
 */
function gateVerdict(runs, equality = 'digest', maxDistinct = 1) {
    const [run1, ...isolated] = runs;
    if (run1 === undefined || isolated.length === 0)
        throw new Error('a gate verdict needs at least two runs');
    const groups = (0,_runs_js__WEBPACK_IMPORTED_MODULE_1__/* .digestGroups */ .py)(runs);
    const distinct = (0,_runs_js__WEBPACK_IMPORTED_MODULE_1__/* .distinctImages */ .PO)(runs, equality);
    const failed = isolated.find(r => r.error !== null || r.digest === null);
    if (failed !== undefined)
        return { ...verdict(run1, failed, equality), groups, distinct, compared: null };
    const other = isolated.find(r => r.digest !== run1.digest);
    if (other === undefined) {
        const v = verdict(run1, isolated[0], equality);
        const reason = runs.length === 2 ? v.reason : `all ${runs.length} runs gave ${run1.digest}`;
        return { ...v, reason, groups, distinct, compared: null };
    }
    const pair = verdict(run1, other, equality);
    const compared = [run1.run, other.run];
    const reproducible = distinct <= maxDistinct;
    if (runs.length === 2) {
        const reason = pair.reproducible || !reproducible
            ? pair.reason
            : `${pair.reason}; ${distinct} distinct digests, within max-distinct-digests ${maxDistinct}`;
        return { ...pair, reproducible, reason, groups, distinct, compared };
    }
    const what = equality === 'content' ? 'distinct images' : 'distinct digests';
    const policy = reproducible
        ? `within max-distinct-digests ${maxDistinct}`
        : `more than max-distinct-digests ${maxDistinct} allows`;
    const content = pair.sameContent ? `; ${_equality_js__WEBPACK_IMPORTED_MODULE_0__/* .SAME_CONTENT */ .h2} between runs ${compared.join(' and ')}` : '';
    return {
        ...pair,
        reproducible,
        reason: `${reproducible ? '' : 'digests differ: '}${distinct} ${what} in ${runs.length} runs (${(0,_runs_js__WEBPACK_IMPORTED_MODULE_1__/* .groupsText */ .w6)(groups)}), ${policy}${content}`,
        groups,
        distinct,
        compared
    };
}
/** The runs grouped by digest, also for results written before the field existed. */
function resultGroups(result) {
    return result.digestGroups ?? (0,_runs_js__WEBPACK_IMPORTED_MODULE_1__/* .digestGroups */ .py)(result.runs);
}
/** The first two runs that differ, also for results written before the field existed (runs 1 and 2). */
function comparedRuns(result) {
    if (result.compared !== undefined)
        return result.compared;
    const [a, b] = result.runs;
    return a !== undefined && b !== undefined && a.digest !== b.digest ? [a.run, b.run] : null;
}
/** Whether the gate passes (exit 0): the same image, or differences that the allow-list all allows. */
function gatePasses(result) {
    return result.reproducible || result.allowList?.passed === true;
}
/**
 * The layouts that stay behind for `build-lab diff` (`run1`, `run3`): those of the two runs compared,
 * when the gate failed with two images; else none.
 */
function keptLayouts(result) {
    const pair = comparedRuns(result);
    if (result.reproducible || pair === null)
        return [];
    const images = pair.map(n => result.runs.find(r => r.run === n)?.digest ?? null);
    return images.every(d => d !== null) ? pair.map(n => `run${n}`) : [];
}
/** `layouts kept in DIR (run1/, run3/): build-lab diff DIR/run1 DIR/run3`, for the layouts keptLayouts names. */
function keptLayoutsLine(workDir, kept) {
    return `layouts kept in ${workDir} (${kept.map(k => `${k}/`).join(', ')}): build-lab diff ${kept.map(k => `${workDir}/${k}`).join(' ')}`;
}
/** The Dockerfile's file name, as the diagnosis names it in `Dockerfile:12`. */
function dockerfileName(result) {
    const parts = result.dockerfile.split(/[\\/]/);
    return parts[parts.length - 1] || 'Dockerfile';
}
const DAY = 86_400;
/**
 * The mtime run 2's copy of the context gets; with `span` N, runs 2 to N+1 get it plus 0 to N−1 days, and
 * every one of them keeps the rules below. It must be later than the epoch (rewrite-timestamp clamps
 * later times to the epoch, so COPY layers stay equal) and at least a day from every original mtime, so
 * that even listings that show only the date (`ls -l` of old files) see the change. It also moves from
 * one invocation to the next by whole days: run 2's results stay in the daemon's cache, and a fixed
 * mtime would let the next run 1 on the same daemon reuse them and match by luck.
 */
function variedMtime(epoch, originalMtimes, nowSec, span = 1) {
    const early = epoch + 1;
    // reduce, not Math.min(...xs): a large context would overflow the call stack.
    const min = originalMtimes.reduce((a, b) => Math.min(a, b), nowSec);
    const max = originalMtimes.reduce((a, b) => Math.max(a, b), nowSec);
    // the whole days below every original mtime, and how many first days leave room for `span`
    const days = Math.floor((min - DAY - early) / DAY) + 1;
    const starts = Math.min(days, 3650) - span + 1;
    if (starts >= 1)
        return early + DAY * (nowSec % starts);
    return Math.max(max, nowSec, early) + DAY * (1 + (nowSec % 30));
}
/**
 * When a build last ran a Dockerfile step (ms), within [startedMs, endedMs]: the latest completion of a
 * step that was not a cache hit, as BuildKit stamped it, else the start (a cached layer was made before
 * the build began). The end when a step that ran has no completion, or when the stream named no step.
 */
function stepsEnded(steps, startedMs, endedMs) {
    if (steps.length === 0)
        return endedMs;
    let last = startedMs;
    for (const step of steps) {
        if (step.cached)
            continue;
        const completed = step.completedAt === null ? NaN : Date.parse(step.completedAt);
        if (Number.isNaN(completed))
            return endedMs;
        last = Math.max(last, completed);
    }
    return Math.min(last, endedMs);
}
/** How long to wait so that run 2 starts in a later wall-clock second than run 1 ended. */
function msUntilNextSecond(run1EndedMs, nowMs) {
    const next = (Math.floor(run1EndedMs / 1000) + 1) * 1000;
    return Math.max(0, next - nowMs);
}
/** The gate's timings from its marks (ms, one clock): what the builds took, and what the gate added. */
function gateTimings(marks) {
    const [run1, run2] = marks.runs;
    const run1Start = Date.parse(run1.startedAt);
    const run2Start = Date.parse(run2.startedAt);
    const prepareMs = run1Start - marks.startedMs - marks.probesMs;
    const betweenRunsMs = run2Start - (run1Start + run1.durationMs);
    const verdictMs = marks.endMs - (run2Start + run2.durationMs);
    return {
        totalMs: marks.endMs - marks.startedMs,
        run1Ms: run1.durationMs,
        run2Ms: run2.durationMs,
        copyMs: marks.copyMs,
        overhead: {
            beforeGateMs: marks.beforeGateMs,
            probesMs: marks.probesMs,
            prepareMs,
            betweenRunsMs,
            clockWaitMs: marks.clockWaitMs,
            verdictMs,
            totalMs: (marks.beforeGateMs ?? 0) + marks.probesMs + prepareMs + betweenRunsMs + verdictMs
        }
    };
}


/***/ }),

/***/ 4664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ workHits),
/* harmony export */   P$: () => (/* binding */ ProgressParser),
/* harmony export */   Qs: () => (/* binding */ orderSteps),
/* harmony export */   dE: () => (/* binding */ doesWork),
/* harmony export */   hs: () => (/* binding */ rootError),
/* harmony export */   jM: () => (/* binding */ isFromStep),
/* harmony export */   xo: () => (/* binding */ isDockerfileStep)
/* harmony export */ });
/* unused harmony exports parseStepName, parseProgress */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);
// Streaming parser of `docker buildx build --progress=rawjson` output: steps, timings, cache hits, errors, log tails.

const DEFAULT_MAX_LOG_BYTES = 16 * 1024;
const DEFAULT_MAX_OBJECT_CHARS = 4 * 1024 * 1024;
const MAX_OTHER_TEXT_CHARS = 4 * 1024;
// BuildKit pads the index to the width of the total ("[build  9/10]") and prefixes the platform
// in multi-platform builds ("[linux/amd64 build 2/3]").
const STEP_NAME = /^\[(?:([^\]]*?)\s+)?(\d+)\/(\d+)\] ([\s\S]*)$/;
const FROM_INSTRUCTION = /^FROM(?:\s|$)/i;
const CANCELED = /context canceled$/;
const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;
/** A Dockerfile step is a vertex named `[N/M] ...` or `[stage N/M] ...`. */
function isDockerfileStep(name) {
    return parseStepName(name) !== null;
}
/** FROM steps resolve a source; they are left out of the hit ratio. */
function isFromStep(step) {
    return step.instruction !== null && FROM_INSTRUCTION.test(step.instruction);
}
/** The parts of a Dockerfile step's vertex name, or null for any other vertex. */
function parseStepName(name) {
    const match = STEP_NAME.exec(name);
    if (match === null)
        return null;
    const [, prefix = '', index = '', total = '', instruction = ''] = match;
    // Stage names can't contain '/', platforms always do.
    const words = prefix.split(/\s+/).filter(word => word !== '');
    const platform = words.filter(word => word.includes('/')).join(' ');
    const stage = words.filter(word => !word.includes('/')).join(' ');
    return {
        stage: stage === '' ? null : stage,
        platform: platform === '' ? null : platform,
        index: Number(index),
        total: Number(total),
        instruction
    };
}
/**
 * Steps in the order they ran: by start time, then index; never-started steps last.
 * (The stream first lists the whole graph from the last step backwards, so first-seen order is
 * roughly the reverse of the Dockerfile.)
 */
function orderSteps(steps) {
    return orderBy(steps, step => timestampMs(step.startedAt));
}
function orderBy(steps, time) {
    return steps
        .map((step, position) => ({ step, position, time: time(step) }))
        .sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) ||
        (a.step.index ?? 0) - (b.step.index ?? 0) ||
        a.position - b.position)
        .map(entry => entry.step);
}
/**
 * The error that failed the build: the first to complete that isn't a cancellation. When one step
 * fails, BuildKit cancels the steps running beside it and they report errors ending in
 * "context canceled".
 */
function rootError(errors) {
    const byCompletion = orderBy(errors, step => timestampMs(step.completedAt));
    return byCompletion.find(step => !CANCELED.test(step.error ?? '')) ?? byCompletion[0] ?? null;
}
/** Parses a whole stream at once. */
function parseProgress(text, options) {
    const parser = new ProgressParser(options);
    parser.push(text);
    return parser.end();
}
/** Feed it chunks split anywhere; it never throws on malformed input, it counts it as garbage. */
class ProgressParser {
    maxLogBytes;
    options;
    vertexes = new Map();
    scanner;
    decoder = new TextDecoder('utf-8');
    pendingEvents = [];
    decoderHasBytes = false;
    garbage = 0;
    otherText = '';
    ended = null;
    constructor(options = {}) {
        this.maxLogBytes = checkedSize('maxLogBytesPerStep', options.maxLogBytesPerStep, DEFAULT_MAX_LOG_BYTES, 0);
        const maxObjectChars = checkedSize('maxObjectChars', options.maxObjectChars, DEFAULT_MAX_OBJECT_CHARS, 2);
        this.options = options;
        this.scanner = new ObjectScanner(maxObjectChars, text => this.acceptObject(text), () => this.garbage++, text => this.keepOtherText(text));
    }
    push(chunk) {
        if (this.ended !== null)
            throw new Error('ProgressParser.push() called after end()');
        if (typeof chunk === 'string') {
            this.flushDecoder();
            this.scanner.write(chunk);
        }
        else {
            this.decoderHasBytes = true;
            this.scanner.write(this.decoder.decode(chunk, { stream: true }));
        }
        this.deliverEvents();
    }
    /** Flushes; a trailing partial object or text counts as garbage. Calling it again returns the same summary. */
    end() {
        if (this.ended === null) {
            this.flushDecoder();
            this.scanner.end();
            this.ended = this.summary();
            this.deliverEvents();
        }
        return this.ended;
    }
    /** A snapshot at any time; later input doesn't change it. */
    summary() {
        const all = [...this.vertexes.values()];
        const steps = all.filter(vertex => vertex.step !== null).map(vertex => vertex.snapshot());
        const counted = steps.filter(step => !isFromStep(step));
        const cachedSteps = counted.filter(step => step.cached).length;
        return {
            steps,
            vertexes: all.length,
            cachedSteps,
            totalSteps: counted.length,
            cacheHitRatio: counted.length === 0 ? null : cachedSteps / counted.length,
            garbage: this.garbage,
            otherText: this.otherText.trim(),
            errors: all.filter(vertex => vertex.error !== null).map(vertex => vertex.snapshot())
        };
    }
    flushDecoder() {
        if (!this.decoderHasBytes)
            return;
        this.decoderHasBytes = false;
        this.scanner.write(this.decoder.decode());
    }
    // Callbacks run after the whole chunk is parsed, so one that throws can't leave the parser half-way.
    deliverEvents() {
        const events = this.pendingEvents.splice(0);
        let failure = null;
        for (const event of events) {
            try {
                event();
            }
            catch (error) {
                failure ??= { error };
            }
        }
        if (failure !== null)
            throw failure.error;
    }
    acceptObject(text) {
        let status;
        try {
            status = JSON.parse(text);
        }
        catch {
            this.garbage++;
            this.keepOtherText(text);
            return;
        }
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(status)) {
            this.garbage++;
            return;
        }
        for (const vertex of records(status['vertexes']))
            this.applyVertex(vertex);
        for (const log of records(status['logs']))
            this.applyLog(log);
    }
    keepOtherText(text) {
        this.otherText = (this.otherText + text).slice(-MAX_OTHER_TEXT_CHARS);
    }
    vertex(digest) {
        let state = this.vertexes.get(digest);
        if (state === undefined) {
            state = new VertexState(digest, this.maxLogBytes);
            this.vertexes.set(digest, state);
        }
        return state;
    }
    applyVertex(record) {
        const digest = record['digest'];
        if (typeof digest !== 'string' || digest === '')
            return;
        const state = this.vertex(digest);
        const name = record['name'];
        if (typeof name === 'string' && name !== '')
            state.setName(name);
        const started = record['started'];
        if (typeof started === 'string')
            state.start(started);
        const completed = record['completed'];
        if (typeof completed === 'string')
            state.complete(completed);
        if (record['cached'] === true)
            state.cached = true;
        const error = record['error'];
        if (typeof error === 'string' && error !== '')
            state.error = error;
        this.queueEvents(state);
    }
    applyLog(record) {
        const vertex = record['vertex'];
        const data = record['data'];
        if (typeof vertex !== 'string' || vertex === '' || typeof data !== 'string')
            return;
        this.vertex(vertex).log.append(Buffer.from(data, 'base64'));
    }
    queueEvents(state) {
        if (state.step === null)
            return;
        const { onStepStarted, onStepCompleted } = this.options;
        const done = state.completedAt !== null || state.cached || state.error !== null;
        if (!state.startedReported && (state.startedAt !== null || done)) {
            state.startedReported = true;
            if (state.startedAt !== null && onStepStarted !== undefined) {
                const step = state.snapshot();
                this.pendingEvents.push(() => onStepStarted(step));
            }
        }
        if (!state.completedReported && done) {
            state.completedReported = true;
            if (onStepCompleted !== undefined) {
                const step = state.snapshot();
                this.pendingEvents.push(() => onStepCompleted(step));
            }
        }
    }
}
class VertexState {
    digest;
    log;
    name = '';
    step = null;
    startedAt = null;
    completedAt = null;
    cached = false;
    error = null;
    startedReported = false;
    completedReported = false;
    startedMs = null;
    completedMs = null;
    constructor(digest, maxLogBytes) {
        this.digest = digest;
        this.log = new LogTail(maxLogBytes);
    }
    setName(name) {
        if (name === this.name)
            return;
        this.name = name;
        this.step = parseStepName(name);
    }
    start(at) {
        const ms = timestampMs(at);
        if (this.startedAt === null || (ms !== null && (this.startedMs === null || ms < this.startedMs))) {
            this.startedAt = at;
            this.startedMs = ms;
        }
    }
    complete(at) {
        const ms = timestampMs(at);
        if (this.completedAt === null || (ms !== null && (this.completedMs === null || ms > this.completedMs))) {
            this.completedAt = at;
            this.completedMs = ms;
        }
    }
    snapshot() {
        const durationMs = this.startedMs === null || this.completedMs === null
            ? null
            : Math.max(0, Math.round((this.completedMs - this.startedMs) * 1000) / 1000);
        return {
            vertex: this.digest,
            name: this.name,
            stage: this.step?.stage ?? null,
            platform: this.step?.platform ?? null,
            index: this.step?.index ?? null,
            total: this.step?.total ?? null,
            instruction: this.step?.instruction ?? null,
            startedAt: this.startedAt,
            completedAt: this.completedAt,
            durationMs,
            cached: this.cached,
            error: this.error,
            log: this.log.text(),
            logBytes: this.log.total
        };
    }
}
/** The last `max` bytes of a log. */
class LogTail {
    total = 0;
    max;
    chunks = [];
    size = 0;
    constructor(max) {
        this.max = max;
    }
    append(bytes) {
        this.total += bytes.length;
        if (this.max === 0 || bytes.length === 0)
            return;
        if (bytes.length >= this.max) {
            this.chunks = [bytes.slice(bytes.length - this.max)];
            this.size = this.max;
            return;
        }
        this.chunks.push(bytes);
        this.size += bytes.length;
        while (this.chunks.length > 0 && this.size - (this.chunks[0]?.length ?? 0) >= this.max) {
            this.size -= this.chunks.shift()?.length ?? 0;
        }
        const first = this.chunks[0];
        if (first !== undefined && this.size > this.max) {
            this.chunks[0] = first.slice(this.size - this.max);
            this.size = this.max;
        }
    }
    text() {
        const bytes = new Uint8Array(this.size);
        let offset = 0;
        for (const chunk of this.chunks) {
            bytes.set(chunk, offset);
            offset += chunk.length;
        }
        // When the cap cut a UTF-8 sequence in two, drop its tail rather than show U+FFFD.
        let start = 0;
        if (this.total > this.size) {
            while (start < 3 && start < bytes.length && ((bytes[start] ?? 0) & 0xc0) === 0x80)
                start++;
        }
        return new TextDecoder('utf-8').decode(bytes.subarray(start));
    }
}
const LEFT_BRACE = 0x7b;
const RIGHT_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
/**
 * Splits concatenated JSON objects out of a character stream, across chunks. Text between objects
 * is garbage (one fragment per run), and is passed on. An object that is cut short (a raw control character inside a
 * string, a `{` at the start of a line while it's open, or more than `maxChars`) is garbage too;
 * after one, the scanner skips to the next `{` that opens a line, which is where buildx starts
 * every object.
 */
class ObjectScanner {
    mode = 'text';
    depth = 0;
    inString = false;
    escaped = false;
    lineStart = true;
    textHasContent = false;
    pending = '';
    textPending = '';
    maxChars;
    onObject;
    onGarbage;
    onText;
    constructor(maxChars, onObject, onGarbage, onText) {
        this.maxChars = maxChars;
        this.onObject = onObject;
        this.onGarbage = onGarbage;
        this.onText = onText;
    }
    write(chunk) {
        let start = 0;
        let textStart = 0;
        for (let i = 0; i < chunk.length; i++) {
            const c = chunk.charCodeAt(i);
            if (this.mode === 'text') {
                if (c === LEFT_BRACE) {
                    if (this.textHasContent) {
                        this.onGarbage();
                        this.onText(this.textPending + chunk.slice(textStart, i));
                    }
                    this.textPending = '';
                    this.open();
                    start = i;
                }
                else if (!isWhitespace(c)) {
                    this.textHasContent = true;
                }
            }
            else if (this.mode === 'skip') {
                if (c === LEFT_BRACE && this.lineStart) {
                    this.open();
                    start = i;
                }
            }
            else if (this.inString) {
                if (c < 0x20) {
                    this.abandon();
                }
                else if (this.escaped) {
                    this.escaped = false;
                }
                else if (c === BACKSLASH) {
                    this.escaped = true;
                }
                else if (c === QUOTE) {
                    this.inString = false;
                }
            }
            else if (c === QUOTE) {
                this.inString = true;
            }
            else if (c === LEFT_BRACE) {
                if (this.lineStart) {
                    this.onGarbage();
                    this.open();
                    start = i;
                }
                else {
                    this.depth++;
                }
            }
            else if (c === RIGHT_BRACE) {
                this.depth--;
                if (this.depth === 0) {
                    const text = this.pending + chunk.slice(start, i + 1);
                    this.pending = '';
                    this.mode = 'text';
                    this.textHasContent = false;
                    textStart = i + 1;
                    this.onObject(text);
                }
            }
            if (this.mode === 'object' && this.pending.length + (i + 1 - start) > this.maxChars)
                this.abandon();
            this.lineStart = c === NEWLINE;
        }
        if (this.mode === 'object')
            this.pending += chunk.slice(start);
        if (this.mode === 'text') {
            this.textPending = (this.textPending + chunk.slice(textStart)).slice(-MAX_OTHER_TEXT_CHARS);
        }
    }
    end() {
        if (this.mode === 'object')
            this.onGarbage();
        if (this.mode === 'text' && this.textHasContent) {
            this.onGarbage();
            this.onText(this.textPending);
        }
        this.mode = 'text';
        this.textHasContent = false;
        this.pending = '';
        this.textPending = '';
    }
    open() {
        this.mode = 'object';
        this.depth = 1;
        this.inString = false;
        this.escaped = false;
        this.pending = '';
    }
    abandon() {
        this.onGarbage();
        this.mode = 'skip';
        this.pending = '';
    }
}
function isWhitespace(c) {
    return c === 0x20 || c === NEWLINE || c === 0x0d || c === 0x09 || c === 0xfeff;
}
function records(value) {
    const list = Array.isArray(value) ? value : [];
    return list.filter(_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4);
}
/** Milliseconds since the epoch of an RFC 3339 timestamp, keeping the sub-millisecond part. */
function timestampMs(iso) {
    if (iso === null)
        return null;
    const match = TIMESTAMP.exec(iso);
    if (match === null)
        return null;
    const [, seconds = '', fraction = '', zone = ''] = match;
    const whole = Date.parse(seconds + zone);
    if (Number.isNaN(whole))
        return null;
    return fraction === '' ? whole : whole + Number(`0${fraction}`) * 1000;
}
function checkedSize(name, value, fallback, min) {
    if (value === undefined)
        return fallback;
    if (!Number.isSafeInteger(value) || value < min) {
        throw new RangeError(`${name} must be an integer of at least ${min}, got ${value}`);
    }
    return value;
}
/**
 * Whether a step does build work that a cache can save. FROM resolves a source; WORKDIR at most makes a
 * directory, and BuildKit reports it CACHED even under --no-cache. Both are left out of the lab's hit ratio,
 * so that a --no-cache build is 0%.
 */
function doesWork(step) {
    return step.instruction === null || !/^(FROM|WORKDIR)(\s|$)/i.test(step.instruction);
}
/** Cached steps among those that do work (see doesWork), and their ratio; null when none does. */
function workHits(steps) {
    const counted = steps.filter(doesWork);
    const cachedSteps = counted.filter(s => s.cached).length;
    return {
        cachedSteps,
        totalSteps: counted.length,
        cacheHitRatio: counted.length === 0 ? null : cachedSteps / counted.length
    };
}


/***/ }),

/***/ 5597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ parseMaxDistinct),
/* harmony export */   PO: () => (/* binding */ distinctImages),
/* harmony export */   V: () => (/* binding */ DEFAULT_RUNS),
/* harmony export */   YR: () => (/* binding */ DEFAULT_MAX_DISTINCT),
/* harmony export */   oI: () => (/* binding */ parseRuns),
/* harmony export */   py: () => (/* binding */ digestGroups),
/* harmony export */   w6: () => (/* binding */ groupsText)
/* harmony export */ });
/* unused harmony export MAX_RUNS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _equality_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4763);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7375);
// N-run gates: how many runs, the drift policy (max-distinct-digests), and the runs grouped by digest.



/** Runs of a gate: run 1 warm, then runs − 1 isolated builds. */
const DEFAULT_RUNS = 2;
const MAX_RUNS = 10;
/** The drift policy's default: every run gives the same image. */
const DEFAULT_MAX_DISTINCT = 1;
function wholeNumber(raw, what, [min, max], fallback, why) {
    const value = (raw ?? '').trim();
    if (value === '')
        return fallback;
    const n = Number(value);
    if (!/^[0-9]+$/.test(value) || n < min || n > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${what} must be a whole number from ${min} to ${max} (got ${JSON.stringify(value)}): ${why}`);
    }
    return n;
}
/** `runs` / `--runs`: 2 (one warm run and one isolated run, the default) to 10. */
function parseRuns(raw, what) {
    return wholeNumber(raw, what, [2, MAX_RUNS], DEFAULT_RUNS, 'run 1 warm, then runs − 1 isolated runs');
}
/** `max-distinct-digests`: 1 (every run the same image, the default) up to the number of runs. */
function parseMaxDistinct(raw, what, runs) {
    return wholeNumber(raw, what, [1, runs], DEFAULT_MAX_DISTINCT, `1 asks every run for the same image, and more than the ${runs} runs would always pass`);
}
/** The runs grouped by digest, in the order each digest first appeared. */
function digestGroups(runs) {
    const groups = [];
    for (const r of runs) {
        const group = groups.find(g => g.digest === r.digest);
        if (group)
            group.runs.push(r.run);
        else
            groups.push({ digest: r.digest, runs: [r.run] });
    }
    return groups;
}
/**
 * How many different images the runs gave: distinct digests, or with equality content, distinct
 * contents (digests whose config and diff_ids are equal count once). Runs without an image don't count.
 */
function distinctImages(runs, equality) {
    const kinds = [];
    for (const r of runs) {
        if (r.digest === null)
            continue;
        const content = r.content ?? [];
        const same = kinds.some(k => k.digest === r.digest || (equality === 'content' && (0,_equality_js__WEBPACK_IMPORTED_MODULE_1__/* .sameContent */ .Cm)(k.content, content)));
        if (!same)
            kinds.push({ digest: r.digest, content });
    }
    return kinds.length;
}
/** `runs 1, 3 aaaaaaaaaaaa; run 2 bbbbbbbbbbbb`: each digest with the runs that gave it. */
function groupsText(groups) {
    return groups
        .map(g => {
        const which = `${g.runs.length === 1 ? 'run' : 'runs'} ${g.runs.join(', ')}`;
        return `${which} ${g.digest === null ? 'no image' : (0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(g.digest)}`;
    })
        .join('; ');
}


/***/ })

};
