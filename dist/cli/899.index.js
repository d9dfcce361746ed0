export const id = 899;
export const ids = [899];
export const modules = {

/***/ 8237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ diffConfig),
/* harmony export */   om: () => (/* binding */ historyOf),
/* harmony export */   x8: () => (/* binding */ leakedValues)
/* harmony export */ });
/* harmony import */ var _cause_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1156);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8960);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6153);
// Compares two image configs field by field (created, history, env, labels, entrypoint ...) and names causes.



function historyOf(config) {
    const history = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(config) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(config.history) : [];
    return history.filter(_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4).map(h => {
        const e = {};
        const created = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(h.created);
        const createdBy = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(h.created_by);
        const comment = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(h.comment);
        if (created !== undefined)
            e.created = created;
        if (createdBy !== undefined)
            e.created_by = createdBy;
        if (comment !== undefined)
            e.comment = comment;
        if (h.empty_layer === true)
            e.empty_layer = true;
        return e;
    });
}
function envMap(config) {
    const inner = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(config) && (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(config.config) ? config.config : {};
    const out = new Map();
    for (const v of (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(inner.Env)) {
        if (typeof v !== 'string')
            continue;
        const eq = v.indexOf('=');
        if (eq < 0)
            out.set(v, '');
        else
            out.set(v.slice(0, eq), v.slice(eq + 1));
    }
    return out;
}
/** Build args that differ between the runs (from RUN history) and env values that differ. */
function leakedValues(configA, configB) {
    const collect = (config) => {
        const m = new Map();
        for (const h of historyOf(config))
            for (const [k, v] of Object.entries((0,_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .historyArgs */ .aT)(h.created_by)))
                m.set(k, v);
        return m;
    };
    const pairs = (ma, mb) => {
        const out = [];
        for (const [name, a] of ma) {
            const b = mb.get(name);
            if (b !== undefined && b !== a)
                out.push({ name, a, b });
        }
        return out;
    };
    return { args: pairs(collect(configA), collect(configB)), env: pairs(envMap(configA), envMap(configB)) };
}
const display = (v) => v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);
/** Config fields that differ, each with a cause and, where known, the instruction behind it. */
function diffConfig(configA, configB, ctx) {
    const out = [];
    const a = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(configA) ? configA : {};
    const b = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(configB) ? configB : {};
    const push = (field, va, vb, cause, from) => {
        const change = { field, a: display(va), b: display(vb), cause, hint: _cause_js__WEBPACK_IMPORTED_MODULE_0__/* .CAUSE_HINTS */ .X3[cause] };
        if (from !== undefined) {
            change.instruction = from.text;
            change.line = from.line;
        }
        if (ctx.platform !== undefined)
            change.platform = ctx.platform;
        out.push(change);
    };
    for (const field of ['created', 'architecture', 'os', 'variant']) {
        if (display(a[field]) !== display(b[field])) {
            push(field, a[field], b[field], field === 'created' ? 'timestamps' : 'unknown');
        }
    }
    const baseChanged = ctx.originsA.some((o, k) => o.base && !sameHistory(o, ctx.originsB[k]));
    const envA = envMap(configA);
    const envB = envMap(configB);
    for (const name of union(envA.keys(), envB.keys())) {
        if (envA.get(name) === envB.get(name))
            continue;
        const from = findSetter(ctx.instructions, 'ENV', name);
        push(`env.${name}`, envA.get(name), envB.get(name), setterCause(from, baseChanged, 'env'), from);
    }
    const innerA = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(a.config) ? a.config : {};
    const innerB = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(b.config) ? b.config : {};
    const labelsA = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(innerA.Labels) ? innerA.Labels : {};
    const labelsB = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(innerB.Labels) ? innerB.Labels : {};
    for (const name of union(Object.keys(labelsA), Object.keys(labelsB))) {
        if (display(labelsA[name]) === display(labelsB[name]))
            continue;
        const from = findSetter(ctx.instructions, 'LABEL', name);
        push(`labels.${name}`, labelsA[name], labelsB[name], setterCause(from, baseChanged, 'build-arg'), from);
    }
    const fields = [
        ['Entrypoint', 'ENTRYPOINT'],
        ['Cmd', 'CMD'],
        ['User', 'USER'],
        ['WorkingDir', 'WORKDIR'],
        ['ExposedPorts', 'EXPOSE'],
        ['Volumes', 'VOLUME'],
        ['StopSignal', 'STOPSIGNAL'],
        ['Shell', 'SHELL'],
        ['Healthcheck', 'HEALTHCHECK'],
        ['OnBuild', 'ONBUILD']
    ];
    for (const [field, keyword] of fields) {
        if (display(innerA[field]) === display(innerB[field]))
            continue;
        const from = [...ctx.instructions].reverse().find(x => x.keyword === keyword);
        push(field.toLowerCase(), innerA[field], innerB[field], setterCause(from, baseChanged, 'unknown'), from);
    }
    const histA = historyOf(configA);
    const histB = historyOf(configB);
    for (let k = 0; k < Math.max(histA.length, histB.length); k++) {
        const ha = histA[k];
        const hb = histB[k];
        const origin = ctx.originsB[k] ?? ctx.originsA[k];
        const from = origin?.instruction !== undefined && origin.line !== undefined
            ? { keyword: '', text: origin.instruction, line: origin.line, stage: 0 }
            : undefined;
        const base = origin?.base === true;
        if (ha?.created_by !== hb?.created_by) {
            const argsA = (0,_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .historyArgs */ .aT)(ha?.created_by);
            const argsB = (0,_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .historyArgs */ .aT)(hb?.created_by);
            const argsDiffer = Object.keys({ ...argsA, ...argsB }).some(n => argsA[n] !== argsB[n]);
            const cause = base ? 'base-image' : argsDiffer ? 'build-arg' : leakCause(ha?.created_by, ctx);
            push(`history[${k}].created_by`, ha?.created_by, hb?.created_by, cause, from);
        }
        if (ha?.created !== hb?.created) {
            push(`history[${k}].created`, ha?.created, hb?.created, base ? 'base-image' : 'timestamps', from);
        }
        if (ha?.comment !== hb?.comment || ha?.empty_layer !== hb?.empty_layer) {
            push(`history[${k}]`, ha, hb, base ? 'base-image' : 'unknown', from);
        }
    }
    return out;
}
function sameHistory(a, b) {
    return b !== undefined && a.createdBy === b.createdBy && a.empty === b.empty;
}
function leakCause(createdBy, ctx) {
    const text = createdBy ?? '';
    if (ctx.leaked.args.some(v => v.a !== '' && text.includes(v.a)))
        return 'build-arg';
    if (/^(ENV|LABEL)\b/.test(text))
        return 'build-arg';
    return 'unknown';
}
/** A value set by an instruction that reads a variable came from a build arg; one set by no instruction, from the base. */
function setterCause(from, baseChanged, otherwise) {
    if (from === undefined)
        return baseChanged ? 'base-image' : otherwise;
    if (/\$/.test(from.text))
        return 'build-arg';
    return otherwise;
}
/** The last ENV or LABEL instruction of the chain that sets `name`. */
function findSetter(instructions, keyword, name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^${keyword}\\s+(.*\\s)?["']?${escaped}["']?(=|\\s)`, 'i');
    return [...instructions].reverse().find(x => x.keyword === keyword && re.test(x.text));
}
function union(a, b) {
    return [...new Set([...a, ...b])].sort();
}


/***/ }),

/***/ 8272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* reexport safe */ _cause_js__WEBPACK_IMPORTED_MODULE_2__.Bt),
/* harmony export */   IT: () => (/* binding */ explainEntry),
/* harmony export */   eC: () => (/* binding */ diffImages)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7375);
/* harmony import */ var _equality_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4763);
/* harmony import */ var _cause_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1156);
/* harmony import */ var _config_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8237);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6153);
/* harmony import */ var _layer_diff_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(336);
/* harmony import */ var _layer_stream_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4323);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8960);
/* harmony import */ var _tar_stream_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8025);
/* harmony import */ var _archive_diff_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7129);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1515);
// Compares two OCI images top down (index, manifests, config, layers, files) and explains each difference.












/** Bytes of each file kept while streaming, to say why contents differ. */
const SAMPLE_BYTES = 256 * 1024;
/** FileDiffs held for ranking before only counting the rest. */
const HELD_FILES = 10_000;
/** Differing archives per layer looked into, and the bytes of their first samples held meanwhile. */
const MAX_ARCHIVES = 50;
const ARCHIVE_BUDGET = 64 * 1024 * 1024;
/**
 * The whole bytes of a few files of a layer (archives bigger than the first sample), read again
 * with samples as big as the biggest of them. Files over the archive limit are left out.
 */
async function wholeFiles(entries, src, d, side, wanted) {
    const sizes = new Map(wanted.filter(([, size]) => size <= _archive_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .ARCHIVE_LIMITS */ .Oj.maxBytes));
    const out = new Map();
    if (sizes.size === 0)
        return out;
    const biggest = Math.max(...sizes.values());
    for await (const e of entries(src, d, side, biggest)) {
        if (e.sample !== undefined && sizes.get(e.path) === e.size && e.sample.length === e.size)
            out.set(e.path, e.sample);
        if (out.size === sizes.size)
            break;
    }
    return out;
}
const INDEX_TYPES = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json'
]);

/** Diffs image a (run 1) against image b (run 2). Layers with equal digests are never read. */
async function diffImages(a, b, options = {}) {
    const maxFiles = options.maxFiles ?? 200;
    const warnings = [];
    const [indexA, indexB] = await Promise.all([resolveIndex(a, 'image a'), resolveIndex(b, 'image b')]);
    const index = diffAnnotations('index', indexA.annotations, indexB.annotations);
    const manifests = [];
    const config = [];
    const layers = [];
    const files = [];
    let fileCount = 0;
    const findings = new _findings_js__WEBPACK_IMPORTED_MODULE_8__/* .FindingSet */ .Yu(options.dockerfile?.path ?? 'Dockerfile', options.contextMtime, options.dockerfile?.text);
    const counts = new Map();
    const count = (cause) => {
        counts.set(cause, (counts.get(cause) ?? 0) + 1);
    };
    const byPlatform = (list) => {
        const m = new Map();
        for (const d of list) {
            let key = d.attestation ? `attestation ${d.platform}` : d.platform;
            for (let n = 2; m.has(key); n++)
                key = `${d.platform}#${n}`;
            m.set(key, d);
        }
        return m;
    };
    const platformsA = byPlatform(indexA.manifests);
    const platformsB = byPlatform(indexB.manifests);
    const keys = [...new Set([...platformsA.keys(), ...platformsB.keys()])];
    const multi = keys.length > 1;
    const readPairs = new Set();
    // Content (config and diff_ids) of the image platforms whose manifests differ: equal until shown otherwise.
    let platformsDiffer = 0;
    let contentDiffers = false;
    for (const key of keys) {
        const da = platformsA.get(key);
        const db = platformsB.get(key);
        if (da?.digest === db?.digest)
            continue;
        manifests.push({ platform: key, a: da?.digest ?? null, b: db?.digest ?? null });
        index.push(...diffAnnotations(`index.manifests[${key}]`, da?.annotations ?? {}, db?.annotations ?? {}));
        if (da?.attestation || db?.attestation)
            continue;
        platformsDiffer++;
        if (da === undefined || db === undefined) {
            contentDiffers = true;
            continue;
        }
        const platform = multi ? key : undefined;
        const [ma, mb] = await Promise.all([a.readJson(da.digest), b.readJson(db.digest)]);
        for (const c of diffAnnotations('manifest', annotationsOf(ma), annotationsOf(mb))) {
            if (platform !== undefined)
                c.platform = platform;
            index.push(c);
        }
        const configA = descriptor((0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u4)(ma) ? ma.config : undefined);
        const configB = descriptor((0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u4)(mb) ? mb.config : undefined);
        if (configA === undefined || configB === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`Manifest ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_10__/* .oneLine */ .TN)(JSON.stringify(key), 200)} has no config descriptor: is this an OCI image?`);
        }
        const [ca, cb] = await Promise.all([a.readJson(configA.digest), b.readJson(configB.digest)]);
        const originsA = (0,_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .mapHistory */ .$2)((0,_config_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .historyOf */ .om)(ca), options.dockerfile, options.target);
        const originsB = (0,_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .mapHistory */ .$2)((0,_config_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .historyOf */ .om)(cb), options.dockerfile, options.target);
        const instructions = options.dockerfile === undefined
            ? []
            : (0,_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .stageChain */ .ap)((0,_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDockerfile */ .Ai)(options.dockerfile.text), options.target).flatMap(s => s.instructions);
        const leaked = (0,_config_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .leakedValues */ .x8)(ca, cb);
        const ctx = { originsA, originsB, instructions, leaked, ...(platform !== undefined ? { platform } : {}) };
        if (configA.digest !== configB.digest) {
            for (const c of (0,_config_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffConfig */ .O2)(ca, cb, ctx)) {
                config.push(c);
                count(c.cause);
            }
        }
        const layersA = (0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .asArray */ ._j)((0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u4)(ma) ? ma.layers : undefined).map(descriptor);
        const layersB = (0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .asArray */ ._j)((0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u4)(mb) ? mb.layers : undefined).map(descriptor);
        const diffIdsA = (0,_equality_js__WEBPACK_IMPORTED_MODULE_1__/* .diffIdsOf */ .Nq)(ca);
        const diffIdsB = (0,_equality_js__WEBPACK_IMPORTED_MODULE_1__/* .diffIdsOf */ .Nq)(cb);
        if (configA.digest !== configB.digest || diffIdsA.join() !== diffIdsB.join())
            contentDiffers = true;
        const originOfA = (0,_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .layerOrigins */ .nf)(originsA, layersA.length);
        const originOfB = (0,_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .layerOrigins */ .nf)(originsB, layersB.length);
        for (let k = 0; k < Math.max(layersA.length, layersB.length); k++) {
            const la = layersA[k];
            const lb = layersB[k];
            if (la !== undefined && lb !== undefined && la.digest === lb.digest)
                continue;
            const origin = originOfB[k] ?? originOfA[k] ?? { base: false };
            const layer = {
                index: k,
                a: la?.digest ?? null,
                b: lb?.digest ?? null,
                diffIdA: diffIdsA[k] ?? null,
                diffIdB: diffIdsB[k] ?? null,
                files: 0,
                ...origin,
                cause: origin.base ? 'base-image' : 'unknown',
                hint: ''
            };
            if (platform !== undefined)
                layer.platform = platform;
            layers.push(layer);
            if (la === undefined || lb === undefined)
                continue;
            if (layer.diffIdA !== null && layer.diffIdA === layer.diffIdB) {
                layer.cause = 'compression';
                continue;
            }
            const pairKey = `${la.digest} ${lb.digest}`;
            if (readPairs.has(pairKey))
                continue;
            readPairs.add(pairKey);
            const fileCauses = new Map();
            const note = (n) => {
                if (!warnings.includes(n))
                    warnings.push(n);
            };
            const entries = (src, d, side, sampleBytes = SAMPLE_BYTES) => (0,_tar_stream_js__WEBPACK_IMPORTED_MODULE_6__/* .readTarEntries */ .ET)((0,_layer_stream_js__WEBPACK_IMPORTED_MODULE_4__/* .decompressLayer */ .b)(src.open(d.digest), d.mediaType, `layer ${k} of image ${side}`, note), {
                sampleBytes,
                label: `layer ${k} (${d.digest}) of image ${side}`
            });
            const pending = [];
            let pendingBytes = 0;
            const settle = (file, sa, sb, held) => {
                findings.add(file, { ...(sa !== undefined ? { a: sa } : {}), ...(sb !== undefined ? { b: sb } : {}) }, held);
                count(file.cause);
                fileCauses.set(file.cause, (fileCauses.get(file.cause) ?? 0) + 1);
            };
            layer.files = await (0,_layer_diff_js__WEBPACK_IMPORTED_MODULE_11__/* .compareEntryStreams */ .Re)(entries(a, la, 'a'), entries(b, lb, 'b'), {
                onDiff: d => {
                    const file = explainEntry(d, k, origin, leaked, options.contextMtime);
                    if (platform !== undefined)
                        file.platform = platform;
                    fileCount++;
                    if (d.unsafe.length > 0)
                        note(`unsafe entry in layer ${k}: ${JSON.stringify(d.path)} (${d.unsafe.join(', ')})`);
                    const held = files.length < HELD_FILES;
                    if (held)
                        files.push(file);
                    const sa = d.a?.sample;
                    const sb = d.b?.sample;
                    const archive = !origin.base &&
                        d.changes.includes('content') &&
                        sa !== undefined &&
                        sb !== undefined &&
                        ((0,_archive_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .sniffArchive */ .tx)(sa, d.path) !== undefined || (0,_archive_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .looksLikeArchive */ .U8)(d.path));
                    if (archive &&
                        pending.length < MAX_ARCHIVES &&
                        pendingBytes + sa.length + sb.length <= ARCHIVE_BUDGET) {
                        pending.push({ file, a: sa, b: sb, sizeA: d.a?.size ?? 0, sizeB: d.b?.size ?? 0, held });
                        pendingBytes += sa.length + sb.length;
                        return;
                    }
                    settle(file, sa, sb, held);
                }
            });
            const big = pending.filter(p => p.a.length < p.sizeA || p.b.length < p.sizeB);
            if (big.length > 0) {
                const [fullA, fullB] = await Promise.all([
                    wholeFiles(entries, a, la, 'a', big.map(p => [p.file.path, p.sizeA])),
                    wholeFiles(entries, b, lb, 'b', big.map(p => [p.file.path, p.sizeB]))
                ]);
                for (const p of big) {
                    p.a = fullA.get(p.file.path) ?? p.a;
                    p.b = fullB.get(p.file.path) ?? p.b;
                }
            }
            for (const p of pending) {
                const whole = p.a.length === p.sizeA && p.b.length === p.sizeB;
                const ctxArchive = {
                    leaked,
                    ...(options.contextMtime !== undefined ? { contextMtime: options.contextMtime } : {})
                };
                const inside = whole
                    ? await (0,_archive_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .diffArchive */ .ER)(p.a, p.b, p.file.path, ctxArchive)
                    : (0,_archive_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .headerOnly */ .Cp)(p.a, p.b, p.file.path);
                if (inside !== undefined)
                    p.file.archive = inside;
                settle(p.file, p.a.subarray(0, SAMPLE_BYTES), p.b.subarray(0, SAMPLE_BYTES), p.held);
            }
            if (!origin.base)
                layer.cause = topCause(fileCauses);
        }
    }
    const hint = (c) => c === 'compression' ? (0,_cause_js__WEBPACK_IMPORTED_MODULE_2__/* .compressionHint */ .MJ)(options.buildkit) : _cause_js__WEBPACK_IMPORTED_MODULE_2__/* .CAUSE_HINTS */ .X3[c];
    for (const layer of layers)
        layer.hint = hint(layer.cause);
    for (const c of index)
        count(c.cause);
    if (layers.some(l => l.cause === 'compression') && !counts.has('compression'))
        count('compression');
    const findingList = findings.finish();
    files.sort((x, y) => findings.compare(x, y) || compareFiles(x, y));
    const listed = files.slice(0, maxFiles);
    const causes = _cause_js__WEBPACK_IMPORTED_MODULE_2__/* .CAUSE_ORDER */ .Bt.filter(c => counts.has(c)).map(c => ({
        cause: c,
        count: counts.get(c),
        hint: hint(c)
    }));
    const identical = manifests.length === 0 && index.length === 0;
    return {
        identical,
        ...(identical
            ? {}
            : {
                sameContent: platformsDiffer > 0 && !contentDiffers && layers.some(l => l.cause === 'compression')
            }),
        ...(options.buildkit ? { buildkit: options.buildkit } : {}),
        index,
        manifests,
        config,
        layers,
        files: listed,
        truncated: fileCount - listed.length,
        findings: findingList,
        causes,
        warnings
    };
}
/** Turns one differing entry into a FileDiff with its origin and cause. */
function explainEntry(d, layer, origin, leaked, contextMtime) {
    let verdict = { cause: (0,_cause_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataCause */ .zu)(d.changes) };
    if (origin.base)
        verdict = { cause: 'base-image' };
    else if (d.changes.includes('added') || d.changes.includes('removed'))
        verdict = (0,_cause_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyName */ .Ce)(d.path);
    else if (d.changes.includes('content')) {
        verdict = (0,_cause_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyContent */ .CQ)(d.a?.sample, d.b?.sample, d.path, leaked, contextMtime);
    }
    else if (d.changes.includes('symlink') || d.changes.includes('hardlink')) {
        verdict = (0,_cause_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyContent */ .CQ)(Buffer.from(d.a?.linkname ?? ''), Buffer.from(d.b?.linkname ?? ''), d.path, leaked, contextMtime);
    }
    const file = {
        path: d.path,
        changes: d.changes,
        layer,
        cause: verdict.cause,
        hint: _cause_js__WEBPACK_IMPORTED_MODULE_2__/* .CAUSE_HINTS */ .X3[verdict.cause]
    };
    if (origin.instruction !== undefined)
        file.instruction = origin.instruction;
    if (origin.line !== undefined)
        file.line = origin.line;
    if (verdict.evidence !== undefined)
        file.evidence = verdict.evidence;
    const fields = d.fields.filter(f => f.field !== 'sha256');
    if (fields.length > 0)
        file.fields = fields;
    if (d.unsafe.length > 0)
        file.unsafe = d.unsafe;
    return file;
}
const CONTENT_CHANGES = new Set(['content', 'added', 'removed', 'type', 'symlink', 'hardlink']);
function compareFiles(x, y) {
    const cause = _cause_js__WEBPACK_IMPORTED_MODULE_2__/* .CAUSE_ORDER */ .Bt.indexOf(x.cause) - _cause_js__WEBPACK_IMPORTED_MODULE_2__/* .CAUSE_ORDER */ .Bt.indexOf(y.cause);
    if (cause !== 0)
        return cause;
    const cx = x.changes.some(c => CONTENT_CHANGES.has(c)) ? 0 : 1;
    const cy = y.changes.some(c => CONTENT_CHANGES.has(c)) ? 0 : 1;
    if (cx !== cy)
        return cx - cy;
    if (x.layer !== y.layer)
        return y.layer - x.layer;
    return x.path < y.path ? -1 : x.path > y.path ? 1 : 0;
}
function topCause(counts) {
    let best = 'unknown';
    let bestRank = Infinity;
    for (const cause of counts.keys()) {
        const rank = _cause_js__WEBPACK_IMPORTED_MODULE_2__/* .CAUSE_ORDER */ .Bt.indexOf(cause);
        if (rank < bestRank) {
            best = cause;
            bestRank = rank;
        }
    }
    return best;
}
function descriptor(v) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u4)(v))
        return undefined;
    const digest = (0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .asString */ .oJ)(v.digest);
    if (digest === undefined)
        return undefined;
    const p = (0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u4)(v.platform) ? v.platform : undefined;
    const platform = p === undefined
        ? 'unknown'
        : [(0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .asString */ .oJ)(p.os) ?? 'unknown', (0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .asString */ .oJ)(p.architecture) ?? 'unknown', (0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .asString */ .oJ)(p.variant)]
            .filter(s => s !== undefined)
            .join('/');
    const annotations = annotationsOf(v);
    return {
        mediaType: (0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .asString */ .oJ)(v.mediaType) ?? '',
        digest,
        platform,
        annotations,
        attestation: annotations['vnd.docker.reference.type'] === 'attestation-manifest'
    };
}
function annotationsOf(v) {
    const out = {};
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u4)(v) || !(0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u4)(v.annotations))
        return out;
    for (const [k, val] of Object.entries(v.annotations))
        if (typeof val === 'string')
            out[k] = val;
    return out;
}
function diffAnnotations(where, a, b) {
    const out = [];
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        // The tag name says where the image was written, not what it is.
        if (a[key] === b[key] || key === 'org.opencontainers.image.ref.name')
            continue;
        const cause = /created|date|time/.test(key) ? 'timestamps' : 'unknown';
        out.push({
            field: `${where}.annotations.${key}`,
            a: a[key] ?? null,
            b: b[key] ?? null,
            cause,
            hint: _cause_js__WEBPACK_IMPORTED_MODULE_2__/* .CAUSE_HINTS */ .X3[cause]
        });
    }
    return out;
}
/** Follows nested indexes (multi-platform builds put one inside index.json) down to image manifests. */
async function resolveIndex(src, label) {
    const top = await src.index();
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u4)(top) || !Array.isArray(top.manifests)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`The index of ${label} has no manifests list: is it an OCI image layout?`);
    }
    const annotations = annotationsOf(top);
    const manifests = [];
    const walk = async (list, depth) => {
        for (const item of list) {
            const d = descriptor(item);
            if (d === undefined)
                continue;
            if (INDEX_TYPES.has(d.mediaType)) {
                if (depth > 4)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`The index of ${label} nests too deeply.`);
                const nested = await src.readJson(d.digest);
                for (const [k, v] of Object.entries(annotationsOf(nested)))
                    annotations[`nested.${k}`] = v;
                await walk((0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .isRecord */ .u4)(nested) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_9__/* .asArray */ ._j)(nested.manifests) : [], depth + 1);
            }
            else {
                manifests.push(d);
            }
        }
    };
    await walk(top.manifests, 0);
    if (manifests.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`The index of ${label} lists no image manifests.`);
    return { annotations, manifests };
}


/***/ }),

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CAUSE_HINTS: () => (/* reexport safe */ _cause_js__WEBPACK_IMPORTED_MODULE_3__.X3),
/* harmony export */   CAUSE_ORDER: () => (/* reexport safe */ _image_diff_js__WEBPACK_IMPORTED_MODULE_0__.Bt),
/* harmony export */   diffImages: () => (/* reexport safe */ _image_diff_js__WEBPACK_IMPORTED_MODULE_0__.eC),
/* harmony export */   explainEntry: () => (/* reexport safe */ _image_diff_js__WEBPACK_IMPORTED_MODULE_0__.IT),
/* harmony export */   readTarEntries: () => (/* reexport safe */ _tar_stream_js__WEBPACK_IMPORTED_MODULE_4__.ET),
/* harmony export */   renderDiffMarkdown: () => (/* reexport safe */ _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__.rw),
/* harmony export */   renderDiffText: () => (/* reexport safe */ _render_text_js__WEBPACK_IMPORTED_MODULE_1__.pQ)
/* harmony export */ });
/* harmony import */ var _image_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8272);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6759);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(861);
/* harmony import */ var _cause_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1156);
/* harmony import */ var _tar_stream_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8025);
// The image diff's public surface: diffImages, the renderers and the types the gate embeds.







/***/ }),

/***/ 4323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ decompressLayer)
/* harmony export */ });
/* unused harmony export sniffCompression */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
// Decompresses a layer blob as it streams: gzip or zstd or plain tar, from mediaType and magic bytes.




const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
/** What the magic bytes say, falling back to the mediaType when the blob is too short to tell. */
function sniffCompression(head, mediaType = '') {
    const starts = (magic) => magic.every((b, i) => head[i] === b);
    if (starts(GZIP_MAGIC))
        return 'gzip';
    if (starts(ZSTD_MAGIC))
        return 'zstd';
    if (head.length >= 262)
        return 'none';
    if (/gzip/.test(mediaType))
        return 'gzip';
    if (/zstd/.test(mediaType))
        return 'zstd';
    return 'none';
}
function zstdDecompressor() {
    // Node gained zstd in 22.15/23.8; look it up at run time so older runtimes give a clear error.
    const factory = Reflect.get(node_zlib__WEBPACK_IMPORTED_MODULE_2__, 'createZstdDecompress');
    if (typeof factory !== 'function')
        return undefined;
    return () => {
        const stream = Reflect.apply(factory, node_zlib__WEBPACK_IMPORTED_MODULE_2__, []);
        if (stream instanceof node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform)
            return stream;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG('zstd decompressor is not a stream');
    };
}
/**
 * The uncompressed tar bytes of a layer. A mismatch between mediaType and magic bytes is reported
 * through `onNote` and the magic bytes win.
 */
async function* decompressLayer(blob, mediaType, label, onNote = () => undefined) {
    const it = blob[Symbol.asyncIterator]();
    const head = [];
    let headLen = 0;
    let done = false;
    while (headLen < 512) {
        const r = await it.next();
        if (r.done === true) {
            done = true;
            break;
        }
        head.push(r.value);
        headLen += r.value.length;
    }
    const first = Buffer.concat(head);
    const kind = sniffCompression(first, mediaType);
    const declared = /gzip/.test(mediaType) ? 'gzip' : /zstd/.test(mediaType) ? 'zstd' : 'none';
    if (first.length > 0 && declared !== kind && /layer|tar/.test(mediaType)) {
        onNote(`${label}: mediaType ${mediaType} says ${declared}, the bytes say ${kind}`);
    }
    async function* rest() {
        if (first.length > 0)
            yield first;
        if (done)
            return;
        for (;;) {
            const r = await it.next();
            if (r.done === true)
                return;
            yield r.value;
        }
    }
    if (kind === 'none') {
        yield* rest();
        return;
    }
    let make;
    if (kind === 'gzip')
        make = () => node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip({ chunkSize: 64 * 1024 });
    else
        make = zstdDecompressor();
    if (make === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(`${label} is zstd-compressed and this Node.js has no zstd: use Node.js 22.15 or later.`);
    }
    const source = node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(rest(), { objectMode: false });
    const inflater = make();
    source.on('error', e => inflater.emit('error', e));
    source.pipe(inflater);
    try {
        for await (const chunk of inflater) {
            if (chunk instanceof Uint8Array)
                yield chunk;
        }
        // The decompressor may stop before the blob ends (data after the last member): read the rest
        // too, so that a source that checks the blob's digest at its end gets to check it.
        source.unpipe(inflater);
        source.resume();
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.finished)(source);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BuildLabError */ .CG(`Corrupt ${kind} data in ${label}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)}.`, { exitCode: 2 });
    }
    finally {
        source.destroy();
    }
}


/***/ }),

/***/ 8960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ mapHistory),
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   aT: () => (/* binding */ historyArgs),
/* harmony export */   ap: () => (/* binding */ stageChain),
/* harmony export */   nf: () => (/* binding */ layerOrigins)
/* harmony export */ });
/* unused harmony exports historyKeyword, cleanCreatedBy */
/* harmony import */ var _dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2715);
// Maps config history entries and layers to the Dockerfile instruction (and line) that made them.

/** The Dockerfile's stages and their instructions, as the Dockerfile reader reads them. */
function parseDockerfile(text) {
    return (0,_dockerfile_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readDockerfile */ .n_)(text).stages.map(stage => {
        const out = {
            index: stage.index,
            from: stage.image,
            line: stage.line,
            instructions: stage.instructions.map(instruction => ({
                keyword: instruction.keyword,
                text: writtenText(instruction),
                line: instruction.line,
                stage: stage.index
            }))
        };
        if (stage.name !== null)
            out.name = stage.name;
        return out;
    });
}
/** The instruction as written on one line, whitespace collapsed, then each heredoc body on its own lines. */
function writtenText(instruction) {
    const flags = instruction.flags.map(f => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`));
    const heredoc = instruction.heredocs.length > 0;
    const args = heredoc ? (instruction.content.split('\n')[0] ?? '') : instruction.content;
    const head = [instruction.word, ...flags, args].join(' ').trim().replace(/\s+/g, ' ');
    return head + instruction.heredocs.map(h => `\n${h.body}`).join('');
}
/** The stages the target is built on (it, its parent stage, and so on), oldest first. */
function stageChain(stages, target) {
    let stage = target !== undefined ? stages.find(s => s.name === target.toLowerCase()) : stages[stages.length - 1];
    const chain = [];
    while (stage !== undefined && !chain.includes(stage)) {
        chain.unshift(stage);
        const from = stage.from.toLowerCase();
        const before = stages.slice(0, stage.index);
        stage = before.find(s => s.name === from) ?? (/^\d+$/.test(from) ? before[Number(from)] : undefined);
    }
    return chain;
}
/** The Dockerfile keyword of a created_by string ("RUN |1 A=b /bin/sh -c ..." → RUN). */
function historyKeyword(createdBy) {
    if (createdBy === undefined)
        return undefined;
    const m = /^\s*([A-Z]+)\b/.exec(createdBy);
    return m === null ? undefined : m[1];
}
/** created_by without BuildKit's decorations: the `# buildkit` tail, the `|N k=v` args and `/bin/sh -c`. */
function cleanCreatedBy(createdBy) {
    let s = createdBy.replace(/\s*# buildkit\s*$/, '').trim();
    const run = /^RUN \|(\d+) (.*)$/s.exec(s);
    if (run !== null) {
        const words = run[2].split(' ');
        s = `RUN ${words.slice(Number(run[1])).join(' ')}`;
    }
    return s.replace(/^RUN \/bin\/sh -c /, 'RUN ').replace(/\s+/g, ' ');
}
/** The build args recorded in a RUN created_by ("RUN |2 A=1 B=2 ..." → {A: '1', B: '2'}). */
function historyArgs(createdBy) {
    const out = {};
    const run = /^RUN \|(\d+) (.*)$/s.exec(createdBy ?? '');
    if (run === null)
        return out;
    for (const word of run[2].split(' ').slice(0, Number(run[1]))) {
        const eq = word.indexOf('=');
        if (eq > 0)
            out[word.slice(0, eq)] = word.slice(eq + 1);
    }
    return out;
}
const NO_HISTORY = new Set(['ONBUILD']);
/**
 * Aligns history with the target stage's instructions from the end: each instruction of the
 * chain makes one history entry, and whatever comes before the first one is the base image.
 */
function mapHistory(history, dockerfile, target) {
    const origins = history.map((h, k) => {
        const origin = {
            history: k,
            empty: h.empty_layer === true,
            base: h.comment !== 'buildkit.dockerfile.v0' && !/# buildkit\s*$/.test(h.created_by ?? '')
        };
        if (h.created_by !== undefined) {
            origin.createdBy = h.created_by;
            origin.instruction = cleanCreatedBy(h.created_by);
        }
        return origin;
    });
    if (dockerfile === undefined)
        return origins;
    const chain = stageChain(parseDockerfile(dockerfile.text), target);
    if (chain.length === 0)
        return origins;
    const instructions = chain.flatMap(s => s.instructions).filter(x => !NO_HISTORY.has(x.keyword));
    let i = history.length - 1;
    let j = instructions.length - 1;
    while (i >= 0 && j >= 0) {
        const keyword = historyKeyword(history[i].created_by);
        if (keyword === undefined)
            break;
        if (keyword === instructions[j].keyword) {
            const origin = origins[i];
            origin.instruction = instructions[j].text;
            origin.line = instructions[j].line;
            origin.base = false;
            i--;
        }
        j--;
    }
    const root = chain[0];
    for (let k = 0; k <= i; k++) {
        const origin = origins[k];
        origin.base = true;
        origin.instruction = `FROM ${root.from}`;
        origin.line = root.line;
    }
    return origins;
}
/** The origin of each layer: the non-empty history entries, in order. */
function layerOrigins(origins, layerCount) {
    const layers = origins.filter(o => !o.empty);
    if (layers.length !== layerCount)
        return Array.from({ length: layerCount }, () => ({ base: false }));
    return layers.map(o => {
        const out = { base: o.base };
        if (o.createdBy !== undefined)
            out.createdBy = o.createdBy;
        if (o.instruction !== undefined)
            out.instruction = o.instruction;
        if (o.line !== undefined)
            out.line = o.line;
        return out;
    });
}


/***/ }),

/***/ 861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rw: () => (/* binding */ renderDiffMarkdown)
/* harmony export */ });
/* unused harmony exports fixMarkdown, diffBlock */
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7375);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6759);
// Markdown rendering of an ImageDiff for job summaries and PR comments; every name from an image is escaped.



/** Escapes a name from an image so it can't format, link or inject markup (capped at 200 characters). */
function escapeMarkdown(s) {
    return (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(String(s), 200);
}
/** A fix whose `code` spans stay code: odd parts of a backtick split go through inlineCode, the rest is escaped. */
function fixMarkdown(fix) {
    return fix
        .split('`')
        .map((part, i) => (i % 2 === 1 ? (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(part, 400) : escapeMarkdown(part)))
        .join('');
}
/** A fenced `diff` block of the patch; the fence is longer than any backtick run in the lines. */
function diffBlock(p) {
    const lines = [...p.before.map(l => `-${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(l, 400)}`), ...p.after.map(l => `+${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(l, 400)}`)];
    const longest = Math.max(2, ...lines.map(l => Math.max(0, ...(l.match(/`+/g) ?? []).map(r => r.length))));
    const fence = '`'.repeat(longest + 1);
    return [`${fence}diff`, ...lines, fence];
}
/** The diff as a Markdown section, most useful differences first, capped at `limit` files. */
function renderDiffMarkdown(d, opts = {}) {
    const limit = opts.limit ?? 10;
    const dockerfile = opts.dockerfile ?? 'Dockerfile';
    const out = [`#### ${escapeMarkdown((0,_render_text_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(d))}`];
    if (d.identical)
        return `${out[0]}\n`;
    const from = (x) => {
        const line = x.line !== undefined ? `${escapeMarkdown(dockerfile)}:${escapeMarkdown(x.line)} ` : '';
        return `${line}${x.instruction !== undefined ? escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(x.instruction, 80)) : ''}`.trim();
    };
    const findings = d.findings ?? [];
    if (findings.length > 0) {
        out.push('', '**Findings** (one fix each, most useful first)', '');
        for (const f of findings.slice(0, limit)) {
            const platform = f.platform !== undefined ? `, ${escapeMarkdown(f.platform)}` : '';
            const step = from(f) !== '' ? from(f) : `layer ${f.layer}`;
            const more = f.files - f.examples.length;
            const files = f.examples.map(p => escapeMarkdown(p)).join(', ') + (more > 0 ? `, and ${more} more` : '');
            out.push(`- **${escapeMarkdown(f.owner)}**: ${escapeMarkdown(f.title)} (${f.files === 1 ? '1 file' : `${f.files} files`}, ${f.cause}${platform}, ${step})`, `  - Fix: ${fixMarkdown(f.fix)}`, `  - Files: ${files}`);
            const members = f.members ?? [];
            if (members.length > 0)
                out.push(`  - Inside: ${members.map(m => escapeMarkdown(m)).join('; ')}`);
            if (f.patch !== undefined) {
                out.push(`  - Change ${escapeMarkdown(dockerfile)}:${f.patch.line}:`, '', ...diffBlock(f.patch).map(l => `    ${l}`));
            }
        }
        if (findings.length > limit)
            out.push('', `…and ${findings.length - limit} more findings.`);
    }
    if (d.causes.length > 0) {
        out.push('', '**Causes**', '');
        for (const c of d.causes) {
            out.push(`- **${escapeMarkdown(c.cause)}** (${escapeMarkdown(c.count)}): ${escapeMarkdown(c.hint)}`);
        }
    }
    const total = d.files.length + d.truncated;
    if (total > 0) {
        out.push('', '| File | Changes | Layer | Instruction | Cause |', '| --- | --- | --- | --- | --- |');
        for (const f of d.files.slice(0, limit)) {
            const evidence = f.evidence !== undefined ? `<br>${escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.evidence, 100))}` : '';
            const owner = f.owner !== undefined ? ` (${escapeMarkdown(f.owner)})` : '';
            out.push(`| ${escapeMarkdown(f.path)} | ${escapeMarkdown(f.changes.join(', '))} | ${escapeMarkdown(f.layer)} | ${from(f)} | ${escapeMarkdown(f.cause)}${owner}${evidence} |`);
        }
        const rest = total - Math.min(limit, d.files.length);
        if (rest > 0)
            out.push('', `…and ${rest} more ${rest === 1 ? 'file' : 'files'}.`);
    }
    const meta = [...d.index, ...d.config];
    if (meta.length > 0) {
        out.push('', '| Field | Run 1 | Run 2 | Cause |', '| --- | --- | --- | --- |');
        for (const c of meta.slice(0, limit)) {
            const a = escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(c.a ?? '(none)', 60));
            const b = escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(c.b ?? '(none)', 60));
            const line = from(c);
            out.push(`| ${escapeMarkdown(c.field)} | ${a} | ${b} | ${escapeMarkdown(c.cause)}${line !== '' ? `<br>${line}` : ''} |`);
        }
        if (meta.length > limit)
            out.push('', `…and ${meta.length - limit} more fields.`);
    }
    if (d.layers.length > 0) {
        out.push('', '<details><summary>Layers</summary>', '');
        for (const l of d.layers) {
            const platform = l.platform !== undefined ? ` ${escapeMarkdown(l.platform)}` : '';
            out.push(`- layer ${escapeMarkdown(l.index)}${platform}: ${escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(l.a))} → ${escapeMarkdown((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(l.b))}, ${escapeMarkdown(l.files)} differing ${l.files === 1 ? 'file' : 'files'}, ${escapeMarkdown(l.cause)}${from(l) !== '' ? `, ${from(l)}` : ''}`);
        }
        out.push('', '</details>');
    }
    if (d.warnings.length > 0) {
        out.push('', '**Warnings**', '');
        for (const w of d.warnings.slice(0, limit))
            out.push(`- ${escapeMarkdown(w)}`);
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 6759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   pQ: () => (/* binding */ renderDiffText)
/* harmony export */ });
/* unused harmony exports plural, findingStep */
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7375);
// Plain-text rendering of an ImageDiff for terminals and logs: causes first, then config, layers, files.

/** A value from the image on one line, with control, escape and bidi characters made visible. */
function t(value, max = 160) {
    return (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(String(value), max);
}
function headline(d) {
    if (d.identical)
        return 'The images are identical.';
    const fileTotal = d.files.length + d.truncated;
    const parts = [
        d.manifests.length > 0 ? plural(d.manifests.length, 'manifest') : '',
        d.config.length > 0 ? plural(d.config.length, 'config field') : '',
        d.layers.length > 0 ? plural(d.layers.length, 'layer') : '',
        fileTotal > 0 ? plural(fileTotal, 'file') : ''
    ].filter(p => p !== '');
    const same = d.sameContent ? ` Same content (equal diff_ids and config), compressed bytes differ.` : '';
    return `The images differ: ${parts.length > 0 ? parts.join(', ') : 'index annotations only'}.${same}`;
}
function plural(n, word) {
    return `${t(n)} ${word}${n === 1 ? '' : 's'}`;
}
function where(x, dockerfile) {
    const line = x.line !== undefined ? `${t(dockerfile, 200)}:${t(x.line)} ` : '';
    return x.instruction !== undefined ? `${line}${t(x.instruction, 80)}` : line.trim();
}
function configLine(c, dockerfile) {
    const from = where(c, dockerfile);
    const platform = c.platform !== undefined ? ` (${t(c.platform)})` : '';
    return `  ${t(c.field)}${platform}: ${t(JSON.stringify(c.a), 60)} → ${t(JSON.stringify(c.b), 60)}  [${t(c.cause)}]${from !== '' ? `  ${from}` : ''}`;
}
function layerLine(l, dockerfile) {
    const from = where(l, dockerfile);
    const platform = l.platform !== undefined ? ` ${t(l.platform)}` : '';
    return `  layer ${t(l.index)}${platform}: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(l.a)} → ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(l.b)}, ${plural(l.files, 'differing file')}  [${t(l.cause)}]${from !== '' ? `  ${from}` : ''}`;
}
function fileLine(f, dockerfile) {
    const from = where(f, dockerfile);
    const evidence = f.evidence !== undefined ? `  ${t(f.evidence, 100)}` : '';
    const unsafe = f.unsafe !== undefined ? `  (unsafe: ${t(f.unsafe.join(', '))})` : '';
    const fields = (f.fields ?? [])
        .filter(x => x.field !== 'size')
        .map(x => `${t(x.field, 40)} ${t(x.a ?? '', 40)} → ${t(x.b ?? '', 40)}`)
        .join('; ');
    const owner = f.owner !== undefined ? `, ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.owner, 40)}` : '';
    const inside = (f.archive?.members ?? [])
        .slice(0, 5)
        .map(m => `      inside: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(m.path, 120)}: ${m.changes.join(',')}${m.evidence !== undefined ? `  ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(m.evidence, 80)}` : ''}`);
    return [
        `  ${t(f.path)}  ${t(f.changes.join(','))}  layer ${t(f.layer)}  [${t(f.cause)}${owner}]${unsafe}`,
        from !== '' ? `      from ${from}` : '',
        fields !== '' ? `      ${fields}` : '',
        evidence !== '' ? `    ${evidence}` : '',
        ...inside
    ]
        .filter(l => l !== '')
        .join('\n');
}
/** Where a finding's files came from: "Dockerfile:4 RUN npm ci", or the layer. */
function findingStep(f, dockerfile) {
    const from = where(f, dockerfile);
    return from !== '' ? from : `layer ${f.layer}`;
}
/** One finding: owner, what, file count and step; then the fix, the clearest files and the members inside. */
function findingLines(f, dockerfile) {
    const platform = f.platform !== undefined ? ` (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.platform, 40)})` : '';
    const more = f.files - f.examples.length;
    const files = f.examples.map(p => (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(p, 120)).join(', ') + (more > 0 ? `, … and ${more} more` : '');
    const out = [
        `  ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.owner, 40)}: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.title, 120)}  [${f.cause}]  ${plural(f.files, 'file')}${platform}`,
        `      in ${findingStep(f, dockerfile)}`,
        `      fix: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.fix, 600)}`,
        `      files: ${files}`
    ];
    for (const m of f.members ?? [])
        out.push(`      inside: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(m, 160)}`);
    if (f.patch !== undefined) {
        out.push(`      change ${dockerfile}:${f.patch.line}:`);
        for (const l of f.patch.before)
            out.push(`        - ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(l, 300)}`);
        for (const l of f.patch.after)
            out.push(`        + ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(l, 300)}`);
    }
    if (f.evidence !== undefined && (f.members ?? []).length === 0)
        out.push(`      evidence: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.evidence, 160)}`);
    return out;
}
/** The diff as plain text, most useful differences first. */
function renderDiffText(d, opts = {}) {
    const limit = opts.limit ?? 20;
    const dockerfile = opts.dockerfile ?? 'Dockerfile';
    const out = [headline(d)];
    if (d.identical)
        return `${out[0]}\n`;
    const findings = d.findings ?? [];
    if (findings.length > 0) {
        out.push('', 'Findings (one fix each, most useful first):');
        for (const f of findings.slice(0, limit))
            out.push(...findingLines(f, dockerfile));
        if (findings.length > limit)
            out.push(`  … and ${findings.length - limit} more`);
    }
    if (d.causes.length > 0) {
        out.push('', 'Causes:');
        for (const c of d.causes)
            out.push(`  ${t(c.cause)} (${t(c.count)}): ${t(c.hint, 400)}`);
    }
    if (d.manifests.length > 0) {
        out.push('', 'Manifests:');
        for (const m of d.manifests)
            out.push(`  ${t(m.platform)}: ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(m.a)} → ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(m.b)}`);
    }
    const meta = [...d.index, ...d.config];
    if (meta.length > 0) {
        out.push('', 'Index and config:');
        for (const c of meta.slice(0, limit))
            out.push(configLine(c, dockerfile));
        if (meta.length > limit)
            out.push(`  … and ${meta.length - limit} more`);
    }
    if (d.layers.length > 0) {
        out.push('', 'Layers:');
        for (const l of d.layers)
            out.push(layerLine(l, dockerfile));
    }
    const total = d.files.length + d.truncated;
    if (total > 0) {
        out.push('', 'Files (most useful first):');
        for (const f of d.files.slice(0, limit))
            out.push(fileLine(f, dockerfile));
        const rest = total - Math.min(limit, d.files.length);
        if (rest > 0)
            out.push(`  … and ${rest} more`);
    }
    if (d.warnings.length > 0) {
        out.push('', 'Warnings:');
        for (const w of d.warnings.slice(0, limit))
            out.push(`  ${t(w, 300)}`);
        if (d.warnings.length > limit)
            out.push(`  … and ${d.warnings.length - limit} more`);
    }
    return `${out.join('\n')}\n`;
}


/***/ })

};
