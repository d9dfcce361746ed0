export const id = 733;
export const ids = [733,882];
export const modules = {

/***/ 8733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GATE_USAGE: () => (/* binding */ GATE_USAGE),
  cacheLine: () => (/* binding */ cacheLine),
  gateCommand: () => (/* binding */ gateCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/gate.ts
var gate = __webpack_require__(4888);
// EXTERNAL MODULE: ./src/core/report/markdown-blocks.ts
var markdown_blocks = __webpack_require__(9232);
// EXTERNAL MODULE: ./src/core/equality.ts
var equality = __webpack_require__(4763);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(7375);
;// CONCATENATED MODULE: ./src/core/report/gate-text.ts
// The one-screen text summary of a gate result, for terminals.




const EPOCH_SOURCE = {
    input: 'given',
    git: 'commit time of HEAD',
    default: 'default'
};
/** A value from a build or an image, on one line with controls made visible. */
function t(value, max = 300) {
    return (0,format/* oneLine */.TN)(String(value), max);
}
/** The verdict as text; `diffText` is renderDiffText's output, already neutralised line by line. */
function renderGateText(r, diffText = null) {
    const lines = [];
    const allow = r.allowList;
    lines.push(r.reproducible
        ? 'PASS  reproducible'
        : allow?.passed
            ? `WARN  ${t(allow.reason)}`
            : 'FAIL  not reproducible');
    lines.push(`  ${t(r.reason, 600)}`);
    if (allow) {
        if (!allow.passed)
            lines.push(`  allow-list: ${t(allow.reason, 600)}`);
        for (const g of allow.allowed) {
            lines.push(`  allowed  ${t(g.glob)}${g.reason !== null ? ` (${t(g.reason)})` : ''}: ${g.files.length} files`);
            for (const f of g.files.slice(0, 20))
                lines.push(`    ${t(f)}`);
            if (g.files.length > 20)
                lines.push(`    ... and ${g.files.length - 20} more`);
        }
        if (allow.outside.length > 0)
            lines.push(`  outside the list: ${allow.outside.map(f => t(f)).join(', ')}`);
    }
    lines.push(`  epoch    ${t(r.epoch)} (${t(EPOCH_SOURCE[r.epochSource])})`);
    lines.push(`  equality ${equality/* EQUALITY_NOTE */.G7[r.equality ?? 'digest']}`);
    if (r.engine.builder)
        lines.push(`  builder  ${t(r.engine.builder)}${r.engine.dockerContext ? ' (docker context)' : ''}`);
    for (const run of r.runs) {
        const label = run.run === 1 ? 'run 1 (warm)    ' : `run ${run.run} (isolated)`;
        const hits = run.totalSteps > 0
            ? `  cache ${t(run.cachedSteps)}/${t(run.totalSteps)} steps (${(0,format/* formatRatio */.B0)(run.cacheHitRatio)})`
            : '';
        const digest = t(run.digest ?? `failed: ${run.error ?? 'no digest'}`);
        lines.push(`  ${label}  ${digest}  ${(0,format/* formatDuration */.a3)(run.durationMs)}${run.run === 1 ? hits : ''}`);
    }
    if (r.runs.length > 2) {
        lines.push(`  digests  ${t((0,markdown_blocks/* driftLine */.wk)(r))}`);
        for (const g of (0,gate/* resultGroups */.Ki)(r)) {
            lines.push(`    ${t(g.digest ?? 'no image')}  ${g.runs.length === 1 ? 'run' : 'runs'} ${t(g.runs.join(', '))}`);
        }
    }
    if (r.platforms.length > 1) {
        const [a, b] = (0,gate/* comparedRuns */.K7)(r) ?? [1, 2];
        if (r.runs.length > 2)
            lines.push(`  platforms of run ${a} and run ${b}:`);
        for (const p of r.platforms) {
            lines.push(`  ${p.equal ? 'same' : 'DIFF'}  ${t(p.platform)}  ${t((0,format/* shortDigest */.VK)(p.run1))} ${t((0,format/* shortDigest */.VK)(p.run2))}`);
        }
    }
    if (diffText)
        lines.push('', diffText.replace(/\s+$/, ''));
    const kept = (0,gate/* keptLayouts */.mU)(r);
    if (kept.length === 2)
        lines.push('', `  ${t((0,gate/* keptLayoutsLine */.aL)(r.workDir, kept), 2000)}`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/core/runs.ts
var core_runs = __webpack_require__(5597);
// EXTERNAL MODULE: ./src/core/allow-list.ts
var allow_list = __webpack_require__(7839);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/build/args.ts
var args = __webpack_require__(6039);
// EXTERNAL MODULE: ./src/core/phase-log.ts
var phase_log = __webpack_require__(179);
// EXTERNAL MODULE: ./src/core/build/failure.ts
var build_failure = __webpack_require__(1858);
// EXTERNAL MODULE: ./src/core/buildkit/engine-check.ts
var engine_check = __webpack_require__(205);
// EXTERNAL MODULE: ./src/build/run-build.ts
var run_build = __webpack_require__(9644);
// EXTERNAL MODULE: ./src/build/preflight.ts + 2 modules
var preflight = __webpack_require__(2465);
// EXTERNAL MODULE: ./src/buildkit/args.ts
var buildkit_args = __webpack_require__(1615);
// EXTERNAL MODULE: ./src/buildkit/secrets.ts
var secrets = __webpack_require__(5425);
// EXTERNAL MODULE: ./src/build/temp-dir.ts
var temp_dir = __webpack_require__(4986);
;// CONCATENATED MODULE: ./src/gate/work-dir.ts
// The gate's temporary files: each run's OCI layout, metadata and context copy. Removed when the gate ends,
// except the two compared layouts of a failure, which `build-lab diff` reads.



/** What run `n` writes besides its context copy (contextCopyDir): its layout and metadata. */
function runFiles(n) {
    return [`run${n}`, `metadata-run${n}.json`];
}
/** Where run `n`'s copy of `context` goes: `context-run<n>-<8 hex>` (build/temp-dir.ts copyName). */
function contextCopyDir(workDir, n, context) {
    return external_node_path_.join(workDir, (0,temp_dir/* copyName */.vC)(`context-run${n}`, context));
}
/** The given directory, else a new `build-lab-*` one under RUNNER_TEMP or the system's temporary directory. */
async function openWorkDir(given) {
    if (given !== undefined) {
        await external_node_fs_.promises.mkdir(given, { recursive: true });
        return { dir: given, own: false };
    }
    return { dir: await (0,temp_dir/* makeTempDir */.mk)('build-lab-'), own: true };
}
/**
 * Removes the files of runs 1 to `runs`, except the layouts named in `keep` (`run1`, `run3`). The caller's
 * own files stay too.
 */
async function closeWorkDir(work, runs, keep) {
    if (work.own && keep.length === 0) {
        await external_node_fs_.promises.rm(work.dir, { recursive: true, force: true });
        return;
    }
    const prefixes = Array.from({ length: runs }, (_, i) => `context-run${i + 1}-`);
    const copies = (await external_node_fs_.promises.readdir(work.dir).catch(() => [])).filter(name => prefixes.some(prefix => name.startsWith(prefix)));
    const names = [...Array.from({ length: runs }, (_, i) => runFiles(i + 1)).flat(), ...copies].filter(name => !keep.includes(name));
    await Promise.all(names.map(name => external_node_fs_.promises.rm(external_node_path_.join(work.dir, name), { recursive: true, force: true })));
}

// EXTERNAL MODULE: ./src/cache/input-record.ts + 3 modules
var input_record = __webpack_require__(2024);
// EXTERNAL MODULE: ./src/core/report/miss-render.ts
var miss_render = __webpack_require__(265);
// EXTERNAL MODULE: ./src/core/miss/map.ts
var map = __webpack_require__(6554);
// EXTERNAL MODULE: ./src/context/tool-state.ts
var tool_state = __webpack_require__(5001);
// EXTERNAL MODULE: ./src/build/isolated-build.ts
var isolated_build = __webpack_require__(1720);
// EXTERNAL MODULE: ./src/build/request.ts
var request = __webpack_require__(6449);
;// CONCATENATED MODULE: ./src/gate/run-gate.ts
// Orchestrates the gate: engine check, epoch, run 1 (warm), runs 2..N (isolated, fresh checkout), verdict.





















function retryNote(log, run) {
    return error => log.info(`run ${run} failed in the engine, not in the Dockerfile (${error}): building it once more`);
}
/** A logger that redacts every line and step before it reaches `log`. */
function redactingLogger(log, redactor) {
    return {
        ...(0,phase_log/* redactingPhaseLogger */.f)(log, redactor),
        step: (run, step, phase) => log.step(run, redactor.data(step), phase)
    };
}
/**
 * Runs the whole gate. Throws BuildLabError (exit 2) for input, engine and run-1 failures, Interrupted on
 * SIGINT/SIGTERM. What it logs, returns and throws is redacted: no secret value leaves it. Its temporary
 * files are removed when it ends, except the two compared layouts of a failure.
 */
async function runGate(options, deps) {
    // ms since the process started: Node's own start and the loading of build-lab's code
    const beforeGateMs = Math.round(performance.now());
    const redactor = options.redactor ?? (await (0,secrets/* loadRedactor */.h_)(options));
    const work = await openWorkDir(options.workDir);
    const background = [];
    let result = null;
    try {
        result = redactor.data(await run_gate_gate(options, { ...deps, log: redactingLogger(deps.log, redactor) }, work.dir, {
            beforeGateMs,
            background
        }));
        return result;
    }
    catch (error) {
        if (error instanceof errors/* Interrupted */.j$)
            throw error;
        throw (0,secrets/* redactError */.ki)(error, redactor);
    }
    finally {
        await Promise.all(background);
        await closeWorkDir(work, options.runs ?? core_runs/* DEFAULT_RUNS */.V, result !== null ? (0,gate/* keptLayouts */.mU)(result) : []);
    }
}
const DAY = 86_400;
async function run_gate_gate(options, deps, workDir, 
/** beforeGateMs: see GateTimings; background: work that must settle before the work dir goes */
{ beforeGateMs, background }) {
    const startedMs = deps.nowMs();
    const { context, dockerfile } = await (0,request/* resolveInputs */.e)(options.context, options.file);
    let probesMs = 0;
    const { engine, epoch, source } = await deps.log.group('Checking the engine', async () => {
        const engine = await (0,preflight/* fitEngine */.mr)(deps.engine, line => deps.log.info(line), options.builder);
        probesMs = deps.nowMs() - startedMs;
        if (engine.builder)
            deps.log.info((0,preflight/* builderLine */.UO)(engine));
        const { epoch, source } = await (0,preflight/* buildEpoch */.iu)(options.epoch, options.buildArgs, context);
        deps.log.info(`epoch ${epoch} (${source === 'git' ? 'commit time of HEAD' : source === 'input' ? 'given' : 'default'})`);
        const epochNote = (0,engine_check/* epochCacheNote */.sL)(engine, epoch);
        if (epochNote !== null)
            deps.log.info(epochNote);
        return { engine, epoch, source };
    });
    const plan = (0,request/* buildPlan */.G)(options, { dockerfile, epoch, engine });
    const isSecret = (name) => (0,args/* isSecretArg */.Hm)(name, options.secretBuildArgs ?? []);
    const cache = deps.prepareCache
        ? await deps.prepareCache({ context, dockerfile, builder: plan })
        : { cacheFrom: options.cacheFrom, cacheTo: options.cacheTo };
    const runDir = (n) => external_node_path_.join(workDir, `run${n}`);
    // Hashed while run 1 builds: what each COPY read, for the explanation of run 1's misses.
    const hashing = (0,input_record/* hashContextFiles */.bU)(context, dockerfile).catch((error) => (0,errors/* errorMessage */.gJ)(error));
    const explainRun1 = async (steps, epoch) => {
        const files = await hashing;
        if (typeof files === 'string') {
            deps.log.info(`the cache misses of run 1 are not explained: ${files}`);
            return null;
        }
        const explained = await (0,input_record/* explainBuild */.gn)({
            dockerfileText: await external_node_fs_.promises.readFile(dockerfile, 'utf8'),
            buildArgs: options.buildArgs,
            epoch,
            files,
            steps,
            miss: cache.miss ?? { previous: null, origin: { hit: 'off' }, recordDir: null },
            build: { noCache: false }
        });
        if (explained.problem !== null)
            deps.log.info(explained.problem);
        const top = explained.report ? (0,miss_render/* costliestMiss */.lw)(explained.report) : null;
        if (top !== null)
            deps.log.info(`why run 1 ran steps: ${(0,miss_render/* richText */.YD)((0,map/* missSentence */.Kw)(top))}`);
        return explained.report;
    };
    // build-lab's own state and .git never reach BuildKit: the copies leave them out, and a build of the
    // context itself gets a Dockerfile-specific .dockerignore that does.
    const excluded = await (0,tool_state/* excludedPaths */.Zm)(context, dockerfile);
    if (excluded.length > 0)
        deps.log.info(`left out of both runs: ${excluded.join(', ')} (${tool_state/* NEVER_SENT_WHY */.ff})`);
    const context1 = options.varyMtime
        ? await (0,isolated_build/* checkoutTimeContext */.Fp)({
            context,
            dockerfile,
            epoch,
            exclude: excluded,
            dest: contextCopyDir(workDir, 1, context),
            builder: 'run 1'
        }, { nowMs: deps.nowMs, info: line => deps.log.info(line), signal: deps.signal })
        : context;
    // Run 2's copy is made while run 1 builds: both only read context1. Whatever happens to run 1, the
    // copy settles before the work dir goes. Its mtime leaves room for the later runs' copies, a day apart.
    const runs = options.runs ?? core_runs/* DEFAULT_RUNS */.V;
    const copyTo = (n) => options.varyMtime ? contextCopyDir(workDir, n, context) : null;
    const copy2 = copyTo(2);
    const copyStartedMs = deps.nowMs();
    let copyMs = null;
    const copying = copy2 === null
        ? undefined
        : timedCopy((0,isolated_build/* startFreshCopy */.Qb)({
            context: context1,
            dest: copy2,
            epoch,
            dockerfile,
            exclude: excluded,
            mtime: { span: runs - 1 }
        }, deps.nowMs), () => (copyMs = deps.nowMs() - copyStartedMs));
    if (copying)
        background.push(copying.done);
    const dockerfile1 = context1 === context
        ? await (0,tool_state/* dockerfileExcluding */.Mt)(context, dockerfile, excluded, external_node_path_.join(workDir, 'dockerfile'))
        : dockerfile;
    const args1 = (0,buildkit_args/* buildxArgs */.w$)({ ...plan, dockerfile: dockerfile1 }, {
        context: context1,
        outputDir: runDir(1),
        metadataFile: external_node_path_.join(workDir, 'metadata-run1.json'),
        noCache: false,
        cacheFrom: cache.cacheFrom,
        cacheTo: cache.cacheTo
    });
    const attempt1 = await deps.log.group('Run 1: warm build', async () => {
        deps.log.info(`docker ${(0,buildkit_args/* displayArgs */.st)(args1, isSecret).join(' ')}`);
        const attempt = await (0,run_build/* runBuildRetrying */.e)(1, args1, { metadataFile: external_node_path_.join(workDir, 'metadata-run1.json'), outputDir: runDir(1) }, { ...deps, onStep: (step, phase) => deps.log.step(1, step, phase), onRetry: retryNote(deps.log, 1) });
        if (attempt.record.error !== null) {
            throw new errors/* BuildLabError */.CG((0,build_failure/* runFailureMessage */.Pg)(1, attempt.failure ?? 'engine', attempt.record.error, attempt.attempts), { detail: attempt.record.errorLog ?? undefined });
        }
        return attempt;
    });
    const run1 = attempt1.record;
    const misses = await explainRun1(run1.steps, epoch);
    if (deps.afterRun1)
        await deps.log.group('Saving the cache mounts', deps.afterRun1);
    let clockWaitMs = 0;
    const records = [run1];
    const copyMtimes = new Map();
    for (let n = 2; n <= runs; n++) {
        const before = records[records.length - 1];
        const first = copyMtimes.get(2);
        const { record, copy } = await deps.log.group(`Run ${n}: isolated build (--no-cache, fresh checkout)`, async () => {
            const { record, copy, failure, attempts } = await (0,isolated_build/* isolatedBuild */._$)({
                plan: { ...plan, dockerfile: options.varyMtime ? dockerfile : dockerfile1 },
                context: context1,
                run: n,
                outputDir: runDir(n),
                metadataFile: external_node_path_.join(workDir, `metadata-run${n}.json`),
                copyTo: copyTo(n),
                ...(n === 2 && copying ? { copying } : {}),
                // Each later run gets its own mtime, a day after the one before it.
                ...(first !== undefined ? { copyMtime: { mtime: first + DAY * (n - 2) } } : {}),
                dockerfile,
                exclude: excluded,
                // Not run 1's exit: its export that follows the last step embeds no clock (SOURCE_DATE_EPOCH).
                afterMs: n === 2 ? attempt1.stepsEndedMs : Date.parse(before.startedAt) + before.durationMs,
                isSecret
            }, {
                engine: deps.engine,
                nowMs: deps.nowMs,
                sleep: ms => {
                    if (n === 2)
                        clockWaitMs += ms;
                    return deps.sleep(ms);
                },
                info: line => deps.log.info(line),
                onStep: (step, phase) => deps.log.step(n, step, phase),
                onRetry: retryNote(deps.log, n),
                signal: deps.signal
            });
            // Only a step that exits non-zero in the clean build is a finding; the engine failing is not a verdict.
            if (record.error !== null && failure !== 'step') {
                throw new errors/* BuildLabError */.CG((0,build_failure/* runFailureMessage */.Pg)(n, failure ?? 'engine', record.error, attempts), {
                    detail: record.errorLog ?? undefined
                });
            }
            return { record, copy };
        });
        if (copy !== null)
            copyMtimes.set(n, copy.mtime);
        records.push(record);
        // A clean build that fails in a step is the verdict already: no later run could change it.
        if (record.error !== null)
            break;
    }
    const run2 = records[1];
    const runs2To = records.length > 2 ? records[records.length - 1] : run2;
    // The timings are those of runs 1 and 2: the later runs' time is left out of the verdict's share.
    const laterRunsMs = Date.parse(runs2To.startedAt) + runs2To.durationMs - (Date.parse(run2.startedAt) + run2.durationMs);
    const equality = options.equality ?? 'digest';
    const maxDistinct = options.maxDistinctDigests ?? core_runs/* DEFAULT_MAX_DISTINCT */.YR;
    const v = (0,gate/* gateVerdict */.lr)(records, equality, maxDistinct);
    const diagnose = deps.diagnose;
    const pair = v.compared;
    const diff = !v.reproducible && pair !== null && diagnose
        ? await deps.log.group(records.length === 2
            ? 'Diagnosing the difference'
            : `Diagnosing the difference (run ${pair[0]} and run ${pair[1]})`, async () => {
            const hints = {
                dockerfile: { path: dockerfile, text: await external_node_fs_.promises.readFile(dockerfile, 'utf8') },
                target: options.target,
                contextMtime: copyMtimes.get(pair[1]) ?? null,
                buildkit: engine.buildkit
            };
            try {
                return await diagnose(runDir(pair[0]), runDir(pair[1]), hints);
            }
            catch (error) {
                (0,errors/* throwIfInterrupted */.sK)(deps.signal);
                // The verdict stands without a diagnosis; say why there is none.
                deps.log.info(`could not diagnose the difference: ${(0,errors/* errorMessage */.gJ)(error)}`);
                return null;
            }
        })
        : null;
    const ignore = options.ignore ?? [];
    const allowList = !v.reproducible && ignore.length > 0 ? (0,allow_list/* applyAllowList */.yg)(ignore, diff) : null;
    if (allowList !== null)
        deps.log.info(`allow-list: ${allowList.reason}`);
    const timings = (0,gate/* gateTimings */.zb)({
        beforeGateMs,
        startedMs,
        probesMs,
        runs: [run1, run2],
        copyMs,
        clockWaitMs,
        endMs: deps.nowMs() - laterRunsMs
    });
    return {
        reproducible: v.reproducible,
        digest: run1.digest,
        epoch,
        epochSource: source,
        reason: v.reason,
        varyMtime: options.varyMtime,
        equality,
        sameContent: v.sameContent,
        runs: records,
        platforms: v.platforms,
        engine,
        diff,
        workDir,
        dockerfile,
        ...(allowList !== null ? { allowList } : {}),
        ...(misses !== null ? { misses } : {}),
        timings,
        maxDistinctDigests: maxDistinct,
        distinctDigests: v.distinct,
        digestGroups: v.groups,
        compared: v.compared
    };
}
/** The copy, calling `onDone` when it settles (for the timings). */
function timedCopy(copy, onDone) {
    return {
        done: copy.done.then(outcome => {
            onDone();
            return outcome;
        })
    };
}

// EXTERNAL MODULE: ./src/cli/flags.ts + 1 modules
var cli_flags = __webpack_require__(3124);
// EXTERNAL MODULE: ./src/core/log-safety.ts
var log_safety = __webpack_require__(276);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/registry/reference.ts
var reference = __webpack_require__(7882);
;// CONCATENATED MODULE: ./src/core/cache/registry-tags.ts
// The keyed registry cache, as pure data: branch scopes, tag names per key level, and which tags to read and write.



const KEY_LEVELS = ['sources', 'lockfiles', 'definition'];
/** Outside a workflow (no branch known) and on the CLI without --cache-scope, runs write and read this scope. */
const LOCAL_SCOPE = 'local';
/** OCI distribution: `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`. */
const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const MAX_TAG_CHARS = 128;
const MAX_SCOPE_CHARS = 40;
const SUFFIX_HEX_CHARS = 8;
function shortHash(text, chars) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex').slice(0, chars);
}
/**
 * A branch name as a tag part. Names that are already valid stay as they are (`main`, `release-1.2`);
 * any other gets its invalid characters replaced and a hash of the raw name appended, so that
 * `feature/a` and `feature-a` never share a scope. At most 40 characters.
 */
function scopeName(branch) {
    const raw = branch.trim();
    const cleaned = raw
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/-+$/, '');
    if (cleaned === raw && raw !== '' && raw.length <= MAX_SCOPE_CHARS)
        return raw;
    const base = cleaned.slice(0, MAX_SCOPE_CHARS - SUFFIX_HEX_CHARS - 1).replace(/[.-]+$/, '');
    return `${base === '' ? 'scope' : base}-${shortHash(raw, SUFFIX_HEX_CHARS)}`;
}
/**
 * The scopes of a run. A pull request reads its own scope, then its base branch's, then the default
 * branch's, and writes only its own. Any other run writes its branch's scope (the default branch's is
 * the shared one) and reads it, then the default branch's. A PR whose head branch has the name of its
 * base or of the default branch (a fork's `main`) gets `pr-<name>`, so it never writes the shared scope.
 */
function scopesFor(source) {
    const clean = (s) => s === null || s === undefined || s.trim() === '' ? null : scopeName(s);
    const head = clean(source.headRef);
    const base = clean(source.baseRef);
    const fallback = clean(source.defaultBranch);
    const ref = clean(source.refName);
    let write;
    const read = [];
    if (head !== null) {
        write = head === base || head === fallback ? scopeName(`pr-${source.headRef?.trim() ?? ''}`) : head;
        read.push(write, base, fallback);
    }
    else {
        write = ref ?? fallback;
        read.push(write, fallback);
    }
    if (write === null)
        return null;
    return { write, read: [...new Set(read.filter((s) => s !== null))] };
}
/** Scopes given by hand (CLI flags, action inputs): the write scope first, then the others. */
function explicitScopes(write, read) {
    const w = scopeName(write);
    return { write: w, read: [...new Set([w, ...read.filter(r => r.trim() !== '').map(scopeName)])] };
}
/**
 * The registry keys of each level: the primary key, then the restore keys without their trailing `-`.
 * The least specific restore key (any cache of this os/arch) gets no tag: with immutable tags it
 * would hold whichever build came first, forever.
 */
function levelKeys(keys) {
    const keysByLevel = [keys.primary, ...keys.restoreKeys.slice(0, -1).map(k => k.replace(/-+$/, ''))];
    // Without a sources hash the primary key is the lockfile level.
    const levels = keysByLevel.length === 3 ? KEY_LEVELS : KEY_LEVELS.slice(1);
    return levels.map((level, i) => ({ level, key: keysByLevel[i] ?? '' })).filter(l => l.key !== '');
}
/**
 * `<scope>-<key>` as an OCI tag: invalid characters (a user's cache-key prefix may hold any) become
 * `_`, and a tag over 128 characters keeps its first part and ends in a hash of the whole.
 */
function levelTag(scope, key) {
    const full = `${scope}-${key}`.replace(/[^A-Za-z0-9._-]/g, '_');
    if (full.length <= MAX_TAG_CHARS)
        return full;
    const hash = shortHash(full, 16);
    return `${full.slice(0, MAX_TAG_CHARS - hash.length - 1)}-${hash}`;
}
/** Every tag this run may read: level-major (an exact key in the base scope beats a partial one in the own scope). */
function candidateTags(keys, scopes) {
    return levelKeys(keys).flatMap(({ level, key }) => scopes.read.map(scope => ({ scope, level, key, tag: levelTag(scope, key) })));
}
/**
 * Which tag to import and which to export, from which candidate tags exist. Tags are immutable: a
 * level that any readable scope already has is not written again, and when the exact key exists
 * nothing is written at all.
 */
function chooseRegistryCache(keys, scopes, exists) {
    const candidates = candidateTags(keys, scopes);
    const matched = candidates.find(c => exists.has(c.tag)) ?? null;
    const covered = new Set(candidates.filter(c => exists.has(c.tag)).map(c => c.level));
    const levels = levelKeys(keys);
    const top = levels[0];
    if (top !== undefined && covered.has(top.level) && matched !== null) {
        return { matched, write: [], skipped: `the exact key exists in scope ${matched.scope}` };
    }
    const write = levels
        .filter(({ level }) => !covered.has(level))
        .map(({ level, key }) => ({ scope: scopes.write, level, key, tag: levelTag(scopes.write, key) }));
    const skipped = write.length === 0 ? 'every key level exists already' : null;
    return { matched, write, skipped };
}
/** An image reference as a cache source or cache repository (`cache-from-images`, `--cache-from-image`, `cache-ref`), or one line on what is wrong. */
function imageRef(ref, what) {
    const parsed = (0,reference/* tryParseReference */.WF)(ref);
    if (typeof parsed === 'string') {
        throw new errors/* BuildLabError */.CG(`${what}: ${JSON.stringify(ref.slice(0, 200))} is not an image reference (${parsed}); give one like ghcr.io/owner/app:builder`);
    }
    return parsed.written;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/cache/local-cache.ts
// Checks a BuildKit local cache directory (OCI layout) before it is trusted, and measures it.




/** Descriptors are followed this deep (index.json → cache manifest list → layers and config). */
const MAX_DEPTH = 4;
/** JSON blobs above this size are only size-checked, not hashed and parsed. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;
/**
 * A restored cache is trusted only when `oci-layout` and `index.json` parse and every blob
 * they reach exists with its recorded size; JSON blobs are hashed too. A tar that extracted
 * partly, or an archive garbled in transit, fails here instead of failing the build.
 */
async function checkLocalCache(dir) {
    try {
        const layout = parseObject(await (0,promises_.readFile)(external_node_path_default().join(dir, 'oci-layout'), 'utf8'), 'oci-layout');
        if (typeof layout['imageLayoutVersion'] !== 'string')
            return bad('oci-layout has no imageLayoutVersion');
        const index = parseObject(await (0,promises_.readFile)(external_node_path_default().join(dir, 'index.json'), 'utf8'), 'index.json');
        const manifests = descriptorsOf(index);
        if (manifests.length === 0)
            return bad('index.json lists no manifests');
        for (const descriptor of manifests)
            await checkDescriptor(dir, descriptor, 1);
        return { ok: true, sizeBytes: await directorySize(dir) };
    }
    catch (error) {
        return bad((0,errors/* errorMessage */.gJ)(error));
    }
}
/** The text of `index.json`, or null when the directory has none. */
async function readIndex(dir) {
    try {
        return await (0,promises_.readFile)(external_node_path_default().join(dir, 'index.json'), 'utf8');
    }
    catch {
        return null;
    }
}
/** Bytes of all regular files below `dir`; 0 when it does not exist. */
async function directorySize(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return 0;
    }
    let total = 0;
    for (const entry of entries) {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory())
            total += await directorySize(full);
        else if (entry.isFile())
            total += (await (0,promises_.lstat)(full)).size;
    }
    return total;
}
async function checkDescriptor(dir, descriptor, depth) {
    const match = /^(sha256|sha512):([0-9a-f]+)$/.exec(descriptor.digest);
    if (match === null)
        throw new Error(`unsupported digest ${descriptor.digest}`);
    const [, algorithm = '', hex = ''] = match;
    const blob = external_node_path_default().join(dir, 'blobs', algorithm, hex);
    let size;
    try {
        size = (await (0,promises_.stat)(blob)).size;
    }
    catch {
        throw new Error(`blob ${descriptor.digest} is missing`);
    }
    if (size !== descriptor.size) {
        throw new Error(`blob ${descriptor.digest} has ${size} bytes, expected ${descriptor.size}`);
    }
    if (!isJson(descriptor.mediaType) || size > MAX_JSON_BYTES)
        return;
    const bytes = await (0,promises_.readFile)(blob);
    const actual = (0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex');
    if (actual !== hex)
        throw new Error(`blob ${descriptor.digest} does not match its digest`);
    // The cache config is JSON too, but its `layers` are BuildKit records, not descriptors.
    if (depth >= MAX_DEPTH || !/index|manifest/.test(descriptor.mediaType))
        return;
    const children = descriptorsOf(parseObject(bytes.toString('utf8'), descriptor.digest));
    for (const child of children)
        await checkDescriptor(dir, child, depth + 1);
}
function isJson(mediaType) {
    return mediaType.endsWith('+json') || mediaType === 'application/vnd.buildkit.cacheconfig.v0';
}
/** The descriptors an OCI index or manifest points to: manifests, config and layers. */
function descriptorsOf(document) {
    const found = [];
    for (const field of ['manifests', 'layers']) {
        const list = document[field];
        if (Array.isArray(list))
            found.push(...list);
    }
    if (document['config'] !== undefined)
        found.push(document['config']);
    return found.map(item => {
        if (!isDescriptor(item))
            throw new Error(`malformed descriptor ${JSON.stringify(item)}`);
        return item;
    });
}
function isDescriptor(item) {
    if (typeof item !== 'object' || item === null)
        return false;
    const { mediaType, digest, size } = item;
    return typeof mediaType === 'string' && typeof digest === 'string' && typeof size === 'number';
}
function parseObject(text, name) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new Error(`${name} is not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`${name} is not a JSON object`);
    }
    return value;
}
function bad(reason) {
    return { ok: false, reason };
}

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 351 modules
var cache = __webpack_require__(8509);
;// CONCATENATED MODULE: ./src/cache/command-capture.ts
// Catches the warnings @actions/cache prints as workflow commands, so a failure is reported once, by us.
/**
 * Messages @actions/cache 6 prints with core.warning / core.error when it swallows a failure.
 * Only these are held back: any other warning printed meanwhile (the gate's own) goes through.
 */
const SWALLOWED_PREFIXES = [
    'Failed to restore: ',
    'Failed to save: ',
    'Cache reservation failed: ',
    "You've hit a rate limit",
    'uploadCacheArchiveSDK: '
];
const listeners = new Set();
let originalWrite = null;
let patchedWrite = null;
/**
 * Runs `operation` while @actions/cache's warnings go to `listener` instead of stdout. The
 * capture lasts until the operation settles, even when the caller stopped waiting for it,
 * because a timed-out restore may still print its failure later.
 */
function captureCacheCommands(operation, listener) {
    listeners.add(listener);
    install();
    let running;
    try {
        running = operation();
    }
    catch (error) {
        running = Promise.reject(error);
    }
    return running.finally(() => {
        listeners.delete(listener);
        if (listeners.size === 0)
            uninstall();
    });
}
/** Decodes one `::command props::message` line; null for anything else. */
function parseCommand(line) {
    const match = /^::(warning|error|debug)(?: [^:]*)?::(.*)$/.exec(line.replace(/\r?\n$/, ''));
    if (match === null)
        return null;
    const command = match[1] === 'warning' ? 'warning' : match[1] === 'error' ? 'error' : 'debug';
    const message = (match[2] ?? '').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    return { command, message };
}
function install() {
    if (originalWrite !== null)
        return;
    const original = process.stdout.write;
    originalWrite = original;
    // The two overloads of Writable.write, named.
    const withCallback = original;
    const withEncoding = original;
    const patched = function (chunk, encodingOrCallback, callback) {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const command = listeners.size > 0 ? (parseCommand(text) ?? { command: 'info', message: text.trimEnd() }) : null;
        if (command !== null) {
            for (const listener of listeners)
                listener(command);
            if ((command.command === 'warning' || command.command === 'error') &&
                SWALLOWED_PREFIXES.some(p => command.message.startsWith(p))) {
                return true;
            }
        }
        return typeof encodingOrCallback === 'function'
            ? withCallback.call(this, chunk, encodingOrCallback)
            : withEncoding.call(this, chunk, encodingOrCallback, callback);
    };
    process.stdout.write = patched;
    patchedWrite = patched;
}
function uninstall() {
    if (originalWrite === null)
        return;
    // Someone patched stdout after us (a test reporter): leave their wrapper in place.
    if (process.stdout.write === patchedWrite)
        process.stdout.write = originalWrite;
    originalWrite = null;
    patchedWrite = null;
}

;// CONCATENATED MODULE: ./src/cache/store.ts
// The cache service behind a small interface: @actions/cache for real, fakes in orchestrator tests.



/** @actions/cache requests are cut at this per-request socket timeout on the Azure SDK path. */
const MAX_REQUEST_TIMEOUT_MS = 30_000;
/** The real store, on @actions/cache 6 (cache service v2 when ACTIONS_CACHE_SERVICE_V2 is set). */
function createActionsCacheStore() {
    const running = new Set();
    const track = (operation) => {
        running.add(operation);
        const forget = () => void running.delete(operation);
        operation.then(forget, forget);
        return operation;
    };
    return {
        isAvailable: () => cache/* isFeatureAvailable */.w3(),
        async restore(paths, primaryKey, restoreKeys, options) {
            const failures = [];
            let announced = null;
            const onCommand = (line) => {
                const hit = /^Cache hit for(?: restore-key)?: (.*)$/.exec(line.message);
                if (line.command === 'info' && hit !== null)
                    announced = hit[1] ?? null;
                const isWarning = line.command === 'warning' || line.command === 'error';
                if (isWarning && line.message.startsWith('Failed to restore: ')) {
                    failures.push(line.message.slice('Failed to restore: '.length));
                }
            };
            try {
                const matchedKey = await track(captureCacheCommands(() => cache/* restoreCache */.P3(paths, primaryKey, restoreKeys, {
                    segmentTimeoutInMs: options.timeoutMs,
                    timeoutInMs: Math.min(options.timeoutMs, MAX_REQUEST_TIMEOUT_MS)
                }), onCommand));
                const failure = failures[0] ?? null;
                return { matchedKey: matchedKey ?? announced, failure };
            }
            catch (error) {
                // Only a ValidationError (bad key) gets through @actions/cache.
                return { matchedKey: null, failure: (0,errors/* errorMessage */.gJ)(error) };
            }
        },
        async save(paths, key) {
            const failures = [];
            let reserveFailure = '';
            const onCommand = (line) => {
                if (line.command === 'debug') {
                    if (line.message.startsWith('Failed to reserve cache: ')) {
                        reserveFailure = line.message.slice('Failed to reserve cache: '.length);
                    }
                }
                else if (line.command === 'info') {
                    return;
                }
                else if (line.message.startsWith('Cache reservation failed: ')) {
                    reserveFailure = line.message;
                }
                else {
                    failures.push(line.message.replace(/^Failed to save: /, ''));
                }
            };
            try {
                const id = await track(captureCacheCommands(() => cache/* saveCache */.Io(paths, key), onCommand));
                if (id !== -1 && failures.length === 0)
                    return { outcome: 'saved' };
                if (failures.length > 0)
                    return { outcome: 'failed', detail: failures[0] ?? '' };
                // ReserveCacheError: @actions/cache logs it as info, whether the key exists or the
                // service could not be reached; the debug line it prints tells which.
                if (/already exists|\(409\)/i.test(reserveFailure))
                    return { outcome: 'exists', detail: reserveFailure };
                return {
                    outcome: 'failed',
                    detail: reserveFailure === '' ? 'the cache service did not accept the entry' : reserveFailure
                };
            }
            catch (error) {
                return { outcome: 'failed', detail: (0,errors/* errorMessage */.gJ)(error) };
            }
        },
        async settled() {
            while (running.size > 0)
                await Promise.allSettled([...running]);
        }
    };
}

;// CONCATENATED MODULE: ./src/cache/build-cache.ts
// Restores and saves the BuildKit local cache around run 1; every cache failure degrades to a cold build.





const DEFAULT_RESTORE_TIMEOUT_MS = 120_000;
const DEFAULT_SAVE_TIMEOUT_MS = 300_000;
/** The directory restores land in and saves are made from. */
function cacheDir(workDir) {
    return external_node_path_default().join(workDir, 'buildkit-cache');
}
/** A place for `--cache-to type=local,dest=`: empty, next to the restored cache. */
async function freshCacheDir(workDir) {
    const dir = external_node_path_default().join(workDir, 'buildkit-cache-new');
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(workDir, { recursive: true });
    return dir;
}
/** Restores the newest matching cache into `cacheDir(workDir)`. Never throws, never waits past the timeout. */
async function restoreBuildCache(options) {
    const started = performance.now();
    const { logger, keys } = options;
    const store = options.store ?? createActionsCacheStore();
    const dir = cacheDir(options.workDir);
    const result = (fields) => ({
        hit: 'miss',
        matchedKey: null,
        dir: null,
        sizeBytes: 0,
        degraded: null,
        serviceDown: false,
        ...fields,
        restoreMs: Math.round(performance.now() - started)
    });
    const degrade = async (reason, fields = {}) => {
        logger.warning(`BuildKit cache not restored, building cold: ${reason}`);
        await removeQuietly(dir);
        return result({ degraded: reason, ...fields });
    };
    if (!isAvailable(store, logger)) {
        logger.info('No Actions cache service here: building without a restored cache.');
        return result({});
    }
    const mode = cacheMode(options);
    if (mode === 'none' || mode === 'write-only') {
        logger.info(`Cache restore skipped: ACTIONS_CACHE_MODE is '${mode}'.`);
        return result({});
    }
    try {
        await removeQuietly(dir);
        await (0,promises_.mkdir)(options.workDir, { recursive: true });
    }
    catch (error) {
        return degrade(`cannot prepare ${dir}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const timeoutMs = options.restoreTimeoutMs ?? DEFAULT_RESTORE_TIMEOUT_MS;
    logger.debug(`Cache keys: ${keys.primary}, then ${keys.restoreKeys.join(', ')}`);
    const restoring = store
        .restore([dir], keys.primary, keys.restoreKeys, { timeoutMs })
        .catch((error) => ({ matchedKey: null, failure: (0,errors/* errorMessage */.gJ)(error) }));
    const outcome = await withTimeout(restoring, timeoutMs);
    if (outcome === 'timeout') {
        return degrade(`the cache service did not answer within ${seconds(timeoutMs)}`, { serviceDown: true });
    }
    if (outcome.failure !== null) {
        // A tar or zstd failure means a bad archive; anything else means the service or the transfer.
        const badArchive = /\b(tar|zstd|unzstd|gzip)\b/.test(outcome.failure);
        return degrade(outcome.failure, { serviceDown: !badArchive, matchedKey: outcome.matchedKey });
    }
    if (outcome.matchedKey === null) {
        logger.info(`No BuildKit cache for ${keys.primary} or its restore keys.`);
        return result({});
    }
    const check = await checkLocalCache(dir);
    if (!check.ok) {
        return degrade(`the restored cache is damaged (${check.reason})`, { matchedKey: outcome.matchedKey });
    }
    const hit = outcome.matchedKey === keys.primary ? 'exact' : 'partial';
    logger.info(`BuildKit cache restored (${hit}) from ${outcome.matchedKey}: ${check.sizeBytes} bytes.`);
    return result({ hit, matchedKey: outcome.matchedKey, dir, sizeBytes: check.sizeBytes });
}
/**
 * Saves `freshDir` (the `--cache-to` of run 1) under the primary key, unless the restore was an
 * exact hit or the cache did not change. It is moved to `cacheDir(workDir)` first, since
 * @actions/cache saves by path. Never throws.
 */
async function saveBuildCache(options, restored, freshDir) {
    const started = performance.now();
    const { logger, keys } = options;
    const store = options.store ?? createActionsCacheStore();
    const sizeBytes = await directorySize(freshDir);
    const result = (saved, reason) => ({
        saved,
        reason,
        sizeBytes,
        saveMs: Math.round(performance.now() - started)
    });
    const skip = (reason) => {
        logger.info(`BuildKit cache not saved: ${reason}.`);
        return result(false, reason);
    };
    const fail = (reason) => {
        logger.warning(`BuildKit cache not saved: ${reason}`);
        return result(false, reason);
    };
    if (!isAvailable(store, logger))
        return skip('no Actions cache service');
    const mode = cacheMode(options);
    if (mode === 'none' || mode === 'read')
        return skip(`ACTIONS_CACHE_MODE is '${mode}'`);
    if (restored.hit === 'exact')
        return skip(`exact hit on ${keys.primary}`);
    // Saving again would only be refused: the entry exists, even if its archive came back damaged.
    if (restored.matchedKey === keys.primary)
        return skip(`${keys.primary} exists already`);
    if (restored.serviceDown)
        return skip('the cache service failed during the restore');
    const check = await checkLocalCache(freshDir);
    if (!check.ok)
        return skip(`run 1 left no usable cache in ${freshDir} (${check.reason})`);
    const freshIndex = await readIndex(freshDir);
    if (restored.dir !== null && freshIndex !== null && freshIndex === (await readIndex(restored.dir))) {
        return skip('the cache did not change');
    }
    const dir = cacheDir(options.workDir);
    try {
        if (external_node_path_default().resolve(freshDir) !== external_node_path_default().resolve(dir))
            await replaceDir(freshDir, dir);
    }
    catch (error) {
        return fail(`cannot move the cache to ${dir}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const timeoutMs = options.saveTimeoutMs ?? DEFAULT_SAVE_TIMEOUT_MS;
    const saving = store
        .save([dir], keys.primary)
        .catch((error) => ({ outcome: 'failed', detail: (0,errors/* errorMessage */.gJ)(error) }));
    const outcome = await withTimeout(saving, timeoutMs);
    if (outcome === 'timeout')
        return fail(`the cache service did not finish within ${seconds(timeoutMs)}`);
    switch (outcome.outcome) {
        case 'saved':
            logger.info(`BuildKit cache saved as ${keys.primary}: ${sizeBytes} bytes.`);
            return result(true, 'saved');
        case 'exists':
            return fail(`another job saved ${keys.primary} first`);
        case 'failed':
            return fail(outcome.detail);
    }
}
/** Whether the cache service is configured; a throwing check counts as no. */
function isAvailable(store, logger) {
    try {
        return store.isAvailable();
    }
    catch (error) {
        logger.debug(`Cache service check failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return false;
    }
}
/** ACTIONS_CACHE_MODE (none, read, write-only, ...) unless the options give one. */
function cacheMode(options) {
    return (options.cacheMode ?? process.env['ACTIONS_CACHE_MODE'] ?? '').trim().toLowerCase();
}
/** The value, or 'timeout'; the operation itself is left running (callers pass non-rejecting ones). */
async function withTimeout(operation, ms) {
    let timer;
    const timeout = new Promise(resolve => {
        timer = setTimeout(() => resolve('timeout'), ms);
    });
    try {
        return await Promise.race([operation, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function replaceDir(from, to) {
    await (0,promises_.rm)(to, { recursive: true, force: true });
    try {
        await (0,promises_.rename)(from, to);
    }
    catch {
        // Across file systems (EXDEV): copy, then drop the original.
        await (0,promises_.cp)(from, to, { recursive: true });
        await (0,promises_.rm)(from, { recursive: true, force: true });
    }
}
async function removeQuietly(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/core/cache/key.ts
// Cache keys for the BuildKit local cache: pure hashing of the build definition, no I/O.

const CACHE_KEY_VERSION = 'build-lab-v1';
/**
 * Build args left out of the key. SOURCE_DATE_EPOCH is the commit time: it changes on every
 * commit, so keying on it would make every run a miss of the primary key and a fresh save.
 */
const KEY_IGNORED_BUILD_ARGS = ['SOURCE_DATE_EPOCH'];
const HASH_HEX_CHARS = 16;
const MAX_PREFIX_CHARS = 100;
/**
 * Keys `[prefix-]build-lab-v1-<os>-<arch>-<definition hash>-<dependency hash>-<sources hash>`.
 * The restore keys drop the sources hash first (a source-only edit restores the cache of the same
 * Dockerfile and lockfiles: a partial hit), then the dependency hash (a lockfile change still restores
 * the cache of the same Dockerfile), then the definition hash (any cache of this os/arch).
 */
function computeCacheKeys(inputs) {
    const base = [cleanPrefix(inputs.prefix), CACHE_KEY_VERSION, cleanPart(inputs.os), cleanPart(inputs.arch)]
        .filter(part => part !== '')
        .join('-');
    const definition = hashFields([
        ['dockerfile', inputs.dockerfile],
        // An empty .dockerignore and none at all send the same context.
        ['dockerignore', inputs.dockerignore ?? ''],
        ...sortedBuildArgs(inputs.buildArgs).map(([name, value]) => [`arg:${name}`, value]),
        ...[...(inputs.secrets ?? [])]
            .sort((a, b) => compareStrings(a.id, b.id))
            .map((s) => [`secret:${s.id}`, s.sha256]),
        ['target', inputs.target ?? ''],
        ...normalisedPlatforms(inputs.platforms).map((p) => ['platform', p])
    ]);
    const dependencies = hashFields([...inputs.lockfiles]
        .sort((a, b) => compareStrings(a.path, b.path))
        .map((file) => [`lockfile:${file.path}`, file.content]));
    const lockLevel = `${base}-${definition}-${dependencies}`;
    if (!inputs.sources)
        return { primary: lockLevel, restoreKeys: [`${base}-${definition}-`, `${base}-`] };
    return {
        primary: `${lockLevel}-${hashFields([['sources', inputs.sources]])}`,
        restoreKeys: [`${lockLevel}-`, `${base}-${definition}-`, `${base}-`]
    };
}
function sortedBuildArgs(args) {
    return Object.entries(args)
        .filter(([name]) => !KEY_IGNORED_BUILD_ARGS.includes(name))
        .sort(([a], [b]) => compareStrings(a, b));
}
function normalisedPlatforms(platforms) {
    const cleaned = (platforms ?? []).map(p => p.trim()).filter(p => p !== '');
    return [...new Set(cleaned)].sort(compareStrings);
}
/** Length-prefixed fields, so that no two different field lists hash the same bytes. */
function hashFields(fields) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const [name, value] of fields) {
        for (const part of [name, value]) {
            const bytes = Buffer.from(part, 'utf8');
            hash.update(`${bytes.length}:`);
            hash.update(bytes);
        }
    }
    return hash.digest('hex').slice(0, HASH_HEX_CHARS);
}
/** Cache keys may not contain commas; keep the prefix readable and short. */
function cleanPrefix(prefix) {
    const cleaned = (prefix ?? '')
        .trim()
        .replace(/[\s,]+/g, '-')
        .replace(/-+$/, '');
    return cleaned.slice(0, MAX_PREFIX_CHARS);
}
function cleanPart(part) {
    return part.trim().replace(/[\s,-]+/g, '_');
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/context/context-files.ts
var context_files = __webpack_require__(1210);
// EXTERNAL MODULE: ./src/core/context/lockfiles.ts
var context_lockfiles = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cache/key-inputs.ts
// Reads what the cache key hashes from disk: the Dockerfile, its .dockerignore and the context's lockfiles.






const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/**
 * Reads the Dockerfile (throws when it cannot: the build could not run either), the `.dockerignore`
 * BuildKit would use, the lockfiles, and a digest of every file the build can see, so that a
 * source-only edit changes only the last part of the key.
 */
async function collectKeyInputs(context, dockerfilePath, options = {}) {
    const dockerfile = await (0,promises_.readFile)(dockerfilePath, 'utf8');
    const dockerignore = await (0,context_files/* readDockerignore */.$k)(context, dockerfilePath);
    const entries = await (0,context_files/* listContext */.Yr)(context, dockerignore);
    const maxDepth = options.maxDepth ?? 4;
    const found = entries
        .filter(e => e.kind === 'file' && (0,context_lockfiles/* isLockfile */.em)(e.rel))
        .filter(e => e.rel.split('/').length - 1 <= maxDepth && !e.rel.split('/').some(p => SKIPPED_DIRS.has(p)))
        .slice(0, options.maxLockfiles ?? 64);
    const lockfiles = [];
    for (const e of found) {
        const content = await readOptional(external_node_path_default().join(context, e.rel));
        if (content !== null)
            lockfiles.push({ path: e.rel, content });
    }
    return { dockerfile, dockerignore, lockfiles, sources: await hashContext(context, entries) };
}
/** sha256 over each visible entry's path, kind, and content or link target; mtimes are left out. */
async function hashContext(context, entries) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const e of entries) {
        hash.update(`${e.kind}\0${e.rel}\0`);
        const full = external_node_path_default().join(context, e.rel);
        if (e.kind === 'symlink')
            hash.update(await (0,promises_.readlink)(full));
        else if (e.kind === 'file') {
            hash.update(`${e.size}\0`);
            for await (const chunk of (0,external_node_fs_.createReadStream)(full))
                hash.update(chunk);
        }
        hash.update('\0');
    }
    return hash.digest('hex');
}
async function readOptional(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/core/registry/manifest.ts
var manifest = __webpack_require__(3782);
// EXTERNAL MODULE: ./src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(2455);
;// CONCATENATED MODULE: ./src/cache/registry-probe.ts
// What the registry cache asks a registry, through the one registry client: is it up, does a tag exist, does an image carry inline cache.



/** The registry host of a reference (`registry-1.docker.io` for Docker Hub); the reference as is when it does not parse. */
function registryHost(ref) {
    const parsed = (0,reference/* tryParseReference */.WF)(ref);
    return typeof parsed === 'string' ? ref.split('/')[0] : parsed.host;
}
/** `host/name[:tag]` → `host/name`: the cache's tags are the keys. */
function cacheRepository(ref) {
    const parsed = (0,reference/* tryParseReference */.WF)(ref);
    return typeof parsed === 'string' ? ref : `${parsed.registry}/${parsed.repository}`;
}
function createRegistryProbe(client = (0,registry_client.createRegistryClient)({ timeoutMs: 5_000 })) {
    return {
        // BuildKit tries https, then http for a loopback or insecure registry: the probe asks both.
        ping: host => client.ping(host, { schemes: ['https', 'http'] }),
        async tag(repository, tag) {
            try {
                const resolved = await client.resolveDigest(`${repository}:${tag}`);
                return { state: 'present', digest: resolved.digest };
            }
            catch (error) {
                if (error instanceof registry_client.RegistryError && error.kind === 'not-found')
                    return { state: 'absent' };
                return { state: 'unknown', reason: (0,errors/* errorMessage */.gJ)(error) };
            }
        },
        async inlineCache(image, platform) {
            try {
                return { inline: (await client.fetchConfig(image, { platform })).inlineCache };
            }
            catch (error) {
                return { error: (0,errors/* errorMessage */.gJ)(error) };
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/cache/registry-cache.ts



/**
 * Probes every candidate tag with HEAD, imports the most specific one that exists, and exports only
 * own-scope levels that no readable scope has: a tag that exists is never pushed again. BuildKit fails
 * the whole build when `--cache-to type=registry` cannot push (checked on BuildKit 0.13: "error writing
 * layer blob ... connection refused", exit 1), so a registry that does not answer before run 1 turns
 * the cache off for this run, with one warning; one that fails during run 1 is covered by
 * `ignore-error=true` on each `--cache-to` (buildkit/args.ts), and `confirm()` warns once.
 * Two writers racing on the same new key both push it: the blobs are content-addressed, the tag
 * ends up naming one of two equivalent caches.
 */
async function planRegistryCache(request, logger, probe = createRegistryProbe()) {
    const repository = cacheRepository(request.ref);
    const off = (note, fields = {}) => ({
        cacheFrom: [],
        cacheTo: [],
        unreachable: null,
        matched: null,
        writes: [],
        skipped: note,
        confirm: async () => ({ saved: false, note }),
        ...fields
    });
    const before = await probe.ping(registryHost(repository));
    if (!before.ok) {
        const note = `registry cache ${repository} unreachable (${before.reason})`;
        logger.warning(`${note}: run 1 builds cold and exports no cache.`);
        return off(note, { unreachable: note });
    }
    const candidates = candidateTags(request.keys, request.scopes);
    const states = await Promise.all(candidates.map(c => probe.tag(repository, c.tag)));
    const unknown = states.find(s => s.state === 'unknown');
    if (unknown !== undefined && unknown.state === 'unknown') {
        // Without knowing which tags exist, a push could overwrite one: read them all, write none.
        const note = `cannot tell which tags of ${repository} exist (${unknown.reason})`;
        logger.warning(`${note}: run 1 imports every candidate tag and exports no cache.`);
        const refs = [...new Set(candidates.map(c => c.tag))];
        return off(note, { cacheFrom: refs.map(tag => ({ type: 'registry', ref: `${repository}:${tag}` })) });
    }
    const exists = new Set(candidates.filter((_, i) => states[i]?.state === 'present').map(c => c.tag));
    const choice = chooseRegistryCache(request.keys, request.scopes, exists);
    if (choice.matched !== null) {
        const m = choice.matched;
        logger.info(`Registry cache: ${m.level} level in scope ${m.scope} (${repository}:${m.tag}).`);
    }
    else {
        logger.info(`Registry cache: no tag for these keys in scopes ${request.scopes.read.join(', ')}.`);
    }
    if (choice.skipped !== null)
        logger.info(`Registry cache not exported: ${choice.skipped}.`);
    const cacheFrom = choice.matched === null ? [] : [{ type: 'registry', ref: `${repository}:${choice.matched.tag}` }];
    const cacheTo = choice.write.map(w => ({
        type: 'registry',
        ref: `${repository}:${w.tag}`,
        // The gate never fails over its cache: an export that fails is a warning, not a failed run 1.
        ignoreError: true
    }));
    return {
        cacheFrom,
        cacheTo,
        unreachable: null,
        matched: choice.matched,
        writes: choice.write,
        skipped: choice.skipped,
        async confirm() {
            if (choice.write.length === 0)
                return { saved: false, note: choice.skipped ?? 'nothing to export' };
            const after = await Promise.all(choice.write.map(w => probe.tag(repository, w.tag)));
            const missing = choice.write.filter((_, i) => after[i]?.state !== 'present');
            if (missing.length === 0) {
                const tags = choice.write.map(w => w.tag).join(', ');
                logger.info(`Registry cache exported to ${repository}: ${tags}.`);
                return {
                    saved: true,
                    note: `exported ${choice.write.length} tag(s) to scope ${request.scopes.write}`
                };
            }
            const failed = after.find(s => s.state === 'unknown');
            const why = failed !== undefined && failed.state === 'unknown' ? failed.reason : 'not in the registry after run 1';
            const note = `registry cache export to ${repository} did not land (${missing.map(w => w.tag).join(', ')}: ${why})`;
            logger.warning(`${note}: the next run may build cold.`);
            return { saved: false, note };
        }
    };
}
/**
 * Published images as read-only cache sources: each is used when its config (for `platform`) carries
 * inline cache metadata, else left out with one warning. Never throws.
 */
async function checkImageSources(images, platform, logger, probe = createRegistryProbe()) {
    const sources = [];
    for (const ref of [...new Set(images)]) {
        const read = await probe.inlineCache(ref, platform);
        if ('error' in read) {
            const note = `cache-from image ${ref} not used: cannot read its ${platform} config (${read.error})`;
            logger.warning(note);
            sources.push({ ref, used: false, note });
        }
        else if (!read.inline) {
            const note = `cache-from image ${ref} carries no inline cache metadata (${manifest/* INLINE_CACHE_KEY */.VM}): build it with --cache-to type=inline; not used`;
            logger.warning(note);
            sources.push({ ref, used: false, note });
        }
        else {
            logger.info(`Cache source ${ref}: inline cache metadata found.`);
            sources.push({ ref, used: true, note: 'inline cache' });
        }
    }
    return sources;
}

;// CONCATENATED MODULE: ./src/cache/gate-cache.ts
// The cache around the gate: keys and restore before run 1, the cache flags for run 1, the save after.







const CACHE_OFF = {
    backend: 'off',
    hit: 'miss',
    key: null,
    matchedKey: null,
    restoreMs: null,
    saveMs: null,
    sizeBytes: null,
    saved: false,
    note: 'cache disabled',
    sourceOnlyEdit: false,
    matchedLevel: null,
    matchedScope: null,
    scope: null,
    readScopes: [],
    written: [],
    imageSources: []
};
/** Whether run 1 skips `--cache-to`: the restore was exact, so saveBuildCache would not save what it exports. */
function skipsExport(restored) {
    return restored.hit === 'exact' && restored.dir !== null;
}
/** The platform whose config an image source is checked in: the first build platform, else the runner's. */
function sourcePlatform(platforms, arch = external_node_os_.arch()) {
    const first = platforms[0]?.trim();
    if (first)
        return first;
    const goArch = { x64: 'amd64', ia32: '386', arm: 'arm/v7', ppc64: 'ppc64le' };
    return `linux/${goArch[arch] ?? arch}`;
}
async function prepareGateCache(settings, build, logger) {
    const noRecord = (note) => ({
        previous: null,
        origin: { hit: 'off', note },
        recordDir: null
    });
    if (!settings.enabled) {
        return { cacheFrom: [], cacheTo: [], miss: noRecord('cache disabled'), finish: async () => CACHE_OFF };
    }
    let keys;
    try {
        const files = await collectKeyInputs(build.context, build.dockerfile);
        keys = computeCacheKeys({
            os: external_node_os_.platform(),
            arch: external_node_os_.arch(),
            prefix: settings.prefix,
            ...files,
            buildArgs: Object.fromEntries(build.buildArgs.map(a => [a.name, a.value])),
            ...(build.secrets ? { secrets: build.secrets } : {}),
            target: build.target,
            platforms: build.platforms
        });
    }
    catch (error) {
        logger.warning(`cache disabled for this run: could not compute the cache key (${(0,errors/* errorMessage */.gJ)(error)})`);
        return {
            cacheFrom: [],
            cacheTo: [],
            miss: noRecord('no cache key'),
            finish: async () => ({ ...CACHE_OFF, note: 'no cache key' })
        };
    }
    const images = await checkImageSources(settings.imageSources, sourcePlatform(build.platforms), logger, ...(settings.registry ? [settings.registry] : []));
    const imageRefs = images.filter(i => i.used).map(i => ({ type: 'registry', ref: i.ref }));
    if (settings.backend === 'images') {
        return {
            cacheFrom: imageRefs,
            cacheTo: [],
            miss: noRecord('image sources keep no record of the build they came from'),
            finish: async () => ({
                ...CACHE_OFF,
                backend: 'images',
                key: keys.primary,
                note: `${imageRefs.length} of ${images.length} image source(s) imported`,
                imageSources: images
            })
        };
    }
    if (settings.backend === 'registry') {
        const started = performance.now();
        const plan = await planRegistryCache({ ref: settings.ref, keys, scopes: settings.scopes }, logger, ...(settings.registry ? [settings.registry] : []));
        // The registry's "restore" is the HEAD probing before run 1; the import itself happens inside run 1.
        const probeMs = Math.round(performance.now() - started);
        const hit = plan.matched === null ? 'miss' : plan.matched.key === keys.primary ? 'exact' : 'partial';
        return {
            cacheFrom: [...plan.cacheFrom, ...imageRefs],
            cacheTo: plan.cacheTo,
            miss: noRecord('the registry cache keeps no record of the build it came from'),
            finish: async () => {
                const { saved, note } = await plan.confirm();
                return {
                    ...CACHE_OFF,
                    backend: 'registry',
                    hit,
                    key: keys.primary,
                    matchedKey: plan.matched?.key ?? null,
                    restoreMs: probeMs,
                    saved,
                    note,
                    sourceOnlyEdit: plan.matched?.level === 'lockfiles' && hit === 'partial',
                    matchedLevel: plan.matched?.level ?? null,
                    matchedScope: plan.matched?.scope ?? null,
                    scope: settings.scopes.write,
                    readScopes: settings.scopes.read,
                    written: saved ? plan.writes.map(w => w.tag) : [],
                    imageSources: images
                };
            }
        };
    }
    const options = {
        keys,
        logger,
        workDir: settings.workDir,
        restoreTimeoutMs: settings.restoreTimeoutMs,
        saveTimeoutMs: settings.saveTimeoutMs,
        ...(settings.store ? { store: settings.store } : {})
    };
    const restored = await restoreBuildCache(options);
    const fresh = await freshCacheDir(settings.workDir);
    // An exact hit is never saved again (an entry cannot be replaced under its key): run 1 only imports.
    const exports = !skipsExport(restored);
    if (!exports) {
        logger.info(`run 1 imports the cache and exports none: the restore was exact (${keys.primary}), so there is nothing new to save.`);
    }
    return {
        cacheFrom: [...(restored.dir ? [{ type: 'local', dir: restored.dir }] : []), ...imageRefs],
        cacheTo: exports ? [{ type: 'local', dir: fresh }] : [],
        miss: {
            previous: await (0,input_record/* readInputRecord */.kU)(restored.dir),
            origin: { hit: restored.hit, level: matchedLevel(keys, restored.matchedKey), note: restored.degraded },
            // No export after an exact restore: the restored entry keeps its own record.
            recordDir: exports ? fresh : null
        },
        async finish(run1HitRatio) {
            if (!exports && run1HitRatio !== null && run1HitRatio < 1) {
                logger.info(`run 1 re-ran steps though the restore was exact (hit ratio ${run1HitRatio.toFixed(2)}): the entry ${keys.primary} stays as it is until the key changes.`);
            }
            const saved = await saveBuildCache(options, restored, fresh);
            return {
                ...CACHE_OFF,
                backend: 'actions',
                hit: restored.hit,
                key: keys.primary,
                matchedKey: restored.matchedKey,
                restoreMs: restored.restoreMs,
                saveMs: saved.saveMs,
                // With no export, the cache run 1 used is the restored one.
                sizeBytes: exports ? saved.sizeBytes : restored.sizeBytes,
                saved: saved.saved,
                note: restored.degraded ?? saved.reason,
                sourceOnlyEdit: restored.hit === 'partial' &&
                    keys.restoreKeys.length === 3 &&
                    restored.matchedKey !== null &&
                    restored.matchedKey.startsWith(keys.restoreKeys[0]),
                imageSources: images
            };
        }
    };
}
/** Which part of the key a restored entry shares: all but the sources, the Dockerfile only, or less. */
function matchedLevel(keys, matchedKey) {
    if (matchedKey === null || matchedKey === keys.primary)
        return null;
    const levels = ['sources', 'lockfiles', 'definition'].slice(3 - keys.restoreKeys.length);
    const at = keys.restoreKeys.findIndex(k => matchedKey.startsWith(k));
    return at < 0 ? null : (levels[at] ?? null);
}

;// CONCATENATED MODULE: ./src/cli/gate-command.ts
// `build-lab gate`: parse flags, run the gate, print the verdict, return the exit code.














const GATE_USAGE = `usage: build-lab gate [<context>] [-f Dockerfile] [--target T] [--build-arg K=V]... [--epoch N|commit]
                      [--secret id=ID,env=VAR | --secret id=ID,src=FILE]... [--secret-build-arg NAME]...
                      [--no-vary-mtime] [--network none|host|default] [--platform P[,P]] [--provenance]
                      [--builder NAME] [--equality digest|content] [--ignore 'GLOB[ # reason]']...
                      [--runs N] [--max-distinct-digests N]
                      [--cache-ref HOST/REPO [--cache-scope NAME] [--cache-read-scope NAME]... [--cache-key PREFIX]]
                      [--cache-from-image REF]... [--format text|json|markdown]`;
async function gateCommand(argv, io, deps) {
    const { values, positionals } = (0,cli_flags/* parseCommandLine */.Du)({
        args: argv,
        options: {
            ...cli_flags/* BUILD_OPTIONS */.Y6,
            epoch: { type: 'string' },
            'no-vary-mtime': { type: 'boolean' },
            provenance: { type: 'boolean' },
            equality: { type: 'string' },
            runs: { type: 'string' },
            'max-distinct-digests': { type: 'string' },
            ignore: { type: 'string', multiple: true },
            format: { type: 'string' },
            'work-dir': { type: 'string' },
            'cache-ref': { type: 'string' },
            'cache-scope': { type: 'string' },
            'cache-read-scope': { type: 'string', multiple: true },
            'cache-key': { type: 'string' },
            'cache-from-image': { type: 'string', multiple: true }
        }
    });
    const context = (0,cli_flags/* optionalPositional */.HC)(positionals, 'context', GATE_USAGE) ?? '.';
    const format = (0,cli_flags/* oneOf */.yL)(values.format ?? 'text', ['text', 'json', 'markdown'], '--format');
    const runs = (0,core_runs/* parseRuns */.oI)(values.runs, '--runs');
    const maxDistinctDigests = (0,core_runs/* parseMaxDistinct */.I4)(values['max-distinct-digests'], '--max-distinct-digests', runs);
    const flags = (0,cli_flags/* buildFlags */.Aw)(values);
    const cache = cliCache(values, flags, io);
    const result = await runGate({
        context,
        ...flags,
        epoch: values.epoch,
        varyMtime: !values['no-vary-mtime'],
        runs,
        maxDistinctDigests,
        equality: (0,equality/* parseEquality */.If)(values.equality, '--equality'),
        provenance: values.provenance ?? false,
        ignore: (values.ignore ?? []).map(g => (0,allow_list/* parseAllowGlob */.Xq)(g, '--ignore')),
        cacheFrom: [],
        cacheTo: [],
        ...(values['work-dir'] ? { workDir: values['work-dir'] } : {})
    }, cache.settings === null ? deps : { ...deps, prepareCache: cache.prepare });
    const cacheReport = await cache.finish(result.runs[0]?.cacheHitRatio ?? null);
    const dockerfile = (0,gate/* dockerfileName */.EJ)(result);
    if (cacheReport !== null)
        io.stderr(`build-lab: ${cacheLine(cacheReport)}\n`);
    // The diff's renderers load only when there is a diff to render (never on the pass path).
    const diffs = result.diff ? await __webpack_require__.e(/* import() */ 899).then(__webpack_require__.bind(__webpack_require__, 2899)) : null;
    if (format === 'json') {
        io.stdout(JSON.stringify(cacheReport === null ? result : { ...result, cache: cacheReport }, null, 2) + '\n');
    }
    else if (format === 'markdown') {
        const { renderGateMarkdown } = await __webpack_require__.e(/* import() */ 865).then(__webpack_require__.bind(__webpack_require__, 3865));
        io.stdout(renderGateMarkdown(result, result.diff && diffs ? diffs.renderDiffMarkdown(result.diff, { dockerfile }) : null));
    }
    else
        io.stdout(renderGateText(result, result.diff && diffs ? diffs.renderDiffText(result.diff, { dockerfile }) : null));
    // The text ends with where the layouts are; stdout holds only the document in the other formats.
    const kept = (0,gate/* keptLayouts */.mU)(result);
    if (format !== 'text' && kept.length === 2)
        io.stderr(`build-lab: ${(0,gate/* keptLayoutsLine */.aL)(result.workDir, kept)}\n`);
    return (0,gate/* gatePasses */.xZ)(result) ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.CheckFailed;
}
/** One line on what the cache did: hit, matched level and scope, what was written. */
function cacheLine(cache) {
    const level = cache.matchedLevel ? ` (${cache.matchedLevel} level, scope ${cache.matchedScope ?? '?'})` : '';
    return `cache: ${cache.hit}${level}; ${cache.note}`;
}
/**
 * `--cache-ref` turns on the keyed registry cache (scope `--cache-scope`, default `local`);
 * `--cache-from-image` alone adds read-only image sources. Neither: no cache, as before.
 */
function cliCache(values, flags, io) {
    const images = (values['cache-from-image'] ?? []).map(r => imageRef(r, '--cache-from-image'));
    const ref = values['cache-ref'] === undefined ? null : imageRef(values['cache-ref'], '--cache-ref');
    if (ref === null && (values['cache-scope'] !== undefined || values['cache-read-scope'] !== undefined)) {
        throw new errors/* BuildLabError */.CG('--cache-scope and --cache-read-scope need --cache-ref HOST/REPO');
    }
    const logger = {
        info: () => undefined,
        debug: () => undefined,
        warning: (message) => io.stderr(`build-lab: warning: ${message}\n`)
    };
    const settings = ref === null && images.length === 0
        ? null
        : {
            enabled: true,
            backend: ref === null ? 'images' : 'registry',
            ref: ref ?? '',
            scopes: explicitScopes((0,log_safety/* requireOneLine */.E)(values['cache-scope'] ?? LOCAL_SCOPE, '--cache-scope'), values['cache-read-scope'] ?? []),
            imageSources: images,
            prefix: values['cache-key'] ?? '',
            restoreTimeoutMs: DEFAULT_RESTORE_TIMEOUT_MS,
            saveTimeoutMs: DEFAULT_SAVE_TIMEOUT_MS,
            workDir: values['work-dir'] ?? (0,temp_dir/* tempRoot */.fQ)()
        };
    let prepared = null;
    return {
        settings,
        prepare: async (build) => {
            if (settings === null)
                return { cacheFrom: [], cacheTo: [] };
            prepared = await prepareGateCache(settings, {
                ...build,
                buildArgs: flags.buildArgs,
                secrets: await (0,secrets/* secretDigests */.OJ)(flags.secrets),
                target: flags.target,
                platforms: flags.platforms
            }, logger);
            return prepared;
        },
        finish: async (ratio) => (prepared === null ? null : prepared.finish(ratio))
    };
}


/***/ }),

/***/ 7839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xq: () => (/* binding */ parseAllowGlob),
/* harmony export */   yg: () => (/* binding */ applyAllowList)
/* harmony export */ });
/* unused harmony exports parseAllowList, allowedBy, allowedCount */
/* harmony import */ var _context_dockerignore_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);


/** Parses one `GLOB` or `GLOB # reason`; the glob is image-root relative (a leading slash is dropped). */
function parseAllowGlob(text, what) {
    const hash = text.search(/\s#/);
    const rawGlob = (hash === -1 ? text : text.slice(0, hash)).trim();
    const reason = hash === -1 ? '' : text.slice(hash).replace(/^\s*#/, '').trim();
    const glob = (0,_context_dockerignore_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanPath */ .ts)(rawGlob);
    if (glob === '' || rawGlob.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${what} ${JSON.stringify(text)} is not a path glob: give a path relative to the image root, e.g. var/log/** # apt logs`);
    }
    return { glob, reason: reason === '' ? null : reason };
}
/** Parses the `ignore-paths` input: one glob a line, `# reason` after it; blank and `#` lines are skipped. */
function parseAllowList(text, what) {
    return text
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '' && !line.startsWith('#'))
        .map(line => parseAllowGlob(line, what));
}
/** The first glob that matches an image path, or null. */
function allowedBy(globs, path) {
    const file = (0,_context_dockerignore_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanPath */ .ts)(path);
    return globs.find(g => (0,_context_dockerignore_js__WEBPACK_IMPORTED_MODULE_1__/* .toRegex */ .bK)(g.glob).test(file)) ?? null;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/**
 * Whether the allow-list explains a difference. Strict: it passes only when the diagnosis lists every
 * differing file, each matches a glob, and nothing else differs (index annotations, config fields, or a
 * layer that differs with no differing file, such as compression). Without a diagnosis it cannot apply.
 */
function applyAllowList(globs, diff) {
    if (diff === null) {
        return {
            passed: false,
            reason: 'the allow-list cannot apply: there is no diagnosis of the difference',
            allowed: [],
            outside: []
        };
    }
    const groups = new Map();
    const outside = [];
    for (const file of diff.files) {
        const by = allowedBy(globs, file.path);
        if (by === null)
            outside.push(file.path);
        else
            groups.set(by, [...(groups.get(by) ?? []), file.path]);
    }
    const allowed = globs.filter(g => groups.has(g)).map(g => ({ ...g, files: groups.get(g) ?? [] }));
    const allowedCount = diff.files.length - outside.length;
    const unexplained = [];
    if (outside.length > 0)
        unexplained.push(`${plural(outside.length, 'differing file')} outside the list`);
    if (diff.truncated > 0)
        unexplained.push(`${plural(diff.truncated, 'differing file')} not listed by the diagnosis`);
    if (diff.index.length > 0)
        unexplained.push(`${plural(diff.index.length, 'index field')} (${diff.index[0]?.field})`);
    if (diff.config.length > 0)
        unexplained.push(`${plural(diff.config.length, 'config field')} (${diff.config[0]?.field})`);
    const withFiles = new Set(diff.layers.filter(l => l.files > 0).map(l => `${l.a} ${l.b}`));
    const bare = diff.layers.filter(l => l.files === 0 && !withFiles.has(`${l.a} ${l.b}`));
    if (bare.length > 0)
        unexplained.push(`${plural(bare.length, 'layer')} that differ with no differing file`);
    if (allowedCount === 0 && unexplained.length === 0)
        unexplained.push('no differing file to allow');
    const summary = `${plural(allowedCount, 'allowed path')} (${allowed.map(g => g.glob).join(', ') || 'none'})`;
    return unexplained.length === 0
        ? { passed: true, reason: `reproducible except ${summary}`, allowed, outside: [] }
        : {
            passed: false,
            reason: `not reproducible: ${unexplained.join(', ')}; ${summary}`,
            allowed,
            outside: outside.slice(0, 20)
        };
}
/** How many differing files the allow-list allowed. */
function allowedCount(result) {
    return (result?.allowed ?? []).reduce((n, g) => n + g.files.length, 0);
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ LOCKFILES),
/* harmony export */   em: () => (/* binding */ isLockfile),
/* harmony export */   xX: () => (/* binding */ isTextLockfile)
/* harmony export */ });
// The one list of dependency lockfiles, by the tool that writes them.
/**
 * Lockfile names by tool. The cache key hashes these files, and the lab's `edit-lockfile` scenario
 * edits one of them; pip's pinned `requirements*.txt` files count too (see `isLockfile`).
 */
const LOCKFILES = {
    npm: ['package-lock.json', 'npm-shrinkwrap.json'],
    yarn: ['yarn.lock'],
    pnpm: ['pnpm-lock.yaml'],
    /** bun.lock is text (bun 1.2 and later), bun.lockb is binary. */
    bun: ['bun.lock', 'bun.lockb'],
    poetry: ['poetry.lock'],
    pipenv: ['Pipfile.lock'],
    uv: ['uv.lock'],
    pdm: ['pdm.lock'],
    cargo: ['Cargo.lock'],
    go: ['go.sum'],
    bundler: ['Gemfile.lock'],
    composer: ['composer.lock'],
    nuget: ['packages.lock.json'],
    mix: ['mix.lock'],
    pub: ['pubspec.lock'],
    cocoapods: ['Podfile.lock'],
    gradle: ['gradle.lockfile'],
    nix: ['flake.lock']
};
const NAMES = new Set(Object.values(LOCKFILES).flat());
/** Lockfiles that are not text: an edit that appends whitespace would break them. */
const BINARY = new Set(['bun.lockb']);
function baseName(file) {
    return file.slice(file.lastIndexOf('/') + 1);
}
/** Whether a file (a name or a `/`-separated path) is a lockfile; pip's `requirements*.txt` count. */
function isLockfile(file) {
    const name = baseName(file);
    return NAMES.has(name) || /^requirements.*\.txt$/.test(name);
}
/** A lockfile whose bytes are text, so trailing whitespace leaves it valid. */
function isTextLockfile(file) {
    return isLockfile(file) && !BINARY.has(baseName(file));
}


/***/ }),

/***/ 179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ redactingPhaseLogger)
/* harmony export */ });
/** `log` with every line and phase title redacted first: what an orchestrator hands its own steps. */
function redactingPhaseLogger(log, redactor) {
    return {
        info: line => log.info(redactor.text(line)),
        group: (title, fn) => log.group(redactor.text(title), fn)
    };
}


/***/ }),

/***/ 7882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Pt: () => (/* binding */ digestFirst),
/* harmony export */   WF: () => (/* binding */ tryParseReference),
/* harmony export */   Ys: () => (/* binding */ canonicalReference),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   ct: () => (/* binding */ pinnedReference),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl),
/* harmony export */   rw: () => (/* binding */ tagFirst),
/* harmony export */   yr: () => (/* binding */ effectiveTag)
/* harmony export */ });
// Image references as Docker reads them: registry, repository, tag and digest, with Docker Hub's defaults.
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::\d{1,5})?$/;
/** Whether text is a content digest this tool can verify (`sha256:` + 64 hex, or sha512). */
function isDigest(text) {
    return DIGEST.test(text);
}
/** The first path component names a registry when it has a dot or a port, is `localhost`, or has capitals (Docker's rule). */
function splitDomain(name) {
    const slash = name.indexOf('/');
    if (slash === -1)
        return { registry: DOCKER_HUB, path: name };
    const first = name.slice(0, slash);
    const isDomain = first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
    if (!isDomain)
        return { registry: DOCKER_HUB, path: name };
    const registry = first === 'index.docker.io' ? DOCKER_HUB : first;
    return { registry, path: name.slice(slash + 1) };
}
/** The reference parsed, or a one-line reason why it is not a valid image reference. */
function tryParseReference(text) {
    const written = text.trim();
    if (written === '')
        return 'the image reference is empty';
    if (/[^\x21-\x7e]/.test(written))
        return 'an image reference is printable ASCII with no spaces';
    const at = written.indexOf('@');
    const digest = at === -1 ? null : written.slice(at + 1);
    const beforeDigest = at === -1 ? written : written.slice(0, at);
    if (digest !== null && !isDigest(digest)) {
        return `the digest ${JSON.stringify(digest)} is not sha256: followed by 64 lower-case hex digits`;
    }
    const lastSlash = beforeDigest.lastIndexOf('/');
    const colon = beforeDigest.lastIndexOf(':');
    const tag = colon > lastSlash ? beforeDigest.slice(colon + 1) : null;
    const name = colon > lastSlash ? beforeDigest.slice(0, colon) : beforeDigest;
    if (tag !== null && !TAG.test(tag)) {
        return `the tag ${JSON.stringify(tag)} is not valid: up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`;
    }
    if (name === '')
        return 'the image reference names no repository';
    const { registry, path } = splitDomain(name);
    if (registry !== DOCKER_HUB && !HOST.test(registry)) {
        return `the registry ${JSON.stringify(registry)} is not a host name with an optional port`;
    }
    const components = path.split('/');
    if (components.some(c => !COMPONENT.test(c))) {
        return `the repository ${JSON.stringify(path)} must be lower-case letters, digits and separators (. _ __ -) between '/'`;
    }
    const repository = registry === DOCKER_HUB && components.length === 1 ? `library/${path}` : path;
    if (registry.length + 1 + repository.length > 255)
        return 'the repository name is longer than 255 characters';
    const host = registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
    return { written, name, registry, host, repository, tag, digest };
}
/** Whether a registry host is on this machine (127.0.0.0/8, ::1, localhost): the API is spoken over http there. */
function isLoopbackHost(host) {
    const bare = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
    if (bare === 'localhost' || bare === '::1')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}
/** The base URL of a registry's API: http on loopback, https everywhere else. */
function registryBaseUrl(host) {
    return `${isLoopbackHost(host) ? 'http' : 'https'}://${host}`;
}
/** The canonical form, registry and repository spelled out: `node:22` → `docker.io/library/node:22`. */
function canonicalReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag === null ? '' : `:${ref.tag}`}${ref.digest === null ? '' : `@${ref.digest}`}`;
}
/** The tag a reference means: its own, or `latest` when it names none. */
function effectiveTag(ref) {
    return ref.tag ?? 'latest';
}
/** The reference as written, pinned: `name:tag@digest` (a missing tag becomes `latest`, so Renovate can follow it). */
function pinnedReference(ref, digest) {
    return `${ref.name}:${effectiveTag(ref)}@${digest}`;
}
/** What a tag lookup asks the registry for: the tag when one is written, else the digest, else `latest`. */
function tagFirst(ref) {
    return ref.tag ?? ref.digest ?? 'latest';
}
/** What a content fetch asks for: the digest when pinned (content that cannot move), else the tag. */
function digestFirst(ref) {
    return ref.digest ?? effectiveTag(ref);
}


/***/ })

};
