export const id = 761;
export const ids = [761];
export const modules = {

/***/ 15841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ resolvedBases),
/* harmony export */   O: () => (/* binding */ diffBases)
/* harmony export */ });
/** BuildKit names a resolved FROM `[stage 1/3] FROM <ref>@sha256:<hex>` (also for COPY --from=<image>). */
const RESOLVED_FROM = /^FROM\s+(\S+?)@(sha256:[0-9a-f]{64})(?:\s|$)/;
function key(b) {
    return `${b.platform ?? ''} ${b.ref}`;
}
/** Each image the build's FROM steps resolved, once per platform, sorted. */
function resolvedBases(steps) {
    const found = new Map();
    for (const step of steps) {
        const m = RESOLVED_FROM.exec(step.instruction ?? step.name.replace(/^\[[^\]]*\]\s*/, ''));
        if (m === null)
            continue;
        const base = { ref: m[1], digest: m[2], platform: step.platform };
        found.set(key(base), base);
    }
    return [...found.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
/** The bases whose digest moved, appeared or went away between a record and a rebuild. */
function diffBases(before, after) {
    const a = new Map(before.map(b => [key(b), b]));
    const b = new Map(after.map(x => [key(x), x]));
    const changes = [];
    for (const k of [...new Set([...a.keys(), ...b.keys()])].sort()) {
        const x = a.get(k);
        const y = b.get(k);
        if (x?.digest === y?.digest)
            continue;
        const ref = (x ?? y);
        changes.push({ ref: ref.ref, platform: ref.platform, from: x?.digest ?? null, to: y?.digest ?? null });
    }
    return changes;
}


/***/ }),

/***/ 82250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readImagePackages)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86153);
/* harmony import */ var _diff_layer_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74323);
/* harmony import */ var _diff_tar_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38025);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86366);
// Streams an image's layers, lowest first, and reads the package databases left in its final filesystem.





/** Bytes of database files held at once (the last copy of each path wins); beyond it the image is refused. */
const MAX_HELD_BYTES = 256 * 1024 * 1024;
function parent(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
function base(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Removes `path` and everything under it. */
function remove(files, path) {
    const prefix = path === '' ? '' : `${path}/`;
    for (const key of [...files.keys()])
        if (key === path || key.startsWith(prefix))
            files.delete(key);
}
/**
 * The packages installed in the image whose manifest is `manifestDigest`: each layer in order, whiteouts
 * (`.wh.name`, `.wh..wh..opq`) applied, so a package database a later layer removed or replaced counts as
 * the later layer left it. Only the database files are kept, each within its size bound.
 */
async function readImagePackages(src, manifestDigest, label, onNote = () => undefined) {
    const manifest = await src.readJson(manifestDigest);
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(manifest) || !Array.isArray(manifest.layers)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BuildLabError */ .CG(`${label}: ${manifestDigest} is not an image manifest`);
    }
    const files = new Map();
    const layers = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .asArray */ ._j)(manifest.layers);
    for (const [k, layer] of layers.entries()) {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(layer) || typeof layer.digest !== 'string')
            continue;
        const mediaType = typeof layer.mediaType === 'string' ? layer.mediaType : '';
        const layerLabel = `layer ${k} (${layer.digest}) of ${label}`;
        // Only paths that hold a tracked file, or one of its directories, can remove anything: the rest of a
        // layer's whiteouts are not kept, so a layer of a million whiteouts costs no memory.
        const tracked = new Set();
        for (const path of files.keys()) {
            for (let p = path; p !== ''; p = parent(p))
                tracked.add(p);
        }
        const whiteouts = [];
        const whiteout = (path, opaque) => {
            if (tracked.has(path))
                whiteouts.push(opaque ? `${path}/` : path);
        };
        const added = new Map();
        const entries = (0,_diff_tar_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .readTarEntries */ .ET)((0,_diff_layer_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .decompressLayer */ .b)(src.open(layer.digest), mediaType, layerLabel, onNote), {
            sampleFor: _packages_js__WEBPACK_IMPORTED_MODULE_4__/* .packageFileBytes */ .cp,
            label: layerLabel
        });
        for await (const e of entries) {
            const name = base(e.path);
            if (name === '.wh..wh..opq') {
                whiteout(parent(e.path), true);
                continue;
            }
            if (name.startsWith('.wh.')) {
                const dir = parent(e.path);
                whiteout(dir === '' ? name.slice(4) : `${dir}/${name.slice(4)}`, false);
                continue;
            }
            const kind = e.type === 'file' ? (0,_packages_js__WEBPACK_IMPORTED_MODULE_4__/* .packageFileKind */ .tz)(e.path) : null;
            // A link, a device, or a file that is no database replaces whatever a lower layer had at the path;
            // a directory replaces a file there.
            if (kind === null) {
                if (e.type !== 'dir' || files.has(e.path))
                    whiteout(e.path, false);
                continue;
            }
            if (e.sample === undefined || e.sample.length !== e.size) {
                onNote(`${label}: ${e.path} is over its size bound and was not read`);
                added.delete(e.path);
                continue;
            }
            const text = Buffer.from(e.sample).toString('utf8');
            const held = kind === 'npm'
                ? { kind, text: null, npm: (0,_packages_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePackageJson */ .wA)(text), bytes: 0 }
                : { kind, text, npm: null, bytes: e.size };
            added.set(e.path, held);
        }
        for (const w of whiteouts) {
            if (w.endsWith('/'))
                remove(files, w.slice(0, -1));
            else
                remove(files, w);
        }
        for (const [path, held] of added)
            files.set(path, held);
        const heldBytes = [...files.values()].reduce((n, h) => n + h.bytes, 0);
        if (heldBytes > MAX_HELD_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BuildLabError */ .CG(`${label} holds more than ${MAX_HELD_BYTES / 1024 / 1024} MiB of package databases: it is not a real image`);
        }
        if (files.size > _packages_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_PACKAGES */ .vk * 5) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BuildLabError */ .CG(`${label} holds more than ${_packages_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_PACKAGES */ .vk * 5} package.json files under node_modules`);
        }
    }
    const packages = [];
    const sources = [];
    let npmFiles = 0;
    for (const [path, held] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (held.kind === 'npm') {
            npmFiles++;
            if (held.npm !== null)
                packages.push(held.npm);
            continue;
        }
        const text = held.text ?? '';
        packages.push(...(held.kind === 'apk' ? (0,_packages_js__WEBPACK_IMPORTED_MODULE_4__/* .parseApkInstalled */ .MF)(text) : (0,_packages_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDpkgStatus */ ._0)(text)));
        if (held.kind !== 'dpkg-part')
            sources.push(path);
    }
    if ([...files.values()].some(h => h.kind === 'dpkg-part'))
        sources.push('var/lib/dpkg/status.d');
    if (npmFiles > 0)
        sources.push(`node_modules (${npmFiles} package.json)`);
    return (0,_packages_js__WEBPACK_IMPORTED_MODULE_4__/* .packageList */ .tX)(packages, sources);
}


/***/ }),

/***/ 88286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ runnerIdentity),
/* harmony export */   c: () => (/* binding */ workflowIdentity)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_crossrunner_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6157);
// Who records: the runner and the workflow run, from the RUNNER_*, ImageOS and GITHUB_* variables.


/** The runner; `label` empty: the hosted image and arch (ubuntu24-x64), else os and arch. */
function runnerIdentity(env, label) {
    const runner = { os: env.RUNNER_OS || process.platform, arch: env.RUNNER_ARCH || process.arch };
    return {
        label: label || (0,_core_crossrunner_record_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRunnerLabel */ .AC)(runner, env.ImageOS ?? ''),
        ...runner,
        name: env.RUNNER_NAME || node_os__WEBPACK_IMPORTED_MODULE_0__.hostname(),
        image: [env.ImageOS, env.ImageVersion].filter(s => s !== undefined && s !== '').join(' ')
    };
}
/** The workflow run; outside Actions, runId is "local". */
function workflowIdentity(env) {
    return {
        runId: env.GITHUB_RUN_ID || 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        repository: env.GITHUB_REPOSITORY || '',
        workflow: env.GITHUB_WORKFLOW || '',
        job: env.GITHUB_JOB || '',
        sha: env.GITHUB_SHA || ''
    };
}


/***/ }),

/***/ 23714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kA: () => (/* binding */ buildRecord),
  vj: () => (/* binding */ recordRun)
});

// UNUSED EXPORTS: copyLayoutMetadata

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/build/temp-dir.ts
var temp_dir = __webpack_require__(24986);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/build/args.ts
var args = __webpack_require__(46039);
// EXTERNAL MODULE: ./src/core/crossrunner/record.ts
var crossrunner_record = __webpack_require__(6157);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(86153);
// EXTERNAL MODULE: ./src/core/equality.ts
var equality = __webpack_require__(54763);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/build/metadata.ts
var metadata = __webpack_require__(78879);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(57375);
// EXTERNAL MODULE: ./src/core/phase-log.ts
var phase_log = __webpack_require__(80179);
// EXTERNAL MODULE: ./src/build/isolated-build.ts + 1 modules
var isolated_build = __webpack_require__(91123);
// EXTERNAL MODULE: ./src/core/drift/bases.ts
var bases = __webpack_require__(15841);
// EXTERNAL MODULE: ./src/core/drift/image-packages.ts
var image_packages = __webpack_require__(82250);
// EXTERNAL MODULE: ./src/oci/open-image.ts
var open_image = __webpack_require__(1925);
// EXTERNAL MODULE: ./src/build/preflight.ts + 1 modules
var preflight = __webpack_require__(70147);
// EXTERNAL MODULE: ./src/build/request.ts + 1 modules
var request = __webpack_require__(76195);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/oci/layout-tar.ts
// Packs an OCI layout directory into an uncompressed OCI tar (ustar), streaming, with fixed metadata.




/** Every regular file of the layout, sorted by path, so the tar is the same for the same layout. */
async function listLayout(dir) {
    const out = [];
    const walk = async (rel) => {
        for (const entry of await external_node_fs_.promises.readdir(external_node_path_.join(dir, rel), { withFileTypes: true })) {
            const r = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (entry.isDirectory())
                await walk(r);
            else if (entry.isFile()) {
                const abs = external_node_path_.join(dir, r);
                out.push({ rel: r, abs, size: (await external_node_fs_.promises.stat(abs)).size });
            }
        }
    };
    await walk('');
    return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
function octal(n, width) {
    return n.toString(8).padStart(width - 1, '0') + '\0';
}
function header(name, size) {
    if (Buffer.byteLength(name) > 100)
        throw new errors/* BuildLabError */.CG(`layout path ${name} is too long for a tar header`);
    const h = Buffer.alloc(512);
    h.write(name, 0, 'utf8');
    h.write(octal(0o644, 8), 100);
    h.write(octal(0, 8), 108);
    h.write(octal(0, 8), 116);
    h.write(octal(size, 12), 124);
    h.write(octal(0, 12), 136);
    h.write('        ', 148);
    h.write('0', 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    let sum = 0;
    for (const byte of h)
        sum += byte;
    h.write(octal(sum, 7) + ' ', 148);
    return h;
}
async function* tarChunks(files) {
    for (const f of files) {
        yield header(f.rel, f.size);
        let written = 0;
        for await (const chunk of (0,external_node_fs_.createReadStream)(f.abs)) {
            if (!Buffer.isBuffer(chunk))
                continue;
            written += chunk.length;
            yield chunk;
        }
        if (written !== f.size)
            throw new errors/* BuildLabError */.CG(`${f.abs} changed size while it was packed`);
        const pad = (512 - (f.size % 512)) % 512;
        if (pad > 0)
            yield Buffer.alloc(pad);
    }
    yield Buffer.alloc(1024);
}
/** Writes the layout at dir as an OCI tar at dest; resolves with the tar's size. */
async function writeLayoutTar(dir, dest) {
    const files = await listLayout(dir);
    await (0,promises_.pipeline)(tarChunks(files), (0,external_node_fs_.createWriteStream)(dest));
    return (await external_node_fs_.promises.stat(dest)).size;
}

// EXTERNAL MODULE: ./src/buildkit/secrets.ts
var secrets = __webpack_require__(5425);
;// CONCATENATED MODULE: ./src/crossrunner/record-run.ts
// Record mode: one cold, isolated build; its manifests, configs and (size allowing) the image go up as an artifact.



















/** Largest Dockerfile carried in a record for the diagnosis' line numbers. */
const MAX_DOCKERFILE_BYTES = 1024 * 1024;
function relativePosix(from, to) {
    return external_node_path_.relative(from, to).split(external_node_path_.sep).join('/') || '.';
}
function blobFile(dir, digest) {
    const [alg, hex] = digest.split(':');
    if (!alg || !hex || !/^[a-z0-9]+$/.test(alg) || !/^[a-f0-9]+$/.test(hex)) {
        throw new errors/* BuildLabError */.CG(`invalid digest ${JSON.stringify(digest)} in the OCI layout`);
    }
    return external_node_path_.join(dir, 'blobs', alg, hex);
}
async function readBlobJson(layout, digest) {
    return JSON.parse(await external_node_fs_.promises.readFile(blobFile(layout, digest), 'utf8'));
}
async function copyBlob(from, to, digest) {
    const dest = blobFile(to, digest);
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(dest), { recursive: true });
    await external_node_fs_.promises.copyFile(blobFile(from, digest), dest);
}
function asRecord(v) {
    return (0,json/* isRecord */.u4)(v) ? v : {};
}
function configDigest(manifest) {
    const config = asRecord(asRecord(manifest).config);
    return typeof config.digest === 'string' ? config.digest : null;
}
/**
 * Copies index.json, oci-layout and the JSON blobs (indexes, manifests, configs) of a layout into
 * dest: a layout without layers, enough to compare manifests and configs. Returns each platform.
 */
async function copyLayoutMetadata(layout, dest, fallbackPlatform) {
    await external_node_fs_.promises.mkdir(dest, { recursive: true });
    const indexText = await external_node_fs_.promises.readFile(external_node_path_.join(layout, 'index.json'), 'utf8');
    await external_node_fs_.promises.writeFile(external_node_path_.join(dest, 'index.json'), indexText);
    await external_node_fs_.promises.copyFile(external_node_path_.join(layout, 'oci-layout'), external_node_path_.join(dest, 'oci-layout')).catch(() => undefined);
    const root = (0,metadata/* layoutRoot */.PG)(JSON.parse(indexText));
    if (root === null)
        throw new errors/* BuildLabError */.CG(`${layout}/index.json lists no image`);
    const platforms = [];
    const addManifest = async (digest, platform) => {
        await copyBlob(layout, dest, digest);
        const manifest = await readBlobJson(layout, digest);
        const config = configDigest(manifest);
        let name = platform;
        let diffIds = null;
        if (config !== null) {
            await copyBlob(layout, dest, config);
            const configJson = await readBlobJson(layout, config);
            name ??= (0,metadata/* platformName */.$r)(configJson);
            diffIds = (0,equality/* diffIdsOf */.Nq)(configJson);
        }
        if (name !== null && !name.startsWith('unknown/'))
            platforms.push({ platform: name, manifest: digest, config, diffIds });
    };
    if (metadata/* INDEX_MEDIA_TYPES */.kA.has(root.mediaType)) {
        await copyBlob(layout, dest, root.digest);
        const index = asRecord(await readBlobJson(layout, root.digest));
        for (const m of Array.isArray(index.manifests) ? index.manifests : []) {
            const d = asRecord(m);
            if (typeof d.digest !== 'string')
                continue;
            const name = (0,metadata/* platformName */.$r)(d.platform);
            // Attestation manifests carry platform unknown/unknown: kept in the index, not compared.
            if (name !== null && name.startsWith('unknown/'))
                continue;
            await addManifest(d.digest, name);
        }
    }
    else {
        await addManifest(root.digest, fallbackPlatform);
    }
    return platforms.sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0));
}
/**
 * Builds once with --no-cache from a fresh-checkout copy of the context, stages the record and uploads it.
 * What it logs, records, returns and throws is redacted.
 */
async function recordRun(options, deps) {
    const redactor = await (0,secrets/* loadRedactor */.h_)(options);
    const log = (0,phase_log/* redactingPhaseLogger */.f)(deps.log, redactor);
    try {
        return await recordBuild(options, { ...deps, log }, value => redactor.data(value));
    }
    catch (error) {
        throw (0,secrets/* redactError */.ki)(error, redactor);
    }
}
/**
 * One cold, isolated build (the gate's isolated build path: --no-cache, a fresh-checkout copy), staged as a
 * record artifact directory with the base images its FROM steps resolved and each platform's packages.
 * Nothing is uploaded. What it records is redacted by `redact`.
 */
async function buildRecord(options, deps, redact) {
    const { context, dockerfile } = await (0,request/* resolveInputs */.e)(options.context, options.file);
    const { engine, epoch } = await deps.log.group('Checking the engine', async () => {
        const engine = await (0,preflight/* fitEngine */.mr)(deps.engine, line => deps.log.info(line), options.builder);
        if (engine.builder)
            deps.log.info((0,preflight/* builderLine */.UO)(engine));
        const { epoch } = await (0,preflight/* buildEpoch */.iu)(options.epoch, options.buildArgs, context);
        return { engine, epoch };
    });
    const workDir = options.workDir ?? (await (0,temp_dir/* makeTempDir */.mk)('build-lab-record-'));
    const artifactDir = external_node_path_.join(workDir, 'artifact');
    const layoutDir = external_node_path_.join(workDir, 'oci');
    await external_node_fs_.promises.mkdir(artifactDir, { recursive: true });
    const secretNames = options.secretBuildArgs ?? [];
    const title = `Recording ${options.runner.label}: isolated build (--no-cache, fresh checkout)`;
    const { run, platforms, image } = await deps.log.group(title, async () => {
        deps.log.info(`epoch ${epoch}`);
        const built = await (0,isolated_build/* isolatedBuild */._$)({
            plan: (0,request/* buildPlan */.G)(options, { dockerfile, epoch, engine }, { pull: options.pull === true }),
            context,
            run: 1,
            outputDir: layoutDir,
            metadataFile: external_node_path_.join(workDir, 'metadata.json'),
            copyTo: external_node_path_.join(workDir, (0,temp_dir/* copyName */.vC)('context', context)),
            dockerfile,
            exclude: [],
            afterMs: 0,
            isSecret: name => (0,args/* isSecretArg */.Hm)(name, secretNames)
        }, {
            engine: deps.engine,
            nowMs: deps.nowMs,
            sleep: deps.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms))),
            info: line => deps.log.info(line),
            onRetry: error => deps.log.info(`the engine failed the build (${error}): building once more`)
        });
        const run = redact(built.record);
        let platforms = [];
        let image = { uploaded: false, bytes: null, note: 'the build failed' };
        if (run.error === null) {
            const single = run.platforms.length === 1 ? run.platforms[0].platform : null;
            platforms = await copyLayoutMetadata(layoutDir, external_node_path_.join(artifactDir, crossrunner_record/* RecordFiles */.b.Layout), single);
            platforms = await withPackages(layoutDir, platforms, line => deps.log.info(line));
            const bytes = (await listLayout(layoutDir)).reduce((n, f) => n + f.size, 0);
            if (options.maxImageBytes <= 0) {
                image = { uploaded: false, bytes, note: 'image upload is off (upload-image-max-mb: 0)' };
            }
            else if (bytes > options.maxImageBytes) {
                image = {
                    uploaded: false,
                    bytes,
                    note: `the image (${(0,format/* formatBytes */.z3)(bytes)}) is over upload-image-max-mb (${(0,format/* formatBytes */.z3)(options.maxImageBytes)})`
                };
            }
            else {
                await writeLayoutTar(layoutDir, external_node_path_.join(artifactDir, crossrunner_record/* RecordFiles */.b.ImageTar));
                image = { uploaded: true, bytes, note: null };
            }
            deps.log.info(`digest ${run.digest ?? '-'}; ${image.uploaded ? 'the image goes with the record' : (image.note ?? '')}`);
        }
        else {
            deps.log.info(`the build failed: ${run.error}`);
        }
        const dockerfileText = await external_node_fs_.promises.readFile(dockerfile);
        if (dockerfileText.length <= MAX_DOCKERFILE_BYTES) {
            await external_node_fs_.promises.writeFile(external_node_path_.join(artifactDir, crossrunner_record/* RecordFiles */.b.Dockerfile), dockerfileText);
        }
        return { run, platforms, image };
    });
    const record = redact({
        schema: crossrunner_record/* RECORD_SCHEMA */.ep,
        runner: options.runner,
        workflow: options.workflow,
        build: {
            context: relativePosix(options.workspace, context),
            dockerfile: relativePosix(options.workspace, dockerfile),
            target: options.target,
            platforms: [...options.platforms].sort(),
            buildArgs: options.buildArgs
                .filter(a => a.name !== 'SOURCE_DATE_EPOCH')
                .map(a => (0,args/* displayBuildArg */.l8)(a, secretNames)),
            epoch,
            network: options.network,
            provenance: options.provenance
        },
        digest: run.error === null ? run.digest : null,
        platforms,
        error: run.error,
        durationMs: run.durationMs,
        startedAt: run.startedAt,
        engine: {
            docker: engine.docker,
            buildx: engine.buildx,
            buildkit: engine.buildkit,
            driver: engine.driver
        },
        image,
        bases: (0,bases/* resolvedBases */.J)(run.steps)
    });
    await external_node_fs_.promises.writeFile(external_node_path_.join(artifactDir, crossrunner_record/* RecordFiles */.b.Record), JSON.stringify(record, null, 2) + '\n');
    return { record, artifactDir, layoutDir };
}
/** Each platform with the packages its image holds; a platform whose layers cannot be read gets null. */
async function withPackages(layoutDir, platforms, info) {
    const src = await (0,open_image/* openImage */.UY)(layoutDir);
    const out = [];
    for (const p of platforms) {
        try {
            const packages = await (0,image_packages/* readImagePackages */.R)(src, p.manifest, `the ${p.platform} image`, info);
            info(`${p.platform}: ${packages.packages.length} packages (${packages.sources.join(', ') || 'no package database'})`);
            out.push({ ...p, packages });
        }
        catch (error) {
            info(`${p.platform}: the packages were not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
            out.push({ ...p, packages: null });
        }
    }
    return out;
}
async function recordBuild(options, deps, redact) {
    const artifactName = (0,crossrunner_record/* recordArtifactName */.N8)(options.prefix, options.runner.label);
    const { record, artifactDir } = await buildRecord(options, deps, redact);
    await deps.log.group(`Uploading the record as artifact ${artifactName}`, async () => {
        const files = (await listLayout(artifactDir)).map(f => f.abs);
        try {
            const stored = await deps.store.upload(artifactName, files, artifactDir);
            deps.log.info(`uploaded ${artifactName} (${(0,format/* formatBytes */.z3)(stored.size)})`);
        }
        catch (error) {
            throw new errors/* BuildLabError */.CG(`could not upload the record ${artifactName}: ${(0,errors/* errorMessage */.gJ)(error)}. The compare job needs every runner's record`);
        }
    });
    return { record, artifactName, artifactDir };
}


/***/ })

};
