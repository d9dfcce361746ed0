export const id = 200;
export const ids = [200,899];
export const modules = {

/***/ 8200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  driftModeDeps: () => (/* binding */ driftModeDeps),
  runDriftMode: () => (/* binding */ runDriftMode)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/diff/render-markdown.ts
var render_markdown = __webpack_require__(90861);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(57375);
;// CONCATENATED MODULE: ./src/core/drift/issue.ts
// The drift issue: one per image, its title and marker, its body, and whether to open, update or close it.


/** Every drift issue's title starts with this; the body's first line carries the image's own marker. */
const DRIFT_TITLE_PREFIX = '[build-lab drift]';
/** Package changes listed in the body; the rest are counted. */
const MAX_LISTED_PACKAGES = 200;
/** A stable, plain marker for an image key (the key itself may hold anything: it is hashed). */
function driftMarker(keyHash) {
    return `<!-- build-lab-drift ${keyHash.replace(/[^0-9a-f]/g, '').slice(0, 64)} -->`;
}
function driftIssueTitle(image) {
    return `${DRIFT_TITLE_PREFIX} ${(0,format/* oneLine */.TN)(image, 200)}`;
}
const CAUSE_TITLE = {
    none: 'the digest is back',
    'base-image': 'base image digest moved',
    packages: 'package versions moved',
    engine: 'the engine changed',
    nondeterministic: 'the build is nondeterministic'
};
/** The issue body: cause, digests, the bases, packages and engine that moved, each field escaped. */
function renderDriftMarkdown(verdict, context) {
    const lines = [
        context.marker,
        `## build-lab drift: ${CAUSE_TITLE[verdict.cause]}`,
        '',
        `The same commit${context.commit !== null ? ` (${(0,format/* inlineCode */.ti)(context.commit)})` : ''} of ${(0,format/* escapeMarkdown */.FV)(context.image)}, rebuilt in isolation, no longer gives the recorded digest.`,
        '',
        `**Cause:** ${(0,format/* escapeMarkdown */.FV)(verdict.reason, 1000)}`,
        '',
        '| | Digest | From |',
        '| --- | --- | --- |',
        `| before | ${(0,format/* inlineCode */.ti)(verdict.before.digest)} | ${(0,format/* escapeMarkdown */.FV)(verdict.before.origin)} |`,
        `| after | ${(0,format/* inlineCode */.ti)(verdict.after.digest)} | ${(0,format/* escapeMarkdown */.FV)(verdict.after.origin)} |`,
        ''
    ];
    if (verdict.bases.length > 0) {
        lines.push('### Base images', '', '| Image | Platform | Old digest | New digest |', '| --- | --- | --- | --- |');
        for (const b of verdict.bases) {
            lines.push(`| ${(0,format/* escapeMarkdown */.FV)(b.ref)} | ${(0,format/* escapeMarkdown */.FV)(b.platform ?? '(native)')} | ${(0,format/* inlineCode */.ti)(b.from ?? '(none)')} | ${(0,format/* inlineCode */.ti)(b.to ?? '(none)')} |`);
        }
        lines.push('');
    }
    if (verdict.baseLayersMoved.length > 0) {
        lines.push(`The base image layers differ on ${verdict.baseLayersMoved.map(p => (0,format/* escapeMarkdown */.FV)(p)).join(', ')}: the base image tag points to another image now.`, '');
    }
    const packages = verdict.packages.flatMap(p => p.changes.map(c => ({ ...c, platform: p.platform })));
    if (packages.length > 0) {
        lines.push('### Packages', '', '| Package | Manager | Platform | Old | New |', '| --- | --- | --- | --- | --- |');
        for (const c of packages.slice(0, MAX_LISTED_PACKAGES)) {
            lines.push(`| ${(0,format/* escapeMarkdown */.FV)(c.name)} | ${c.manager} | ${(0,format/* escapeMarkdown */.FV)(c.platform)} | ${(0,format/* inlineCode */.ti)(c.from ?? '(not installed)')} | ${(0,format/* inlineCode */.ti)(c.to ?? '(removed)')} |`);
        }
        if (packages.length > MAX_LISTED_PACKAGES)
            lines.push('', `…and ${packages.length - MAX_LISTED_PACKAGES} more.`);
        lines.push('');
    }
    if (verdict.engine.length > 0) {
        lines.push('### Engine', '', '| | Before | After |', '| --- | --- | --- |');
        for (const e of verdict.engine) {
            lines.push(`| ${e.field} | ${(0,format/* inlineCode */.ti)(e.from ?? '?')} | ${(0,format/* inlineCode */.ti)(e.to ?? '?')} |`);
        }
        lines.push('');
    }
    if (verdict.diagnosis !== null) {
        lines.push('### Diagnosis', '', (0,render_markdown/* renderDiffMarkdown */.rw)(verdict.diagnosis), '');
    }
    if (verdict.notes.length > 0) {
        lines.push(...verdict.notes.map(n => `- ${(0,format/* escapeMarkdown */.FV)(n, 500)}`), '');
    }
    if (context.runUrl !== null)
        lines.push(`[The drift run](${encodeURI(context.runUrl)})`, '');
    lines.push('build-lab closes this issue when a rebuild gives the recorded digest again.');
    return lines.join('\n') + '\n';
}
/**
 * What to do with the image's issue: open one (or reopen the closed one) when the digest moved, update
 * it when the body changed, close it when the digest is back.
 */
function planDriftIssue(verdict, existing, title, body) {
    if (!verdict.drifted) {
        if (existing === null || existing.state === 'closed')
            return { action: 'none', reason: 'no drift and no open drift issue' };
        return {
            action: 'close',
            number: existing.number,
            comment: `The digest is back: the rebuild gives ${(0,format/* inlineCode */.ti)(verdict.after.digest)} again. Closing.\n`
        };
    }
    if (existing === null)
        return { action: 'create', title, body };
    if (existing.state === 'closed')
        return { action: 'reopen', number: existing.number, title, body };
    if (existing.body === body)
        return { action: 'none', reason: `issue #${existing.number} is up to date` };
    return { action: 'update', number: existing.number, title, body };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/crossrunner/identity.ts
var identity = __webpack_require__(88286);
// EXTERNAL MODULE: ./src/buildkit/secrets.ts
var secrets = __webpack_require__(5425);
// EXTERNAL MODULE: ./src/core/crossrunner/record.ts
var crossrunner_record = __webpack_require__(6157);
// EXTERNAL MODULE: ./src/core/drift/bases.ts
var drift_bases = __webpack_require__(15841);
// EXTERNAL MODULE: ./src/core/drift/packages.ts
var drift_packages = __webpack_require__(86366);
;// CONCATENATED MODULE: ./src/core/drift/attribute.ts



const ENGINE_FIELDS = ['buildkit', 'buildx', 'docker', 'driver'];
/** sha256:<12 hex>, as the reason line shows a digest. */
function shown(d) {
    return d === null ? '(none)' : `sha256:${(0,format/* shortDigest */.VK)(d)}`;
}
function versions(c) {
    return `${c.name} ${c.from ?? '(new)'} → ${c.to ?? '(removed)'}`;
}
/** The platforms both sides built, paired. */
function pairs(before, after) {
    const b = new Map(after.platforms.map(p => [p.platform, p]));
    return before.platforms.flatMap(p => {
        const q = b.get(p.platform);
        return q === undefined ? [] : [[p, q]];
    });
}
/**
 * Attributes a digest that moved, in the order of evidence: a base image digest moved (or, with no
 * digests recorded, the base layers differ); the installed packages moved; the engine changed; else the
 * build is nondeterministic. Every piece of evidence is kept, the cause is the first that holds.
 */
function attributeDrift(before, after, diagnosis = null) {
    const notes = [];
    const common = {
        before: { origin: before.origin, digest: before.digest },
        after: { origin: after.origin, digest: after.digest },
        notes,
        diagnosis: null
    };
    const platformPairs = pairs(before, after);
    // A published index may carry attestations the rebuild leaves out: equal platform manifests are no drift.
    const samePlatforms = platformPairs.length > 0 &&
        platformPairs.length === before.platforms.length &&
        platformPairs.length === after.platforms.length &&
        platformPairs.every(([p, q]) => p.manifest === q.manifest);
    if (before.digest === after.digest || samePlatforms) {
        return {
            ...common,
            drifted: false,
            cause: 'none',
            reason: `the rebuild gives the recorded digest ${after.digest}`,
            bases: [],
            baseLayersMoved: [],
            packages: [],
            engine: []
        };
    }
    const bases = before.bases !== null && after.bases !== null ? (0,drift_bases/* diffBases */.O)(before.bases, after.bases) : [];
    const baseLayersMoved = [];
    if (before.bases === null || after.bases === null) {
        notes.push(`${before.bases === null ? before.origin : after.origin} names no base image digests: the base layers were compared instead`);
    }
    for (const [p, q] of platformPairs) {
        if (before.bases !== null && after.bases !== null)
            break;
        const n = q.baseLayers ?? p.baseLayers;
        // diff_ids when both configs were read, else the layer blobs (a registry's manifest names those).
        const [a, b] = p.diffIds !== null && q.diffIds !== null ? [p.diffIds, q.diffIds] : [p.layers, q.layers];
        if (n === null || a === null || b === null)
            continue;
        if (a.slice(0, n).join() !== b.slice(0, n).join())
            baseLayersMoved.push(p.platform);
    }
    const packages = [];
    for (const [p, q] of platformPairs) {
        if (p.packages === null || q.packages === null) {
            notes.push(`${p.platform}: the packages of ${p.packages === null ? before.origin : after.origin} were not read`);
            continue;
        }
        if (p.packages.truncated || q.packages.truncated)
            notes.push(`${p.platform}: the package lists were cut at their bound`);
        const changes = (0,drift_packages/* diffPackages */.bu)(p.packages, q.packages);
        if (changes.length > 0)
            packages.push({ platform: p.platform, changes });
    }
    const engine = [];
    if (before.engine === null || after.engine === null) {
        notes.push(`${before.engine === null ? before.origin : after.origin} does not say which engine built it`);
    }
    else {
        for (const field of ENGINE_FIELDS) {
            const from = before.engine[field];
            const to = after.engine[field];
            if (from !== to && from !== null && to !== null)
                engine.push({ field, from, to });
        }
    }
    const evidence = { bases, baseLayersMoved, packages, engine };
    const moved = `the digest moved from ${shown(before.digest)} to ${shown(after.digest)}`;
    if (bases.length > 0) {
        const list = bases.map(b => `${b.ref} ${shown(b.from)} → ${shown(b.to)}`).join(', ');
        return {
            ...common,
            ...evidence,
            drifted: true,
            cause: 'base-image',
            reason: `base image digest moved: ${list}`
        };
    }
    if (baseLayersMoved.length > 0) {
        return {
            ...common,
            ...evidence,
            drifted: true,
            cause: 'base-image',
            reason: `base image digest moved: the base image layers differ (${baseLayersMoved.join(', ')})`
        };
    }
    if (packages.length > 0) {
        const all = packages.flatMap(p => p.changes);
        const shown = all.slice(0, 5).map(versions).join(', ');
        const more = all.length > 5 ? ` and ${all.length - 5} more` : '';
        return {
            ...common,
            ...evidence,
            drifted: true,
            cause: 'packages',
            reason: `package versions moved: ${shown}${more}`
        };
    }
    if (engine.length > 0) {
        const list = engine.map(e => `${e.field} ${e.from ?? '?'} → ${e.to ?? '?'}`).join(', ');
        return { ...common, ...evidence, drifted: true, cause: 'engine', reason: `the engine changed: ${list}` };
    }
    return {
        ...common,
        ...evidence,
        diagnosis,
        drifted: true,
        cause: 'nondeterministic',
        reason: `${moved} with the same base images, packages and engine: the build is nondeterministic`
    };
}

// EXTERNAL MODULE: ./src/core/drift/image-packages.ts
var image_packages = __webpack_require__(82250);
// EXTERNAL MODULE: ./src/core/build/metadata.ts
var metadata = __webpack_require__(78879);
// EXTERNAL MODULE: ./src/core/diff/config-diff.ts
var config_diff = __webpack_require__(38237);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(86153);
// EXTERNAL MODULE: ./src/core/diff/provenance.ts
var provenance = __webpack_require__(38960);
// EXTERNAL MODULE: ./src/core/equality.ts
var equality = __webpack_require__(54763);
;// CONCATENATED MODULE: ./src/core/drift/side.ts
// One side of a drift comparison read from an image: each platform's manifest, config, diff_ids and base layers.






/** Platforms of one index read; a real multi-platform image has a handful. */
const MAX_PLATFORMS = 64;
/** How many of the image's lowest layers its base image gave (BuildKit's history marks them); null: unknown. */
function baseLayerCount(config, layerCount) {
    const origins = (0,provenance/* layerOrigins */.nf)((0,provenance/* mapHistory */.$2)((0,config_diff/* historyOf */.om)(config)), layerCount);
    if (origins.length !== layerCount || layerCount === 0)
        return null;
    let n = 0;
    while (n < origins.length && origins[n].base)
        n++;
    return n;
}
/**
 * The platforms of the image an OCI layout index (or a registry source shaped like one) names, without
 * packages: they are read separately, from the layers.
 */
async function imagePlatforms(src, label) {
    const root = (0,metadata/* layoutRoot */.PG)(await src.index());
    if (root === null)
        throw new errors/* BuildLabError */.CG(`${label} lists no image`);
    const manifests = [];
    if (metadata/* INDEX_MEDIA_TYPES */.kA.has(root.mediaType)) {
        const index = await src.readJson(root.digest);
        for (const m of (0,json/* asArray */._j)((0,json/* isRecord */.u4)(index) ? index.manifests : undefined).slice(0, MAX_PLATFORMS)) {
            if (!(0,json/* isRecord */.u4)(m) || typeof m.digest !== 'string')
                continue;
            const name = (0,metadata/* platformName */.$r)(m.platform);
            // Attestation manifests carry unknown/unknown.
            if (name !== null && name.startsWith('unknown/'))
                continue;
            manifests.push({ digest: m.digest, platform: name });
        }
    }
    else {
        manifests.push({ digest: root.digest, platform: null });
    }
    const out = [];
    for (const m of manifests) {
        const manifest = await src.readJson(m.digest);
        const configDigest = (0,json/* isRecord */.u4)(manifest) && (0,json/* isRecord */.u4)(manifest.config) && typeof manifest.config.digest === 'string'
            ? manifest.config.digest
            : null;
        const config = configDigest === null ? null : await src.readJson(configDigest);
        const layerList = (0,json/* asArray */._j)((0,json/* isRecord */.u4)(manifest) ? manifest.layers : undefined).map(l => (0,json/* isRecord */.u4)(l) && typeof l.digest === 'string' ? l.digest : '');
        const layers = layerList.length;
        const platform = m.platform ?? (0,metadata/* platformName */.$r)(config) ?? 'unknown';
        out.push({
            platform,
            manifest: m.digest,
            config: configDigest,
            diffIds: config === null ? null : (0,equality/* diffIdsOf */.Nq)(config),
            layers: layerList,
            packages: null,
            baseLayers: config === null ? null : baseLayerCount(config, layers)
        });
    }
    return out.sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0));
}

// EXTERNAL MODULE: ./src/core/diff/index.ts
var core_diff = __webpack_require__(2899);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(12258);
// EXTERNAL MODULE: ./src/core/phase-log.ts
var phase_log = __webpack_require__(80179);
// EXTERNAL MODULE: ./src/crossrunner/record-run.ts + 1 modules
var record_run = __webpack_require__(23714);
// EXTERNAL MODULE: ./src/oci/open-image.ts
var open_image = __webpack_require__(1925);
;// CONCATENATED MODULE: ./src/drift/run-drift.ts
// Drift: rebuilds the commit in isolation (record mode's build), compares with the last record or the published image, and says why it moved.













/** A record.json is a few KiB (a big package list: a few MiB); a bigger file is not one. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;
async function readRecordFile(given) {
    let file = given;
    let info;
    try {
        info = await external_node_fs_.promises.stat(given);
        if (info.isDirectory()) {
            file = external_node_path_.join(given, crossrunner_record/* RecordFiles */.b.Record);
            info = await external_node_fs_.promises.stat(file);
        }
    }
    catch (error) {
        throw new errors/* BuildLabError */.CG(`cannot read the record ${JSON.stringify(given)}: ${(0,errors/* errorMessage */.gJ)(error)}. Give a record.json or the directory of a downloaded record artifact`);
    }
    if (!info.isFile() || info.size > MAX_RECORD_BYTES) {
        throw new errors/* BuildLabError */.CG(`${file} is not a record.json (not a regular file of at most 64 MiB)`);
    }
    let data;
    try {
        data = JSON.parse(await external_node_fs_.promises.readFile(file, 'utf8'));
    }
    catch (error) {
        throw new errors/* BuildLabError */.CG(`${file} is not JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const record = (0,crossrunner_record/* parseRecord */.Hh)(data, file);
    if (record.error !== null || record.digest === null) {
        throw new errors/* BuildLabError */.CG(`${file} records a failed build (${record.error ?? 'no digest'}): record a build that succeeded first`);
    }
    return { record, dir: external_node_path_.dirname(file), file };
}
async function exists(p) {
    return external_node_fs_.promises.stat(p).then(() => true, () => false);
}
function recordSide(record, origin, platforms) {
    const byName = new Map(platforms.map(p => [p.platform, p]));
    return {
        origin,
        digest: record.digest ?? '',
        platforms: record.platforms.map(p => ({
            platform: p.platform,
            manifest: p.manifest,
            config: p.config,
            diffIds: p.diffIds ?? null,
            layers: byName.get(p.platform)?.layers ?? null,
            packages: p.packages ?? null,
            baseLayers: byName.get(p.platform)?.baseLayers ?? null
        })),
        bases: record.bases ?? null,
        engine: record.engine
    };
}
async function loadBefore(against, deps, log) {
    if (against.kind === 'record') {
        const { record, dir, file } = await readRecordFile(against.path);
        const tar = external_node_path_.join(dir, crossrunner_record/* RecordFiles */.b.ImageTar);
        const layout = external_node_path_.join(dir, crossrunner_record/* RecordFiles */.b.Layout);
        const source = (await exists(tar))
            ? await (0,open_image/* openImage */.UY)(tar)
            : (await exists(layout))
                ? await (0,open_image/* openImage */.UY)(layout)
                : null;
        const platforms = source === null ? [] : await imagePlatforms(source, file);
        log.info(`the last record: ${record.digest ?? '-'} (${external_node_path_.basename(file)}${source !== null && (await exists(tar)) ? ', with the image' : ''})`);
        return { side: recordSide(record, file, platforms), record, source, layers: await exists(tar) };
    }
    if (deps.registry === undefined)
        throw new errors/* BuildLabError */.CG('drift against a published image needs a registry client');
    const published = await deps.registry.open(against.ref);
    const origin = `registry ${against.ref}`;
    const platforms = published.platforms.map(p => ({ ...p }));
    for (const p of platforms) {
        if (published.source === null)
            break;
        try {
            p.packages = await (0,image_packages/* readImagePackages */.R)(published.source, p.manifest, `${against.ref} (${p.platform})`, line => log.info(line));
        }
        catch (error) {
            log.info(`${p.platform}: the packages of ${against.ref} were not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    log.info(`the published image: ${published.digest}`);
    return {
        side: { origin, digest: published.digest, platforms, bases: null, engine: null },
        record: null,
        source: published.source,
        layers: published.source !== null
    };
}
/**
 * Rebuilds the commit in isolation and compares it with the last record (a record.json or artifact
 * directory) or the published image. Bad input throws one BuildLabError; drift is a verdict.
 */
async function runDrift(options, deps) {
    const redactor = await (0,secrets/* loadRedactor */.h_)(options);
    const log = (0,phase_log/* redactingPhaseLogger */.f)(deps.log, redactor);
    try {
        const before = await log.group('Reading the last recorded image', () => loadBefore(options.against, deps, log));
        // The record's epoch unless one is given: the same commit built with another epoch is another image.
        const given = options.epoch !== undefined && options.epoch.trim() !== '' ? options.epoch : undefined;
        const epoch = given ?? (before.record !== null ? String(before.record.build.epoch) : undefined);
        const built = await (0,record_run/* buildRecord */.kA)({ ...options, epoch }, { ...deps, log }, value => redactor.data(value));
        const { record, layoutDir, artifactDir } = built;
        if (record.error !== null || record.digest === null) {
            throw new errors/* BuildLabError */.CG(`the rebuild failed: ${record.error ?? 'no digest'}`);
        }
        if (before.record !== null) {
            const differs = (0,crossrunner_record/* buildDifferences */.$Z)(before.record.build, record.build);
            if (differs.length > 0) {
                throw new errors/* BuildLabError */.CG(`the rebuild is not the recorded build: its ${differs.join(', ')} differ from ${before.side.origin}. Give the inputs the record job used`);
            }
        }
        const afterSource = await (0,open_image/* openImage */.UY)(layoutDir);
        const afterPlatforms = await imagePlatforms(afterSource, 'the rebuild');
        const recordPath = external_node_path_.join(artifactDir, crossrunner_record/* RecordFiles */.b.Record);
        const after = recordSide(record, 'the rebuild', afterPlatforms);
        if (options.against.kind === 'image')
            await baseLayersFromRegistry(after, deps, log);
        const verdict = await log.group('Comparing with the last recorded image', async () => {
            const attributed = attributeDrift(before.side, after);
            const verdict = attributed.cause === 'nondeterministic' && before.source !== null
                ? { ...attributed, diagnosis: await diagnose(before, afterSource, artifactDir) }
                : attributed;
            log.info(verdict.drifted ? `drift: ${verdict.reason}` : verdict.reason);
            return verdict;
        });
        return { verdict: redactor.data(verdict), record, recordPath, workDir: external_node_path_.dirname(artifactDir) };
    }
    catch (error) {
        throw (0,secrets/* redactError */.ki)(error, redactor);
    }
}
/**
 * A published image records no base digests, and a base built by BuildKit hides in the history: ask the
 * registry for each base the rebuild resolved, and the one whose layers start the rebuild's image is the
 * base; its layer count says how many of the published image's lowest layers to compare.
 */
async function baseLayersFromRegistry(after, deps, log) {
    if (deps.registry === undefined)
        return;
    for (const b of after.bases ?? []) {
        let base;
        try {
            base = await deps.registry.open(`${b.ref}@${b.digest}`);
        }
        catch (error) {
            log.info(`the base ${b.ref}@${b.digest} was not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
            continue;
        }
        for (const p of after.platforms) {
            const own = base.platforms.find(x => x.platform === p.platform) ??
                (base.platforms.length === 1 ? base.platforms[0] : undefined);
            const layers = own?.layers ?? null;
            if (layers === null || p.layers === null || layers.length === 0)
                continue;
            if (layers.every((l, i) => p.layers[i] === l) && layers.length > (p.baseLayers ?? 0)) {
                p.baseLayers = layers.length;
                log.info(`${p.platform}: the base is ${b.ref}@${b.digest} (${layers.length} layers)`);
            }
        }
    }
}
async function diagnose(before, after, artifactDir) {
    const text = await external_node_fs_.promises.readFile(external_node_path_.join(artifactDir, crossrunner_record/* RecordFiles */.b.Dockerfile), 'utf8').catch(() => null);
    const options = text === null ? {} : { dockerfile: { path: 'Dockerfile', text } };
    const diff = before.layers
        ? await (0,core_diff.diffImages)(before.source, after, options)
        : await (0,crossrunner_record/* diffImageMetadata */._l)(before.source, after, options);
    return redact/* NAMES_ONLY */.Yg.data(diff);
}

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(47318);
;// CONCATENATED MODULE: ./src/github/drift-issue.ts
// The drift issue on GitHub: found again by its marker, opened, updated, reopened or closed, never duplicated.



/** Pages of issues searched for the marker before giving up (100 a page, newest first). */
const MAX_PAGES = 20;
async function findIssue(client, repo, marker, identity) {
    let pages = 0;
    for await (const page of client.listIssues(repo)) {
        for (const i of page) {
            // Anyone can open an issue with the marker: only build-lab's own counts.
            if (i.title.startsWith(DRIFT_TITLE_PREFIX) && i.body.startsWith(marker) && i.author === identity)
                return i;
        }
        if (++pages >= MAX_PAGES)
            break;
    }
    return null;
}
/** Opens, updates, reopens or closes the image's drift issue. Never throws: trouble is a `failed` outcome. */
async function publishDriftIssue(client, request) {
    const marker = driftMarker((0,external_node_crypto_.createHash)('sha256').update(request.image).digest('hex'));
    const title = driftIssueTitle(request.image);
    const body = renderDriftMarkdown(request.verdict, {
        image: request.image,
        marker,
        commit: request.commit,
        runUrl: request.runUrl
    });
    try {
        const identity = await (0,comment/* commentIdentity */.MT)(client, request.token);
        const found = await findIssue(client, request.repo, marker, identity);
        const existing = found === null ? null : { number: found.number, state: found.state, body: found.body };
        const plan = planDriftIssue(request.verdict, existing, title, body);
        switch (plan.action) {
            case 'none':
                return { action: 'skipped', reason: plan.reason };
            case 'create': {
                const made = await client.createIssue(request.repo, plan.title, plan.body);
                return { action: 'created', number: made.number, url: made.url };
            }
            case 'update':
            case 'reopen': {
                const made = await client.updateIssue(request.repo, plan.number, {
                    title: plan.title,
                    body: plan.body,
                    ...(plan.action === 'reopen' ? { state: 'open' } : {})
                });
                return {
                    action: plan.action === 'reopen' ? 'reopened' : 'updated',
                    number: made.number,
                    url: made.url
                };
            }
            case 'close': {
                await client.createComment(request.repo, plan.number, plan.comment);
                const closed = await client.updateIssue(request.repo, plan.number, { state: 'closed' });
                return { action: 'closed', number: closed.number, url: closed.url };
            }
        }
    }
    catch (error) {
        return { action: 'failed', reason: (0,comment/* describeGitHubError */.dZ)(error).replace(/PR comment/g, 'drift issue') };
    }
}

// EXTERNAL MODULE: ./src/core/registry/manifest.ts
var manifest = __webpack_require__(33782);
;// CONCATENATED MODULE: ./src/drift/published-image.ts
// The published image for drift, read through the registry client: its digest and each platform's manifest.

/** Platforms of one index read; a real multi-platform image has a handful. */
const published_image_MAX_PLATFORMS = 64;
/**
 * Published images through the registry client. It reads manifests, not layer blobs: the platforms
 * carry their layer digests (enough to see that the base layers moved), not their packages or diff_ids.
 */
function registryImages(client) {
    return {
        async open(ref) {
            const top = await client.fetchManifest(ref);
            const images = top.manifest.kind === 'index'
                ? top.manifest.manifests
                    .filter(d => d.platform !== null && d.platform.os !== 'unknown')
                    .slice(0, published_image_MAX_PLATFORMS)
                    .map(d => ({ digest: d.digest, platform: (0,manifest/* platformString */.Fd)(d.platform) }))
                : [{ digest: top.digest, platform: null }];
            const platforms = [];
            for (const image of images) {
                const fetched = image.digest === top.digest ? top : await client.fetchManifest(ref, image.digest);
                if (fetched.manifest.kind !== 'image')
                    continue;
                const platform = image.platform ??
                    (await client.fetchConfig(`${ref.replace(/@sha256:[0-9a-f]+$/, '')}@${fetched.digest}`)).platform ??
                    null;
                platforms.push({
                    platform: typeof platform === 'string'
                        ? platform
                        : platform === null
                            ? 'unknown'
                            : (0,manifest/* platformString */.Fd)(platform),
                    manifest: fetched.digest,
                    config: fetched.manifest.config.digest,
                    diffIds: null,
                    layers: fetched.manifest.layers.map(l => l.digest),
                    packages: null,
                    baseLayers: null
                });
            }
            return { digest: top.digest, platforms, source: null };
        }
    };
}

// EXTERNAL MODULE: ./src/registry/client.ts + 2 modules
var client = __webpack_require__(32455);
// EXTERNAL MODULE: ./src/github/publish.ts + 1 modules
var publish = __webpack_require__(86629);
// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(90915);
// EXTERNAL MODULE: ./src/action/deps.ts
var action_deps = __webpack_require__(32734);
// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var inputs = __webpack_require__(92106);
// EXTERNAL MODULE: ./src/action/log.ts + 1 modules
var log = __webpack_require__(827);
// EXTERNAL MODULE: ./src/action/secrets.ts
var action_secrets = __webpack_require__(87911);
;// CONCATENATED MODULE: ./src/action/drift-mode.ts
// The action's drift mode: rebuild in isolation, compare with the last record or the published image, keep one issue per image.

















/** What drift takes from the action's deps: no artifact service, a registry client for published images. */
function driftModeDeps(deps = (0,action_deps/* defaultActionDeps */.y)()) {
    return {
        engine: deps.engine,
        log: deps.log,
        nowMs: deps.nowMs,
        env: deps.env,
        registry: registryImages((0,client/* createRegistryClient */.Hn)())
    };
}
function against(params) {
    if ((params.against === '') === (params.image === '')) {
        throw new errors/* BuildLabError */.CG('mode: drift needs one of against (the last record.json, or a downloaded record artifact directory) or image (the published image)');
    }
    return params.against !== ''
        ? { kind: 'record', path: params.against }
        : { kind: 'image', ref: params.image };
}
/** What the issue is about: the image reference, or the recorded build's Dockerfile, target and platforms. */
function subject(params, build) {
    if (params.image !== '')
        return params.image;
    const parts = [build.dockerfile];
    if (build.target !== null)
        parts.push(`target ${build.target}`);
    if (build.platforms.length > 0)
        parts.push(build.platforms.join(','));
    return parts.join(', ');
}
function repoFromEnv(env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    return owner && repo && rest.length === 0 ? { owner, repo } : null;
}
/**
 * mode: drift. Resolves with the exit code: 0 same digest, 1 drift found (fail-on-mismatch), 2 errors.
 * Every failure ends in core.setFailed; trouble with the issue is a warning.
 */
async function runDriftMode(params, deps = driftModeDeps()) {
    try {
        const request = (0,inputs/* buildRequest */.m)(params, params.written ?? []);
        await (0,action_secrets/* maskSecrets */.Q)(request);
        const outcome = await runDrift({
            ...request,
            runner: (0,identity/* runnerIdentity */.L)(deps.env, ''),
            workflow: (0,identity/* workflowIdentity */.c)(deps.env),
            workspace: deps.env.GITHUB_WORKSPACE || process.cwd(),
            maxImageBytes: 256 * 1024 * 1024,
            pull: params.pull,
            against: against(params)
        }, deps);
        const { verdict, record } = outcome;
        const image = subject(params, record.build);
        const reportPath = external_node_path_.join(outcome.workDir, 'drift.json');
        await external_node_fs_.promises.writeFile(reportPath, JSON.stringify(verdict, null, 2) + '\n');
        const markdown = renderDriftMarkdown(verdict, {
            image,
            marker: '',
            commit: deps.env.GITHUB_SHA || null,
            runUrl: null
        });
        await external_node_fs_.promises.writeFile(external_node_path_.join(outcome.workDir, 'drift.md'), markdown);
        core.setOutput(constants/* Outputs */.tY.Drift, String(verdict.drifted));
        core.setOutput(constants/* Outputs */.tY.DriftCause, verdict.cause);
        core.setOutput(constants/* Outputs */.tY.Digest, verdict.after.digest);
        core.setOutput(constants/* Outputs */.tY.RecordDigest, verdict.before.digest);
        core.setOutput(constants/* Outputs */.tY.RecordPath, outcome.recordPath);
        core.setOutput(constants/* Outputs */.tY.ReportPath, reportPath);
        await (0,log/* writeSummary */.Sy)(markdown, deps.env);
        const repo = repoFromEnv(deps.env);
        if (!params['drift-issue'])
            core.info('no drift issue (drift-issue: false)');
        else if (repo === null)
            core.warning('no drift issue: GITHUB_REPOSITORY does not name the repository');
        else if (params['github-token'] === '' && deps.github === undefined)
            core.warning('no drift issue: github-token is empty');
        else {
            const client = deps.github ?? (0,github_client/* createGitHubClient */.L)(params['github-token']);
            const issue = await publishDriftIssue(client, {
                repo,
                image,
                verdict,
                token: params['github-token'],
                commit: deps.env.GITHUB_SHA || null,
                runUrl: (0,publish/* runInfoFromContext */.Ln)().runUrl
            });
            if (issue.action === 'failed')
                core.warning(issue.reason);
            else if (issue.action === 'skipped')
                (0,log/* logInfo */.fH)(issue.reason);
            else {
                (0,log/* logInfo */.fH)(`drift issue #${issue.number} ${issue.action}${issue.url !== null ? `: ${issue.url}` : ''}`);
                core.setOutput(constants/* Outputs */.tY.DriftIssueNumber, String(issue.number));
            }
        }
        if (!verdict.drifted) {
            (0,log/* logInfo */.fH)(`no drift: ${verdict.reason}`);
            return errors/* ExitCode */.yU.Pass;
        }
        if (params['fail-on-mismatch']) {
            core.setFailed(`the digest drifted: ${verdict.reason}`);
            return errors/* ExitCode */.yU.CheckFailed;
        }
        core.warning(`the digest drifted (fail-on-mismatch is false): ${verdict.reason}`);
        return errors/* ExitCode */.yU.Pass;
    }
    catch (error) {
        (0,log/* failStep */.vy)(error);
        return errors/* ExitCode */.yU.Error;
    }
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
/* harmony import */ var _image_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68272);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96759);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90861);
/* harmony import */ var _cause_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91156);
/* harmony import */ var _tar_stream_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38025);
// The image diff's public surface: diffImages, the renderers and the types the gate embeds.







/***/ })

};
