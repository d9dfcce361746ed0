export const id = 561;
export const ids = [561];
export const modules = {

/***/ 2024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gn: () => (/* binding */ explainBuild),
  bU: () => (/* binding */ hashContextFiles),
  kU: () => (/* binding */ readInputRecord)
});

// UNUSED EXPORTS: writeInputRecord

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/context/context-files.ts
var context_files = __webpack_require__(1210);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/dockerfile/reader.ts
var reader = __webpack_require__(2715);
// EXTERNAL MODULE: ./src/core/lab/scenario.ts
var scenario = __webpack_require__(5893);
;// CONCATENATED MODULE: ./src/core/miss/inputs.ts
// The inputs of each Dockerfile step that BuildKit keys its cache on, recorded beside the cache so the next run can compare.



const INPUT_RECORD_VERSION = 1;
/** The file name of the record, inside the cache directory that is saved and restored. */
const INPUT_RECORD_FILE = 'build-lab-inputs.json';
/** Files named per COPY/ADD; beyond it only the digest of all of them is kept. */
const MAX_FILES_PER_COPY = 2000;
/** Files named in the whole record, so that it stays small beside the cache. */
const MAX_FILES_TOTAL = 20_000;
const MAX_TEXT_CHARS = 4000;
const VERTEX_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** The instruction on one line, flags included, whitespace collapsed, as BuildKit names its vertex. */
function instructionText(ins) {
    const flags = ins.flags.map(f => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`));
    return [ins.keyword, ...flags, ins.content].join(' ').replace(/\s+/g, ' ').trim();
}
/** The context sources of a COPY/ADD: none for --from, URLs and heredocs (copyOperands drops those). */
function contextSources(ins) {
    if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD')
        return [];
    if ((0,reader/* flagValue */.y6)(ins, 'from') !== undefined)
        return [];
    return (0,reader/* copyOperands */.Qi)(ins).sources.filter(s => !(0,reader/* isRemote */.Vx)(s));
}
/** The stage a `--from=`/FROM names, by name or number; null for an image. */
function stageRef(model, ref, before) {
    if (ref === null || ref === undefined)
        return null;
    const lower = ref.toLowerCase();
    const byName = model.stages.findIndex(s => s.name === lower);
    if (byName >= 0 && byName < before)
        return byName;
    if (/^\d+$/.test(ref) && Number(ref) < before)
        return Number(ref);
    return null;
}
/**
 * The record of one build. `files` maps each context-relative file the build can see to its sha256;
 * `steps` is the build's progress, where each FROM names the digest it resolved.
 */
function recordInputs(input) {
    const model = (0,reader/* readDockerfile */.n_)(input.dockerfile);
    if (model.error !== null)
        throw new Error(`the Dockerfile was not read: ${model.error}`);
    const given = new Map(input.buildArgs.map(a => [a.name, a.value]));
    if (!given.has('SOURCE_DATE_EPOCH'))
        given.set('SOURCE_DATE_EPOCH', String(input.epoch));
    const globals = new Map(model.globalArgs.map(a => [a.name, a.value]));
    const paths = [...input.files.keys()].sort();
    let budget = MAX_FILES_TOTAL;
    const steps = [];
    const baseImages = [];
    for (const stage of model.stages) {
        const stageName = stage.name ?? `stage-${stage.index}`;
        const vars = new Map();
        let index = 0;
        for (const ins of [stage.from, ...stage.instructions]) {
            if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
                for (const v of ins.variables) {
                    const value = ins.keyword === 'ARG'
                        ? (given.get(v.name) ?? v.value ?? globals.get(v.name) ?? null)
                        : (v.raw ?? v.value);
                    if (value !== null)
                        vars.set(v.name, { hash: sha256(value), via: ins.keyword, line: ins.line });
                }
                continue;
            }
            if (!VERTEX_KEYWORDS.has(ins.keyword))
                continue;
            index++;
            let sources = null;
            const local = contextSources(ins);
            if (local.length > 0) {
                const read = paths.filter(p => (0,scenario/* isCopied */.Ro)(p, local));
                const hash = (0,external_node_crypto_.createHash)('sha256');
                for (const p of read)
                    hash.update(`${p}\0${input.files.get(p) ?? ''}\0`);
                const kept = read.slice(0, Math.max(0, Math.min(MAX_FILES_PER_COPY, budget)));
                budget -= kept.length;
                sources = {
                    files: kept.map(p => ({ path: p, sha256: input.files.get(p) ?? '' })),
                    total: read.length,
                    digest: hash.digest('hex')
                };
            }
            const fromStage = ins.keyword === 'FROM'
                ? stageRef(model, stage.image, stage.index)
                : stageRef(model, (0,reader/* flagValue */.y6)(ins, 'from'), stage.index);
            const seen = ins.keyword === 'RUN' ? vars : new Map();
            steps.push({
                stage: stage.index,
                stageName,
                index,
                keyword: ins.keyword,
                line: ins.line,
                text: instructionText(ins).slice(0, MAX_TEXT_CHARS),
                vars: Object.fromEntries([...seen].map(([k, v]) => [k, v.hash])),
                varLines: Object.fromEntries([...seen].map(([k, v]) => [k, { via: v.via, line: v.line }])),
                sources,
                fromStage
            });
        }
        baseImages.push({
            stage: stage.index,
            ref: stage.image,
            digest: fromDigest(input.steps, stageName, model.stages.length)
        });
    }
    return {
        version: INPUT_RECORD_VERSION,
        buildArgs: Object.fromEntries([...given].map(([k, v]) => [k, sha256(v)])),
        baseImages,
        steps
    };
}
/** The digest the stage's FROM resolved to: BuildKit names it `FROM docker.io/x:tag@sha256:...`. */
function fromDigest(steps, stageName, stages) {
    const step = steps.find(s => s.index === 1 &&
        /^FROM\s/i.test(s.instruction ?? '') &&
        (s.stage === stageName || (s.stage === null && stages === 1)));
    const match = /@(sha256:[0-9a-f]{64})/.exec(step?.instruction ?? '');
    return match?.[1] ?? null;
}
/**
 * The recorded step a progress step is, by stage and number; null for internal vertexes. A step with no
 * stage prefix (a one-stage build) is matched in the last stage that has it.
 */
function recordedStep(record, step) {
    if (step.index === null)
        return null;
    const keyword = (step.instruction ?? '').split(/\s/)[0]?.toUpperCase() ?? '';
    const same = record.steps.filter(s => s.index === step.index && s.keyword === keyword && (step.stage === null || s.stageName === step.stage));
    return same.at(-1) ?? null;
}
/** Parses a stored record; null when it is not one (a damaged or older file is simply not compared). */
function parseInputRecord(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return null;
    }
    if (typeof value !== 'object' || value === null)
        return null;
    const v = value;
    if (v.version !== INPUT_RECORD_VERSION || !Array.isArray(v.steps) || !Array.isArray(v.baseImages))
        return null;
    if (typeof v.buildArgs !== 'object' || v.buildArgs === null)
        return null;
    const stepsOk = v.steps.every((s) => typeof s === 'object' &&
        s !== null &&
        typeof s.index === 'number' &&
        typeof s.text === 'string' &&
        typeof s.line === 'number' &&
        typeof s.vars === 'object');
    return stepsOk ? value : null;
}

// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(4664);
;// CONCATENATED MODULE: ./src/core/miss/explain.ts
// Why each step of a build ran instead of coming from the cache: the first changed input BuildKit would see.


const MAX_NAMED_FILES = 20;
/** Files whose content differs, that appeared or that went, between two recorded COPY/ADD sources. */
function changedFiles(before, after) {
    const a = before.sources;
    const b = after.sources;
    if (a === null || b === null || a.digest === b.digest)
        return null;
    const old = new Map(a.files.map(f => [f.path, f.sha256]));
    const now = new Map(b.files.map(f => [f.path, f.sha256]));
    const differing = [];
    for (const [p, hash] of now)
        if (old.get(p) !== hash)
            differing.push(p);
    for (const p of old.keys())
        if (!now.has(p))
            differing.push(p);
    const partial = a.files.length < a.total || b.files.length < b.total;
    differing.sort();
    return {
        files: differing.slice(0, MAX_NAMED_FILES),
        changed: Math.max(differing.length, partial ? 1 : 0),
        partial
    };
}
/** The first variable the step sees whose value changed, a --build-arg before an ARG default or an ENV. */
function changedVariable(before, after, previous, current) {
    const names = [...new Set([...Object.keys(before.vars), ...Object.keys(after.vars)])].sort();
    for (const name of names) {
        if (before.vars[name] === after.vars[name])
            continue;
        const where = after.varLines[name] ?? before.varLines[name];
        if (current.buildArgs[name] !== previous.buildArgs[name] && where?.via !== 'ENV') {
            return { kind: 'build-arg', name };
        }
        return { kind: 'variable', name, via: where?.via ?? 'ARG', line: where?.line ?? after.line };
    }
    return null;
}
function ownCause(now, previous, current, origin) {
    const notRestored = () => ({
        kind: 'cache-not-restored',
        hit: origin.hit,
        level: origin.level ?? null,
        note: origin.note ?? null
    });
    if (previous === null || now === null)
        return notRestored();
    // A new base invalidates every step of the stage: it is the first input BuildKit compares.
    const base = current.baseImages.find(b => b.stage === now.stage);
    const old = previous.baseImages.find(b => b.stage === now.stage);
    if (base && old && base.digest !== null && old.digest !== null && base.digest !== old.digest) {
        return {
            kind: 'base-image',
            ref: base.ref,
            before: old.digest,
            after: base.digest,
            line: fromLine(current, now)
        };
    }
    const before = previous.steps.find(s => s.stage === now.stage && s.index === now.index && s.keyword === now.keyword);
    if (before === undefined || before.text !== now.text) {
        return { kind: 'instruction', line: now.line, instruction: now.text, previous: before?.text ?? null };
    }
    const files = changedFiles(before, now);
    if (files !== null)
        return { kind: 'sources', line: now.line, instruction: now.text, ...files };
    const variable = changedVariable(before, now, previous, current);
    if (variable !== null)
        return variable;
    if (origin.hit === 'miss' || origin.hit === 'off')
        return notRestored();
    return {
        kind: 'unknown',
        why: `its inputs match the recorded build, but the ${origin.hit} cache did not hold it`
    };
}
function fromLine(record, step) {
    return record.steps.find(s => s.stage === step.stage && s.index === 1)?.line ?? step.line;
}
/**
 * Explains every step of `steps` that ran (not cached, not FROM). BuildKit walks each stage from its
 * base: a step whose parent ran inherits the parent's cause, else its own inputs are compared with the
 * previous record. `previous` is the record restored with the cache; null when there was none.
 */
function explainMisses(input) {
    const { current, previous, origin, build } = input;
    const ordered = (0,progress/* orderSteps */.Qs)(input.steps).filter(s => s.index !== null);
    const ran = new Map();
    /** the miss of a recorded step, by stage and index, once seen */
    const missOf = new Map();
    const key = (s) => `${s.stage}/${s.index}`;
    const lastOfStage = (stage) => {
        const steps = current.steps.filter(s => s.stage === stage);
        for (const s of [...steps].reverse()) {
            const miss = missOf.get(key(s));
            if (miss !== undefined)
                return miss;
        }
        return null;
    };
    /**
     * The miss of the step before `s` in its stage. WORKDIR is reported cached even when it ran, so it is
     * looked through; any other cached step ends the chain.
     */
    const parentMiss = (s) => {
        for (let index = s.index - 1; index >= 2; index--) {
            const miss = missOf.get(`${s.stage}/${index}`);
            if (miss !== undefined)
                return miss;
            const before = current.steps.find(r => r.stage === s.stage && r.index === index);
            if (before?.keyword !== 'WORKDIR')
                return undefined;
        }
        return undefined;
    };
    const out = [];
    for (const step of ordered) {
        if (step.cached || (0,progress/* isFromStep */.jM)(step) || !(0,progress/* doesWork */.dE)(step) || step.error !== null)
            continue;
        const now = recordedStep(current, step);
        const instruction = step.instruction ?? step.name;
        const self = { step: step.name, line: now?.line ?? null, instruction: now?.text ?? instruction };
        let miss;
        const make = (cause, root, rootCause) => ({
            step: step.name,
            instruction: self.instruction,
            line: self.line,
            durationMs: step.durationMs,
            cause,
            root,
            rootCause
        });
        const filtered = now !== null && (build.noCacheFilter ?? []).includes(now.stageName);
        const parent = now === null ? undefined : parentMiss(now);
        const fromStage = now?.fromStage ?? null;
        const upstream = fromStage !== null
            ? lastOfStage(fromStage)
            : now !== null && now.index === 2
                ? stageBase(current, now)
                : null;
        const inheritedFrom = parent ?? upstream;
        if (build.noCache) {
            miss = make({ kind: 'no-cache' }, self, { kind: 'no-cache' });
        }
        else if (filtered && now !== null) {
            const cause = { kind: 'no-cache-filter', stage: now.stageName };
            miss = make(cause, self, cause);
        }
        else if (inheritedFrom !== undefined && inheritedFrom !== null) {
            miss = make({
                kind: 'inherited',
                from: { step: inheritedFrom.step, line: inheritedFrom.line, instruction: inheritedFrom.instruction }
            }, inheritedFrom.root, inheritedFrom.rootCause);
        }
        else {
            const cause = ownCause(now, previous, current, origin);
            miss = make(cause, self, cause);
        }
        ran.set(step.name, miss);
        if (now !== null)
            missOf.set(key(now), miss);
        out.push(miss);
        function stageBase(record, s) {
            const from = record.steps.find(r => r.stage === s.stage && r.index === 1);
            return from?.fromStage !== null && from?.fromStage !== undefined ? lastOfStage(from.fromStage) : null;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/miss/map.ts
var miss_map = __webpack_require__(6554);
;// CONCATENATED MODULE: ./src/core/miss/report.ts


function missReport(input) {
    const misses = explainMisses(input);
    const map = (0,miss_map/* invalidationMap */.NU)(misses);
    return {
        compared: input.previous !== null,
        origin: input.origin,
        misses,
        map,
        actions: (0,miss_map/* missActions */.MR)(map, input.current)
    };
}

;// CONCATENATED MODULE: ./src/cache/input-record.ts
// Reads the context's file hashes for the input record, and keeps the record in the cache directory it describes.








/** Files hashed per build; a bigger context is recorded in part (the record says how many files it saw). */
const MAX_HASHED_FILES = 100_000;
/** The sha256 of every file (and link target) the build can see, by context-relative path. */
async function hashContextFiles(context, dockerfile) {
    const entries = await (0,context_files/* listContext */.Yr)(context, await (0,context_files/* readDockerignore */.$k)(context, dockerfile));
    const hashes = new Map();
    for (const e of entries) {
        if (hashes.size >= MAX_HASHED_FILES)
            break;
        const full = external_node_path_default().join(context, e.rel);
        if (e.kind === 'symlink') {
            hashes.set(e.rel, (0,external_node_crypto_.createHash)('sha256')
                .update(`link:${await (0,promises_.readlink)(full)}`)
                .digest('hex'));
        }
        else if (e.kind === 'file') {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            for await (const chunk of (0,external_node_fs_.createReadStream)(full))
                hash.update(chunk);
            hashes.set(e.rel, hash.digest('hex'));
        }
    }
    return hashes;
}
/** The record kept in a cache directory; null when there is none or it is not a record. */
async function readInputRecord(dir) {
    if (dir === null)
        return null;
    try {
        return parseInputRecord(await (0,promises_.readFile)(external_node_path_default().join(dir, INPUT_RECORD_FILE), 'utf8'));
    }
    catch {
        return null;
    }
}
/** Writes the record into the cache directory, so that it is saved and restored with it. Never throws. */
async function writeInputRecord(dir, record) {
    try {
        await (0,promises_.writeFile)(external_node_path_default().join(dir, INPUT_RECORD_FILE), JSON.stringify(record) + '\n');
        return null;
    }
    catch (error) {
        return (0,errors/* errorMessage */.gJ)(error);
    }
}
/**
 * Records the inputs of a finished build, explains the steps that ran, and writes the record beside the
 * cache it exported. `files` are the context's file hashes (hashContextFiles). Never throws: a failure
 * leaves the build without an explanation, and says why.
 */
async function explainBuild(input) {
    try {
        const current = recordInputs({
            dockerfile: input.dockerfileText,
            buildArgs: input.buildArgs,
            epoch: input.epoch,
            files: input.files,
            steps: input.steps
        });
        const report = missReport({
            steps: input.steps,
            current,
            previous: input.miss.previous,
            origin: input.miss.origin,
            build: input.build
        });
        const problem = input.miss.recordDir === null ? null : await writeInputRecord(input.miss.recordDir, current);
        return { report, problem: problem === null ? null : `the input record was not kept: ${problem}` };
    }
    catch (error) {
        return { report: null, problem: `the cache misses could not be explained: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
}


/***/ }),

/***/ 5893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ DEFAULT_NOISE_THRESHOLD),
/* harmony export */   C8: () => (/* binding */ selectScenarios),
/* harmony export */   Ro: () => (/* binding */ isCopied),
/* harmony export */   ZF: () => (/* binding */ allScenarios),
/* harmony export */   dq: () => (/* binding */ parseLabConfig),
/* harmony export */   eb: () => (/* binding */ LAB_RECORD_SCHEMA),
/* harmony export */   fD: () => (/* binding */ isDependencyManifest),
/* harmony export */   h3: () => (/* binding */ pickSourceFile),
/* harmony export */   lP: () => (/* binding */ fromImages),
/* harmony export */   ld: () => (/* binding */ editedText),
/* harmony export */   n2: () => (/* binding */ baseImageChanged),
/* harmony export */   xE: () => (/* binding */ whitespaceSuffix),
/* harmony export */   xY: () => (/* binding */ pickLockfile)
/* harmony export */ });
/* unused harmony exports INPUT_MUTATIONS, CACHE_MODES, BUILTIN_SCENARIOS, CONFIG_SCHEMA, copySources */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2715);
/* harmony import */ var _context_lockfiles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6153);






const INPUT_MUTATIONS = [
    'none',
    'fresh-checkout',
    'touch-source',
    'edit-source',
    'edit-lockfile',
    'edit-dockerfile'
];
const CACHE_MODES = ['none', 'local', 'registry'];
const DEFAULT_NOISE_THRESHOLD = 0.2;
/** The golden path: cold, warm, and warm runs after a source-only and a lockfile edit. */
const BUILTIN_SCENARIOS = [
    {
        name: 'cold',
        input_mutation: 'none',
        cache_mode: 'none',
        description: 'no cache at all (--no-cache)'
    },
    {
        name: 'cold-fresh-checkout',
        input_mutation: 'fresh-checkout',
        cache_mode: 'none',
        description: "no cache, from a copy with other mtimes, in a later second: the gate's isolated run, for digest stability"
    },
    {
        name: 'warm',
        input_mutation: 'none',
        cache_mode: 'local',
        description: 'unchanged inputs, after a priming build, with the lab cache'
    },
    {
        name: 'warm-source-edit',
        input_mutation: 'edit-source',
        cache_mode: 'local',
        description: 'one source file edited, with the lab cache'
    },
    {
        name: 'warm-lockfile-edit',
        input_mutation: 'edit-lockfile',
        cache_mode: 'local',
        description: 'the lockfile edited (whitespace only), with the lab cache'
    }
];
/** The JSON Schema of build-lab.yml; schema/build-lab.schema.json is this object, and a test keeps them equal. */
const CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/build-lab/build-lab/schema/build-lab.schema.json',
    title: 'build-lab.yml',
    description: 'Scenarios for `build-lab run`: what to change in the build context and which cache to use.',
    type: 'object',
    additionalProperties: false,
    properties: {
        scenarios: {
            description: 'Scenarios added to the built-in ones (cold, cold-fresh-checkout, warm, warm-source-edit, warm-lockfile-edit); a scenario with a built-in name replaces it.',
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'input_mutation', 'cache_mode'],
                properties: {
                    name: {
                        description: 'How the scenario is named in records, reports and --scenario.',
                        type: 'string',
                        pattern: '^[a-z0-9][a-z0-9._-]*$',
                        maxLength: 64
                    },
                    input_mutation: {
                        description: 'What changes in a temporary copy of the context before the build.',
                        enum: [...INPUT_MUTATIONS]
                    },
                    cache_mode: {
                        description: 'none: --no-cache; local: the lab cache directory; registry: cache_ref.',
                        enum: [...CACHE_MODES]
                    },
                    repeat: {
                        description: 'How many times to measure the scenario (the CLI --repeat wins).',
                        type: 'integer',
                        minimum: 1,
                        maximum: 50
                    },
                    description: { type: 'string' }
                }
            }
        },
        cache_ref: {
            description: 'Registry cache reference for cache_mode registry, as host:port/name:tag.',
            type: 'string',
            pattern: '^[^\\s/]+/[^\\s]+$'
        },
        noise_threshold: {
            description: 'Coefficient of variation of repeated durations above which a scenario is flagged as noisy.',
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 10
        }
    }
};
const ajv = new ajv__WEBPACK_IMPORTED_MODULE_4__.Ajv({ allErrors: true, strict: true });
const validateSchema = ajv.compile(CONFIG_SCHEMA);
function describeError(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'enum':
            return `must be one of ${params['allowedValues'].join(', ')}`;
        case 'additionalProperties':
            return `unknown field ${JSON.stringify(params['additionalProperty'])}`;
        case 'required':
            return 'is missing';
        case 'pattern':
            return params['pattern'] === CONFIG_SCHEMA.properties.cache_ref.pattern
                ? 'must be a registry reference such as 127.0.0.1:5000/cache:lab'
                : 'must start with a lowercase letter or digit and hold only a-z, 0-9, ".", "_" and "-"';
        default:
            return error.message ?? error.keyword;
    }
}
/** Where a config error is: `file:line: scenario "x": field: problem`. */
function locate(error, file, data, lineOf) {
    const path = error.instancePath
        .split('/')
        .filter(p => p !== '')
        .map(p => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
    let field = path.filter(p => typeof p === 'string').join('.');
    if (error.keyword === 'required')
        field = String(error.params['missingProperty']);
    if (error.keyword === 'additionalProperties')
        field = String(error.params['additionalProperty']);
    let where = '';
    if (path[0] === 'scenarios' && typeof path[1] === 'number') {
        const list = (0,_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(data) && Array.isArray(data['scenarios']) ? data['scenarios'] : [];
        const entry = list[path[1]];
        const name = (0,_json_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(entry) && typeof entry['name'] === 'string' ? entry['name'] : null;
        where = name === null ? `scenario #${path[1] + 1}: ` : `scenario ${JSON.stringify(name)}: `;
        field =
            path
                .slice(2)
                .filter(p => typeof p === 'string')
                .join('.') || field;
        if (error.keyword === 'required' || error.keyword === 'additionalProperties') {
            field = String(error.params['missingProperty'] ?? error.params['additionalProperty']);
        }
    }
    const lookup = error.keyword === 'additionalProperties' ? [...path, field] : path;
    const line = lineOf(lookup);
    const at = line === null ? file : `${file}:${line}`;
    return `${at}: ${where}${field === '' ? '' : `${field}: `}${describeError(error)}`;
}
/**
 * Parses and checks the text of build-lab.yml against CONFIG_SCHEMA. Every problem is one line that names
 * the file, the line, the scenario and the field; all of them are reported together.
 */
function parseLabConfig(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: true });
    if (doc.errors.length > 0) {
        const problems = doc.errors.map(e => {
            const line = e.linePos?.[0]?.line;
            return `${line === undefined ? file : `${file}:${line}`}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(`${file} is not valid YAML:\n${problems.join('\n')}`);
    }
    const data = doc.toJS() ?? {};
    const lineOf = (path) => {
        for (let n = path.length; n >= 0; n--) {
            const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
            if (isNodeWithRange(node))
                return lineCounter.linePos(node.range[0]).line;
            // A key whose value is missing: find the key itself in its parent map.
            const parent = n === 0 ? null : n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent)) {
                const pair = parent.items.find(p => isNodeWithRange(p.key) && String(p.key) === String(path[n - 1]));
                if (pair && isNodeWithRange(pair.key))
                    return lineCounter.linePos(pair.key.range[0]).line;
            }
        }
        return null;
    };
    const problems = [];
    if (!validateSchema(data)) {
        for (const error of validateSchema.errors ?? [])
            problems.push(locate(error, file, data, lineOf));
    }
    else {
        const seen = new Set();
        data.scenarios?.forEach((scenario, i) => {
            if (seen.has(scenario.name)) {
                const line = lineOf(['scenarios', i, 'name']);
                problems.push(`${line === null ? file : `${file}:${line}`}: scenario ${JSON.stringify(scenario.name)}: name: defined twice`);
            }
            seen.add(scenario.name);
        });
    }
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(`${file} has ${problems.length} problem(s):\n${[...new Set(problems)].join('\n')}`);
    }
    return { ...data, scenarios: data.scenarios ?? [] };
}
function isNodeWithRange(node) {
    return (typeof node === 'object' &&
        node !== null &&
        'range' in node &&
        Array.isArray(node.range) &&
        typeof node.range[0] === 'number');
}
/** Built-ins, with the config's scenarios replacing those of the same name and the rest added after them. */
function allScenarios(config) {
    const own = config?.scenarios ?? [];
    const merged = BUILTIN_SCENARIOS.map(b => own.find(s => s.name === b.name) ?? b);
    return [...merged, ...own.filter(s => !BUILTIN_SCENARIOS.some(b => b.name === s.name))];
}
/** The scenarios to run, from --all or --scenario (repeatable, comma-separated). */
function selectScenarios(available, all, names) {
    if (all && names.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG('pass either --all or --scenario, not both');
    if (all)
        return [...available];
    if (names.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(`pass --all or --scenario NAME (one of ${available.map(s => s.name).join(', ')})`);
    }
    return names.map(name => {
        const found = available.find(s => s.name === name);
        if (!found) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(`unknown scenario ${JSON.stringify(name)}: the scenarios are ${available.map(s => s.name).join(', ')} (add your own in build-lab.yml)`);
        }
        return found;
    });
}
// ---- Run records -------------------------------------------------------------------------------
/** Bumped when a record field changes meaning or is removed; new fields keep the version. */
const LAB_RECORD_SCHEMA = 1;
/** True when some base image's ID was different after the scenario than before it. */
function baseImageChanged(record) {
    return record.baseImages.some(b => b.before !== b.after);
}
// ---- What the Dockerfile uses (FROM images and COPY sources) -------------------------------------
/**
 * The images the FROM lines name, with global ARGs resolved (build args win over defaults). Stages that
 * build on an earlier stage and `scratch` are left out.
 */
function fromImages(dockerfileText, buildArgs) {
    const dockerfile = (0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .readDockerfile */ .n_)(dockerfileText);
    const vars = (0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .globalArgValues */ .on)(dockerfile, new Map(buildArgs.map(a => [a.name, a.value])));
    const stages = new Set();
    const images = [];
    for (const stage of dockerfile.stages) {
        const image = (0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .expandWord */ .Vo)(stage.image, vars, dockerfile.escape);
        if (image !== '' && image.toLowerCase() !== 'scratch' && !stages.has(image.toLowerCase())) {
            if (!images.includes(image))
                images.push(image);
        }
        if (stage.name !== null)
            stages.add(stage.name);
    }
    return images;
}
/** Context sources of COPY/ADD (not `--from=` copies, not URLs, not heredocs), in Dockerfile order. */
function copySources(dockerfileText) {
    return (0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .readDockerfile */ .n_)(dockerfileText)
        .instructions.filter(i => (i.keyword === 'COPY' || i.keyword === 'ADD') && (0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(i, 'from') === undefined)
        .flatMap(i => (0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .copyOperands */ .Qi)(i).sources)
        .filter(source => !(0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .isRemote */ .Vx)(source));
}
function globToRegex(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*')
            out += glob[i + 1] === '*' ? (i++, '.*') : '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}(/.*)?$`);
}
/** Whether a context-relative file is copied by a COPY/ADD source (a file, a directory or a glob). */
function isCopied(file, sources) {
    return sources.some(source => {
        const clean = source.replace(/^\.?\/+/, '').replace(/\/+$/, '');
        if (clean === '' || clean === '.')
            return true;
        return globToRegex(clean).test(file);
    });
}
/** Dependency manifests: an edit to one of them is a dependency change, not a source edit. */
const MANIFESTS = new Set([
    'package.json',
    'requirements.txt',
    'pyproject.toml',
    'Pipfile',
    'setup.py',
    'setup.cfg',
    'Cargo.toml',
    'go.mod',
    'Gemfile',
    'composer.json',
    'pom.xml',
    'build.gradle',
    'build.gradle.kts',
    'mix.exs',
    'pubspec.yaml'
]);
function baseName(file) {
    return file.slice(file.lastIndexOf('/') + 1);
}
/** A dependency manifest (package.json, go.mod, pyproject.toml, ...), by its name. */
function isDependencyManifest(file) {
    return MANIFESTS.has(baseName(file));
}
function isDockerfileName(file) {
    const name = baseName(file).toLowerCase();
    return name === 'dockerfile' || name.endsWith('.dockerfile') || name.startsWith('dockerfile.');
}
const SOURCE_EXTENSIONS = /\.(js|mjs|cjs|ts|tsx|jsx|py|go|rs|rb|java|kt|scala|c|h|cc|cpp|hpp|cs|swift|php|sh|ex|exs|dart|lua|pl)$/i;
/**
 * The file a source edit changes: copied into the image by COPY/ADD, not ignored (the caller lists only
 * files the build sees), and not a lockfile, a dependency manifest, a Dockerfile or .dockerignore.
 * Source-language files come first, then by path, so the choice is stable. Null when there is none.
 */
function pickSourceFile(files, dockerfileText) {
    const sources = copySources(dockerfileText);
    const candidates = files
        .filter(f => !isToolOrGitState(f))
        .filter(f => isCopied(f, sources))
        .filter(f => !(0,_context_lockfiles_js__WEBPACK_IMPORTED_MODULE_2__/* .isLockfile */ .em)(f) && !MANIFESTS.has(baseName(f)) && !isDockerfileName(f))
        .filter(f => baseName(f) !== '.dockerignore');
    // Source code first, then text with a comment syntax, then the rest (which gets trailing whitespace).
    const score = (f) => SOURCE_EXTENSIONS.test(f) ? 0 : LINE_COMMENTS.some(([pattern]) => pattern.test(f)) ? 1 : 2;
    return [...candidates].sort((a, b) => score(a) - score(b) || (a < b ? -1 : a > b ? 1 : 0))[0] ?? null;
}
/** build-lab's own state and git metadata: never a source, whatever the Dockerfile copies. */
function isToolOrGitState(file) {
    return /(^|\/)(\.git|\.build-lab)(\/|$)/.test(file);
}
/** The lockfile a lockfile edit changes: one that the build copies, preferring the shallowest. */
function pickLockfile(files, dockerfileText) {
    const sources = copySources(dockerfileText);
    const locks = files.filter(f => (0,_context_lockfiles_js__WEBPACK_IMPORTED_MODULE_2__/* .isTextLockfile */ .xX)(f) && !isToolOrGitState(f));
    const copied = locks.filter(f => isCopied(f, sources));
    const depth = (f) => f.split('/').length;
    return [...copied].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))[0] ?? null;
}
/**
 * Trailing whitespace that spells `nonce` (16 bits), so that two edits never give the same bytes (the
 * daemon would remember the first). Lines of spaces only: valid at the end of JSON, YAML, TOML and lock files.
 */
function whitespaceSuffix(nonce) {
    let out = '\n';
    for (let bit = 15; bit >= 0; bit--)
        out += ((nonce >> bit) & 1) === 1 ? ' \n' : '\n';
    return out;
}
const LINE_COMMENTS = [
    [/\.(js|mjs|cjs|ts|tsx|jsx|go|rs|java|kt|scala|c|h|cc|cpp|hpp|cs|swift|php|dart)$/i, s => `// ${s}`],
    [
        /\.(py|sh|rb|pl|ex|exs|yml|yaml|toml|r|conf|cfg|ini|txt|env|mk)$|(^|\/)(Makefile|Dockerfile[^/]*)$/i,
        s => `# ${s}`
    ],
    [/\.(css|scss|less)$/i, s => `/* ${s} */`],
    [/\.(html|htm|xml|svg|md|vue)$/i, s => `<!-- ${s} -->`],
    [/\.(sql|lua|hs)$/i, s => `-- ${s}`]
];
/**
 * The text of `file` after a source edit: a comment line in the file's own syntax, or (for JSON and
 * unknown types) trailing whitespace; either way the file still means the same and its bytes differ.
 */
function editedText(file, text, nonce) {
    const comment = LINE_COMMENTS.find(([pattern]) => pattern.test(file));
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    if (comment)
        return `${text}${sep}${comment[1](`build-lab edit ${nonce}`)}\n`;
    return text + whitespaceSuffix(nonce);
}


/***/ }),

/***/ 6554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ missSentence),
/* harmony export */   MR: () => (/* binding */ missActions),
/* harmony export */   NU: () => (/* binding */ invalidationMap),
/* harmony export */   Zq: () => (/* binding */ richPlain)
/* harmony export */ });
/* unused harmony exports isDependencyFile, isInstallStep, causeClause */
/* harmony import */ var _context_lockfiles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7593);
/* harmony import */ var _lab_scenario_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5893);
// The invalidation map (which Dockerfile line forced which steps to re-run, at what cost) and the actions it suggests.


const INSTALL = /\b(npm\s+(ci|install|i)\b|yarn(\s+install)?(\s|$)|pnpm\s+(install|i)\b|pip3?\s+install|poetry\s+install|uv\s+sync|bundle\s+install|go\s+mod\s+download|composer\s+install|cargo\s+fetch)/;
/** Rich text as plain text, code spans in backticks (for reports that escape whole strings). */
function richPlain(rich) {
    return rich.map(p => ('code' in p ? `\`${p.code}\`` : p.text)).join('');
}
function isDependencyFile(file) {
    return (0,_context_lockfiles_js__WEBPACK_IMPORTED_MODULE_0__/* .isLockfile */ .em)(file) || (0,_lab_scenario_js__WEBPACK_IMPORTED_MODULE_1__/* .isDependencyManifest */ .fD)(file);
}
function isInstallStep(instruction) {
    return /^RUN\s/i.test(instruction) && INSTALL.test(instruction);
}
function seconds(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/** What changed for a root cause, as rich text: the clause after the step ("saw 3 changed files (...)"). */
function causeClause(cause) {
    switch (cause.kind) {
        case 'sources': {
            const n = cause.changed;
            const more = cause.partial ? ' or more' : '';
            const names = cause.files.slice(0, 5).join(', ') + (n > 5 ? ', ...' : '');
            return [
                { text: `saw ${n}${more} changed file${n === 1 ? '' : 's'}${names === '' ? '' : ` (${names})`}` }
            ];
        }
        case 'instruction':
            return [{ text: cause.previous === null ? 'is new in the Dockerfile' : 'was edited in the Dockerfile' }];
        case 'variable':
            return [
                { text: 'sees ' },
                { code: `${cause.via} ${cause.name}` },
                { text: ` (line ${cause.line}), whose value changed` }
            ];
        case 'build-arg':
            return [{ text: 'sees the build-arg ' }, { code: cause.name }, { text: ', whose value changed' }];
        case 'base-image':
            return [
                { text: 'starts from ' },
                { code: cause.ref },
                { text: `, whose digest changed (${short(cause.before)} → ${short(cause.after)})` }
            ];
        case 'cache-not-restored':
            return [{ text: notRestoredText(cause) }];
        case 'no-cache':
            return [{ text: 'was built with --no-cache' }];
        case 'no-cache-filter':
            return [{ text: 'is in stage ' }, { code: cause.stage }, { text: ', which --no-cache-filter names' }];
        case 'unknown':
            return [{ text: `ran for no recorded reason: ${cause.why}` }];
    }
}
function notRestoredText(cause) {
    if (cause.hit === 'off')
        return 'had no cache to import';
    const level = cause.level === 'sources'
        ? ' (the restored cache is of the same Dockerfile and lockfiles)'
        : cause.level === 'lockfiles'
            ? ' (the restored cache is of the same Dockerfile, other lockfiles)'
            : cause.level === 'definition'
                ? ' (the restored cache is of another Dockerfile or build args)'
                : '';
    const note = cause.note ? `: ${cause.note}` : '';
    return cause.hit === 'miss'
        ? `had no cache restored (miss${note})`
        : `had no record of the build its ${cause.hit} cache came from${level}`;
}
function short(digest) {
    return digest === null ? '?' : digest.replace(/^sha256:/, '').slice(0, 12);
}
/** "`RUN npm ci` ran because `COPY . .` on line 4 saw 3 changed files (src/app.ts, ...)" */
function missSentence(miss) {
    const self = miss.root.step === miss.step;
    const where = miss.root.line !== null ? ` on line ${miss.root.line}` : '';
    if (self)
        return [{ code: miss.instruction }, { text: `${where} ran: it ` }, ...causeClause(miss.rootCause)];
    return [
        { code: miss.instruction },
        { text: ' ran because ' },
        { code: miss.root.instruction },
        { text: `${where} ` },
        ...causeClause(miss.rootCause)
    ];
}
/** Groups the misses by the step whose own input changed, costliest first. */
function invalidationMap(misses) {
    const roots = new Map();
    for (const miss of misses) {
        let root = roots.get(miss.root.step);
        if (root === undefined) {
            root = {
                step: miss.root.step,
                line: miss.root.line,
                instruction: miss.root.instruction,
                cause: miss.rootCause,
                label: causeClause(miss.rootCause),
                steps: [],
                costMs: 0
            };
            roots.set(miss.root.step, root);
        }
        const ms = miss.durationMs ?? 0;
        root.steps.push({ step: miss.step, line: miss.line, instruction: miss.instruction, durationMs: ms });
        root.costMs += ms;
    }
    const list = [...roots.values()].sort((a, b) => b.costMs - a.costMs);
    return { roots: list, costMs: list.reduce((sum, r) => sum + r.costMs, 0) };
}
/** The destination operand of a COPY, for the suggested lockfile COPY. */
function destinationOf(instruction) {
    const words = instruction.split(/\s+/).filter(w => !w.startsWith('--'));
    const dest = words.at(-1) ?? './';
    return dest === '.' ? './' : dest.endsWith('/') ? dest : `${dest}/`;
}
const COMPILERS = [
    [
        /\btsc\b/,
        {
            tool: 'tsc',
            rewrite: c => `RUN --mount=type=cache,target=/cache/tsc ${c.replace(/\btsc\b/, 'tsc --incremental --tsBuildInfoFile /cache/tsc/tsbuildinfo --outDir /cache/tsc/out')} && cp -a /cache/tsc/out/. ./dist/`,
            why: 'tsc --incremental re-checks only what changed; its build info and output stay in the cache mount (tsc skips emitting files it believes are up to date, so the output is copied out of the mount)'
        }
    ],
    [
        /\bgo\s+(build|install|test)\b/,
        {
            tool: 'go',
            rewrite: c => `RUN --mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod ${c}`,
            why: "Go's build cache (/root/.cache/go-build) keeps every compiled package, so only the edited ones are rebuilt"
        }
    ],
    [
        /\bcargo\s+(build|install|test)\b/,
        {
            tool: 'cargo',
            rewrite: c => `RUN --mount=type=cache,target=/usr/local/cargo/registry --mount=type=cache,target=/cache/cargo-target CARGO_TARGET_DIR=/cache/cargo-target ${c} && cp /cache/cargo-target/release/<binary> /usr/local/bin/`,
            why: "cargo's target dir holds the compiled crates and the incremental state; in a cache mount it survives the edit (copy the binary out)"
        }
    ],
    [
        /\b(gradle|gradlew)\b/,
        {
            tool: 'gradle',
            rewrite: c => `RUN --mount=type=cache,target=/root/.gradle ${c}`,
            why: "Gradle's caches (/root/.gradle) keep dependencies and the build cache between builds"
        }
    ],
    [
        /\bmvn\b/,
        {
            tool: 'maven',
            rewrite: c => `RUN --mount=type=cache,target=/root/.m2 ${c}`,
            why: "Maven's local repository (/root/.m2) is downloaded again on every re-run without it"
        }
    ],
    [
        /\b(gcc|g\+\+|clang|make|cmake|ninja)\b/,
        {
            tool: 'ccache',
            rewrite: c => `RUN --mount=type=cache,target=/root/.cache/ccache CCACHE_DIR=/root/.cache/ccache CC="ccache gcc" CXX="ccache g++" ${c}`,
            why: 'ccache (install it in an earlier step) returns the object files of unchanged translation units'
        }
    ]
];
function commandOf(instruction) {
    return instruction
        .replace(/^RUN\s+/i, '')
        .replace(/(^|\s)--\S+/g, ' ')
        .trim();
}
/**
 * The actions the map suggests: the costliest avoidable invalidation (a COPY of the sources that
 * re-ran a dependency install, though no dependency file changed), and the costliest compiler step
 * that re-runs after a source edit, with a cache mount for its incremental state.
 */
function missActions(map, current) {
    const actions = [];
    const avoidable = map.roots
        .filter(r => r.cause.kind === 'sources')
        .map(r => {
        const cause = r.cause;
        const installs = r.steps.filter(s => isInstallStep(s.instruction));
        const depsChanged = cause.files.some(isDependencyFile);
        return {
            root: r,
            cause,
            installs,
            saved: installs.reduce((sum, s) => sum + s.durationMs, 0),
            depsChanged
        };
    })
        .filter(x => x.installs.length > 0 && !x.depsChanged && !x.cause.partial)
        .sort((a, b) => b.saved - a.saved)[0];
    if (avoidable !== undefined) {
        const recorded = current?.steps.find(s => s.line === avoidable.root.line);
        const deps = (recorded?.sources?.files ?? [])
            .map(f => f.path)
            .filter(isDependencyFile)
            // manifests before lockfiles, as people write them: package.json package-lock.json
            .sort((a, b) => Number((0,_context_lockfiles_js__WEBPACK_IMPORTED_MODULE_0__/* .isLockfile */ .em)(a)) - Number((0,_context_lockfiles_js__WEBPACK_IMPORTED_MODULE_0__/* .isLockfile */ .em)(b)) || (a < b ? -1 : a > b ? 1 : 0));
        const depsText = deps.length > 0 ? deps.slice(0, 6).join(' ') : 'package*.json';
        const copy = `COPY ${depsText} ${destinationOf(avoidable.root.instruction)}`;
        const install = avoidable.installs[0];
        actions.push({
            kind: 'reorder',
            line: avoidable.root.line,
            title: [
                { text: 'moving ' },
                { code: copy },
                { text: ' and ' },
                { code: install?.instruction ?? 'the install' },
                { text: ' before ' },
                { code: avoidable.root.instruction },
                {
                    text: `${avoidable.root.line !== null ? ` (line ${avoidable.root.line})` : ''} would have saved ${seconds(avoidable.saved)}`
                }
            ],
            suggestion: [copy, install?.instruction ?? '', avoidable.root.instruction]
                .filter(s => s !== '')
                .join('\n'),
            ms: avoidable.saved,
            evidence: [
                [
                    { code: avoidable.root.instruction },
                    {
                        text: ` ${causeClause(avoidable.cause)
                            .map(p => ('text' in p ? p.text : p.code))
                            .join('')}, none of them a lockfile or manifest`
                    }
                ],
                ...avoidable.installs.map((s) => [
                    { code: s.instruction },
                    { text: ` re-ran for ${seconds(s.durationMs)}` }
                ])
            ]
        });
    }
    // After a source edit, the steps after the COPY re-run even in the right order: a compiler's incremental state helps.
    const sourceSteps = map.roots
        .filter(r => r.cause.kind === 'sources')
        .flatMap(r => r.steps.map(s => ({ ...s, root: r })))
        .filter(s => /^RUN\s/i.test(s.instruction) &&
        !isInstallStep(s.instruction) &&
        !/--mount=type=cache/.test(s.instruction))
        .sort((a, b) => b.durationMs - a.durationMs);
    for (const s of sourceSteps) {
        const command = commandOf(s.instruction);
        const match = COMPILERS.find(([pattern]) => pattern.test(command));
        if (match === undefined)
            continue;
        const [, mount] = match;
        const share = map.costMs > 0 ? Math.round((s.durationMs / map.costMs) * 100) : 0;
        actions.push({
            kind: 'cache-mount',
            line: s.line,
            title: [
                { code: s.instruction },
                {
                    text: `${s.line !== null ? ` (line ${s.line})` : ''} re-runs after a source edit (${seconds(s.durationMs)}, ${share}% of the re-run time): give ${mount.tool} a cache mount for its incremental state`
                }
            ],
            suggestion: mount.rewrite(command),
            ms: s.durationMs,
            evidence: [[{ text: mount.why }], [{ code: s.root.instruction }, { text: ' ' }, ...s.root.label]]
        });
        break;
    }
    return actions;
}


/***/ }),

/***/ 9297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   eq: () => (/* binding */ highlights),
/* harmony export */   jo: () => (/* binding */ diagnosisOf),
/* harmony export */   sV: () => (/* binding */ cacheFacts),
/* harmony export */   w0: () => (/* binding */ stepRows)
/* harmony export */ });
/* unused harmony exports isImageDiff, slowestStep, baselineDeltas */
/* harmony import */ var _diff_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1515);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4664);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7375);




/** The registry facts of a cache report, as label/value pairs: the matched level and scope, the writes, the image sources. */
function cacheFacts(cache) {
    const facts = [];
    if (cache.scope) {
        facts.push([
            'matched',
            cache.matchedLevel ? `${cache.matchedLevel} level, scope ${cache.matchedScope ?? '?'}` : 'nothing'
        ]);
        facts.push(['written', `${(cache.written ?? []).length} tag(s) in scope ${cache.scope}`]);
    }
    for (const source of cache.imageSources ?? []) {
        facts.push([
            'cache image',
            `${source.ref} (${source.used ? 'inline cache, imported' : 'no inline cache, not used'})`
        ]);
    }
    return facts;
}
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
/** True when a value has the shape of core/diff's ImageDiff (GateResult.diff is typed unknown). */
function isImageDiff(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return (typeof v.identical === 'boolean' &&
        Array.isArray(v.files) &&
        Array.isArray(v.causes) &&
        Array.isArray(v.layers) &&
        Array.isArray(v.config) &&
        Array.isArray(v.index) &&
        Array.isArray(v.warnings));
}
/** The diagnosis to show: the caller's, else the result's own. */
function diagnosisOf(result, extras) {
    if (extras.diff !== undefined)
        return extras.diff;
    return isImageDiff(result.diff) ? result.diff : null;
}
/** Findings most severe first, in file order within a severity. */
function sortFindings(findings) {
    return findings
        .map((finding, position) => ({ finding, position }))
        .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        a.finding.line - b.finding.line ||
        a.position - b.position)
        .map(entry => entry.finding);
}
function failedStep(run) {
    return run.steps.find(step => step.error !== null) ?? null;
}
function firstFix(result, extras) {
    const failed = result.runs.find(run => run.error !== null || run.digest === null);
    if (failed !== undefined) {
        const step = failedStep(failed);
        return {
            problem: `run ${failed.run} failed`,
            where: step?.name ?? null,
            fix: step?.error ?? failed.error ?? 'the build gave no image digest'
        };
    }
    const diff = diagnosisOf(result, extras);
    if (!result.reproducible && diff !== null) {
        const finding = diff.findings?.[0];
        if (finding !== undefined && !(0,_diff_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .isGenericFinding */ .xt)(finding.id)) {
            const count = finding.files === 1 ? '1 file' : `${finding.files} files`;
            return {
                problem: `${finding.owner}: ${finding.title} (${count})`,
                where: origin(finding),
                fix: finding.fix
            };
        }
        const file = diff.files[0];
        if (file !== undefined) {
            return { problem: `${file.cause}: ${file.path}`, where: origin(file), fix: file.hint };
        }
        const field = diff.config[0] ?? diff.index[0];
        if (field !== undefined) {
            return { problem: `${field.cause}: ${field.field}`, where: origin(field), fix: field.hint };
        }
        const cause = diff.causes[0];
        if (cause !== undefined)
            return { problem: cause.cause, where: null, fix: cause.hint };
    }
    const finding = sortFindings(extras.findings ?? [])[0];
    if (finding !== undefined) {
        return {
            problem: `${finding.rule} (${finding.severity}): ${finding.message}`,
            where: `${finding.file}:${finding.line}`,
            fix: finding.fix
        };
    }
    return null;
}
function origin(x) {
    const line = x.line !== undefined ? `Dockerfile:${x.line}` : '';
    const text = [line, x.instruction ?? ''].filter(part => part !== '').join(' ');
    return text === '' ? null : text;
}
function slowestIn(run, includeCached) {
    let best = null;
    for (const step of run?.steps ?? []) {
        // FROM only resolves the base image: a warm build that ran nothing else has no slowest step.
        if ((step.cached && !includeCached) || step.durationMs === null || (0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .isFromStep */ .jM)(step))
            continue;
        if (best === null || step.durationMs > best.durationMs) {
            best = { name: step.name, durationMs: step.durationMs, run: run?.run ?? 0 };
        }
    }
    return best;
}
/** The step that cost the most on the warm build; run 2's when every step of run 1 came from the cache. */
function slowestStep(result) {
    const [run1, run2] = result.runs;
    return slowestIn(run1, false) ?? slowestIn(run2, false) ?? slowestIn(run1, true);
}
/** "warm build +12% (2.1 s → 2.4 s)", "hit ratio 0.91 → 0.64" and the like, against the base branch. */
function baselineDeltas(result, baseline) {
    if (baseline === null || baseline === undefined)
        return [];
    const out = [];
    if (baseline.reproducible !== result.reproducible) {
        out.push(result.reproducible
            ? 'now reproducible (not on the base branch)'
            : 'reproducible on the base branch, not here');
    }
    const labels = ['warm build', 'clean build'];
    for (const [i, label] of labels.entries()) {
        const before = baseline.runs[i]?.durationMs ?? null;
        const after = result.runs[i]?.durationMs ?? null;
        const change = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatChange */ .eD)(before, after);
        if (change !== null)
            out.push(`${label} ${change} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(before)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(after)})`);
    }
    const ratioBefore = baseline.runs[0]?.cacheHitRatio ?? null;
    const ratioAfter = result.runs[0]?.cacheHitRatio ?? null;
    if (ratioBefore !== null && ratioAfter !== null) {
        out.push(`hit ratio ${ratioBefore.toFixed(2)} → ${ratioAfter.toFixed(2)}`);
    }
    return out;
}
function highlights(result, extras = {}) {
    const run1 = result.runs[0];
    return {
        firstFix: firstFix(result, extras),
        slowest: slowestStep(result),
        hitRatio: run1?.cacheHitRatio ?? null,
        cachedSteps: run1?.cachedSteps ?? 0,
        totalSteps: run1?.totalSteps ?? 0,
        deltas: baselineDeltas(result, extras.baseline),
        misses: result.misses ?? null
    };
}
/**
 * The steps of every run side by side, in build order, matched by vertex name. Each run's `mark`
 * slowest executed steps are flagged. With more than `max` rows, the slowest rows are kept.
 */
function stepRows(result, max = 40, mark = 3) {
    const names = new Set();
    const byRun = result.runs.map(run => {
        const map = new Map();
        for (const step of (0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .orderSteps */ .Qs)(run.steps)) {
            if (!map.has(step.name))
                map.set(step.name, step);
            names.add(step.name);
        }
        return map;
    });
    const slowSets = result.runs.map(run => {
        const executed = run.steps.filter(step => !step.cached && !(0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .isFromStep */ .jM)(step) && step.durationMs !== null && step.durationMs > 0);
        executed.sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0));
        // Marking most of a short build says nothing: one mark per three executed steps, up to `mark`.
        const marks = Math.max(1, Math.min(mark, Math.floor(executed.length / 3)));
        return new Set(executed.slice(0, marks).map(step => step.name));
    });
    let rows = [...names].map(name => ({
        name,
        cells: byRun.map(map => map.get(name) ?? null),
        slowest: slowSets.map(set => set.has(name))
    }));
    const omitted = Math.max(0, rows.length - max);
    if (omitted > 0) {
        const cost = (row) => Math.max(0, ...row.cells.map(cell => cell?.durationMs ?? 0));
        const keep = new Set([...rows].sort((a, b) => cost(b) - cost(a)).slice(0, max));
        rows = rows.filter(row => keep.has(row));
    }
    return { rows, omitted };
}


/***/ }),

/***/ 9232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ recommendationsTitle),
/* harmony export */   Az: () => (/* binding */ runLabel),
/* harmony export */   FK: () => (/* binding */ keyFigures),
/* harmony export */   G8: () => (/* binding */ verdictHeading),
/* harmony export */   Nm: () => (/* binding */ errorLogSections),
/* harmony export */   Ph: () => (/* binding */ stepTable),
/* harmony export */   WK: () => (/* binding */ fitSections),
/* harmony export */   cS: () => (/* binding */ runTable),
/* harmony export */   dN: () => (/* binding */ cacheTable),
/* harmony export */   hc: () => (/* binding */ allowListSection),
/* harmony export */   wk: () => (/* binding */ driftLine),
/* harmony export */   xE: () => (/* binding */ recommendationsTable),
/* harmony export */   yV: () => (/* binding */ engineLines),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports firstFixMarkdown, digestGroupTable */
/* harmony import */ var _equality_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4763);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4888);
/* harmony import */ var _runs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5597);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7375);
/* harmony import */ var _miss_map_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6554);
/* harmony import */ var _miss_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(265);
/* harmony import */ var _highlights_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9297);
// Markdown pieces the job summary and the PR comment share; every name from a build is escaped here.








const EPOCH_SOURCE = {
    input: 'given',
    git: 'commit time of HEAD',
    default: 'default'
};
function runLabel(run) {
    if (run === 1)
        return '1 (warm)';
    return `${run} (clean, --no-cache)`;
}
function verdictHeading(result, level = '##') {
    if (result.reproducible)
        return `${level} ✅ build-lab: reproducible`;
    if (result.allowList?.passed)
        return `${level} ⚠️ build-lab: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(result.allowList.reason, 200)}`;
    return `${level} ❌ build-lab: not reproducible`;
}
/** The allow-list's verdict and the differences it allowed, as a section; empty without an allow-list. */
function allowListSection(result, maxFiles = 10) {
    const list = result.allowList;
    if (!list)
        return [];
    const out = ['### Allowed differences', '', (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(list.reason, 500), ''];
    if (list.allowed.length > 0) {
        out.push('| glob | reason | files |', '| --- | --- | --- |');
        for (const g of list.allowed) {
            const shown = g.files.slice(0, maxFiles).map(f => (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(f, 160));
            const more = g.files.length > maxFiles ? ` and ${g.files.length - maxFiles} more` : '';
            out.push(`| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(g.glob, 120)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(g.reason ?? '-', 200)} | ${g.files.length}: ${shown.join(', ')}${more} |`);
        }
    }
    if (list.outside.length > 0)
        out.push('', `Outside the list: ${list.outside.map(f => (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(f, 160)).join(', ')}`);
    return out;
}
function firstFixMarkdown(fix) {
    const where = fix.where !== null ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(fix.where, 100)})` : '';
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(fix.problem, 160)}${where} — ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(fix.fix, 400)}`;
}
/** The four things a reader looks for first, as a list. */
function keyFigures(h) {
    const out = [];
    if (h.firstFix !== null)
        out.push(`- **First thing to fix:** ${firstFixMarkdown(h.firstFix)}`);
    if (h.slowest !== null) {
        const which = h.slowest.run === 1
            ? 'warm build'
            : h.slowest.run === 2
                ? 'clean build'
                : `run ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(String(h.slowest.run), 20)}`;
        out.push(`- **Slowest step:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(h.slowest.name, 100)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(h.slowest.durationMs)} (${which})`);
    }
    const counts = h.totalSteps > 0
        ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(`${h.cachedSteps}/${h.totalSteps}`, 40)} steps cached on the warm build)`
        : '';
    out.push(`- **Cache hit ratio:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRatio */ .B0)(h.hitRatio)}${counts}`);
    const why = (0,_miss_render_js__WEBPACK_IMPORTED_MODULE_4__/* .missKeyFigure */ .wh)(h.misses);
    if (why !== null)
        out.push(why);
    if (h.deltas.length > 0)
        out.push(`- **Compared with the base branch:** ${h.deltas.map(d => (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(d)).join(', ')}`);
    return out;
}
/** `2 distinct digests in 3 runs · max-distinct-digests 1`: the drift policy's count, for every report. */
function driftLine(result) {
    const distinct = result.distinctDigests ?? (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .resultGroups */ .Ki)(result).filter(g => g.digest !== null).length;
    const what = result.equality === 'content' ? 'distinct images' : 'distinct digests';
    return `${distinct} ${what} in ${result.runs.length} runs · max-distinct-digests ${result.maxDistinctDigests ?? _runs_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_DISTINCT */ .YR}`;
}
/** The runs grouped by digest, when the gate made more than two: which runs gave which image. */
function digestGroupTable(result) {
    if (result.runs.length <= 2)
        return [];
    const out = ['| digest | runs |', '| --- | --- |'];
    for (const g of (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .resultGroups */ .Ki)(result)) {
        const digest = g.digest === null ? 'no image' : (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(g.digest, 100);
        out.push(`| ${digest} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(g.runs.join(', '), 60)} |`);
    }
    out.push('', (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(driftLine(result), 200));
    return out;
}
function runTable(result) {
    const out = [
        '| run | digest | duration | cached/total steps | hit ratio |',
        '| --- | --- | --- | --- | --- |'
    ];
    for (const run of result.runs) {
        const digest = run.digest !== null
            ? (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)((0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .shortDigest */ .VK)(run.digest))
            : `failed: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(run.error ?? 'no digest', 200)}`;
        const steps = run.totalSteps > 0 ? (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(`${run.cachedSteps}/${run.totalSteps}`, 40) : '-';
        out.push(`| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(runLabel(run.run), 40)} | ${digest} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(run.durationMs)} | ${steps} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRatio */ .B0)(run.cacheHitRatio)} |`);
    }
    const groups = digestGroupTable(result);
    if (groups.length > 0)
        out.push('', ...groups);
    if (result.platforms.length > 1) {
        const [a, b] = (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .comparedRuns */ .K7)(result) ?? [1, 2];
        out.push('', `| platform | run ${a} | run ${b} | |`, '| --- | --- | --- | --- |');
        for (const p of result.platforms) {
            out.push(`| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(p.platform, 80)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)((0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .shortDigest */ .VK)(p.run1))} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)((0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .shortDigest */ .VK)(p.run2))} | ${p.equal ? 'same' : '**differs**'} |`);
        }
    }
    return out;
}
function stepCell(step, slowest) {
    if (step === null)
        return '-';
    if (step.error !== null)
        return `**failed** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(step.durationMs)}`;
    if (step.cached)
        return 'cached';
    const time = (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(step.durationMs);
    return slowest ? `🐢 **${time}**` : time;
}
/** Per-step timings of every run; 🐢 marks each run's slowest executed steps. */
function stepTable(result, max = 40) {
    const { rows, omitted } = (0,_highlights_js__WEBPACK_IMPORTED_MODULE_5__/* .stepRows */ .w0)(result, max);
    if (rows.length === 0)
        return [];
    const runs = result.runs.map(run => `run ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(runLabel(run.run), 40)}`);
    const misses = new Map((result.misses?.misses ?? []).map(m => [m.step, m]));
    const why = misses.size > 0;
    const out = [
        `| step | ${runs.join(' | ')} |${why ? ' why run 1 ran it |' : ''}`,
        `| --- |${runs.map(() => ' ---: |').join('')}${why ? ' --- |' : ''}`
    ];
    for (const row of rows) {
        const cells = row.cells.map((cell, i) => stepCell(cell, row.slowest[i] ?? false));
        const miss = misses.get(row.name);
        const reason = why ? ` ${miss ? (0,_miss_render_js__WEBPACK_IMPORTED_MODULE_4__/* .richMarkdown */ .yb)((0,_miss_map_js__WEBPACK_IMPORTED_MODULE_3__/* .missSentence */ .Kw)(miss), 200) : ''} |` : '';
        out.push(`| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(row.name, 100)} | ${cells.join(' | ')} |${reason}`);
    }
    if (omitted > 0)
        out.push('', `${omitted} faster ${omitted === 1 ? 'step is' : 'steps are'} left out.`);
    out.push('', '🐢 marks the slowest steps each run executed.');
    return out;
}
function cacheTable(cache) {
    const facts = (0,_highlights_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheFacts */ .sV)(cache);
    return [
        '| hit | restore | save | size |',
        '| --- | --- | --- | --- |',
        `| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(cache.hit, 20)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(cache.restoreMs ?? null)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(cache.saveMs ?? null)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(cache.sizeBytes ?? null)} |`,
        ...(facts.length === 0
            ? []
            : ['', ...facts.map(([k, v]) => `- ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(k, 20)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(v, 300)}`)])
    ];
}
function version(v) {
    return v === null ? 'unknown' : (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(v, 60);
}
function engineLines(result) {
    const e = result.engine;
    const buildkit = e.buildkit === null
        ? 'unknown'
        : `${version(e.buildkit)}${e.buildkitSource === 'inferred' ? ' (inferred from dockerd)' : ''}`;
    return [
        `Docker ${version(e.docker)} · buildx ${version(e.buildx)} · BuildKit ${buildkit} · driver ${version(e.driver)}${e.builder ? ` · builder ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(e.builder, 80)}${e.dockerContext ? ' (docker context)' : ''}` : ''}`,
        '',
        `Epoch ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(String(result.epoch))} (${EPOCH_SOURCE[result.epochSource]}) · mtimes varied in run 2: ${result.varyMtime ? 'yes' : 'no'}`,
        '',
        `Equality: ${_equality_js__WEBPACK_IMPORTED_MODULE_0__/* .EQUALITY_NOTE */ .G7[result.equality ?? 'digest']}`
    ];
}
/** An HTML <details> block; the summary is HTML (GitHub doesn't read markdown there), the body markdown. */
function details(summary, body) {
    return [`<details><summary>${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .ZD)(summary, 200)}</summary>`, '', ...body, '', '</details>'];
}
const SEVERITY_ICON = { error: '⛔', warning: '⚠️', info: 'ℹ️' };
function recommendationsTitle(findings) {
    const count = (s) => findings.filter(f => f.severity === s).length;
    const parts = ['error', 'warning', 'info']
        .map(s => [s, count(s)])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s === 'info' ? 'info' : n === 1 ? s : `${s}s`}`);
    return `Recommendations (${parts.join(', ')})`;
}
function recommendationsTable(findings, max = 25) {
    const sorted = (0,_highlights_js__WEBPACK_IMPORTED_MODULE_5__/* .sortFindings */ .Tc)(findings);
    const out = ['| | rule | where | problem | fix |', '| --- | --- | --- | --- | --- |'];
    for (const f of sorted.slice(0, max)) {
        out.push(`| ${SEVERITY_ICON[f.severity]} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(f.rule, 40)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .inlineCode */ .ti)(`${f.file}:${f.line}`, 80)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(f.message, 300)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(f.fix, 300)} |`);
    }
    if (sorted.length > max)
        out.push('', `…and ${sorted.length - max} more in the report file.`);
    return out;
}
/** The failing step's log tail, as literal text. */
function errorLogBlock(run, maxChars) {
    if (run.errorLog === null || run.errorLog === '')
        return [];
    const tail = run.errorLog.length > maxChars ? `…${run.errorLog.slice(-maxChars)}` : run.errorLog;
    return details(`Log of the failing step, run ${run.run}`, [
        `<pre>${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeHtml */ .ZD)(tail.replace(/\s+$/, ''))}</pre>`
    ]);
}
/** One section per run that failed with a log: its tail, up to `maxChars`. */
function errorLogSections(result, maxChars = 4000) {
    return result.runs.map(run => errorLogBlock(run, maxChars).join('\n')).filter(section => section !== '');
}
/**
 * Joins sections (each a self-contained block) while they fit in `maxBytes`; the first that doesn't
 * fit, and all after it, give way to `note`. The result is never longer than `maxBytes`.
 */
function fitSections(sections, maxBytes, note) {
    const total = sections.join('\n\n') + '\n';
    if ((0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .byteLength */ .dp)(total) <= maxBytes)
        return total;
    const tail = `\n\n${note}\n`;
    let out = '';
    for (const section of sections) {
        const next = out === '' ? section : `${out}\n\n${section}`;
        if ((0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .byteLength */ .dp)(next) + (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .byteLength */ .dp)(tail) > maxBytes)
            break;
        out = next;
    }
    const result = `${out}${tail}`;
    // Only when even the first section plus the note is too big: cut by characters, which can't break UTF-8.
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .byteLength */ .dp)(result) <= maxBytes ? result : (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .clip */ .$Q)(result, Math.floor(maxBytes / 4) - 1);
}


/***/ }),

/***/ 265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ MISS_MAP_CSS),
/* harmony export */   G_: () => (/* binding */ missHtml),
/* harmony export */   KI: () => (/* binding */ mapScenarios),
/* harmony export */   YD: () => (/* binding */ richText),
/* harmony export */   eE: () => (/* binding */ missMarkdown),
/* harmony export */   lw: () => (/* binding */ costliestMiss),
/* harmony export */   wh: () => (/* binding */ missKeyFigure),
/* harmony export */   yb: () => (/* binding */ richMarkdown)
/* harmony export */ });
/* unused harmony exports richHtml, mermaidMap, missText, svgMap */
/* harmony import */ var _miss_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6554);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7375);
// The cache-miss account as markdown (with a mermaid map), HTML (with an inline SVG map) and text; every field escaped.


function richMarkdown(rich, max = 400) {
    return rich.map(p => ('code' in p ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(p.code, 100) : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(p.text, max))).join('');
}
function richHtml(rich, max = 400) {
    return rich
        .map(p => 'code' in p ? `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(p.code, 160))}</code>` : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(p.text, max)))
        .join('');
}
function richText(rich, max = 400) {
    return rich.map(p => ('code' in p ? `\`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(p.code, 160)}\`` : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(p.text, max))).join('');
}
/** The costliest miss: the one the key figures name. */
function costliestMiss(report) {
    let best = null;
    for (const miss of report.misses) {
        if (best === null || (miss.durationMs ?? 0) > (best.durationMs ?? 0))
            best = miss;
    }
    return best;
}
/** One key-figure line: why the costliest step ran, and what it cost. */
function missKeyFigure(report) {
    if (!report)
        return null;
    const miss = costliestMiss(report);
    if (miss === null)
        return null;
    return `- **Why it ran:** ${richMarkdown((0,_miss_map_js__WEBPACK_IMPORTED_MODULE_0__/* .missSentence */ .Kw)(miss))}; it cost ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(miss.durationMs)}`;
}
// Mermaid reads entity codes (#35;) in quoted labels. Anything beyond a plain set is written as one, so
// no label can end its quotes, open a node, hold HTML or end the code fence (backticks).
function mermaidLabel(text, max = 80) {
    return [...(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(text, max)]
        .map(c => (/^[A-Za-z0-9 .,:/_()+=-]$/.test(c) ? c : `#${c.codePointAt(0) ?? 63};`))
        .join('');
}
function plain(rich) {
    return rich.map(p => ('code' in p ? p.code : p.text)).join('');
}
function lineLabel(line, instruction) {
    return `${line !== null ? `line ${line}: ` : ''}${instruction}`;
}
/** The invalidation map as a mermaid flowchart: each changed line, and the steps it forced with their cost. */
function mermaidMap(map, maxRoots = 6, maxSteps = 8) {
    if (map.roots.length === 0)
        return [];
    const out = ['```mermaid', 'flowchart LR'];
    map.roots.slice(0, maxRoots).forEach((root, r) => {
        const id = `r${r}`;
        const own = root.steps.find(s => s.step === root.step);
        const ownCost = own !== undefined ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(own.durationMs)})` : '';
        out.push(`  ${id}["${mermaidLabel(lineLabel(root.line, root.instruction) + ownCost)}<br/>${mermaidLabel(plain(root.label), 100)}"]`);
        const forced = root.steps.filter(s => s.step !== root.step);
        forced.slice(0, maxSteps).forEach((s, i) => {
            out.push(`  ${id} -->|"${mermaidLabel((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(s.durationMs))}"| ${id}n${i}["${mermaidLabel(lineLabel(s.line, s.instruction))}"]`);
        });
        if (forced.length > maxSteps)
            out.push(`  ${id} --> ${id}more["${forced.length - maxSteps} more steps"]`);
    });
    if (map.roots.length > maxRoots)
        out.push(`  more["${map.roots.length - maxRoots} more causes"]`);
    out.push('```');
    return out;
}
/** The markdown section: the map, each step that ran and why, and the actions. */
function missMarkdown(report, maxRows = 25) {
    if (report.misses.length === 0)
        return [];
    const out = [];
    out.push(...mermaidMap(report.map), '');
    out.push('| step | why it ran | cost |', '| --- | --- | ---: |');
    for (const miss of report.misses.slice(0, maxRows)) {
        out.push(`| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(miss.step, 100)} | ${richMarkdown((0,_miss_map_js__WEBPACK_IMPORTED_MODULE_0__/* .missSentence */ .Kw)(miss))} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(miss.durationMs)} |`);
    }
    if (report.misses.length > maxRows)
        out.push('', `${report.misses.length - maxRows} more steps ran.`);
    if (!report.compared) {
        out.push('', 'No record of the build the cache came from was found, so the inputs could not be compared.');
    }
    for (const action of report.actions) {
        out.push('', `- **${action.kind === 'reorder' ? 'Reorder' : 'Cache mount'}:** ${richMarkdown(action.title)}`);
        out.push('', '  ```dockerfile', ...action.suggestion.split('\n').map(l => `  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(l.replace(/`/g, 'ˋ'), 400)}`), '  ```');
        for (const e of action.evidence)
            out.push(`  - ${richMarkdown(e)}`);
    }
    return out;
}
/** The text lines (`gate` text): one per step that ran, then the actions. */
function missText(report, maxRows = 25) {
    const out = report.misses
        .slice(0, maxRows)
        .map(m => `  ${richText(missSentence(m))} (${formatDuration(m.durationMs)})`);
    for (const action of report.actions)
        out.push(`  action: ${richText(action.title)}`);
    return out;
}
/** The invalidation map as an inline SVG: changed lines on the left, the steps they forced on the right. */
function svgMap(map, maxRoots = 8, maxSteps = 12) {
    const roots = map.roots.slice(0, maxRoots).map(r => ({ ...r, shown: r.steps.slice(0, maxSteps) }));
    if (roots.length === 0)
        return '';
    const rowH = 26;
    const width = 900;
    const rows = roots.reduce((n, r) => n + Math.max(1, r.shown.length) + 1, 0);
    const height = rows * rowH + 10;
    const max = Math.max(1, ...roots.flatMap(r => r.shown.map(s => s.durationMs)));
    const out = [
        `<svg class="missmap" role="img" aria-label="invalidation map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`
    ];
    let y = 8;
    for (const root of roots) {
        const rootY = y + (Math.max(1, root.shown.length) * rowH) / 2;
        out.push(`<rect class="cause" x="4" y="${rootY - 18}" width="330" height="36" rx="4"/>`, `<text x="12" y="${rootY - 4}">${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(lineLabel(root.line, root.instruction), 60), 60))}</text>`, `<text class="muted" x="12" y="${rootY + 11}">${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(plain(root.label), 60), 60))}</text>`);
        for (const s of root.shown) {
            const sy = y + rowH / 2;
            const bar = Math.max(2, Math.round((s.durationMs / max) * 200));
            out.push(`<line class="edge" x1="334" y1="${rootY}" x2="420" y2="${sy}"/>`, `<rect class="bar rerun" x="420" y="${sy - 8}" width="${bar}" height="16"/>`, `<text x="${426 + bar}" y="${sy + 4}">${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(s.durationMs))} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(lineLabel(s.line, s.instruction), 50), 50))}</text>`);
            y += rowH;
        }
        if (root.shown.length === 0)
            y += rowH;
        y += rowH;
    }
    out.push('</svg>');
    return out.join('');
}
const MISS_MAP_CSS = 'svg.missmap{width:100%;max-width:900px;height:auto;display:block;border:1px solid var(--line);border-radius:6px;background:#fff;margin:8px 0}svg .cause{fill:#fff8c5;stroke:#d4a72c}svg .edge{stroke:#8c959f}svg .bar.rerun{fill:#bc4c00}';
/** The HTML section: the SVG map, the table of steps that ran, the actions. */
function missHtml(report, maxRows = 40) {
    if (report.misses.length === 0)
        return '';
    const rows = report.misses
        .slice(0, maxRows)
        .map(m => `<tr><td><code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(m.step, 160))}</code></td><td>${richHtml((0,_miss_map_js__WEBPACK_IMPORTED_MODULE_0__/* .missSentence */ .Kw)(m))}</td><td>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(m.durationMs))}</td></tr>`)
        .join('');
    const actions = report.actions
        .map(a => `<li>${richHtml(a.title)}<pre>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(a.suggestion)}</pre><ul>${a.evidence.map(e => `<li>${richHtml(e)}</li>`).join('')}</ul></li>`)
        .join('');
    return [
        svgMap(report.map),
        `<table><thead><tr><th>step</th><th>why it ran</th><th>cost</th></tr></thead><tbody>${rows}</tbody></table>`,
        actions === '' ? '' : `<ul class="miss-actions">${actions}</ul>`
    ].join('');
}
/** The lab scenarios whose map is worth drawing: an edit with a cache, whose last run re-ran steps. */
function mapScenarios(summary) {
    return summary.scenarios.flatMap(s => s.misses !== null && s.cache_mode !== 'none' && s.input_mutation !== 'none' && s.misses.misses.length > 0
        ? [{ scenario: s.scenario, misses: s.misses }]
        : []);
}


/***/ })

};
