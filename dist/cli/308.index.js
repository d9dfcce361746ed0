export const id = 308;
export const ids = [308];
export const modules = {

/***/ 5308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DRIFT_USAGE: () => (/* binding */ DRIFT_USAGE),
  driftCommand: () => (/* binding */ driftCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/diff/render-text.ts
var render_text = __webpack_require__(6759);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(7375);
;// CONCATENATED MODULE: ./src/core/drift/render-text.ts
// The drift verdict as plain text for a terminal or a log: one line per fact, every field from an image on one line.


function renderDriftText(verdict) {
    const line = (t) => (0,format/* oneLine */.TN)(t, 1000);
    const out = [
        line(verdict.drifted ? `DRIFT: ${verdict.reason}` : `no drift: ${verdict.reason}`),
        line(`  before ${verdict.before.digest} (${verdict.before.origin})`),
        line(`  after  ${verdict.after.digest} (${verdict.after.origin})`)
    ];
    for (const b of verdict.bases) {
        out.push(line(`  base ${b.ref}${b.platform !== null ? ` (${b.platform})` : ''}: ${b.from ?? '(none)'} → ${b.to ?? '(none)'}`));
    }
    for (const p of verdict.packages) {
        for (const c of p.changes) {
            out.push(line(`  package ${c.manager} ${c.name} (${p.platform}): ${c.from ?? '(not installed)'} → ${c.to ?? '(removed)'}`));
        }
    }
    for (const e of verdict.engine)
        out.push(line(`  engine ${e.field}: ${e.from ?? '?'} → ${e.to ?? '?'}`));
    for (const n of verdict.notes)
        out.push(line(`  note: ${n}`));
    if (verdict.diagnosis !== null)
        out.push('', (0,render_text/* renderDiffText */.pQ)(verdict.diagnosis));
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/diff/cause.ts
var cause = __webpack_require__(1156);
// EXTERNAL MODULE: ./src/core/equality.ts
var equality = __webpack_require__(4763);
// EXTERNAL MODULE: ./src/core/diff/config-diff.ts
var config_diff = __webpack_require__(8237);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: ./src/core/diff/image-diff.ts
var image_diff = __webpack_require__(8272);
// EXTERNAL MODULE: ./src/core/diff/provenance.ts
var provenance = __webpack_require__(8960);
;// CONCATENATED MODULE: ./src/core/drift/packages.ts
// Installed-package databases (dpkg status, apk installed, node_modules package.json): parsed, bounded, and diffed.

/** A record keeps at most this many packages per platform. */
const MAX_PACKAGES = 20_000;
/** Longest name or version kept; a real one is well under 100 characters. */
const MAX_FIELD = 200;
/** Largest dpkg status or apk installed file read; Debian's biggest images have a few MiB. */
const MAX_DATABASE_BYTES = 64 * 1024 * 1024;
/** Largest package.json read: a real one is a few KiB. */
const MAX_PACKAGE_JSON_BYTES = 1024 * 1024;
/** Image paths (as TarEntry writes them) of the databases that parsePackageFile reads. */
function packageFileKind(path) {
    if (path === 'var/lib/dpkg/status')
        return 'dpkg';
    // Distroless images keep one status paragraph per package here instead.
    if (/^var\/lib\/dpkg\/status\.d\/[^/]+$/.test(path) && !path.endsWith('.md5sums'))
        return 'dpkg-part';
    if (path === 'lib/apk/db/installed')
        return 'apk';
    if (/(^|\/)node_modules\/(@[^/]+\/)?[^/@.][^/]*\/package\.json$/.test(path))
        return 'npm';
    return null;
}
/** How many bytes of a file at `path` the package reader keeps; 0 for every other file. */
function packageFileBytes(path, size) {
    const kind = packageFileKind(path);
    if (kind === null)
        return 0;
    const limit = kind === 'npm' ? MAX_PACKAGE_JSON_BYTES : MAX_DATABASE_BYTES;
    return size <= limit ? size : 0;
}
/** A field from an image: printable, one line, bounded. Empty when nothing printable is left. */
function clean(text) {
    // eslint-disable-next-line no-control-regex
    const s = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
    return s.length > MAX_FIELD ? s.slice(0, MAX_FIELD) : s;
}
/** Splits a control file (dpkg status, apk installed) into paragraphs of field → value. */
function paragraphs(text, continuation) {
    const out = [];
    let current = new Map();
    for (const line of text.split('\n')) {
        if (line.trim() === '') {
            if (current.size > 0)
                out.push(current);
            current = new Map();
            continue;
        }
        if (continuation && /^[ \t]/.test(line))
            continue;
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const name = line.slice(0, colon);
        if (!current.has(name))
            current.set(name, line.slice(colon + 1).trim());
    }
    if (current.size > 0)
        out.push(current);
    return out;
}
/** dpkg's status file: the packages whose Status ends in "installed". */
function parseDpkgStatus(text) {
    const out = [];
    const archs = new Map();
    const found = paragraphs(text, true).filter(p => /\binstalled$/.test(p.get('Status') ?? 'installed'));
    for (const p of found) {
        const name = p.get('Package');
        if (name !== undefined)
            archs.set(name, (archs.get(name) ?? 0) + 1);
    }
    for (const p of found) {
        const name = clean(p.get('Package') ?? '');
        const version = clean(p.get('Version') ?? '');
        if (name === '' || version === '')
            continue;
        const arch = clean(p.get('Architecture') ?? '');
        // One name installed for two architectures (Multi-Arch: same) stays two packages.
        const shown = (archs.get(name) ?? 0) > 1 && arch !== '' ? `${name}:${arch}` : name;
        out.push({ manager: 'dpkg', name: shown, version });
    }
    return out;
}
/** apk's installed database: P: name, V: version, one paragraph per package. */
function parseApkInstalled(text) {
    const out = [];
    for (const p of paragraphs(text, false)) {
        const name = clean(p.get('P') ?? '');
        const version = clean(p.get('V') ?? '');
        if (name !== '' && version !== '')
            out.push({ manager: 'apk', name, version });
    }
    return out;
}
/** A node_modules package.json: its name and version, or null when it has none (or is not JSON). */
function parsePackageJson(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return null;
    }
    if (!(0,json/* isRecord */.u4)(data) || typeof data.name !== 'string' || typeof data.version !== 'string')
        return null;
    const name = clean(data.name);
    const version = clean(data.version);
    return name === '' || version === '' ? null : { manager: 'npm', name, version };
}
function compare(a, b) {
    if (a.manager !== b.manager)
        return a.manager < b.manager ? -1 : 1;
    if (a.name !== b.name)
        return a.name < b.name ? -1 : 1;
    return a.version < b.version ? -1 : a.version > b.version ? 1 : 0;
}
/** One sorted list without duplicates, cut at MAX_PACKAGES. */
function packageList(packages, sources) {
    const sorted = [...packages].sort(compare);
    const unique = sorted.filter((p, i) => i === 0 || compare(p, sorted[i - 1]) !== 0);
    return {
        packages: unique.slice(0, MAX_PACKAGES),
        sources: [...sources].sort(),
        truncated: unique.length > MAX_PACKAGES
    };
}
function versionsByName(list) {
    const out = new Map();
    for (const p of list.packages) {
        const key = `${p.manager}\u0000${p.name}`;
        out.set(key, [...(out.get(key) ?? []), p.version]);
    }
    return out;
}
/** The packages whose installed versions differ between two lists, sorted by manager and name. */
function diffPackages(before, after) {
    const a = versionsByName(before);
    const b = versionsByName(after);
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
    const changes = [];
    for (const key of keys) {
        const from = a.get(key)?.join(', ') ?? null;
        const to = b.get(key)?.join(', ') ?? null;
        if (from === to)
            continue;
        const [manager, name = ''] = key.split('\u0000');
        if (manager !== 'dpkg' && manager !== 'apk' && manager !== 'npm')
            continue;
        changes.push({ manager, name, from, to });
    }
    return changes;
}
/** Validates a package list read back from a record; null when it is not one. */
function asPackageList(value) {
    if (!(0,json/* isRecord */.u4)(value) || !Array.isArray(value.packages) || !Array.isArray(value.sources))
        return null;
    if (typeof value.truncated !== 'boolean')
        return null;
    const packages = [];
    for (const p of value.packages.slice(0, MAX_PACKAGES)) {
        if (!(0,json/* isRecord */.u4)(p) || typeof p.name !== 'string' || typeof p.version !== 'string')
            return null;
        if (p.manager !== 'dpkg' && p.manager !== 'apk' && p.manager !== 'npm')
            return null;
        packages.push({ manager: p.manager, name: clean(p.name), version: clean(p.version) });
    }
    const sources = value.sources.filter((s) => typeof s === 'string').map(clean);
    return { packages, sources, truncated: value.truncated || value.packages.length > MAX_PACKAGES };
}

;// CONCATENATED MODULE: ./src/core/crossrunner/record.ts









/** The schema records are written with: @2 adds the base images (bases) and each platform's packages. */
const RECORD_SCHEMA = 'build-lab/cross-runner-record@2';
/** The schemas parseRecord reads: @1 records lack bases and packages, which read as absent. */
const READ_SCHEMAS = ['build-lab/cross-runner-record@1', RECORD_SCHEMA];
const DEFAULT_RECORD_PREFIX = 'build-lab-record';
/** File names inside a record artifact. */
const RecordFiles = {
    Record: 'record.json',
    Layout: 'layout',
    ImageTar: 'image.tar',
    Dockerfile: 'Dockerfile'
};
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Artifact names may not hold " : < > | * ? \ / or line breaks; keep them plain and short. */
function nameSegment(text) {
    return text
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '')
        .slice(0, 80);
}
/** The label a runner gets when none is given: hosted image and arch (ubuntu24-x64), else os and arch. */
function defaultRunnerLabel(runner, imageOs) {
    const base = imageOs.trim() !== '' ? imageOs : runner.os;
    return nameSegment(`${base}-${runner.arch}`) || 'runner';
}
/** The artifact one runner uploads: <prefix>-<label>, e.g. build-lab-record-ubuntu-24.04-arm. */
function record_recordArtifactName(prefix, label) {
    const p = nameSegment(prefix);
    const l = nameSegment(label);
    if (p === '')
        throw new BuildLabError(`record-prefix ${JSON.stringify(prefix)} has no letters or digits`);
    if (l === '') {
        throw new BuildLabError(`runner-label ${JSON.stringify(label)} has no letters or digits: give each matrix job a label such as \${{ matrix.runner }}`);
    }
    return `${p}-${l}`;
}
/** True when an artifact name belongs to records with this prefix. */
function isRecordArtifact(prefix, artifactName) {
    return artifactName.startsWith(`${nameSegment(prefix)}-`);
}
function field(obj, key, where, check, what) {
    const v = obj[key];
    if (!check(v))
        throw new errors/* BuildLabError */.CG(`${where}: ${key} must be ${what}`);
    return v;
}
const isString = (v) => typeof v === 'string';
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean = (v) => typeof v === 'boolean';
const isStringOrNull = (v) => v === null || typeof v === 'string';
const isNumberOrNull = (v) => v === null || isNumber(v);
const isDigest = (v) => typeof v === 'string' && DIGEST.test(v);
const isDigestOrNull = (v) => v === null || isDigest(v);
const isDigestList = (v) => Array.isArray(v) && v.every(isDigest);
const isDigestListOrAbsent = (v) => v === undefined || v === null || isDigestList(v);
const isStringList = (v) => Array.isArray(v) && v.every(isString);
const isObject = (v) => (0,json/* isRecord */.u4)(v);
/** More FROMs than any real Dockerfile has. */
const MAX_BASES = 1000;
const isBaseList = (v) => Array.isArray(v) && v.length <= MAX_BASES;
/** Validates a parsed record.json. Throws one BuildLabError that names the artifact and the bad field. */
function parseRecord(data, origin) {
    if (!(0,json/* isRecord */.u4)(data))
        throw new errors/* BuildLabError */.CG(`${origin} is not a build-lab record (not a JSON object)`);
    if (typeof data.schema !== 'string' || !READ_SCHEMAS.includes(data.schema)) {
        throw new errors/* BuildLabError */.CG(`${origin} is not a ${RECORD_SCHEMA} record (schema ${JSON.stringify(data.schema ?? null)}): record and compare jobs must use the same build-lab version`);
    }
    // The string fields of one object-valued section, each named in an error as `<origin> <section>: key`.
    const section = (name) => {
        const obj = field(data, name, origin, isObject, 'an object');
        return (key) => field(obj, key, `${origin} ${name}`, isString, 'a string');
    };
    const r = section('runner');
    const runner = {
        label: r('label'),
        os: r('os'),
        arch: r('arch'),
        name: r('name'),
        image: r('image')
    };
    const wf = section('workflow');
    const workflow = {
        runId: wf('runId'),
        runAttempt: wf('runAttempt'),
        repository: wf('repository'),
        workflow: wf('workflow'),
        job: wf('job'),
        sha: wf('sha')
    };
    const b = field(data, 'build', origin, isObject, 'an object');
    const w = `${origin} build`;
    const build = {
        context: field(b, 'context', w, isString, 'a string'),
        dockerfile: field(b, 'dockerfile', w, isString, 'a string'),
        target: field(b, 'target', w, isStringOrNull, 'a string or null'),
        platforms: field(b, 'platforms', w, isStringList, 'a list of strings'),
        buildArgs: field(b, 'buildArgs', w, isStringList, 'a list of strings'),
        epoch: field(b, 'epoch', w, isNumber, 'a number'),
        network: field(b, 'network', w, isString, 'a string'),
        provenance: field(b, 'provenance', w, isBoolean, 'true or false')
    };
    const platforms = field(data, 'platforms', origin, Array.isArray, 'a list').map((p, i) => {
        const where = `${origin} platforms[${i}]`;
        if (!(0,json/* isRecord */.u4)(p))
            throw new errors/* BuildLabError */.CG(`${where} must be an object`);
        const diffIds = field(p, 'diffIds', where, isDigestListOrAbsent, 'a list of sha256 digests or null');
        const packages = p.packages === undefined || p.packages === null ? p.packages : asPackageList(p.packages);
        if (packages === null && p.packages !== null) {
            throw new errors/* BuildLabError */.CG(`${where}: packages must be a package list or null`);
        }
        return {
            platform: field(p, 'platform', where, isString, 'a string'),
            manifest: field(p, 'manifest', where, isDigest, 'a sha256 digest'),
            config: field(p, 'config', where, isDigestOrNull, 'a sha256 digest or null'),
            ...(diffIds !== undefined ? { diffIds } : {}),
            ...(packages !== undefined ? { packages } : {})
        };
    });
    const bases = data.bases === undefined
        ? undefined
        : field(data, 'bases', origin, isBaseList, `a list of at most ${MAX_BASES} base images`).map((b, i) => {
            const where = `${origin} bases[${i}]`;
            if (!(0,json/* isRecord */.u4)(b))
                throw new errors/* BuildLabError */.CG(`${where} must be an object`);
            return {
                ref: field(b, 'ref', where, isString, 'a string'),
                digest: field(b, 'digest', where, isDigest, 'a sha256 digest'),
                platform: field(b, 'platform', where, isStringOrNull, 'a string or null')
            };
        });
    const e = field(data, 'engine', origin, isObject, 'an object');
    const img = field(data, 'image', origin, isObject, 'an object');
    const record = {
        schema: RECORD_SCHEMA,
        runner,
        workflow,
        build,
        digest: field(data, 'digest', origin, isDigestOrNull, 'a sha256 digest or null'),
        platforms,
        error: field(data, 'error', origin, isStringOrNull, 'a string or null'),
        durationMs: field(data, 'durationMs', origin, isNumber, 'a number'),
        startedAt: field(data, 'startedAt', origin, isString, 'a string'),
        engine: {
            docker: field(e, 'docker', `${origin} engine`, isStringOrNull, 'a string or null'),
            buildx: field(e, 'buildx', `${origin} engine`, isStringOrNull, 'a string or null'),
            buildkit: field(e, 'buildkit', `${origin} engine`, isStringOrNull, 'a string or null'),
            driver: field(e, 'driver', `${origin} engine`, isStringOrNull, 'a string or null')
        },
        image: {
            uploaded: field(img, 'uploaded', `${origin} image`, isBoolean, 'true or false'),
            bytes: field(img, 'bytes', `${origin} image`, isNumberOrNull, 'a number or null'),
            note: field(img, 'note', `${origin} image`, isStringOrNull, 'a string or null')
        },
        ...(bases !== undefined ? { bases } : {})
    };
    if (record.error === null && (record.digest === null || record.platforms.length === 0)) {
        throw new errors/* BuildLabError */.CG(`${origin} has neither an image digest with its platforms nor a build error`);
    }
    return record;
}
function describeBuild(b) {
    const parts = [`context ${b.context}`, `file ${b.dockerfile}`, `target ${b.target ?? '(last stage)'}`];
    parts.push(`platforms ${b.platforms.length > 0 ? b.platforms.join(',') : '(native)'}`);
    parts.push(`epoch ${b.epoch}`);
    if (b.buildArgs.length > 0)
        parts.push(`build-args ${b.buildArgs.join(' ')}`);
    return parts.join(', ');
}
const BUILD_FIELDS = [
    ['context', 'context'],
    ['dockerfile', 'file'],
    ['target', 'target'],
    ['platforms', 'platforms'],
    ['buildArgs', 'build-args'],
    ['epoch', 'epoch'],
    ['network', 'network'],
    ['provenance', 'provenance']
];
/** The build settings (as their flag names) in which two records differ. */
function buildDifferences(a, b) {
    return BUILD_FIELDS.filter(([k]) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map(([, name]) => name);
}
function mostCommon(labelsByDigest) {
    let best = '';
    let bestLabels = [];
    for (const [digest, labels] of labelsByDigest) {
        const better = labels.length > bestLabels.length ||
            (labels.length === bestLabels.length && labels[0] < bestLabels[0]);
        if (bestLabels.length === 0 || better) {
            best = digest;
            bestLabels = labels;
        }
    }
    return best;
}
/**
 * Checks that the records belong together (one workflow run, one build, every expected runner) and
 * compares each platform's manifest digest across the runners that built it. Bad input throws one
 * BuildLabError; differing digests are a verdict, not an error.
 */
function compareRecords(records, expect) {
    if (records.length === 0) {
        throw new BuildLabError('no build-lab records in this workflow run: run the action with mode: record in each runner job first, and make the compare job need them (needs: [record])');
    }
    const foreign = records.filter(r => r.workflow.runId !== expect.runId);
    if (foreign.length > 0) {
        const list = foreign.map(r => `${r.runner.label} (run ${r.workflow.runId})`).join(', ');
        throw new BuildLabError(`records from another workflow run: ${list}; this run is ${expect.runId}. Compare only the records that this run's record jobs uploaded`);
    }
    const sorted = [...records].sort((x, y) => x.runner.label < y.runner.label ? -1 : x.runner.label > y.runner.label ? 1 : 0);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].runner.label === sorted[i - 1].runner.label) {
            throw new BuildLabError(`two records carry the runner label ${JSON.stringify(sorted[i].runner.label)}: give each matrix job its own runner-label`);
        }
    }
    const first = sorted[0];
    for (const r of sorted.slice(1)) {
        const differs = buildDifferences(first.build, r.build);
        if (differs.length > 0) {
            throw new BuildLabError(`the records describe different builds (${differs.join(', ')} differ): ${first.runner.label} built ${describeBuild(first.build)}; ${r.runner.label} built ${describeBuild(r.build)}. Every record job must pass the same context, file, target, platforms and build-args`);
        }
    }
    const labels = new Set(sorted.map(r => r.runner.label));
    const missing = expect.runners.filter(l => !labels.has(l));
    if (missing.length > 0) {
        throw new BuildLabError(`missing records for ${missing.join(', ')} (found ${[...labels].join(', ')}): a record job failed, was skipped or used another runner-label`);
    }
    if (sorted.length < 2) {
        throw new BuildLabError(`only one record (${first.runner.label}) in this workflow run: cross-runner comparison needs at least two runners`);
    }
    const equality = expect.equality ?? 'digest';
    const built = sorted.filter(r => r.error === null);
    const names = [...new Set(built.flatMap(r => r.platforms.map(p => p.platform)))].sort();
    // Each runner's key for a platform: what must be equal. Content without a recorded config falls back to the manifest.
    const keys = new Map();
    const platforms = names.map(platform => {
        const digests = {};
        const byKey = new Map();
        const contents = new Set();
        const own = new Map();
        for (const r of built) {
            const p = r.platforms.find(x => x.platform === platform);
            if (p === undefined)
                continue;
            digests[r.runner.label] = p.manifest;
            const content = recordedContent(p);
            contents.add(content ?? `manifest ${p.manifest}`);
            const key = equality === 'content' && content !== null ? content : p.manifest;
            own.set(r.runner.label, key);
            byKey.set(key, [...(byKey.get(key) ?? []), r.runner.label]);
        }
        keys.set(platform, own);
        const referenceKey = mostCommon(byKey);
        const referenceLabel = byKey.get(referenceKey)?.[0] ?? '';
        const compared = Object.keys(digests).length > 1;
        const manifestsEqual = new Set(Object.values(digests)).size === 1;
        return {
            platform,
            reference: digests[referenceLabel] ?? '',
            digests,
            compared,
            equal: byKey.size === 1,
            sameContent: compared && !manifestsEqual && contents.size === 1 && ![...contents][0].startsWith('manifest ')
        };
    });
    const differsFrom = (platform, label) => {
        const own = keys.get(platform);
        const p = platforms.find(x => x.platform === platform);
        if (own === undefined || p === undefined)
            return false;
        const refLabel = Object.keys(p.digests).find(l => p.digests[l] === p.reference);
        return refLabel !== undefined && own.get(label) !== own.get(refLabel);
    };
    const failed = sorted.filter(r => r.error !== null);
    if (failed.length === 0 && !platforms.some(p => p.compared)) {
        throw new BuildLabError(`nothing to compare: no platform was built by two runners (${built.map(r => `${r.runner.label}: ${r.platforms.map(p => p.platform).join(',')}`).join('; ')}). Set platforms (e.g. linux/amd64,linux/arm64, with docker/setup-qemu-action) so every runner builds the same platforms`);
    }
    const rows = sorted.map(r => {
        const own = {};
        for (const p of r.platforms)
            own[p.platform] = p.manifest;
        const differing = platforms.filter(p => p.compared && own[p.platform] !== undefined && differsFrom(p.platform, r.runner.label));
        const alone = r.platforms.every(p => !platforms.find(x => x.platform === p.platform)?.compared);
        const status = r.error !== null ? 'failed' : differing.length > 0 ? 'differs' : alone ? 'alone' : 'match';
        return {
            label: r.runner.label,
            os: r.runner.os,
            arch: r.runner.arch,
            image: r.runner.image,
            digest: r.digest,
            platforms: own,
            durationMs: r.durationMs,
            engine: r.engine,
            imageUploaded: r.image.uploaded,
            status,
            note: r.error ?? (differing.length > 0 ? `differs on ${differing.map(p => p.platform).join(', ')}` : null)
        };
    });
    const mismatches = [];
    for (const p of platforms.filter(x => x.compared && !x.equal)) {
        const refLabel = Object.keys(p.digests).find(l => p.digests[l] === p.reference);
        const own = keys.get(p.platform);
        const seen = new Set([own.get(refLabel)]);
        for (const label of Object.keys(p.digests)) {
            const key = own.get(label);
            if (seen.has(key))
                continue;
            seen.add(key);
            const existing = mismatches.find(m => m.reference === refLabel && m.other === label);
            if (existing)
                existing.platforms.push(p.platform);
            else
                mismatches.push({ reference: refLabel, other: label, platforms: [p.platform] });
        }
    }
    const notes = platforms
        .filter(p => !p.compared)
        .map(p => `${p.platform} was built by ${Object.keys(p.digests)[0]} only, so it was not compared`);
    const digests = new Set(built.map(r => r.digest));
    const allEqual = failed.length === 0 && mismatches.length === 0;
    let reason;
    if (failed.length > 0) {
        reason = `the build failed on ${failed.map(r => r.runner.label).join(', ')}: ${failed[0].error ?? ''}`;
    }
    else if (!allEqual) {
        const bad = platforms.filter(p => p.compared && !p.equal);
        const what = equality === 'content' ? 'per-platform content (config and diff_ids)' : 'per-platform digests';
        reason = `${what} differ across runners on ${bad.map(p => p.platform).join(', ')} (${mismatches.map(m => `${m.other} vs ${m.reference}`).join('; ')})`;
        if (bad.every(p => p.sameContent))
            reason += `: ${SAME_CONTENT}${buildkitNote(sorted)}`;
    }
    else {
        const compared = platforms.filter(p => p.compared);
        reason = `${sorted.length} runners agree on ${compared.map(p => p.platform).join(', ')}`;
        if (compared.some(p => p.sameContent)) {
            reason += ` by content (equality: content); ${SAME_CONTENT}${buildkitNote(sorted)}`;
        }
    }
    return {
        reproducible: allEqual,
        reason,
        digest: allEqual && digests.size === 1 ? (built[0]?.digest ?? null) : null,
        build: first.build,
        rows,
        platforms,
        mismatches,
        notes,
        equality,
        sameContent: platforms.some(p => p.sameContent)
    };
}
/** A recorded platform's content key, or null when the record holds no config or diff_ids. */
function recordedContent(p) {
    if (p.config === null || p.diffIds === null || p.diffIds === undefined)
        return null;
    return `${p.config} ${p.diffIds.join(',')}`;
}
/** Which BuildKit each runner ran, when the records say, e.g. " (BuildKit: a 0.13, b 0.25.1)". */
function buildkitNote(records) {
    const known = records.filter(r => r.engine.buildkit !== null);
    if (known.length === 0)
        return '';
    return ` (BuildKit: ${known.map(r => `${r.runner.label} ${r.engine.buildkit ?? ''}`).join(', ')})`;
}
const STATUS = {
    match: '✅ match',
    differs: '❌ differs',
    failed: '❌ build failed',
    alone: '➖ not compared'
};
/** The BuildKit versions of the first pair of runners that differ (or of the first two runners). */
function pairBuildkit(result) {
    const m = result.mismatches[0];
    const row = (label) => result.rows.find(r => r.label === label);
    const a = m ? row(m.reference) : result.rows[0];
    const b = m ? row(m.other) : result.rows[1];
    return { a: a?.engine.buildkit ?? null, b: b?.engine.buildkit ?? null };
}
/** The job summary of compare mode: the verdict, one row per runner, notes and the diagnoses. */
function renderCrossRunnerMarkdown(result, diagnoses = []) {
    const out = ['## build-lab: cross-runner reproducibility', ''];
    out.push(`${result.reproducible ? '✅ **Reproducible across runners**' : '❌ **Not reproducible across runners**'}: ${escapeMarkdown(result.reason)}`);
    out.push('', `Equality: ${escapeMarkdown(EQUALITY_NOTE[result.equality])}`);
    if (result.sameContent)
        out.push('', `- ${escapeMarkdown(compressionHint(pairBuildkit(result)), 600)}`);
    out.push('', `Build: ${escapeMarkdown(describeBuild(result.build))}`, '');
    const names = result.platforms.map(p => p.platform);
    out.push(`| Runner | OS / arch | Runner image | ${names.map(n => escapeMarkdown(n)).join(' | ')}${names.length > 0 ? ' | ' : ''}Image digest | BuildKit | Build time | Status |`);
    out.push(`|${' --- |'.repeat(7 + names.length)}`);
    for (const row of result.rows) {
        const cells = names.map(n => {
            const d = row.platforms[n];
            if (d === undefined)
                return '-';
            const p = result.platforms.find(x => x.platform === n);
            const mark = p && p.compared ? (d === p.reference ? ' ✅' : ' ❌') : '';
            return `${inlineCode(shortDigest(d))}${mark}`;
        });
        const status = `${STATUS[row.status]}${row.note !== null ? `<br>${escapeMarkdown(row.note, 160)}` : ''}`;
        out.push(`| ${escapeMarkdown(row.label)} | ${escapeMarkdown(`${row.os} ${row.arch}`)} | ${row.image === '' ? '-' : escapeMarkdown(row.image)} | ${cells.join(' | ')}${cells.length > 0 ? ' | ' : ''}${inlineCode(shortDigest(row.digest))} | ${row.engine.buildkit === null ? '-' : escapeMarkdown(row.engine.buildkit)} | ${formatDuration(row.durationMs)} | ${status} |`);
    }
    for (const note of result.notes)
        out.push('', `- ${escapeMarkdown(note)}`);
    for (const d of diagnoses) {
        out.push('', `### Diagnosis: ${escapeMarkdown(d.reference)} (run 1) vs ${escapeMarkdown(d.other)} (run 2)`, '');
        if (d.depth === 'metadata') {
            out.push('_Only manifests and configs were uploaded (the image was over upload-image-max-mb, or uploads were off), so layers are named but their files are not compared._', '');
        }
        out.push(d.markdown.trimEnd());
    }
    return `${out.join('\n')}\n`;
}
/** A source whose manifests list no layers, so diffImages compares index, manifests and configs only. */
function withoutLayers(src) {
    return {
        index: () => src.index(),
        readJson: async (digest) => {
            const v = await src.readJson(digest);
            return (0,json/* isRecord */.u4)(v) && (0,json/* isRecord */.u4)(v.config) && Array.isArray(v.layers) ? { ...v, layers: [] } : v;
        },
        open: digest => src.open(digest)
    };
}
function layerDigests(manifest) {
    return (0,json/* asArray */._j)((0,json/* isRecord */.u4)(manifest) ? manifest.layers : undefined).map(l => (0,json/* isRecord */.u4)(l) && typeof l.digest === 'string' ? l.digest : '');
}
/**
 * The diagnosis when layer blobs are not at hand: index, manifest and config differences from
 * diffImages, plus each differing layer with its Dockerfile instruction, but no file comparison.
 */
async function diffImageMetadata(a, b, options = {}) {
    const diff = await (0,image_diff/* diffImages */.eC)(withoutLayers(a), withoutLayers(b), options);
    const layers = [];
    const hint = (c) => c === 'compression' ? (0,cause/* compressionHint */.MJ)(options.buildkit) : cause/* CAUSE_HINTS */.X3[c];
    let contentDiffers = false;
    const real = diff.manifests.filter(m => m.a !== null && m.b !== null && !m.platform.startsWith('attestation '));
    for (const m of real) {
        const [ma, mb] = await Promise.all([a.readJson(m.a), b.readJson(m.b)]);
        const configDigest = (v) => (0,json/* isRecord */.u4)(v) && (0,json/* isRecord */.u4)(v.config) && typeof v.config.digest === 'string' ? v.config.digest : null;
        const da = configDigest(ma);
        const db = configDigest(mb);
        if (da === null || db === null)
            continue;
        const [ca, cb] = await Promise.all([a.readJson(da), b.readJson(db)]);
        const la = layerDigests(ma);
        const lb = layerDigests(mb);
        const idsA = (0,equality/* diffIdsOf */.Nq)(ca);
        const idsB = (0,equality/* diffIdsOf */.Nq)(cb);
        if (da !== db || idsA.join() !== idsB.join())
            contentDiffers = true;
        const originsA = (0,provenance/* layerOrigins */.nf)((0,provenance/* mapHistory */.$2)((0,config_diff/* historyOf */.om)(ca), options.dockerfile, options.target), la.length);
        const originsB = (0,provenance/* layerOrigins */.nf)((0,provenance/* mapHistory */.$2)((0,config_diff/* historyOf */.om)(cb), options.dockerfile, options.target), lb.length);
        for (let k = 0; k < Math.max(la.length, lb.length); k++) {
            if (la[k] !== undefined && la[k] === lb[k])
                continue;
            const origin = originsB[k] ?? originsA[k] ?? { base: false };
            const idA = idsA[k] ?? null;
            const idB = idsB[k] ?? null;
            const cause = origin.base
                ? 'base-image'
                : idA !== null && idA === idB
                    ? 'compression'
                    : 'unknown';
            const layer = {
                index: k,
                a: la[k] ?? null,
                b: lb[k] ?? null,
                diffIdA: idA,
                diffIdB: idB,
                files: 0,
                ...origin,
                cause,
                hint: hint(cause)
            };
            if (real.length > 1)
                layer.platform = m.platform;
            layers.push(layer);
        }
    }
    const counts = new Map(diff.causes.map(c => [c.cause, c.count]));
    for (const l of layers)
        if (l.cause !== 'unknown')
            counts.set(l.cause, (counts.get(l.cause) ?? 0) + 1);
    const warning = 'layer contents were not uploaded: the differing layers are named with their instructions, but their files were not compared (raise upload-image-max-mb to upload the image)';
    return {
        ...diff,
        layers,
        ...(diff.identical
            ? {}
            : {
                sameContent: real.length > 0 &&
                    real.length === diff.manifests.filter(m => !m.platform.startsWith('attestation ')).length &&
                    !contentDiffers &&
                    layers.some(l => l.cause === 'compression')
            }),
        causes: image_diff/* CAUSE_ORDER */.Bt.filter(c => counts.has(c)).map(c => ({
            cause: c,
            count: counts.get(c),
            hint: hint(c)
        })),
        warnings: layers.length > 0 ? [...diff.warnings, warning] : diff.warnings
    };
}

;// CONCATENATED MODULE: ./src/crossrunner/identity.ts
// Who records: the runner and the workflow run, from the RUNNER_*, ImageOS and GITHUB_* variables.


/** The runner; `label` empty: the hosted image and arch (ubuntu24-x64), else os and arch. */
function runnerIdentity(env, label) {
    const runner = { os: env.RUNNER_OS || process.platform, arch: env.RUNNER_ARCH || process.arch };
    return {
        label: label || defaultRunnerLabel(runner, env.ImageOS ?? ''),
        ...runner,
        name: env.RUNNER_NAME || external_node_os_.hostname(),
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/buildkit/secrets.ts
var secrets = __webpack_require__(5425);
;// CONCATENATED MODULE: ./src/core/drift/bases.ts
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
    const bases = before.bases !== null && after.bases !== null ? diffBases(before.bases, after.bases) : [];
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
        const changes = diffPackages(p.packages, q.packages);
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

// EXTERNAL MODULE: ./src/core/diff/layer-stream.ts
var layer_stream = __webpack_require__(4323);
// EXTERNAL MODULE: ./src/core/diff/tar-stream.ts
var tar_stream = __webpack_require__(8025);
;// CONCATENATED MODULE: ./src/core/drift/image-packages.ts
// Streams an image's layers, lowest first, and reads the package databases left in its final filesystem.





/** Bytes of database files held at once (the last copy of each path wins); beyond it the image is refused. */
const MAX_HELD_BYTES = 256 * 1024 * 1024;
function image_packages_parent(path) {
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
    if (!(0,json/* isRecord */.u4)(manifest) || !Array.isArray(manifest.layers)) {
        throw new errors/* BuildLabError */.CG(`${label}: ${manifestDigest} is not an image manifest`);
    }
    const files = new Map();
    const layers = (0,json/* asArray */._j)(manifest.layers);
    for (const [k, layer] of layers.entries()) {
        if (!(0,json/* isRecord */.u4)(layer) || typeof layer.digest !== 'string')
            continue;
        const mediaType = typeof layer.mediaType === 'string' ? layer.mediaType : '';
        const layerLabel = `layer ${k} (${layer.digest}) of ${label}`;
        // Only paths that hold a tracked file, or one of its directories, can remove anything: the rest of a
        // layer's whiteouts are not kept, so a layer of a million whiteouts costs no memory.
        const tracked = new Set();
        for (const path of files.keys()) {
            for (let p = path; p !== ''; p = image_packages_parent(p))
                tracked.add(p);
        }
        const whiteouts = [];
        const whiteout = (path, opaque) => {
            if (tracked.has(path))
                whiteouts.push(opaque ? `${path}/` : path);
        };
        const added = new Map();
        const entries = (0,tar_stream/* readTarEntries */.ET)((0,layer_stream/* decompressLayer */.b)(src.open(layer.digest), mediaType, layerLabel, onNote), {
            sampleFor: packageFileBytes,
            label: layerLabel
        });
        for await (const e of entries) {
            const name = base(e.path);
            if (name === '.wh..wh..opq') {
                whiteout(image_packages_parent(e.path), true);
                continue;
            }
            if (name.startsWith('.wh.')) {
                const dir = image_packages_parent(e.path);
                whiteout(dir === '' ? name.slice(4) : `${dir}/${name.slice(4)}`, false);
                continue;
            }
            const kind = e.type === 'file' ? packageFileKind(e.path) : null;
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
                ? { kind, text: null, npm: parsePackageJson(text), bytes: 0 }
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
            throw new errors/* BuildLabError */.CG(`${label} holds more than ${MAX_HELD_BYTES / 1024 / 1024} MiB of package databases: it is not a real image`);
        }
        if (files.size > MAX_PACKAGES * 5) {
            throw new errors/* BuildLabError */.CG(`${label} holds more than ${MAX_PACKAGES * 5} package.json files under node_modules`);
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
        packages.push(...(held.kind === 'apk' ? parseApkInstalled(text) : parseDpkgStatus(text)));
        if (held.kind !== 'dpkg-part')
            sources.push(path);
    }
    if ([...files.values()].some(h => h.kind === 'dpkg-part'))
        sources.push('var/lib/dpkg/status.d');
    if (npmFiles > 0)
        sources.push(`node_modules (${npmFiles} package.json)`);
    return packageList(packages, sources);
}

// EXTERNAL MODULE: ./src/core/build/metadata.ts
var metadata = __webpack_require__(8879);
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
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/phase-log.ts
var phase_log = __webpack_require__(179);
// EXTERNAL MODULE: ./src/build/temp-dir.ts
var temp_dir = __webpack_require__(4986);
// EXTERNAL MODULE: ./src/core/build/args.ts
var args = __webpack_require__(6039);
// EXTERNAL MODULE: ./src/build/isolated-build.ts
var isolated_build = __webpack_require__(1720);
// EXTERNAL MODULE: ./src/oci/open-image.ts
var open_image = __webpack_require__(1925);
// EXTERNAL MODULE: ./src/build/preflight.ts + 2 modules
var preflight = __webpack_require__(2465);
// EXTERNAL MODULE: ./src/build/request.ts
var request = __webpack_require__(6449);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/oci/layout-tar.ts
// Packs an OCI layout directory into an uncompressed OCI tar (ustar), streaming, with fixed metadata.




/** Every regular file of the layout, sorted by path, so the tar is the same for the same layout. */
async function layout_tar_listLayout(dir) {
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
    const files = await layout_tar_listLayout(dir);
    await (0,promises_.pipeline)(tarChunks(files), (0,external_node_fs_.createWriteStream)(dest));
    return (await external_node_fs_.promises.stat(dest)).size;
}

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
    const redactor = await loadRedactor(options);
    const log = redactingPhaseLogger(deps.log, redactor);
    try {
        return await recordBuild(options, { ...deps, log }, value => redactor.data(value));
    }
    catch (error) {
        throw redactError(error, redactor);
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
            platforms = await copyLayoutMetadata(layoutDir, external_node_path_.join(artifactDir, RecordFiles.Layout), single);
            platforms = await withPackages(layoutDir, platforms, line => deps.log.info(line));
            const bytes = (await layout_tar_listLayout(layoutDir)).reduce((n, f) => n + f.size, 0);
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
                await writeLayoutTar(layoutDir, external_node_path_.join(artifactDir, RecordFiles.ImageTar));
                image = { uploaded: true, bytes, note: null };
            }
            deps.log.info(`digest ${run.digest ?? '-'}; ${image.uploaded ? 'the image goes with the record' : (image.note ?? '')}`);
        }
        else {
            deps.log.info(`the build failed: ${run.error}`);
        }
        const dockerfileText = await external_node_fs_.promises.readFile(dockerfile);
        if (dockerfileText.length <= MAX_DOCKERFILE_BYTES) {
            await external_node_fs_.promises.writeFile(external_node_path_.join(artifactDir, RecordFiles.Dockerfile), dockerfileText);
        }
        return { run, platforms, image };
    });
    const record = redact({
        schema: RECORD_SCHEMA,
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
        bases: resolvedBases(run.steps)
    });
    await external_node_fs_.promises.writeFile(external_node_path_.join(artifactDir, RecordFiles.Record), JSON.stringify(record, null, 2) + '\n');
    return { record, artifactDir, layoutDir };
}
/** Each platform with the packages its image holds; a platform whose layers cannot be read gets null. */
async function withPackages(layoutDir, platforms, info) {
    const src = await (0,open_image/* openImage */.UY)(layoutDir);
    const out = [];
    for (const p of platforms) {
        try {
            const packages = await readImagePackages(src, p.manifest, `the ${p.platform} image`, info);
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
    const artifactName = recordArtifactName(options.prefix, options.runner.label);
    const { record, artifactDir } = await buildRecord(options, deps, redact);
    await deps.log.group(`Uploading the record as artifact ${artifactName}`, async () => {
        const files = (await listLayout(artifactDir)).map(f => f.abs);
        try {
            const stored = await deps.store.upload(artifactName, files, artifactDir);
            deps.log.info(`uploaded ${artifactName} (${formatBytes(stored.size)})`);
        }
        catch (error) {
            throw new BuildLabError(`could not upload the record ${artifactName}: ${errorMessage(error)}. The compare job needs every runner's record`);
        }
    });
    return { record, artifactName, artifactDir };
}

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
            file = external_node_path_.join(given, RecordFiles.Record);
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
    const record = parseRecord(data, file);
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
        const tar = external_node_path_.join(dir, RecordFiles.ImageTar);
        const layout = external_node_path_.join(dir, RecordFiles.Layout);
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
            p.packages = await readImagePackages(published.source, p.manifest, `${against.ref} (${p.platform})`, line => log.info(line));
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
        const built = await buildRecord({ ...options, epoch }, { ...deps, log }, value => redactor.data(value));
        const { record, layoutDir, artifactDir } = built;
        if (record.error !== null || record.digest === null) {
            throw new errors/* BuildLabError */.CG(`the rebuild failed: ${record.error ?? 'no digest'}`);
        }
        if (before.record !== null) {
            const differs = buildDifferences(before.record.build, record.build);
            if (differs.length > 0) {
                throw new errors/* BuildLabError */.CG(`the rebuild is not the recorded build: its ${differs.join(', ')} differ from ${before.side.origin}. Give the inputs the record job used`);
            }
        }
        const afterSource = await (0,open_image/* openImage */.UY)(layoutDir);
        const afterPlatforms = await imagePlatforms(afterSource, 'the rebuild');
        const recordPath = external_node_path_.join(artifactDir, RecordFiles.Record);
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
    const text = await external_node_fs_.promises.readFile(external_node_path_.join(artifactDir, RecordFiles.Dockerfile), 'utf8').catch(() => null);
    const options = text === null ? {} : { dockerfile: { path: 'Dockerfile', text } };
    const diff = before.layers
        ? await (0,core_diff.diffImages)(before.source, after, options)
        : await diffImageMetadata(before.source, after, options);
    return redact/* NAMES_ONLY */.Yg.data(diff);
}

// EXTERNAL MODULE: ./src/cli/flags.ts + 1 modules
var flags = __webpack_require__(3124);
;// CONCATENATED MODULE: ./src/cli/drift-command.ts
// `build-lab drift`: rebuild the commit in isolation, compare with the last record or the published image, say why it moved.






const DRIFT_USAGE = `usage: build-lab drift [<context>] [-f Dockerfile] (--against record.json|DIR | --image REF)
                       [--target T] [--build-arg K=V]... [--epoch N|commit] [--network none|host|default]
                       [--platform P[,P]] [--secret ...] [--builder NAME] [--pull] [--work-dir DIR] [--json]
  rebuilds the commit in isolation (no cache, fresh checkout) and compares the digest with the record's
  (mode: record's record.json, or its artifact directory) or the registry's image; exit 1 when it moved`;
async function driftCommand(argv, io, deps) {
    const { values, positionals } = (0,flags/* parseCommandLine */.Du)({
        args: argv,
        options: {
            ...flags/* BUILD_OPTIONS */.Y6,
            epoch: { type: 'string' },
            provenance: { type: 'boolean' },
            against: { type: 'string' },
            image: { type: 'string' },
            json: { type: 'boolean' },
            pull: { type: 'boolean' },
            format: { type: 'string' },
            'work-dir': { type: 'string' }
        }
    });
    const context = (0,flags/* optionalPositional */.HC)(positionals, 'context', DRIFT_USAGE) ?? '.';
    if ((values.against === undefined) === (values.image === undefined)) {
        throw new errors/* BuildLabError */.CG(`give one of --against record.json or --image REF\n${DRIFT_USAGE}`);
    }
    const json = values.json === true || (0,flags/* oneOf */.yL)(values.format ?? 'text', ['text', 'json'], '--format') === 'json';
    const against = values.against !== undefined
        ? { kind: 'record', path: values.against }
        : { kind: 'image', ref: values.image ?? '' };
    const outcome = await runDrift({
        context,
        ...(0,flags/* buildFlags */.Aw)(values),
        epoch: values.epoch,
        provenance: values.provenance ?? false,
        runner: runnerIdentity(process.env, ''),
        workflow: workflowIdentity(process.env),
        workspace: process.cwd(),
        maxImageBytes: 256 * 1024 * 1024,
        pull: values.pull === true,
        against,
        ...(values['work-dir'] ? { workDir: external_node_path_.resolve(values['work-dir']) } : {})
    }, deps);
    const { verdict } = outcome;
    if (json)
        io.stdout(JSON.stringify({ ...verdict, recordPath: outcome.recordPath }, null, 2) + '\n');
    else
        io.stdout(renderDriftText(verdict));
    io.stderr(`build-lab: the rebuild's record: ${outcome.recordPath}\n`);
    return verdict.drifted ? errors/* ExitCode */.yU.CheckFailed : errors/* ExitCode */.yU.Pass;
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


/***/ })

};
