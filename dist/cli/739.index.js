export const id = 739;
export const ids = [739];
export const modules = {

/***/ 8879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ platformName),
/* harmony export */   OS: () => (/* binding */ platformManifests),
/* harmony export */   PG: () => (/* binding */ layoutRoot),
/* harmony export */   jR: () => (/* binding */ parseMetadata),
/* harmony export */   kA: () => (/* binding */ INDEX_MEDIA_TYPES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6153);
// Reads the digest and platform facts out of a buildx --metadata-file and an OCI index.


const DIGEST = /^sha256:[0-9a-f]{64}$/;
function platformName(value) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return null;
    const { os, architecture, variant } = value;
    if (typeof os !== 'string' || typeof architecture !== 'string')
        return null;
    return typeof variant === 'string' && variant !== ''
        ? `${os}/${architecture}/${variant}`
        : `${os}/${architecture}`;
}
/** Parses the text of a metadata file. Throws a BuildLabError when it holds no image digest. */
function parseMetadata(text, origin = 'metadata file') {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${origin} is not valid JSON: the build may have been interrupted; run the gate again`);
    }
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${origin} is not a JSON object`);
    const digest = data['containerimage.digest'];
    if (typeof digest !== 'string' || !DIGEST.test(digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${origin} has no containerimage.digest: the builder did not export an image (check that the output is type=oci)`);
    }
    const descriptor = data['containerimage.descriptor'];
    const config = data['containerimage.config.digest'];
    return {
        digest,
        platform: (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(descriptor) ? platformName(descriptor.platform) : null,
        configDigest: typeof config === 'string' && DIGEST.test(config) ? config : null
    };
}
/**
 * The per-platform manifests of an image index (the blob that index.json of the layout points to).
 * Attestation manifests (platform unknown/unknown) are left out.
 */
function platformManifests(index) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(index) || !Array.isArray(index.manifests))
        return [];
    const out = [];
    for (const m of index.manifests) {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(m) || typeof m.digest !== 'string')
            continue;
        const platform = platformName(m.platform);
        if (platform === null || platform.startsWith('unknown/'))
            continue;
        out.push({ platform, digest: m.digest });
    }
    return out;
}
const INDEX_MEDIA_TYPES = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json'
]);
/** The descriptor of the image in an OCI layout's top-level index.json. */
function layoutRoot(indexJson) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(indexJson) || !Array.isArray(indexJson.manifests))
        return null;
    const first = indexJson.manifests[0];
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(first) || typeof first.digest !== 'string' || typeof first.mediaType !== 'string')
        return null;
    return { digest: first.digest, mediaType: first.mediaType };
}


/***/ }),

/***/ 7129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ headerOnly),
/* harmony export */   ER: () => (/* binding */ diffArchive),
/* harmony export */   Gi: () => (/* binding */ archiveCause),
/* harmony export */   Oj: () => (/* binding */ ARCHIVE_LIMITS),
/* harmony export */   U8: () => (/* binding */ looksLikeArchive),
/* harmony export */   tx: () => (/* binding */ sniffArchive)
/* harmony export */ });
/* unused harmony exports gzipHeader, readZipDirectory */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _cause_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1156);
/* harmony import */ var _layer_diff_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(336);
/* harmony import */ var _tar_stream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8025);
// Looks inside a differing archive (tar, gzip, zip/jar/whl) and names the members and header fields that differ.





const ARCHIVE_LIMITS = {
    maxBytes: 64 * 1024 * 1024,
    maxMembers: 20_000,
    maxDepth: 3,
    listed: 20
};
/** Bytes of each member kept to classify a content difference. */
const MEMBER_SAMPLE = 64 * 1024;
/** The archive format from the first bytes (and the name for tar, whose magic may be absent). */
function sniffArchive(head, path = '') {
    if (head === undefined || head.length < 4)
        return undefined;
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head[0] === 0x50 &&
        head[1] === 0x4b &&
        (head[2] === 3 || head[2] === 5) &&
        (head[3] === 4 || head[3] === 6)) {
        return 'zip';
    }
    if (head.length >= 512) {
        const magic = Buffer.from(head.buffer, head.byteOffset + 257, 5).toString('latin1');
        if (magic === 'ustar' || (/\.tar$/.test(path) && (0,_tar_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .checksumOk */ .eu)(head.subarray(0, 512))))
            return 'tar';
    }
    return undefined;
}
/** True when the name says archive, so a file too big for the first sample is worth a second read. */
function looksLikeArchive(path) {
    return /\.(tar|tgz|gz|zip|jar|war|ear|aar|whl|egg|apk|nupkg)$/i.test(path);
}
/** What differs inside two versions of an archive; undefined when the bytes are not an archive. */
async function diffArchive(a, b, path, ctx, depth = 1) {
    const limits = { ...ARCHIVE_LIMITS, ...ctx.limits };
    const fa = sniffArchive(a, path);
    const fb = sniffArchive(b, path);
    if (fa === undefined || fa !== fb)
        return undefined;
    if (a.length > limits.maxBytes || b.length > limits.maxBytes) {
        return { format: fa, header: [], members: [], truncated: 0, note: `larger than ${limits.maxBytes} bytes` };
    }
    try {
        if (fa === 'gzip')
            return await diffGzip(a, b, path, ctx, limits, depth);
        if (fa === 'zip')
            return await diffZip(a, b, ctx, limits, depth);
        return await diffTar(a, b, ctx, limits, depth);
    }
    catch (e) {
        return {
            format: fa,
            header: [],
            members: [],
            truncated: 0,
            note: `could not be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`
        };
    }
}
/** What can be said of two archives only partly read: a gzip header, or nothing. */
function headerOnly(a, b, path) {
    const format = sniffArchive(a, path);
    if (format === undefined)
        return undefined;
    const ha = gzipHeader(a);
    const hb = gzipHeader(b);
    const header = ha !== undefined && hb !== undefined ? gzipFields(ha, hb) : [];
    return {
        format,
        header,
        members: [],
        truncated: 0,
        note: `larger than ${ARCHIVE_LIMITS.maxBytes} bytes: not looked into`
    };
}
/** The RFC 1952 header fields. */
function gzipHeader(b) {
    if (b.length < 10 || b[0] !== 0x1f || b[1] !== 0x8b)
        return undefined;
    const flags = b[3];
    const buf = Buffer.from(b.buffer, b.byteOffset, b.length);
    let pos = 10;
    if (flags & 4)
        pos += 2 + (pos + 2 <= b.length ? buf.readUInt16LE(pos) : 0);
    const cstring = () => {
        const end = buf.indexOf(0, pos);
        if (end < 0 || end - pos > 4096)
            return null;
        const s = (0,_tar_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(buf.subarray(pos, end)).path;
        pos = end + 1;
        return s;
    };
    const name = flags & 8 ? cstring() : null;
    const comment = flags & 16 ? cstring() : null;
    return { mtime: buf.readUInt32LE(4), name, comment, os: b[9], xfl: b[8] };
}
const isoTime = (t) => `${new Date(t * 1000).toISOString().replace('.000Z', 'Z')} (${t})`;
function gzipFields(a, b) {
    const out = [];
    if (a.mtime !== b.mtime)
        out.push({ field: 'mtime', a: isoTime(a.mtime), b: isoTime(b.mtime) });
    if (a.name !== b.name)
        out.push({ field: 'name', a: a.name, b: b.name });
    if (a.comment !== b.comment)
        out.push({ field: 'comment', a: a.comment, b: b.comment });
    if (a.os !== b.os)
        out.push({ field: 'os', a: String(a.os), b: String(b.os) });
    if (a.xfl !== b.xfl)
        out.push({ field: 'xfl', a: String(a.xfl), b: String(b.xfl) });
    return out;
}
async function diffGzip(a, b, path, ctx, limits, depth) {
    const ha = gzipHeader(a);
    const hb = gzipHeader(b);
    const header = ha !== undefined && hb !== undefined ? gzipFields(ha, hb) : [];
    const ua = node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync(a, { maxOutputLength: limits.maxBytes });
    const ub = node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync(b, { maxOutputLength: limits.maxBytes });
    const innerPath = path.replace(/\.t?gz$/i, m => (m.toLowerCase() === '.tgz' ? '.tar' : ''));
    if (Buffer.compare(ua, ub) === 0) {
        const format = sniffArchive(ua, innerPath) === 'tar' ? 'tar.gz' : 'gzip';
        return { format, header, members: [], truncated: 0 };
    }
    const inner = depth < limits.maxDepth ? await diffArchive(ua, ub, innerPath, ctx, depth + 1) : undefined;
    if (inner !== undefined && inner.format === 'tar')
        return { ...inner, format: 'tar.gz', header };
    if (inner !== undefined) {
        const name = innerPath.slice(innerPath.lastIndexOf('/') + 1) || '(data)';
        return { format: 'gzip', header, members: nest(name, inner), truncated: inner.truncated };
    }
    const verdict = (0,_cause_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyContent */ .CQ)(head(ua), head(ub), innerPath, ctx.leaked, ctx.contextMtime);
    const member = { path: '(decompressed data)', changes: ['content'] };
    if (verdict.evidence !== undefined)
        member.evidence = `${verdict.cause}: ${verdict.evidence}`;
    return { format: 'gzip', header, members: [member], truncated: 0 };
}
/** An inner archive's members under the member that holds them ("lib/a.jar → META-INF/MANIFEST.MF"). */
function nest(name, inner) {
    const out = [];
    if (inner.header.length > 0) {
        out.push({ path: name, changes: ['content'], fields: inner.header, evidence: `${inner.format} header` });
    }
    for (const m of inner.members)
        out.push({ ...m, path: `${name} → ${m.path}` });
    if (out.length === 0)
        out.push({
            path: name,
            changes: ['content'],
            ...(inner.note !== undefined ? { evidence: inner.note } : {})
        });
    return out;
}
// ---- tar -----------------------------------------------------------------------------------------
async function* once(b) {
    for (let i = 0; i < b.length; i += 1 << 20)
        yield b.subarray(i, Math.min(b.length, i + (1 << 20)));
}
const diffTar = async (a, b, ctx, limits, depth) => {
    const nestedOk = depth < limits.maxDepth;
    const sampleBytes = nestedOk ? limits.maxBytes : MEMBER_SAMPLE;
    const rows = [];
    let note;
    const bounded = async function* (src, side) {
        let n = 0;
        for await (const e of (0,_tar_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .readTarEntries */ .ET)(src, { sampleBytes, label: `an archive in image ${side}` })) {
            if (++n > limits.maxMembers) {
                note = `more than ${limits.maxMembers} members: only the first were compared`;
                return;
            }
            yield e;
        }
    };
    const total = await (0,_layer_diff_js__WEBPACK_IMPORTED_MODULE_4__/* .compareEntryStreams */ .Re)(bounded(once(a), 'a'), bounded(once(b), 'b'), {
        pendingSampleBudget: limits.maxBytes,
        onDiff: d => {
            if (rows.length >= limits.maxMembers)
                return;
            const row = { member: toMember(d) };
            rows.push(row);
            const sa = d.a?.sample;
            const sb = d.b?.sample;
            if (!d.changes.includes('content') || sa === undefined || sb === undefined)
                return;
            const whole = sa.length === d.a?.size && sb.length === d.b?.size;
            if (nestedOk && whole && sniffArchive(sa, d.path) !== undefined) {
                row.inner = diffArchive(sa, sb, d.path, ctx, depth + 1);
                return;
            }
            const v = (0,_cause_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyContent */ .CQ)(head(sa), head(sb), d.path, ctx.leaked, ctx.contextMtime);
            row.member.evidence = v.evidence !== undefined ? `${v.cause}: ${v.evidence}` : v.cause;
        }
    });
    const members = [];
    for (const row of rows) {
        const inner = row.inner === undefined ? undefined : await row.inner;
        if (inner === undefined) {
            members.push(row.member);
            continue;
        }
        // The member's own metadata changes stay; its content change is told by what differs inside it.
        const own = row.member.changes.filter(c => c !== 'content' && c !== 'size');
        if (own.length > 0)
            members.push({ ...row.member, changes: own });
        members.push(...nest(row.member.path, inner));
    }
    return finish('tar', [], members, Math.max(total, members.length), limits, note);
};
const head = (b) => b.subarray(0, MEMBER_SAMPLE);
function toMember(d) {
    const m = { path: d.path, changes: d.changes };
    const fields = d.fields.filter(f => f.field !== 'sha256');
    if (fields.length > 0)
        m.fields = fields;
    return m;
}
const RANK = {
    content: 0,
    added: 1,
    removed: 1,
    type: 1,
    mode: 2,
    uid: 2,
    gid: 2,
    owner: 2,
    mtime: 3,
    order: 4
};
function finish(format, header, members, total, limits, note) {
    const rank = (m) => Math.min(...m.changes.map(c => RANK[c] ?? 5));
    const sorted = [...members].sort((x, y) => rank(x) - rank(y) || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
    const listed = sorted.slice(0, limits.listed);
    const out = { format, header, members: listed, truncated: Math.max(0, total - listed.length) };
    if (note !== undefined)
        out.note = note;
    return out;
}
/** Reads a zip's central directory (no zip64). Throws on a corrupt directory. */
function readZipDirectory(b, maxMembers = ARCHIVE_LIMITS.maxMembers) {
    const buf = Buffer.from(b.buffer, b.byteOffset, b.length);
    let eocd = -1;
    for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
        if (buf.readUInt32LE(p) === 0x06054b50) {
            eocd = p;
            break;
        }
    }
    if (eocd < 0)
        throw new Error('no end-of-central-directory record');
    const total = buf.readUInt16LE(eocd + 10);
    const cdOffset = buf.readUInt32LE(eocd + 16);
    if (total === 0xffff || cdOffset === 0xffffffff)
        throw new Error('zip64 archives are not read');
    const members = [];
    let pos = cdOffset;
    for (let i = 0; i < Math.min(total, maxMembers); i++) {
        if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== 0x02014b50)
            throw new Error(`bad central directory entry ${i + 1}`);
        const nameLen = buf.readUInt16LE(pos + 28);
        const extraLen = buf.readUInt16LE(pos + 30);
        const commentLen = buf.readUInt16LE(pos + 32);
        const end = pos + 46 + nameLen + extraLen + commentLen;
        if (end > buf.length)
            throw new Error(`central directory entry ${i + 1} runs past the end`);
        const t = buf.readUInt16LE(pos + 12);
        const d = buf.readUInt16LE(pos + 14);
        const two = (n) => String(n).padStart(2, '0');
        const member = {
            path: (0,_tar_stream_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(buf.subarray(pos + 46, pos + 46 + nameLen)).path,
            index: i,
            method: buf.readUInt16LE(pos + 10),
            crc: buf.readUInt32LE(pos + 16),
            compressedSize: buf.readUInt32LE(pos + 20),
            size: buf.readUInt32LE(pos + 24),
            dosTime: `${(d >> 9) + 1980}-${two((d >> 5) & 15)}-${two(d & 31)} ${two(t >> 11)}:${two((t >> 5) & 63)}:${two((t & 31) * 2)}`,
            localOffset: buf.readUInt32LE(pos + 42)
        };
        if (buf[pos + 5] === 3)
            member.mode = (buf.readUInt32LE(pos + 38) >>> 16) & 0o7777;
        let x = pos + 46 + nameLen;
        const xEnd = x + extraLen;
        while (x + 4 <= xEnd) {
            const id = buf.readUInt16LE(x);
            const size = buf.readUInt16LE(x + 2);
            if (id === 0x5455 && size >= 5 && (buf[x + 4] & 1) !== 0)
                member.mtime = buf.readUInt32LE(x + 5);
            x += 4 + size;
        }
        members.push(member);
        pos = end;
    }
    return { members, total };
}
/** A member's uncompressed bytes (stored or deflated), at most `max` of them; undefined when unreadable. */
function zipData(b, m, max) {
    const buf = Buffer.from(b.buffer, b.byteOffset, b.length);
    const p = m.localOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50)
        return undefined;
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const data = buf.subarray(start, Math.min(buf.length, start + m.compressedSize));
    if (m.method === 0)
        return data.subarray(0, max);
    if (m.method !== 8)
        return undefined;
    try {
        return node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync(data, { maxOutputLength: max });
    }
    catch {
        // A member bigger than `max` is cut: keep what the first bytes give.
        return node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync(data, { maxOutputLength: max, finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_SYNC_FLUSH });
    }
}
const diffZip = async (a, b, ctx, limits, depth) => {
    const za = readZipDirectory(a, limits.maxMembers);
    const zb = readZipDirectory(b, limits.maxMembers);
    const note = za.total > limits.maxMembers || zb.total > limits.maxMembers
        ? `more than ${limits.maxMembers} members: only the first were compared`
        : undefined;
    const byPath = new Map(zb.members.map(m => [m.path, m]));
    const members = [];
    const pairs = [];
    const changed = new Set();
    for (const ma of za.members) {
        const mb = byPath.get(ma.path);
        if (mb === undefined) {
            members.push({ path: ma.path, changes: ['removed'] });
            continue;
        }
        byPath.delete(ma.path);
        pairs.push([ma.index, mb.index, ma.path]);
        const changes = [];
        const fields = [];
        const add = (change, field, va, vb) => {
            if (!changes.includes(change))
                changes.push(change);
            fields.push({ field, a: va, b: vb });
        };
        if (ma.crc !== mb.crc || ma.size !== mb.size)
            add('content', 'crc32', ma.crc.toString(16), mb.crc.toString(16));
        if (ma.dosTime !== mb.dosTime)
            add('mtime', 'mtime', ma.dosTime, mb.dosTime);
        if (ma.mtime !== mb.mtime)
            add('mtime', 'mtime (extended)', String(ma.mtime ?? '(none)'), String(mb.mtime ?? '(none)'));
        if (ma.mode !== mb.mode)
            add('mode', 'mode', (ma.mode ?? 0).toString(8), (mb.mode ?? 0).toString(8));
        if (ma.method !== mb.method)
            add('content', 'method', String(ma.method), String(mb.method));
        if (changes.length === 0)
            continue;
        changed.add(ma.path);
        const member = { path: ma.path, changes, fields };
        if (changes.includes('content')) {
            const nestedOk = depth < limits.maxDepth;
            const cap = nestedOk ? limits.maxBytes : MEMBER_SAMPLE;
            const da = zipData(a, ma, cap);
            const db = zipData(b, mb, cap);
            if (da !== undefined && db !== undefined) {
                const inner = nestedOk && da.length === ma.size && db.length === mb.size
                    ? await diffArchive(da, db, ma.path, ctx, depth + 1)
                    : undefined;
                if (inner !== undefined) {
                    members.push(...nest(ma.path, inner));
                    continue;
                }
                const v = (0,_cause_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyContent */ .CQ)(head(da), head(db), ma.path, ctx.leaked, ctx.contextMtime);
                member.evidence = v.evidence !== undefined ? `${v.cause}: ${v.evidence}` : v.cause;
            }
        }
        members.push(member);
    }
    for (const mb of byPath.values())
        members.push({ path: mb.path, changes: ['added'] });
    for (const [ia, ib, path] of (0,_layer_diff_js__WEBPACK_IMPORTED_MODULE_4__/* .movedEntries */ .So)(pairs)) {
        if (changed.has(path)) {
            const m = members.find(x => x.path === path);
            m?.changes.push('order');
            m?.fields?.push({ field: 'position', a: String(ia), b: String(ib) });
        }
        else {
            members.push({
                path,
                changes: ['order'],
                fields: [{ field: 'position', a: String(ia), b: String(ib) }]
            });
        }
    }
    return finish('zip', [], members, members.length, limits, note);
};
/** The cause class an archive's differences point to. */
function archiveCause(g, contextMtime) {
    const kinds = new Set(g.members.flatMap(m => m.changes));
    const evidence = g.members.find(m => m.changes.includes('content') && m.evidence !== undefined)?.evidence;
    const named = evidence !== undefined ? /^([a-z-]+):/.exec(evidence)?.[1] : undefined;
    if (named !== undefined && named !== 'unknown' && isCause(named))
        return named;
    const times = [...g.header, ...g.members.flatMap(m => m.fields ?? [])].filter(f => /mtime/.test(f.field));
    if (contextMtime !== undefined &&
        times.some(f => f.b?.includes(`(${Math.floor(contextMtime)})`) ||
            f.b?.includes(new Date(contextMtime * 1000).toISOString().slice(0, 16).replace('T', ' ')))) {
        return 'checkout-mtimes';
    }
    if (kinds.has('mode') || kinds.has('uid') || kinds.has('gid') || kinds.has('owner'))
        return 'permissions';
    if (kinds.has('mtime') || times.length > 0)
        return 'timestamps';
    if (kinds.has('order'))
        return 'order';
    return undefined;
}
function isCause(s) {
    return Object.prototype.hasOwnProperty.call(_cause_js__WEBPACK_IMPORTED_MODULE_2__/* .CAUSE_HINTS */ .X3, s);
}


/***/ }),

/***/ 1156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ CAUSE_ORDER),
/* harmony export */   CQ: () => (/* binding */ classifyContent),
/* harmony export */   Ce: () => (/* binding */ classifyName),
/* harmony export */   MJ: () => (/* binding */ compressionHint),
/* harmony export */   X3: () => (/* binding */ CAUSE_HINTS),
/* harmony export */   zu: () => (/* binding */ metadataCause)
/* harmony export */ });
/* unused harmony exports differingTokens, entropy */
/** One line each: what to do about it. */
const CAUSE_HINTS = {
    timestamps: 'Only times differ: build with SOURCE_DATE_EPOCH and --output ...,rewrite-timestamp=true (BuildKit ≥ 0.13), or use tools that honour SOURCE_DATE_EPOCH.',
    clock: 'The build writes the current date or time into the file: derive it from SOURCE_DATE_EPOCH (e.g. date -d @$SOURCE_DATE_EPOCH) or drop it.',
    random: 'The file holds random bytes (ids, keys, temp names): generate them at run time, or seed them from a fixed value.',
    order: 'Entries come in a different order: sort inputs (e.g. tar --sort=name, sorted globbing) so the order is stable.',
    permissions: 'Permissions or ownership differ: set them explicitly (COPY --chmod/--chown, chmod/chown in the step), not from umask or the checkout.',
    'build-arg': 'A build argument differs between the runs and leaks into the image: pin it, or keep it out of ENV/LABEL/files.',
    env: 'An environment value differs between the runs: pin it in the Dockerfile instead of taking it from the build environment.',
    'base-image': 'The base image changed between the runs: pin FROM to a digest (image@sha256:...) so both runs start from the same layers.',
    'checkout-mtimes': 'The step records source file mtimes (ls -l, tar, zip, .pyc): normalise them in the step (find . -exec touch -d @$SOURCE_DATE_EPOCH {} +) or use tools that honour SOURCE_DATE_EPOCH.',
    leftover: "A tool's caches, logs or state are left in the image: remove them in the same step, or keep them in a cache mount (RUN --mount=type=cache,...).",
    compression: compressionHint(),
    unknown: 'The cause is not clear from the bytes: compare the two files by hand (build-lab diff shows where they are).'
};
/**
 * The fix for layers that are equal uncompressed but compressed differently. Pinning the compression
 * level does not help: BuildKit versions write different gzip bytes at the same level (measured: dockerd
 * 26.1 / BuildKit 0.13 against 28.5, at levels 6 and 9). What helps is one BuildKit version, or comparing
 * content instead of digests.
 */
function compressionHint(buildkit) {
    const a = buildkit?.a ?? null;
    const b = buildkit?.b ?? null;
    const who = a !== null && b !== null && a !== b
        ? `BuildKit ${a} (image a) and ${b} (image b) compress differently`
        : a !== null && a === b
            ? `BuildKit ${a} built both; compressed layers can also come from a cache that another BuildKit version wrote`
            : 'different BuildKit versions compress differently, and a cache written by another version carries its compressed layers';
    return `The uncompressed layers are equal (same diff_ids), only their compressed bytes differ: ${who}. Pin the BuildKit version on every runner (docker/setup-buildx-action with driver-opts: image=moby/buildkit:vX.Y.Z), or compare content instead of digests (equality: content, CLI --equality content).`;
}
/** Most useful first: causes a user can act on directly come before bulk metadata noise. */
const CAUSE_ORDER = [
    'build-arg',
    'env',
    'checkout-mtimes',
    'leftover',
    'clock',
    'random',
    'base-image',
    'permissions',
    'unknown',
    'order',
    'timestamps',
    'compression'
];
const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DAYS = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun';
const DATE_RE = new RegExp([
    '\\b(19|20)\\d\\d-[01]\\d-[0-3]\\d', // ISO date
    '\\b[0-2]?\\d:[0-5]\\d(:[0-5]\\d)?', // time of day
    `\\b(${MONTHS})\\b`,
    `\\b(${DAYS})\\b`,
    '\\b(UTC|GMT|CET|CEST|PST|PDT|EST|EDT)\\b',
    '\\b(19[7-9]\\d|20\\d\\d)\\b' // a year
].join('|'));
/** Epoch seconds or milliseconds between 2001 and 2100. */
const EPOCH_RE = /^(1\d{9}|[2-3]\d{9}|1\d{12}|[2-3]\d{12})(\.\d+)?$/;
const HEX_RE = /^[0-9a-fA-F]{8,}$/;
const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const LISTING_RE = new RegExp(`^\\s*[-dlcbps][-rwxsStT]{9}[.+@]?\\s+(\\d+\\s+)?\\S+\\s+(\\S+\\s+)?\\d+\\s+((${MONTHS})\\s+\\d+|(19|20)\\d\\d-\\d\\d-\\d\\d)`);
const TOKEN_RE = /[^\s,;"'`()[\]{}<>|=]+/g;
/** Classifies the difference between two versions of a file from the first bytes of each. */
function classifyContent(a, b, path, leaked, contextMtime) {
    if (a === undefined || b === undefined) {
        const one = a ?? b;
        if (one === undefined)
            return { cause: 'unknown' };
        return classifyName(path);
    }
    if (isText(a) && isText(b))
        return classifyText(toText(a), toText(b), leaked, contextMtime);
    return classifyBinary(a, b, path, leaked);
}
/** Classifies an added or removed entry by its name (random temp names, dated names). */
function classifyName(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (DATE_RE.test(base) || EPOCH_RE.test(base))
        return { cause: 'clock', evidence: base };
    const tokens = base.split(/[._-]/);
    if (tokens.some(t => HEX_RE.test(t) || looksRandom(t)) || UUID_RE.test(base)) {
        return { cause: 'random', evidence: base };
    }
    return { cause: 'unknown' };
}
/** The cause of a metadata-only change set (no content involved). */
function metadataCause(changes) {
    if (changes.some(c => c === 'mode' || c === 'uid' || c === 'gid' || c === 'owner' || c === 'xattrs')) {
        return 'permissions';
    }
    if (changes.some(c => c === 'mtime' || c === 'atime' || c === 'ctime'))
        return 'timestamps';
    if (changes.includes('order'))
        return 'order';
    return 'unknown';
}
function isText(b) {
    const n = Math.min(b.length, 8192);
    let odd = 0;
    for (let i = 0; i < n; i++) {
        const c = b[i];
        if (c === 0)
            return false;
        if (c < 0x09 || (c > 0x0d && c < 0x20) || c === 0x7f)
            odd++;
    }
    if (odd > n / 100)
        return false;
    // Random bytes often hold no control character at all, but they are almost never valid UTF-8.
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, n), { stream: true });
        return true;
    }
    catch {
        return false;
    }
}
function toText(b) {
    return Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8');
}
/** The differing token runs of each differing line pair, after trimming common prefix and suffix. */
function differingTokens(a, b, limit = 200) {
    const la = a.split('\n');
    const lb = b.split('\n');
    let start = 0;
    while (start < la.length && start < lb.length && la[start] === lb[start])
        start++;
    let endA = la.length;
    let endB = lb.length;
    while (endA > start && endB > start && la[endA - 1] === lb[endB - 1]) {
        endA--;
        endB--;
    }
    const pairs = [];
    const n = Math.max(endA - start, endB - start);
    for (let k = 0; k < n && pairs.length < limit; k++) {
        const lineA = la[start + k] ?? '';
        const lineB = lb[start + k] ?? '';
        if (lineA === lineB)
            continue;
        const ta = lineA.match(TOKEN_RE) ?? [];
        const tb = lineB.match(TOKEN_RE) ?? [];
        let p = 0;
        while (p < ta.length && p < tb.length && ta[p] === tb[p])
            p++;
        let qa = ta.length;
        let qb = tb.length;
        while (qa > p && qb > p && ta[qa - 1] === tb[qb - 1]) {
            qa--;
            qb--;
        }
        pairs.push({ a: ta.slice(p, qa).join(' '), b: tb.slice(p, qb).join(' '), lineA, lineB });
    }
    return pairs;
}
function classifyText(a, b, leaked, contextMtime) {
    const pairs = differingTokens(a, b);
    if (pairs.length === 0)
        return { cause: 'unknown', evidence: 'the first bytes are equal; the rest differs' };
    const evidence = (p) => `${clip(p.a)} → ${clip(p.b)}`;
    for (const p of pairs) {
        for (const [kind, values] of [
            ['build-arg', leaked.args],
            ['env', leaked.env]
        ]) {
            const v = values.find(x => hasWord(p.a, x.a) && hasWord(p.b, x.b));
            if (v !== undefined)
                return { cause: kind, evidence: `${kind} ${v.name}: ${evidence(p)}` };
        }
    }
    const listing = pairs.find(p => (LISTING_RE.test(p.lineA) || LISTING_RE.test(p.lineB)) && (isDateLike(p.a) || isDateLike(p.b)));
    if (listing !== undefined)
        return { cause: 'checkout-mtimes', evidence: evidence(listing) };
    if (contextMtime !== undefined) {
        const marks = mtimeMarks(contextMtime);
        const hit = pairs.find(p => marks.some(m => p.b.includes(m)));
        if (hit !== undefined)
            return { cause: 'checkout-mtimes', evidence: evidence(hit) };
    }
    const dated = pairs.find(p => isDateLike(p.a) || isDateLike(p.b));
    if (dated !== undefined)
        return { cause: 'clock', evidence: evidence(dated) };
    const random = pairs.find(p => isRandomLike(p.a) || isRandomLike(p.b));
    if (random !== undefined)
        return { cause: 'random', evidence: evidence(random) };
    return { cause: 'unknown', evidence: evidence(pairs[0]) };
}
/** True when `value` appears in `s` as whole words (so "1" is not found in "15:37:41"). */
function hasWord(s, value) {
    if (value.trim() === '')
        return false;
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^A-Za-z0-9_])${escaped}($|[^A-Za-z0-9_])`).test(s);
}
function isDateLike(s) {
    if (s === '')
        return false;
    return DATE_RE.test(s) || s.split(' ').some(t => EPOCH_RE.test(t));
}
function isRandomLike(s) {
    if (s === '')
        return false;
    if (UUID_RE.test(s))
        return true;
    if (/^[0-9a-fA-F]{16,}$/.test(s.replace(/\s+/g, '')))
        return true;
    return s.split(' ').some(t => HEX_RE.test(t) || looksRandom(t) || /^\d{3,}$/.test(t));
}
/** A token of 12+ characters with mixed classes and many distinct characters, like base64 or a key. */
function looksRandom(t) {
    if (t.length < 12)
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /\d/].filter(r => r.test(t)).length;
    return classes >= 2 && entropy(Buffer.from(t)) >= 3.3;
}
/** Strings under which a tool would print the context mtime (epoch, ISO date and ls time). */
function mtimeMarks(epoch) {
    const d = new Date(epoch * 1000);
    const iso = d.toISOString();
    const month = d.toUTCString().slice(8, 11);
    return [String(Math.floor(epoch)), iso.slice(0, 16).replace('T', ' '), `${month} ${d.getUTCDate()}`];
}
/** Shannon entropy in bits per byte. */
function entropy(bytes) {
    if (bytes.length === 0)
        return 0;
    const counts = new Array(256).fill(0);
    for (const c of bytes)
        counts[c]++;
    let h = 0;
    for (const n of counts) {
        if (n === 0)
            continue;
        const p = n / bytes.length;
        h -= p * Math.log2(p);
    }
    return h;
}
function classifyBinary(a, b, path, leaked) {
    // Regions that differ at the same offsets; a length change counts as one region at the end.
    const diffA = [];
    const diffB = [];
    let first = -1;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        if (a[i] !== b[i]) {
            if (first < 0)
                first = i;
            if (diffB.length < 4096) {
                diffA.push(a[i]);
                diffB.push(b[i]);
            }
        }
    }
    if (first < 0)
        first = n;
    const where = `bytes differ from offset ${first}`;
    // Python bytecode keeps the source mtime at offset 8; zip entries keep DOS times at 10..13.
    if (/\.pyc$/.test(path) && first >= 8 && first < 12)
        return { cause: 'checkout-mtimes', evidence: where };
    if (/\.(zip|jar|war|whl|apk)$/.test(path))
        return { cause: 'checkout-mtimes', evidence: where };
    if (first >= 4 && first < 8 && a[0] === 0x1f && a[1] === 0x8b) {
        return { cause: 'clock', evidence: `gzip header time: ${where}` };
    }
    const textA = Buffer.from(diffA).toString('latin1');
    const textB = Buffer.from(diffB).toString('latin1');
    for (const v of leaked.args) {
        if (v.a.length >= 4 && v.b.length >= 4 && Buffer.from(b).includes(v.b) && Buffer.from(a).includes(v.a)) {
            return { cause: 'build-arg', evidence: `build arg ${v.name}` };
        }
    }
    if (epochInBytes(a, b, first))
        return { cause: 'clock', evidence: `${where} (a time stamp)` };
    if (isDateLike(textA) && isDateLike(textB))
        return { cause: 'clock', evidence: where };
    if (diffB.length >= 8 && entropy(Buffer.from(diffB)) >= Math.min(5, Math.log2(diffB.length) - 1)) {
        return { cause: 'random', evidence: `${where}, high entropy` };
    }
    return { cause: 'unknown', evidence: where };
}
/**
 * True when a 32-bit little- or big-endian word around `at` reads as a clock read twice: run 2's value
 * is a plausible time a little later than run 1's (or replaces a zero). Three quarters of all 32-bit
 * values lie between 2000 and 2100, so the window, not the range, is what tells a clock from noise.
 */
function epochInBytes(a, b, at) {
    const lo = 946684800; // 2000-01-01
    const hi = 4102444800; // 2100-01-01
    const window = 7 * 86_400;
    for (let off = Math.max(0, at - 3); off <= at && off + 4 <= Math.min(a.length, b.length); off++) {
        const va = Buffer.from(a.buffer, a.byteOffset + off, 4);
        const vb = Buffer.from(b.buffer, b.byteOffset + off, 4);
        for (const read of ['readUInt32LE', 'readUInt32BE']) {
            const x = va[read](0);
            const y = vb[read](0);
            const later = x >= lo && y > x && y - x <= window;
            if (y >= lo && y < hi && (later || x === 0))
                return true;
        }
    }
    return false;
}
function clip(s) {
    const t = s === '' ? '(nothing)' : s;
    return JSON.stringify(t.length > 60 ? `${t.slice(0, 57)}...` : t);
}


/***/ }),

/***/ 1515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yu: () => (/* binding */ FindingSet),
  xt: () => (/* binding */ isGenericFinding)
});

// UNUSED EXPORTS: compareFindings

// EXTERNAL MODULE: ./src/core/diff/archive-diff.ts
var archive_diff = __webpack_require__(7129);
// EXTERNAL MODULE: ./src/core/diff/cause.ts
var diff_cause = __webpack_require__(1156);
;// CONCATENATED MODULE: ./src/core/diff/catalogue.ts
// The catalogue of known nondeterminism sources: which tool owns a differing file, why it differs, and the fix.

const q = (s) => `\`${s}\``;
function removeCommand(ctx, paths) {
    return `&& rm -rf ${[...new Set([...paths, ...ctx.remove])].join(' ')}`;
}
/** "append `&& rm -rf X` to Dockerfile:2" */
function appendRemove(ctx, paths) {
    return `append ${q(removeCommand(ctx, paths))} to ${ctx.where}`;
}
const appendEdit = (paths) => (ctx) => ({ kind: 'append', text: removeCommand(ctx, paths(ctx)) });
const mountEdit = (target) => (ctx) => ({
    kind: 'replace',
    pattern: /^(\s*RUN)\s+/i,
    with: `$1 --mount=type=cache,target=${target(ctx)} `
});
const ARG_EDIT = () => ({ kind: 'before', text: 'ARG SOURCE_DATE_EPOCH' });
/** The instruction with a cache mount added after RUN, or a generic form when the step is not a RUN. */
function withCacheMount(ctx, target, fallback) {
    const m = /^RUN\s+(.*)$/s.exec(ctx.instruction ?? '');
    const rest = m !== null ? m[1] : fallback;
    return q(`RUN --mount=type=cache,target=${target} ${rest}`);
}
function isAddedOrRemoved(c) {
    return c.changes.includes('added') || c.changes.includes('removed');
}
const catalogue_text = (b) => b === undefined ? '' : Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 65536)).toString('latin1');
/**
 * A file in one run's COPY layer only. A name that reads as random or dated, or a COPY --from a
 * stage, points to the source producing other files, not to the layering.
 */
function copiedAgain(c) {
    const instruction = c.instruction ?? '';
    if (!isAddedOrRemoved(c) || !/^(COPY|ADD)\s/i.test(instruction))
        return undefined;
    if (/\s--(link|from)\b/.test(instruction) || c.cause === 'random' || c.cause === 'clock')
        return undefined;
    const keyword = instruction.split(' ')[0].toUpperCase();
    return `only in the ${c.changes.includes('added') ? 'clean' : 'warm'} build's ${keyword} layer`;
}
/** The shadow(5) line whose third field (days since 1970 of the last password change) differs. */
function shadowDays(c) {
    const days = (s) => new Map(s
        .split('\n')
        .map(l => l.split(':'))
        .filter(f => f.length >= 3)
        .map(f => [f[0], f[2]]));
    const a = days(catalogue_text(c.a));
    const b = days(catalogue_text(c.b));
    for (const [user, d] of b) {
        const before = a.get(user);
        if (before !== undefined && before !== d && /^\d*$/.test(d) && /^\d*$/.test(before)) {
            return `${user}: last change day ${before || '(empty)'} → ${d || '(empty)'}`;
        }
    }
    return undefined;
}
/** A Go binary: an ELF whose notes hold the Go build ID, or whose first bytes hold the build info magic. */
function goBinary(c) {
    const b = c.b ?? c.a;
    if (b === undefined || b.length < 64 || b[0] !== 0x7f || b[1] !== 0x45 || b[2] !== 0x4c || b[3] !== 0x46) {
        return undefined;
    }
    const s = catalogue_text(b);
    // The ELF note Go writes first: namesz 4, any descsz, type 4, name "Go\0\0"; or the build info magic.
    if (GO_NOTE.test(s) || s.includes('\xff Go buildinf:')) {
        const vcs = /vcs\.(revision|time|modified)=[^\n\0]*/.exec(s);
        return vcs !== null ? `Go binary (${vcs[0]})` : 'Go binary: its build ID differs';
    }
    return undefined;
}
// eslint-disable-next-line no-control-regex -- the note header is binary
const GO_NOTE = /\x04\x00\x00\x00[\s\S]\x00\x00\x00\x04\x00\x00\x00Go\x00\x00/;
/** A content-hashed bundle name (main.3f9a1c2b.js) on one side only. */
function hashedAsset(c) {
    if (!isAddedOrRemoved(c))
        return undefined;
    const m = /(?:^|\/)[^/]+[.-]([0-9a-f]{8,}|[A-Za-z0-9_-]{8,}(?=\.))\.(m?js|cjs|css)(\.map)?$/.exec(c.path);
    if (m === null || !/\d/.test(m[1]))
        return undefined;
    return `content-hashed name ${m[1]}`;
}
function pycHeader(c) {
    const a = c.a;
    const b = c.b;
    if (a === undefined || b === undefined || a.length < 16 || b.length < 16)
        return undefined;
    if (a[2] !== 0x0d || a[3] !== 0x0a)
        return undefined;
    const flags = Buffer.from(b.buffer, b.byteOffset + 4, 4).readUInt32LE(0);
    if (flags !== 0)
        return `hash-based .pyc (flags ${flags}) whose bytes differ`;
    const ta = Buffer.from(a.buffer, a.byteOffset + 8, 4).readUInt32LE(0);
    const tb = Buffer.from(b.buffer, b.byteOffset + 8, 4).readUInt32LE(0);
    if (ta === tb)
        return undefined;
    const iso = (t) => new Date(t * 1000).toISOString().replace('.000Z', 'Z');
    return `source mtime in the .pyc header ${iso(ta)} → ${iso(tb)}`;
}
function gzipHeader(c) {
    const g = c.archive;
    if (g === undefined || (g.format !== 'gzip' && g.format !== 'tar.gz'))
        return undefined;
    if (g.header.length === 0)
        return undefined;
    if (g.members.length > 0 && g.format === 'tar.gz')
        return undefined;
    return g.header.map(f => `${f.field} ${f.a ?? '(none)'} → ${f.b ?? '(none)'}`).join('; ');
}
function archiveMembers(formats) {
    return c => {
        const g = c.archive;
        if (g === undefined || !formats.includes(g.format) || g.members.length === 0)
            return undefined;
        return summarizeMembers(g);
    };
}
/** "app/VERSION: mtime; app/run.sh: mtime, order" for the first few members. */
function summarizeMembers(g, max = 3) {
    const shown = g.members.slice(0, max).map(m => `${m.path}: ${m.changes.join(', ')}`);
    const rest = g.members.length + g.truncated - shown.length;
    return `${shown.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}
const APT_REMOVE = [
    '/var/lib/apt/lists/*',
    '/var/cache/apt/*.bin',
    '/var/cache/apt/archives/*.deb',
    '/var/log/apt',
    '/var/log/dpkg.log',
    '/var/log/alternatives.log',
    '/var/cache/debconf/*-old',
    '/var/lib/dpkg/*-old'
];
const TAR_FLAGS = '--sort=name --mtime=@$SOURCE_DATE_EPOCH --owner=0 --group=0 --numeric-owner';
/** Specific entries, tried in order; the generic classes come after them. */
const CATALOGUE = [
    {
        id: 'apt-state',
        edit: appendEdit(() => APT_REMOVE),
        owner: 'apt',
        title: "apt's package lists, caches and logs are left in the image",
        cause: 'leftover',
        explanation: 'apt-get update writes the package lists and binary caches (pkgcache.bin, srcpkgcache.bin) with the download time inside; apt and dpkg append to logs with the time of each action; debconf and dpkg keep -old backups. All of it changes on every build and none of it is needed at run time.',
        paths: [
            /^(var\/lib\/apt)\/lists(\/|$)/,
            /^(var\/cache\/apt)(\/|$)/,
            /^(var\/log\/apt)(\/|$)/,
            /^var\/log\/(dpkg|alternatives)\.log$/,
            /^var\/cache\/debconf\/[^/]+-old$/,
            /^var\/lib\/dpkg\/[^/]+-old$/,
            /^var\/lib\/apt\/(extended_states|periodic)/
        ],
        weights: [
            [/^var\/log\/apt\/history\.log$/, 0],
            [/^var\/log\/dpkg\.log$/, 0],
            [/^var\/log\//, 1],
            [/^var\/cache\/apt\/[^/]+\.bin$/, 1],
            [/^var\/lib\/apt\/lists\//, 3],
            [/^var\/cache\/apt\/archives\//, 3]
        ],
        fix: ctx => `${appendRemove(ctx, APT_REMOVE)} (the same RUN as apt-get), or keep them out of the layer with cache mounts: ${q('RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt/lists,sharing=locked ...')}`
    },
    {
        id: 'ldconfig-aux-cache',
        edit: appendEdit(() => ['/var/cache/ldconfig/aux-cache']),
        owner: 'ldconfig',
        title: "ldconfig's auxiliary cache is left in the image",
        cause: 'leftover',
        explanation: 'ldconfig (run by dpkg triggers after installing libraries) keeps /var/cache/ldconfig/aux-cache with the inode numbers, sizes and times of every library it scanned; they differ from build to build. The loader never reads it.',
        paths: [/^(var\/cache\/ldconfig)\/aux-cache$/],
        remove: ['/var/cache/ldconfig/aux-cache'],
        joins: 'apt-state',
        fix: ctx => appendRemove(ctx, ['/var/cache/ldconfig/aux-cache'])
    },
    {
        id: 'man-db-cache',
        edit: appendEdit(() => ['/var/cache/man']),
        owner: 'man-db',
        title: "man-db's index caches are left in the image",
        cause: 'leftover',
        explanation: "man-db's dpkg trigger rebuilds /var/cache/man/**/index.db after each install; the databases hold times and come out in a different order each time.",
        paths: [/^(var\/cache\/man)(\/|$)/],
        remove: ['/var/cache/man'],
        joins: 'apt-state',
        fix: ctx => `${appendRemove(ctx, ['/var/cache/man'])}, or stop the trigger before installing: ${q("echo 'man-db man-db/auto-update boolean false' | debconf-set-selections")}`
    },
    {
        id: 'fontconfig-cache',
        edit: appendEdit(() => ['/var/cache/fontconfig/*']),
        owner: 'fontconfig',
        title: "fontconfig's font caches are left in the image",
        cause: 'leftover',
        explanation: 'fc-cache (run when font packages are installed) writes one cache file per font directory, named from a hash and holding the directory mtime; both differ between builds.',
        paths: [/^(var\/cache\/fontconfig)(\/|$)/, /^(root\/\.cache\/fontconfig)(\/|$)/],
        remove: ['/var/cache/fontconfig/*'],
        joins: 'apt-state',
        fix: ctx => `${appendRemove(ctx, ['/var/cache/fontconfig/*'])}; fontconfig rebuilds the cache at run time when it is missing`
    },
    {
        id: 'npm-cache',
        edit: mountEdit(ctx => `/${ctx.prefix ?? 'root/.npm'}`),
        owner: 'npm',
        title: "npm's cache and logs are left in the image",
        cause: 'leftover',
        explanation: 'npm keeps a content-addressed cache (_cacache, whose index entries carry the fetch time) and a debug log per run named after the start time (_logs/<time>-debug-0.log) in the home directory. They change on every build.',
        paths: [
            /^((?:root|home\/[^/]+)\/\.npm)(\/|$)/,
            /^(usr\/local\/share\/\.npm|tmp\/\.npm)(\/|$)/,
            /^((?:root|home\/[^/]+)\/\.config\/configstore)\/update-notifier-npm/
        ],
        weights: [
            [/\/_logs\/[^/]*debug[^/]*\.log$/, 0],
            [/\/_update-notifier-last-checked$/, 1],
            [/\/_cacache\/index-v5\//, 3],
            [/\/_cacache\//, 4]
        ],
        fix: ctx => {
            const dir = `/${ctx.prefix ?? 'root/.npm'}`;
            return `use ${withCacheMount(ctx, dir, 'npm ci')} at ${ctx.where}, or ${appendRemove(ctx, [`${dir}/_cacache`, `${dir}/_logs`])} (npm cache clean --force leaves the logs)`;
        }
    },
    {
        id: 'yarn-cache',
        edit: mountEdit(ctx => `/${ctx.prefix ?? 'usr/local/share/.cache/yarn'}`),
        owner: 'yarn',
        title: "yarn's cache is left in the image",
        cause: 'leftover',
        explanation: 'yarn v1 keeps every downloaded package in a global cache (/usr/local/share/.cache/yarn for root) with metadata files that carry times; yarn berry keeps a cache and an install state. They change on every build.',
        paths: [
            /^(usr\/local\/share\/\.cache\/yarn)(\/|$)/,
            /^((?:root|home\/[^/]+)\/\.cache\/yarn)(\/|$)/,
            /^((?:root|home\/[^/]+)\/\.yarn\/berry)(\/|$)/,
            /^((?:[^/]+\/)*\.yarn\/cache)(\/|$)/,
            /(?:^|\/)(\.yarn)\/install-state\.gz$/,
            /(?:^|\/)()yarn-error\.log$/
        ],
        weights: [
            [/yarn-error\.log$/, 0],
            [/install-state\.gz$/, 1]
        ],
        fix: ctx => {
            const dir = `/${ctx.prefix ?? 'usr/local/share/.cache/yarn'}`;
            return `use ${withCacheMount(ctx, dir, 'yarn install --frozen-lockfile')} at ${ctx.where}, or append ${q('&& yarn cache clean')} to ${ctx.where}`;
        }
    },
    {
        id: 'pnpm-store',
        edit: mountEdit(() => '/root/.local/share/pnpm/store'),
        owner: 'pnpm',
        title: "pnpm's store and state are left in the image",
        cause: 'leftover',
        explanation: 'pnpm keeps its content-addressable store and metadata cache in the home directory, and writes the install time (prunedAt) into node_modules/.modules.yaml. They change on every build.',
        paths: [
            /^((?:root|home\/[^/]+)\/\.local\/share\/pnpm)(\/|$)/,
            /^((?:root|home\/[^/]+)\/\.cache\/pnpm)(\/|$)/,
            /^((?:[^/]+\/)*\.pnpm-store)(\/|$)/,
            /(?:^|\/)(node_modules)\/\.modules\.yaml$/
        ],
        weights: [[/\.modules\.yaml$/, 0]],
        fix: ctx => `use ${withCacheMount(ctx, '/root/.local/share/pnpm/store', 'pnpm install --frozen-lockfile')} at ${ctx.where} (and ${q('--mount=type=cache,target=/root/.cache/pnpm')}), or append ${q('&& pnpm store prune && rm -rf /root/.cache/pnpm')} to ${ctx.where}`
    },
    {
        id: 'pip-cache',
        edit: mountEdit(() => '/root/.cache/pip'),
        owner: 'pip',
        title: "pip's download and wheel cache is left in the image",
        cause: 'leftover',
        explanation: 'pip caches HTTP responses and built wheels under ~/.cache/pip; the entries are named by hashes and hold fetch times, so they change on every build.',
        paths: [/^((?:root|home\/[^/]+)\/\.cache\/pip)(\/|$)/],
        weights: [[/\/selfcheck/, 0]],
        fix: ctx => `pass ${q('--no-cache-dir')} to pip in ${ctx.where}, or use ${withCacheMount(ctx, '/root/.cache/pip', 'pip install ...')}`
    },
    {
        id: 'python-pyc',
        edit: ARG_EDIT,
        owner: 'python',
        title: 'Python bytecode records the source mtime',
        cause: 'checkout-mtimes',
        explanation: 'A timestamp-based .pyc stores the mtime and size of its .py in its header (bytes 8-15). The mtime comes from the checkout or from the time the file was written, so it differs between builds. With SOURCE_DATE_EPOCH set, py_compile and compileall (Python ≥ 3.7) write checked-hash .pyc files instead, which hold a hash of the source.',
        paths: [/(?:^|\/)()[^/]+\.pyc$/],
        signature: pycHeader,
        both: true,
        fix: ctx => `declare ${q('ARG SOURCE_DATE_EPOCH')} before ${ctx.where} so Python writes checked-hash .pyc files, or compile with ${q('python3 -m compileall --invalidation-mode checked-hash ...')}, or don't ship bytecode (${q('PYTHONDONTWRITEBYTECODE=1')}, pip ${q('--no-compile')})`
    },
    {
        id: 'gzip-header',
        edit: () => ({ kind: 'replace', pattern: /\bgzip\b(?![.-])(?!\s+-n\b)/, with: 'gzip -n' }),
        owner: 'gzip',
        title: 'the gzip header stores the input file name and mtime',
        cause: null,
        explanation: "gzip writes the original file name and its mtime (or the current time, for a stream) into the header's MTIME and FNAME fields. The compressed data can be identical while the header differs.",
        signature: gzipHeader,
        fix: ctx => `use ${q('gzip -n')} (no name, no time in the header) in ${ctx.where}; in Python, ${q('gzip.GzipFile(..., mtime=0)')}`
    },
    {
        id: 'tar-members',
        edit: () => ({ kind: 'replace', pattern: /\btar\s+(?=-)/, with: `tar ${TAR_FLAGS} ` }),
        owner: 'tar',
        title: 'a tar archive records member times, order and owners',
        cause: null,
        explanation: "tar stores each member's mtime, owner and mode, in the order readdir returned them. The member times come from the checkout or the build, and the order from the filesystem.",
        signature: archiveMembers(['tar', 'tar.gz']),
        fix: ctx => `create it with ${q(`tar ${TAR_FLAGS}`)} in ${ctx.where}`
    },
    {
        id: 'jar-members',
        owner: 'jar',
        title: 'a jar records member times and order',
        cause: null,
        explanation: 'A jar is a zip: each member keeps its time, and META-INF/MANIFEST.MF or pom.properties often carry the build time.',
        paths: [/(?:^|\/)()[^/]+\.(jar|war|ear|aar)$/],
        signature: archiveMembers(['zip']),
        both: true,
        fix: ctx => `make the build tool write fixed times in ${ctx.where}: Maven ${q('-Dproject.build.outputTimestamp=$SOURCE_DATE_EPOCH')}, Gradle ${q('preserveFileTimestamps = false; reproducibleFileOrder = true')}, or ${q('jar --date=...')} (JDK ≥ 17)`
    },
    {
        id: 'wheel-members',
        edit: ARG_EDIT,
        owner: 'wheel',
        title: 'a Python wheel records member times',
        cause: null,
        explanation: 'A wheel is a zip; bdist_wheel stamps each member with its mtime unless SOURCE_DATE_EPOCH is set.',
        paths: [/(?:^|\/)()[^/]+\.whl$/],
        signature: archiveMembers(['zip']),
        both: true,
        fix: ctx => `declare ${q('ARG SOURCE_DATE_EPOCH')} before ${ctx.where} so the wheel build uses it for member times`
    },
    {
        id: 'zip-members',
        owner: 'zip',
        title: 'a zip archive records member times and order',
        cause: null,
        explanation: "zip stores each member's DOS time (and often an extended Unix time) and keeps the members in the order they were added; both differ when the inputs' mtimes or the directory order differ.",
        signature: archiveMembers(['zip']),
        fix: ctx => `normalise the inputs and the order in ${ctx.where}: ${q('find . -exec touch -d @$SOURCE_DATE_EPOCH {} + && find . -print | LC_ALL=C sort | zip -X -@ out.zip')}, or run strip-nondeterminism on the result`
    },
    {
        id: 'tempdir',
        edit: appendEdit(ctx => [...new Set(ctx.paths.map(tempGlob))].slice(0, 4)),
        owner: 'tempdir',
        title: 'temporary files with random names are left in the image',
        cause: 'random',
        explanation: 'mktemp and most tools name temp files and directories with random characters (tmp.XXXXXXXXXX, build.XXXXXX). Left in the image, they differ on every build.',
        paths: [/^((?:var\/)?tmp)\/./],
        weights: [[/^(var\/)?tmp\/[^/]+$/, 0]],
        fix: ctx => {
            const globs = [...new Set(ctx.paths.map(tempGlob))].slice(0, 4);
            return `remove them in the same RUN: ${appendRemove({ ...ctx, remove: [] }, globs)} (or ${q('trap \'rm -rf "$dir"\' EXIT')} in a script)`;
        }
    },
    {
        id: 'go-build',
        edit: ctx => /-ldflags/.test(ctx.instruction ?? '')
            ? undefined
            : {
                kind: 'replace',
                pattern: /\bgo build\b/,
                with: 'go build -trimpath -buildvcs=false -ldflags=-buildid='
            },
        owner: 'go',
        title: 'a Go binary embeds VCS stamps and build paths',
        cause: null,
        explanation: 'go build stamps the binary with the VCS state (vcs.revision, vcs.time, vcs.modified: a checkout without .git or with other mtimes reads as modified) and the absolute build paths; the build ID changes with them.',
        signature: goBinary,
        fix: ctx => `build with ${q('go build -trimpath -buildvcs=false -ldflags=-buildid=')} in ${ctx.where} (or set ${q('GOFLAGS="-trimpath -buildvcs=false"')})`
    },
    {
        id: 'go-cache',
        edit: mountEdit(ctx => `/${ctx.prefix ?? 'root/.cache/go-build'}`),
        owner: 'go',
        title: "Go's build and module caches are left in the image",
        cause: 'leftover',
        explanation: 'go build and go mod download fill GOCACHE (~/.cache/go-build, with a trim.txt holding the time) and GOMODCACHE (/go/pkg/mod); both change between builds.',
        paths: [/^((?:root|home\/[^/]+)\/\.cache\/go-build)(\/|$)/, /^((?:go|root\/go)\/pkg\/mod)(\/|$)/],
        weights: [[/trim\.txt$/, 0]],
        fix: ctx => `use ${withCacheMount(ctx, `/${ctx.prefix ?? 'root/.cache/go-build'}`, 'go build ...')} at ${ctx.where}, or append ${q('&& go clean -cache -modcache')} to ${ctx.where}`
    },
    {
        id: 'js-bundle-date',
        edit: ARG_EDIT,
        owner: 'js-bundle',
        title: 'a JavaScript bundle embeds the build date',
        cause: 'clock',
        explanation: 'The bundler config or a plugin writes new Date() or Date.now() into the bundle (a banner, a define like __BUILD_TIME__, a version file), and content-hashed file names change with it.',
        paths: [/(?:^|\/)()[^/]+\.(m?js|cjs|css|html)(\.map)?$/],
        signature: c => (c.cause === 'clock' ? 'a date in the bundle' : hashedAsset(c)),
        both: true,
        weights: [[/\.(m?js|cjs)$/, 0]],
        fix: ctx => `take the date from SOURCE_DATE_EPOCH in the bundler config (${q('new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)')}) and declare ${q('ARG SOURCE_DATE_EPOCH')} before ${ctx.where}`
    },
    {
        id: 'shadow-lastchg',
        edit: ARG_EDIT,
        owner: 'shadow',
        title: '/etc/shadow records the day each password was last changed',
        cause: 'clock',
        explanation: "useradd, adduser, passwd and chpasswd write today's day number (days since 1970) into the third field of /etc/shadow; builds on different days differ.",
        paths: [/^(etc)\/g?shadow-?$/],
        signature: shadowDays,
        fix: ctx => `declare ${q('ARG SOURCE_DATE_EPOCH')} before ${ctx.where} (shadow ≥ 4.6 takes the day from it), or pin the field in the same RUN: ${q("&& sed -i -E 's/^([^:]*:[^:]*):[0-9]+:/\\1:0:/' /etc/shadow && rm -f /etc/shadow-")}`
    },
    {
        id: 'machine-id',
        edit: () => ({ kind: 'append', text: '&& : > /etc/machine-id && rm -f /var/lib/dbus/machine-id' }),
        owner: 'machine-id',
        title: 'a machine id was generated at build time',
        cause: 'random',
        explanation: 'Installing systemd or dbus generates /etc/machine-id (and /var/lib/dbus/machine-id): 128 random bits that should be unique per running system, not baked into an image.',
        paths: [/^(etc)\/machine-id$/, /^(var\/lib\/dbus)\/machine-id$/],
        fix: ctx => `empty it in the same RUN: append ${q('&& : > /etc/machine-id && rm -f /var/lib/dbus/machine-id')} to ${ctx.where} (systemd fills it at boot)`
    },
    {
        id: 'ssh-host-keys',
        edit: () => ({ kind: 'append', text: '&& rm -f /etc/ssh/ssh_host_*' }),
        owner: 'ssh',
        title: 'SSH host keys were generated at build time',
        cause: 'random',
        explanation: 'Installing openssh-server generates host keys. They are random on every build, and every container of the image would share the same private key.',
        paths: [/^(etc\/ssh)\/ssh_host_[^/]*key(\.pub)?$/],
        fix: ctx => `append ${q('&& rm -f /etc/ssh/ssh_host_*')} to ${ctx.where} and generate keys when the container starts (${q('ssh-keygen -A')} in the entrypoint)`
    },
    {
        id: 'log-files',
        edit: appendEdit(ctx => ctx.paths.slice(0, 4).map(p => `/${p}`)),
        owner: 'logs',
        title: 'log files written during the build are left in the image',
        cause: 'leftover',
        explanation: 'Logs carry the time of each line, and login records (lastlog, faillog, wtmp) change with every useradd.',
        paths: [/^(var\/log)\/./],
        weights: [[/\.log$/, 0]],
        fix: ctx => appendRemove(ctx, ctx.paths.slice(0, 4).map(p => `/${p}`))
    },
    {
        id: 'copy-over-cache',
        edit: () => ({ kind: 'replace', pattern: /^(\s*(?:COPY|ADD))\s+/i, with: '$1 --link ' }),
        owner: 'buildkit',
        title: 'COPY re-adds files that a cached lower layer already holds',
        cause: 'checkout-mtimes',
        explanation: "A COPY layer holds what differs from the layers below. When a lower layer was reused from the cache, built from a checkout with other mtimes, the COPY sees those files as changed and adds them again; a clean build's layer does not. The files are the same, the layers are not.",
        signature: copiedAgain,
        fix: ctx => {
            const m = /^(COPY|ADD)\s+(.*)$/is.exec(ctx.instruction ?? '');
            const linked = m !== null ? q(`${m[1].toUpperCase()} --link ${m[2]}`) : q('COPY --link ...');
            return `use ${linked} at ${ctx.where}: a linked layer does not depend on the layers below, so files they hold are not copied again`;
        }
    }
];
/** "tmp/build.Ab12Cd/out" → "/tmp/build.*": the random part of a temp name as a glob. */
function tempGlob(path) {
    const m = /^((?:var\/)?tmp)\/([^/]+)/.exec(path);
    if (m === null)
        return `/${path}`;
    const name = m[2];
    const dot = /^(.*?[._-])([A-Za-z0-9]{5,})$/.exec(name);
    return `/${m[1]}/${dot !== null ? `${dot[1]}*` : name}`;
}
const GENERIC_TITLES = {
    timestamps: 'only file times differ',
    clock: 'the build writes the current date or time into a file',
    random: 'a file holds random bytes',
    order: 'entries come in a different order',
    permissions: 'permissions or ownership differ',
    'build-arg': 'a build argument differs between the runs and leaks into the image',
    env: 'an environment value differs between the runs',
    'base-image': 'the base image changed between the runs',
    'checkout-mtimes': 'the step records source file mtimes',
    leftover: "a tool's caches, logs or state are left in the image",
    compression: 'the same content compresses to different bytes',
    unknown: 'the cause is not clear from the bytes'
};
/** The generic classes the content classifier names, as entries: used when no specific entry matches. */
const GENERIC_ENTRIES = Object.fromEntries(Object.keys(diff_cause/* CAUSE_HINTS */.X3).map(cause => {
    const entry = {
        id: cause,
        owner: cause,
        title: GENERIC_TITLES[cause],
        cause,
        explanation: diff_cause/* CAUSE_HINTS */.X3[cause],
        fix: ctx => `${diff_cause/* CAUSE_HINTS */.X3[cause].replace(/\.$/, '')} (${ctx.where})`
    };
    return [cause, entry];
}));
/** Every entry, specific then generic (for the docs and their test). */
const ALL_ENTRIES = [...CATALOGUE, ...Object.values(GENERIC_ENTRIES)];
/** The first specific entry that recognises the file, else the generic entry of its cause. */
function recognise(c) {
    for (const entry of CATALOGUE) {
        let prefix;
        let pathHit = false;
        for (const re of entry.paths ?? []) {
            const m = re.exec(c.path);
            if (m !== null) {
                pathHit = true;
                if (m[1] !== undefined && m[1] !== '')
                    prefix = m[1];
                break;
            }
        }
        if (entry.paths !== undefined && !pathHit)
            continue;
        const evidence = entry.signature?.(c);
        if (evidence === undefined && (entry.paths === undefined || entry.both === true))
            continue;
        const match = { entry, weight: weightOf(entry, c.path) };
        if (evidence !== undefined)
            match.evidence = evidence;
        if (prefix !== undefined)
            match.prefix = prefix;
        return match;
    }
    return { entry: GENERIC_ENTRIES[c.cause], weight: 1 };
}
function weightOf(entry, path) {
    for (const [re, w] of entry.weights ?? [])
        if (re.test(path))
            return w;
    return 2;
}

;// CONCATENATED MODULE: ./src/core/diff/fix-patch.ts
/** The lines of the instruction that starts at `line` (1-based), with its continuation lines. */
function instructionLines(lines, line) {
    const start = line - 1;
    if (start < 0 || start >= lines.length)
        return undefined;
    let end = start;
    while (end < lines.length - 1 && /\\\s*$/.test(lines[end]))
        end++;
    return { start, end };
}
/** The edit applied to the Dockerfile text; undefined when it does not apply (exec form, heredoc, no match). */
function patchDockerfile(text, line, edit) {
    const lines = text.split(/\r?\n/);
    const span = instructionLines(lines, line);
    if (span === undefined)
        return undefined;
    const before = lines.slice(span.start, span.end + 1);
    const first = before[0];
    if (/<<-?["']?[A-Za-z_]/.test(first))
        return undefined;
    let after;
    if (edit.kind === 'before') {
        after = [edit.text, ...before];
    }
    else if (edit.kind === 'append') {
        if (!/^\s*RUN\s/i.test(first) || /^\s*RUN\s+(--\S+\s+)*\[/i.test(first))
            return undefined;
        const last = before[before.length - 1].replace(/\s+$/, '');
        const indent = before.length > 1 ? (/^\s*/.exec(before[before.length - 1])?.[0] ?? '    ') : '    ';
        after = [...before.slice(0, -1), `${last} \\`, `${indent}${edit.text}`];
    }
    else {
        let done = false;
        after = before.map(l => {
            if (done || !edit.pattern.test(l))
                return l;
            done = true;
            return l.replace(edit.pattern, edit.with);
        });
        if (!done)
            return undefined;
    }
    return { line, before, after };
}

;// CONCATENATED MODULE: ./src/core/diff/findings.ts
// Groups differing files by the catalogue entry that explains them, per step: one finding, one fix, a count.




const EXAMPLES = 5;
const MEMBERS = 5;
/** Where a finding's fix goes, for the fix text. */
function whereOf(f, dockerfile) {
    if (f.line !== undefined)
        return `${dockerfile}:${f.line}`;
    if (f.instruction !== undefined)
        return `the step \`${f.instruction.slice(0, 80)}\``;
    return `the step that made layer ${f.layer}`;
}
class FindingSet {
    dockerfile;
    contextMtime;
    dockerfileText;
    groups = new Map();
    fileKeys = new Map();
    /** @param dockerfile the Dockerfile's name, as the fixes cite it ("Dockerfile:4"). */
    constructor(dockerfile = 'Dockerfile', contextMtime, 
    /** The Dockerfile's text, to write fixes as edits of it. */
    dockerfileText) {
        this.dockerfile = dockerfile;
        this.contextMtime = contextMtime;
        this.dockerfileText = dockerfileText;
    }
    /**
     * Recognises one file, sets its cause, hint, owner and finding, and counts it. `held` says
     * whether the file object is kept (for ranking and for the joins' updates).
     */
    add(file, c, held) {
        const candidate = { path: file.path, changes: file.changes, cause: file.cause, ...c };
        if (file.instruction !== undefined)
            candidate.instruction = file.instruction;
        if (file.archive !== undefined)
            candidate.archive = file.archive;
        const hit = file.cause === 'base-image' ? { entry: GENERIC_ENTRIES['base-image'], weight: 2 } : recognise(candidate);
        const entry = hit.entry;
        let cause = entry.cause ?? file.cause;
        if (entry.cause === null && file.archive !== undefined)
            cause = (0,archive_diff/* archiveCause */.Gi)(file.archive, this.contextMtime) ?? cause;
        file.cause = cause;
        file.finding = entry.id;
        if (!isGeneric(entry))
            file.owner = entry.owner;
        if (hit.evidence !== undefined && (file.evidence === undefined || !isGeneric(entry)))
            file.evidence = hit.evidence;
        const key = [entry.id, file.platform ?? '', file.layer].join('\0');
        let group = this.groups.get(key);
        if (group === undefined) {
            const finding = {
                id: entry.id,
                owner: entry.owner,
                title: entry.title,
                cause,
                explanation: entry.explanation,
                fix: '',
                files: 0,
                examples: [],
                layer: file.layer
            };
            if (file.instruction !== undefined)
                finding.instruction = file.instruction;
            if (file.line !== undefined)
                finding.line = file.line;
            if (file.platform !== undefined)
                finding.platform = file.platform;
            group = { entry, finding, best: [], joined: [], evidenceWeight: Infinity };
            if (hit.prefix !== undefined)
                group.prefix = hit.prefix;
            this.groups.set(key, group);
        }
        const f = group.finding;
        f.files++;
        // The evidence of the clearest file, like the first example.
        if (file.evidence !== undefined && (f.evidence === undefined || hit.weight < group.evidenceWeight)) {
            f.evidence = file.evidence;
            group.evidenceWeight = hit.weight;
        }
        if (file.archive !== undefined && (f.members?.length ?? 0) < MEMBERS) {
            const lines = file.archive.members.map(m => `${file.path} → ${m.path}: ${m.changes.join(', ')}`);
            const head = file.archive.header.map(h => `${file.path} (${file.archive?.format} header): ${h.field}`);
            f.members = [...(f.members ?? []), ...head, ...lines].slice(0, MEMBERS);
        }
        group.best.push([hit.weight, file.path]);
        group.best.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
        if (group.best.length > EXAMPLES)
            group.best.length = EXAMPLES;
        if (held)
            this.fileKeys.set(file, { key, weight: hit.weight });
    }
    /** Folds joining entries into their host of the same step, writes the fixes, and ranks the findings. */
    finish() {
        for (const [key, group] of this.groups) {
            const into = group.entry.joins;
            if (into === undefined)
                continue;
            const hostKey = key.replace(/^[^\0]*/, into);
            const host = this.groups.get(hostKey);
            if (host === undefined)
                continue;
            host.finding.files += group.finding.files;
            host.best = [...host.best, ...group.best].sort((x, y) => x[0] - y[0]).slice(0, EXAMPLES);
            host.joined.push(group.entry);
            this.groups.delete(key);
            for (const [file, k] of this.fileKeys) {
                if (k.key !== key)
                    continue;
                k.key = hostKey;
                file.finding = host.entry.id;
            }
        }
        const out = [];
        for (const group of this.groups.values()) {
            const f = group.finding;
            f.examples = group.best.map(([, p]) => p);
            const ctx = {
                where: whereOf(f, this.dockerfile),
                paths: f.examples,
                remove: group.joined.flatMap(e => e.remove ?? []),
                ...(f.instruction !== undefined ? { instruction: f.instruction } : {}),
                ...(group.prefix !== undefined ? { prefix: group.prefix } : {})
            };
            f.fix = group.entry.fix(ctx);
            const edit = group.entry.edit?.(ctx);
            if (edit !== undefined && f.line !== undefined && this.dockerfileText !== undefined) {
                const patch = patchDockerfile(this.dockerfileText, f.line, edit);
                if (patch !== undefined)
                    f.patch = patch;
            }
            out.push(f);
        }
        out.sort(compareFindings);
        const rank = new Map(out.map((f, i) => [[f.id, f.platform ?? '', f.layer].join('\0'), i]));
        for (const [file, k] of this.fileKeys) {
            const f = out[rank.get(k.key) ?? -1];
            if (f !== undefined && !isGenericId(f.id))
                file.hint = f.fix;
        }
        this.rank = rank;
        return out;
    }
    rank = new Map();
    /** Files in the order of their findings, clearest evidence first within one. */
    compare(x, y) {
        const kx = this.fileKeys.get(x);
        const ky = this.fileKeys.get(y);
        const rx = kx === undefined ? Infinity : (this.rank.get(kx.key) ?? Infinity);
        const ry = ky === undefined ? Infinity : (this.rank.get(ky.key) ?? Infinity);
        if (rx !== ry)
            return rx < ry ? -1 : 1;
        return (kx?.weight ?? 2) - (ky?.weight ?? 2);
    }
}
const GENERIC_IDS = new Set(Object.keys(GENERIC_ENTRIES));
/** True for the generic classes (clock, random ...), false for catalogue entries with a tool and a fix. */
function isGenericFinding(id) {
    return GENERIC_IDS.has(id);
}
const isGenericId = isGenericFinding;
function isGeneric(entry) {
    return isGenericId(entry.id) && !CATALOGUE.includes(entry);
}
/** Specific entries before generic classes, then the cause order, later layers first, bigger first. */
function compareFindings(x, y) {
    const gx = isGenericId(x.id) ? 1 : 0;
    const gy = isGenericId(y.id) ? 1 : 0;
    if (gx !== gy)
        return gx - gy;
    const cause = diff_cause/* CAUSE_ORDER */.Bt.indexOf(x.cause) - diff_cause/* CAUSE_ORDER */.Bt.indexOf(y.cause);
    if (cause !== 0)
        return cause;
    if (x.layer !== y.layer)
        return y.layer - x.layer;
    return y.files - x.files;
}


/***/ }),

/***/ 336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Re: () => (/* binding */ compareEntryStreams),
/* harmony export */   So: () => (/* binding */ movedEntries)
/* harmony export */ });
/* unused harmony export compareEntries */
/** Walks both entry streams together; unmatched entries wait in maps keyed by path. Returns the count of differing entries. */
async function compareEntryStreams(a, b, options) {
    const budget = options.pendingSampleBudget ?? 64 * 1024 * 1024;
    let held = 0;
    const itA = a[Symbol.asyncIterator]();
    const itB = b[Symbol.asyncIterator]();
    const pendingA = new Map();
    const pendingB = new Map();
    // Positions of matched pairs, to find entries that moved.
    const order = [];
    const differing = new Set();
    let count = 0;
    let doneA = false;
    let doneB = false;
    const report = (d) => {
        count++;
        options.onDiff(d);
    };
    const park = (map, e) => {
        const size = e.sample?.length ?? 0;
        if (size > 0 && held + size > budget)
            delete e.sample;
        else
            held += size;
        map.set(e.path, e);
    };
    const unpark = (e) => {
        held -= e.sample?.length ?? 0;
    };
    const match = (ea, eb) => {
        order.push([ea.index, eb.index, ea.path]);
        const d = compareEntries(ea, eb);
        if (d.changes.length > 0) {
            differing.add(ea.path);
            report(d);
        }
        delete ea.sample;
        delete eb.sample;
    };
    const take = (e, mine, theirs, isA) => {
        const other = theirs.get(e.path);
        if (other === undefined) {
            park(mine, e);
            return;
        }
        theirs.delete(e.path);
        unpark(other);
        if (isA)
            match(e, other);
        else
            match(other, e);
    };
    while (!doneA || !doneB) {
        const [ra, rb] = await Promise.all([doneA ? undefined : itA.next(), doneB ? undefined : itB.next()]);
        if (ra !== undefined) {
            if (ra.done === true)
                doneA = true;
            else
                take(ra.value, pendingA, pendingB, true);
        }
        if (rb !== undefined) {
            if (rb.done === true)
                doneB = true;
            else
                take(rb.value, pendingB, pendingA, false);
        }
    }
    for (const e of pendingA.values())
        report(presence(e, 'removed'));
    for (const e of pendingB.values())
        report(presence(e, 'added'));
    // Entries outside the longest run that keeps its relative order are the ones that moved.
    for (const [ia, ib, path] of movedEntries(order)) {
        if (differing.has(path))
            continue;
        report({
            path,
            changes: ['order'],
            fields: [{ field: 'position', a: String(ia), b: String(ib) }],
            unsafe: []
        });
    }
    return count;
}
function presence(e, change) {
    const d = { path: e.path, changes: [change], fields: [], unsafe: e.unsafe };
    if (change === 'removed')
        d.a = e;
    else
        d.b = e;
    return d;
}
function unionUnsafe(a, b) {
    return [...new Set([...a.unsafe, ...b.unsafe])];
}
const octal = (n) => `0${n.toString(8).padStart(3, '0')}`;
/** The changes between two entries with the same path. */
function compareEntries(a, b) {
    const changes = [];
    const fields = [];
    const add = (change, field, va, vb) => {
        if (!changes.includes(change))
            changes.push(change);
        fields.push({ field, a: va, b: vb });
    };
    if (a.type !== b.type)
        add('type', 'type', a.type, b.type);
    if (a.sha256 !== b.sha256)
        add('content', 'sha256', a.sha256, b.sha256);
    if (a.size !== b.size)
        add('size', 'size', String(a.size), String(b.size));
    if (a.mode !== b.mode)
        add('mode', 'mode', octal(a.mode), octal(b.mode));
    if (a.uid !== b.uid)
        add('uid', 'uid', String(a.uid), String(b.uid));
    if (a.gid !== b.gid)
        add('gid', 'gid', String(a.gid), String(b.gid));
    if (a.uname !== b.uname)
        add('owner', 'uname', a.uname, b.uname);
    if (a.gname !== b.gname)
        add('owner', 'gname', a.gname, b.gname);
    if (a.mtime !== b.mtime)
        add('mtime', 'mtime', isoTime(a.mtime), isoTime(b.mtime));
    if (a.atime !== b.atime)
        add('atime', 'atime', isoTime(a.atime), isoTime(b.atime));
    if (a.ctime !== b.ctime)
        add('ctime', 'ctime', isoTime(a.ctime), isoTime(b.ctime));
    if (a.linkname !== b.linkname && a.type === b.type) {
        add(a.type === 'hardlink' ? 'hardlink' : 'symlink', 'target', a.linkname, b.linkname);
    }
    if (a.devmajor !== b.devmajor || a.devminor !== b.devminor) {
        add('device', 'device', `${a.devmajor},${a.devminor}`, `${b.devmajor},${b.devminor}`);
    }
    const xa = JSON.stringify(sortedEntries(a.xattrs));
    const xb = JSON.stringify(sortedEntries(b.xattrs));
    if (xa !== xb)
        add('xattrs', 'xattrs', xa, xb);
    return { path: a.path, changes, fields, a, b, unsafe: unionUnsafe(a, b) };
}
function sortedEntries(r) {
    return Object.entries(r).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}
function isoTime(t) {
    if (t === undefined)
        return '(none)';
    const d = new Date(t * 1000);
    return Number.isNaN(d.getTime()) ? String(t) : `${d.toISOString().replace('.000Z', 'Z')} (${t})`;
}
/** Matched pairs that are not in a longest subsequence ordered in both archives. */
function movedEntries(pairs) {
    const sorted = [...pairs].sort((x, y) => x[0] - y[0]);
    // Patience sorting for the longest increasing subsequence of b-positions.
    const tails = [];
    const prev = new Int32Array(sorted.length).fill(-1);
    for (let k = 0; k < sorted.length; k++) {
        const v = sorted[k][1];
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (sorted[tails[mid]][1] < v)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0)
            prev[k] = tails[lo - 1];
        tails[lo] = k;
    }
    const keep = new Set();
    for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = prev[k])
        keep.add(k);
    return sorted.filter((_, k) => !keep.has(k));
}


/***/ }),

/***/ 8025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ readTarEntries),
/* harmony export */   OH: () => (/* binding */ parseTarHeader),
/* harmony export */   OV: () => (/* binding */ MAX_ENTRY_SIZE),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   eu: () => (/* binding */ checksumOk),
/* harmony export */   vZ: () => (/* binding */ parsePaxRecords)
/* harmony export */ });
/* unused harmony exports escapeBytes, shownBytes, numberField */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
// Streaming tar reader: entry metadata + sha256 of contents, never a file on disk.


const BLOCK = 512;
/** Longest name shown in full; longer ones are cut with a byte count and a hash, so distinct names stay distinct. */
const MAX_SHOWN_NAME = 4096;
/** Longest user or group name kept (ustar's field holds 32 bytes); longer ones are cut the same way. */
const MAX_SHOWN_OWNER = 256;
/** Longest xattr value kept per attribute; a real one (a capability set, an ACL) is well under this. */
const MAX_SHOWN_XATTR = 1024;
/** Characters of xattr names and values kept per entry; the rest are folded into one hashed summary. */
const XATTR_BUDGET = 16 * 1024;
/**
 * Biggest PAX or GNU long-name record accepted: a real one is a few hundred bytes (a long path plus a
 * few xattrs). 1 MiB leaves room for big ACLs and still bounds what one header can make us hold.
 */
const MAX_META = 1 << 20;
/** Bytes of global PAX values kept at once: they apply to every later entry, so they are bounded too. */
const MAX_GLOBAL_PAX = 1 << 20;
/** Records in one PAX header: real ones have under 20 (path, times, ids, names, a few xattrs). */
const MAX_PAX_RECORDS = 1000;
/** Metadata headers (x, g, L, K) in a row before one entry: real tars write at most three or four. */
const MAX_META_RUN = 16;
/**
 * Largest entry size accepted: 1 TiB. Layers hold files of a few GB at most, and the bound keeps all
 * size arithmetic exact (far below 2^53); a bigger value is a corrupt or hostile header.
 */
const MAX_ENTRY_SIZE = 2 ** 40;
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);
const EMPTY_XATTRS = Object.freeze({});
/** Reads tar entries from a stream of (already decompressed) bytes. Throws BuildLabError on a corrupt tar. */
async function* readTarEntries(chunks, options = {}) {
    const parser = new TarParser(options);
    for await (const chunk of chunks) {
        for (const entry of parser.push(chunk))
            yield entry;
    }
    parser.end();
}
/**
 * Escapes bytes for display: valid UTF-8 stays, control characters, backslash and invalid bytes become
 * \xNN. A loop, never a spread or recursion, so a value of any length is safe to pass.
 */
function escapeBytes(bytes) {
    const parts = [];
    let i = 0;
    while (i < bytes.length) {
        const c = bytes[i];
        if (c >= 0x20 && c < 0x7f && c !== 0x5c) {
            let j = i + 1;
            while (j < bytes.length && bytes[j] >= 0x20 && bytes[j] < 0x7f && bytes[j] !== 0x5c)
                j++;
            parts.push(Buffer.from(bytes.buffer, bytes.byteOffset + i, j - i).toString('latin1'));
            i = j;
            continue;
        }
        const len = utf8SequenceLength(bytes, i);
        if (len > 1) {
            parts.push(Buffer.from(bytes.buffer, bytes.byteOffset + i, len).toString('utf8'));
            i += len;
        }
        else {
            parts.push(`\\x${c.toString(16).padStart(2, '0')}`);
            i++;
        }
    }
    return parts.join('');
}
/** The marker that replaces the end of a value longer than we keep: its length and a short hash of all of it. */
function cutMarker(raw) {
    return `…[${raw.length} bytes, sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(raw).digest('hex').slice(0, 16)}]`;
}
/** A value escaped for display, cut at `max` bytes; two long values that differ anywhere still differ. */
function shownBytes(raw, max) {
    if (raw.length <= max)
        return escapeBytes(raw);
    return escapeBytes(raw.subarray(0, max)) + cutMarker(raw);
}
/** Length of a valid multi-byte UTF-8 sequence at i, or 0. */
function utf8SequenceLength(b, i) {
    const c = b[i];
    const cont = (k) => i + k < b.length && (b[i + k] & 0xc0) === 0x80;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        if (!cont(1) || !cont(2))
            return 0;
        const c1 = b[i + 1];
        if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f))
            return 0;
        return 3;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        const c1 = b[i + 1];
        if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f))
            return 0;
        return 4;
    }
    return 0;
}
/** Turns a raw entry name into the reported path and the reasons it would be unsafe to extract. */
function normalizeName(raw) {
    const unsafe = [];
    let shown = raw;
    if (raw.length > MAX_SHOWN_NAME) {
        unsafe.push('long-name');
        shown = raw.subarray(0, MAX_SHOWN_NAME);
    }
    let path = escapeBytes(shown);
    if (path.includes('\\x'))
        unsafe.push('non-utf8');
    if (path.startsWith('/'))
        unsafe.push('absolute');
    path = path.replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
    if (path.split('/').includes('..'))
        unsafe.push('dotdot');
    if (path === '' || path === '.')
        path = '.';
    if (shown !== raw)
        path += cutMarker(raw);
    return { path, unsafe };
}
const DECIMAL = /^[0-9]+$/;
const SECONDS = /^-?[0-9]+(\.[0-9]+)?$/;
/**
 * PAX records (`<length> <key>=<value>\n`), or why they are malformed. Values are views into `data`.
 * At most MAX_PAX_RECORDS of them; the OCI tar index and the layer reader both read them here.
 */
function parsePaxRecords(data) {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.length);
    const records = new Map();
    let pos = 0;
    while (pos < buf.length) {
        if (buf[pos] === 0)
            break;
        const space = buf.indexOf(0x20, pos);
        const lenText = space < 0 ? '' : buf.toString('latin1', pos, Math.min(space, pos + 16));
        if (!DECIMAL.test(lenText) || space - pos > 15)
            return 'a PAX record has no valid length';
        const len = Number(lenText);
        if (len <= space - pos + 1 || pos + len > buf.length || buf[pos + len - 1] !== 0x0a) {
            return 'a PAX record is malformed';
        }
        const record = buf.subarray(space + 1, pos + len - 1);
        const eq = record.indexOf(0x3d);
        if (eq <= 0)
            return 'a PAX record has no key';
        if (records.size >= MAX_PAX_RECORDS)
            return `a PAX header has more than ${MAX_PAX_RECORDS} records`;
        records.set(record.toString('utf8', 0, eq), record.subarray(eq + 1));
        pos += len;
    }
    return records;
}
/** A number from a header field (octal, or GNU base-256), or undefined when it is not one. */
function numberField(h, off, len) {
    const first = h[off];
    if (first & 0x80) {
        // GNU base-256: big-endian two's complement, 0x80 first for a positive number and 0xff for a negative one.
        if (first !== 0x80 && first !== 0xff)
            return undefined;
        let n = 0n;
        for (let i = 0; i < len; i++)
            n = (n << 8n) | BigInt(i === 0 ? first & 0x7f : h[off + i]);
        if (first === 0xff)
            n -= 1n << BigInt(8 * len - 1);
        if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER))
            return undefined;
        return Number(n);
    }
    const text = ascii(h, off, len)
        .replace(/[\0 ]+$/, '')
        .replace(/^[\0 ]+/, '');
    if (text === '')
        return 0;
    return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined;
}
/** A value for an error message: shown when it is short printable ASCII, else only its length. */
function quoted(bytes) {
    const text = Buffer.from(bytes).toString('latin1').replace(/\0+$/, '');
    return /^[\x20-\x7e]{0,40}$/.test(text) ? JSON.stringify(text) : `of ${bytes.length} bytes`;
}
/** The SCHILY.xattr.* records, escaped; past XATTR_BUDGET characters the rest become one hashed summary. */
function xattrsOf(records) {
    let out;
    let used = 0;
    let rest;
    let restCount = 0;
    for (const [key, value] of records) {
        if (!key.startsWith('SCHILY.xattr.'))
            continue;
        const name = key.slice('SCHILY.xattr.'.length);
        // A null prototype: a name like __proto__ is just a name.
        out ??= Object.create(null);
        const cost = name.length + Math.min(value.length, MAX_SHOWN_XATTR);
        if (used + cost <= XATTR_BUDGET) {
            out[name] = shownBytes(value, MAX_SHOWN_XATTR);
            used += cost;
        }
        else {
            rest ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            rest.update(key).update('\0').update(value).update('\0');
            restCount++;
        }
    }
    if (out !== undefined && rest !== undefined) {
        out['…'] = `${restCount} more, sha256:${rest.digest('hex').slice(0, 16)}`;
    }
    return out === undefined ? undefined : Object.freeze(out);
}
class TarParser {
    sampleBytes;
    sampleFor;
    label;
    state = 'header';
    headerBuf = Buffer.alloc(BLOCK);
    headerFill = 0;
    remaining = 0;
    padding = 0;
    zeroBlocks = 0;
    index = 0;
    bytes = 0;
    /** Global PAX records (copied, so a big header's buffer is not kept for one small value). */
    globalRecords = new Map();
    globalBytes = 0;
    globalPax = {};
    localPax = {};
    metaRun = 0;
    longName;
    longLink;
    meta;
    current;
    hash;
    sample;
    sampleFill = 0;
    constructor(options) {
        this.sampleBytes = options.sampleBytes ?? 0;
        this.sampleFor = options.sampleFor;
        this.label = options.label ?? 'tar stream';
    }
    push(chunk) {
        const out = [];
        this.bytes += chunk.length;
        let off = 0;
        while (off < chunk.length && this.state !== 'eof') {
            const avail = chunk.length - off;
            if (this.state === 'header') {
                if (this.headerFill === 0 && avail >= BLOCK) {
                    this.onHeader(chunk.subarray(off, off + BLOCK), out);
                    off += BLOCK;
                }
                else {
                    const take = Math.min(BLOCK - this.headerFill, avail);
                    this.headerBuf.set(chunk.subarray(off, off + take), this.headerFill);
                    this.headerFill += take;
                    off += take;
                    if (this.headerFill === BLOCK) {
                        this.headerFill = 0;
                        this.onHeader(this.headerBuf, out);
                    }
                }
            }
            else if (this.state === 'content') {
                const take = Math.min(this.remaining, avail);
                this.onContent(chunk.subarray(off, off + take));
                off += take;
                this.remaining -= take;
                if (this.remaining === 0)
                    this.finishContent(out);
            }
            else {
                const take = Math.min(this.padding, avail);
                off += take;
                this.padding -= take;
                if (this.padding === 0)
                    this.state = 'header';
            }
        }
        return out;
    }
    end() {
        if (this.state === 'eof')
            return;
        const atBoundary = this.state === 'header' && this.headerFill === 0 && this.meta === undefined;
        if (atBoundary && (this.zeroBlocks > 0 || this.bytes === 0))
            return;
        if (atBoundary)
            throw this.corrupt(`it has no end-of-archive blocks after ${this.index} entries (truncated?)`);
        throw this.corrupt(`it ends in the middle of an entry (after ${this.index} entries)`);
    }
    corrupt(why) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BuildLabError */ .CG(`Corrupt tar in ${this.label}: ${why}.`, { exitCode: 2 });
    }
    /** A header number that must be a whole number from 0 up (negative only where `signed`). */
    num(h, off, len, field, signed = false) {
        const n = numberField(h, off, len);
        if (n === undefined || (!signed && n < 0)) {
            throw this.corrupt(`entry ${this.index + 1} has a bad ${field} field ${quoted(h.subarray(off, off + len))}`);
        }
        return n;
    }
    checkSize(size, from) {
        if (size > MAX_ENTRY_SIZE) {
            throw this.corrupt(`entry ${this.index + 1} has ${from} ${size}, more than any layer holds`);
        }
        return size;
    }
    onHeader(h, out) {
        if (isZero(h)) {
            this.zeroBlocks++;
            if (this.zeroBlocks >= 2)
                this.state = 'eof';
            return;
        }
        if (this.zeroBlocks > 0)
            throw this.corrupt('a header follows an end-of-archive block');
        if (!checksumOk(h))
            throw this.corrupt(`bad header checksum at entry ${this.index + 1}`);
        const flag = h[156] === 0 ? '0' : String.fromCharCode(h[156]);
        let size = this.checkSize(this.num(h, 124, 12, 'size'), 'size');
        if (flag === 'L' || flag === 'K' || flag === 'x' || flag === 'g') {
            if (size > MAX_META)
                throw this.corrupt(`a ${flag} header record of ${size} bytes is too large`);
            if (++this.metaRun > MAX_META_RUN) {
                throw this.corrupt(`more than ${MAX_META_RUN} metadata headers in a row before entry ${this.index + 1}`);
            }
            this.meta = { kind: flag, parts: [] };
            this.startData(size, out);
            return;
        }
        this.metaRun = 0;
        const local = this.localPax;
        const global = this.globalPax;
        const ustar = ascii(h, 257, 5) === 'ustar';
        let nameBytes = cstr(h, 0, 100);
        if (ustar) {
            const prefix = cstr(h, 345, 155);
            if (prefix.length > 0)
                nameBytes = Buffer.concat([prefix, Buffer.from('/'), nameBytes]);
        }
        if (this.longName !== undefined)
            nameBytes = this.longName;
        nameBytes = local.path ?? global.path ?? nameBytes;
        let linkBytes = cstr(h, 157, 100);
        if (this.longLink !== undefined)
            linkBytes = this.longLink;
        linkBytes = local.linkpath ?? global.linkpath ?? linkBytes;
        size = local.size ?? global.size ?? size;
        const { path, unsafe } = normalizeName(nameBytes);
        if (nameBytes.length > 255 && !unsafe.includes('long-name'))
            unsafe.push('long-name');
        const type = entryType(flag);
        if (type === 'char' || type === 'block')
            unsafe.push('device');
        const xattrs = local.xattrs !== undefined && global.xattrs !== undefined
            ? Object.freeze(Object.assign(Object.create(null), global.xattrs, local.xattrs))
            : (local.xattrs ?? global.xattrs ?? EMPTY_XATTRS);
        const entry = {
            path,
            type,
            mode: this.num(h, 100, 8, 'mode') & 0o7777,
            uid: local.uid ?? global.uid ?? this.num(h, 108, 8, 'uid'),
            gid: local.gid ?? global.gid ?? this.num(h, 116, 8, 'gid'),
            uname: local.uname ?? global.uname ?? shownBytes(cstr(h, 265, 32), MAX_SHOWN_OWNER),
            gname: local.gname ?? global.gname ?? shownBytes(cstr(h, 297, 32), MAX_SHOWN_OWNER),
            mtime: local.mtime ?? global.mtime ?? this.num(h, 136, 12, 'mtime', true),
            size: HEADER_ONLY.has(flag) ? 0 : size,
            linkname: type === 'symlink' || type === 'hardlink' ? shownBytes(linkBytes, MAX_SHOWN_NAME) : '',
            devmajor: ustar ? this.num(h, 329, 8, 'devmajor') : 0,
            devminor: ustar ? this.num(h, 337, 8, 'devminor') : 0,
            xattrs,
            sha256: '',
            index: this.index++,
            unsafe
        };
        const atime = local.atime ?? global.atime;
        const ctime = local.ctime ?? global.ctime;
        if (atime !== undefined)
            entry.atime = atime;
        if (ctime !== undefined)
            entry.ctime = ctime;
        this.localPax = {};
        this.longName = undefined;
        this.longLink = undefined;
        this.current = entry;
        if (type === 'file') {
            this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            const keep = Math.min(this.sampleFor?.(entry.path, entry.size) ?? this.sampleBytes, entry.size);
            this.sample = keep > 0 ? Buffer.allocUnsafe(keep) : undefined;
            this.sampleFill = 0;
        }
        this.startData(entry.size, out);
    }
    startData(size, out) {
        if (size === 0) {
            this.finishContent(out);
            return;
        }
        this.remaining = size;
        this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
        this.state = 'content';
    }
    onContent(bytes) {
        if (this.meta !== undefined) {
            this.meta.parts.push(Buffer.from(bytes));
            return;
        }
        this.hash?.update(bytes);
        if (this.sample !== undefined && this.sampleFill < this.sample.length) {
            const take = Math.min(this.sample.length - this.sampleFill, bytes.length);
            this.sample.set(bytes.subarray(0, take), this.sampleFill);
            this.sampleFill += take;
        }
    }
    finishContent(out) {
        this.state = this.padding > 0 ? 'padding' : 'header';
        const meta = this.meta;
        if (meta !== undefined) {
            this.meta = undefined;
            const data = Buffer.concat(meta.parts);
            if (meta.kind === 'L')
                this.longName = cstr(data, 0, data.length);
            else if (meta.kind === 'K')
                this.longLink = cstr(data, 0, data.length);
            else if (meta.kind === 'x')
                this.localPax = this.paxView(this.records(data));
            else
                this.setGlobal(this.records(data));
            return;
        }
        const entry = this.current;
        if (entry === undefined)
            return;
        this.current = undefined;
        if (this.hash !== undefined) {
            entry.sha256 = this.hash.digest('hex');
            this.hash = undefined;
        }
        if (this.sample !== undefined) {
            entry.sample = this.sample;
            this.sample = undefined;
        }
        out.push(entry);
    }
    records(data) {
        const records = parsePaxRecords(data);
        if (typeof records === 'string')
            throw this.corrupt(`${records} (before entry ${this.index + 1})`);
        return records;
    }
    /** Merges a `g` header into the global records, within MAX_GLOBAL_PAX, and parses them once for all entries. */
    setGlobal(records) {
        for (const [key, value] of records) {
            const old = this.globalRecords.get(key);
            this.globalBytes += key.length + value.length - (old === undefined ? 0 : key.length + old.length);
            if (value.length === 0) {
                // An empty value deletes the keyword (POSIX pax).
                this.globalRecords.delete(key);
                this.globalBytes -= key.length;
            }
            else
                this.globalRecords.set(key, Buffer.from(value));
        }
        if (this.globalBytes > MAX_GLOBAL_PAX) {
            throw this.corrupt(`its global PAX headers hold more than ${MAX_GLOBAL_PAX} bytes`);
        }
        this.globalPax = this.paxView(this.globalRecords);
    }
    paxView(records) {
        const view = {};
        const path = records.get('path');
        const linkpath = records.get('linkpath');
        if (path !== undefined)
            view.path = path;
        if (linkpath !== undefined)
            view.linkpath = linkpath;
        const size = records.get('size');
        if (size !== undefined)
            view.size = this.checkSize(this.paxNumber(size, 'size', DECIMAL), 'PAX size');
        for (const key of ['uid', 'gid']) {
            const v = records.get(key);
            if (v !== undefined)
                view[key] = this.paxNumber(v, key, DECIMAL);
        }
        for (const key of ['mtime', 'atime', 'ctime']) {
            const v = records.get(key);
            if (v !== undefined)
                view[key] = this.paxNumber(v, key, SECONDS);
        }
        for (const key of ['uname', 'gname']) {
            const v = records.get(key);
            if (v !== undefined)
                view[key] = shownBytes(v, MAX_SHOWN_OWNER);
        }
        const xattrs = xattrsOf(records);
        if (xattrs !== undefined)
            view.xattrs = xattrs;
        return view;
    }
    paxNumber(v, key, form) {
        const text = v.length <= 64 ? Buffer.from(v).toString('latin1') : '';
        const n = Number(text);
        if (!form.test(text) || !Number.isFinite(n) || (form === DECIMAL && !Number.isSafeInteger(n))) {
            const what = form === DECIMAL ? 'a whole number from 0 up' : 'a time in seconds';
            throw this.corrupt(`entry ${this.index + 1} has PAX ${key} ${quoted(v)}, not ${what}`);
        }
        return n;
    }
}
function entryType(flag) {
    switch (flag) {
        case '0':
        case '7':
            return 'file';
        case '1':
            return 'hardlink';
        case '2':
            return 'symlink';
        case '3':
            return 'char';
        case '4':
            return 'block';
        case '5':
            return 'dir';
        case '6':
            return 'fifo';
        default:
            return 'other';
    }
}
function isZero(b) {
    for (let i = 0; i < b.length; i++)
        if (b[i] !== 0)
            return false;
    return true;
}
/** Header checksum: the sum of all bytes with the checksum field as spaces (unsigned, or signed as old tars did). */
function checksumOk(h) {
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const c = i >= 148 && i < 156 ? 0x20 : h[i];
        unsigned += c;
        signed += c > 127 ? c - 256 : c;
    }
    const text = ascii(h, 148, 8)
        .replace(/[\0 ]+$/, '')
        .trim();
    if (!/^[0-7]+$/.test(text))
        return false;
    const stored = parseInt(text, 8);
    return stored === unsigned || stored === signed;
}
function ascii(b, off, len) {
    return Buffer.from(b.buffer, b.byteOffset + off, len).toString('latin1');
}
/** The bytes of a NUL-terminated field. */
function cstr(b, off, len) {
    const field = b.subarray(off, off + len);
    const nul = field.indexOf(0);
    return nul < 0 ? field : field.subarray(0, nul);
}
/** Reads one tar header block into name and data size, for indexing an OCI tar without reading contents. */
function parseTarHeader(h) {
    if (h.length < BLOCK)
        return undefined;
    if (isZero(h))
        return { name: '', flag: '', size: 0, raw: new Uint8Array(), zero: true };
    if (!checksumOk(h))
        return undefined;
    const flag = h[156] === 0 ? '0' : String.fromCharCode(h[156]);
    const size = numberField(h, 124, 12);
    if (size === undefined || size < 0 || size > MAX_ENTRY_SIZE)
        return undefined;
    let raw = cstr(h, 0, 100);
    if (ascii(h, 257, 5) === 'ustar') {
        const prefix = cstr(h, 345, 155);
        if (prefix.length > 0)
            raw = Buffer.concat([prefix, Buffer.from('/'), raw]);
    }
    return { name: normalizeName(raw).path, flag, size: HEADER_ONLY.has(flag) ? 0 : size, raw, zero: false };
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


/***/ }),

/***/ 4763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   G7: () => (/* binding */ EQUALITY_NOTE),
/* harmony export */   If: () => (/* binding */ parseEquality),
/* harmony export */   Nq: () => (/* binding */ diffIdsOf),
/* harmony export */   fo: () => (/* binding */ imageContent),
/* harmony export */   h2: () => (/* binding */ SAME_CONTENT)
/* harmony export */ });
/* unused harmony export EQUALITY_MODES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6153);
/* harmony import */ var _build_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8879);
// What counts as the same image: equal manifest digests, or equal uncompressed content per platform.



const EQUALITY_MODES = ['digest', 'content'];
/** One line for every report: what was compared. */
const EQUALITY_NOTE = {
    digest: 'digest (the image and per-platform manifest digests are compared)',
    content: 'content (per platform, the config digest and the uncompressed layers, rootfs.diff_ids, are compared; compressed layer bytes and manifest digests are not)'
};
/** The finding when only the compression differs, as every report words it. */
const SAME_CONTENT = 'same content (equal diff_ids and config), compressed bytes differ';
/** Parses `--equality` / the equality input; anything else is a usage error. */
function parseEquality(raw, what) {
    const value = (raw ?? '').trim();
    if (value === '')
        return 'digest';
    const found = EQUALITY_MODES.find(m => m === value);
    if (found === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BuildLabError */ .CG(`${what} must be digest or content (got ${JSON.stringify(value)}): content compares the config and the uncompressed layers of each platform`);
    }
    return found;
}
function contentKey(p) {
    if (p.config === null || p.diffIds === null)
        return null;
    return `${p.config} ${p.diffIds.join(',')}`;
}
/**
 * True when both images have the same platforms and each platform has the same config digest and
 * diff_ids. A platform whose config is unknown is never equal: nothing proves its content.
 */
function sameContent(a, b) {
    if (a.length === 0 || a.length !== b.length)
        return false;
    return a.every(pa => {
        const pb = b.find(x => x.platform === pa.platform);
        const ka = contentKey(pa);
        return pb !== undefined && ka !== null && ka === contentKey(pb);
    });
}
/** The diff_ids of an image config. */
function diffIdsOf(config) {
    const rootfs = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(config) && (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(config.rootfs) ? config.rootfs : {};
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(rootfs.diff_ids).map(d => (typeof d === 'string' ? d : ''));
}
const INDEX_TYPES = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json'
]);
/**
 * Each platform's content in an image: follows the index (nested ones too) to the image manifests and
 * reads their configs. Attestation manifests (platform unknown/unknown) are left out.
 */
async function imageContent(src) {
    const out = [];
    const visit = async (descriptor, depth) => {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(descriptor) || typeof descriptor.digest !== 'string' || depth > 4)
            return;
        const blob = await src.readJson(descriptor.digest);
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(blob))
            return;
        const mediaType = typeof descriptor.mediaType === 'string' ? descriptor.mediaType : blob.mediaType;
        if (typeof mediaType === 'string' && INDEX_TYPES.has(mediaType)) {
            for (const m of (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(blob.manifests))
                await visit(m, depth + 1);
            return;
        }
        const config = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(blob.config) && typeof blob.config.digest === 'string' ? blob.config.digest : null;
        const configJson = config === null ? null : await src.readJson(config);
        const platform = (0,_build_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .platformName */ .$r)(descriptor.platform) ?? (0,_build_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .platformName */ .$r)(configJson);
        if (platform === null || platform.startsWith('unknown/'))
            return;
        out.push({ platform, config, diffIds: configJson === null ? null : diffIdsOf(configJson) });
    };
    const top = await src.index();
    for (const m of (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(top) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(top.manifests) : [])
        await visit(m, 0);
    return out.sort((x, y) => (x.platform < y.platform ? -1 : x.platform > y.platform ? 1 : 0));
}


/***/ }),

/***/ 1925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UY: () => (/* binding */ openImage)
/* harmony export */ });
/* unused harmony exports openLayoutDirectory, openLayoutTar */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_diff_tar_stream_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8025);
/* harmony import */ var _core_report_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7375);
// Reads blobs of an OCI image from a layout directory or an OCI tar, streaming, without extracting anything.
// Every file is opened without blocking and must be a regular file, and every blob is checked against its digest.







const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
/** The algorithms OCI registers, with the length of their hex encoding. */
const DIGEST_HEX = { sha256: 64, sha512: 128 };
/** JSON blobs (index, manifest, config) are small; a bigger one is not what it claims to be. */
const MAX_JSON = 64 * 1024 * 1024;
/** Longest member name kept from a PAX or GNU long-name record of an OCI tar (blob paths are ~80 bytes). */
const MAX_MEMBER_META = 1 << 20;
/** A name from the image, safe to put in a one-line message. */
function shown(text) {
    return (0,_core_report_format_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)(JSON.stringify(text), 200);
}
/** Opens an OCI image layout directory or an OCI tar (as written by buildx --output type=oci). */
async function openImage(path) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`Cannot read image ${path}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}.`);
    }
    if (info.isDirectory())
        return openLayoutDirectory(path);
    if (info.isFile())
        return openLayoutTar(path);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${path} is neither an OCI layout directory nor an OCI tar.`);
}
function parseDigest(digest) {
    const m = DIGEST_RE.exec(digest);
    if (m === null)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`Invalid digest ${shown(digest)} in the image.`);
    const [, algorithm = '', hex = ''] = m;
    if (DIGEST_HEX[algorithm] !== hex.length || !/^[0-9a-f]+$/.test(hex)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`Unsupported digest ${shown(digest)} in the image: build-lab checks sha256 and sha512.`);
    }
    return { algorithm, hex, path: `blobs/${algorithm}/${hex}` };
}
function mismatch(what) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${what} does not match its digest: the image is corrupt or was altered (rebuild it, or copy it again).`, { exitCode: 2 });
}
/** Checks bytes read whole against their digest. */
function verify(bytes, d, what) {
    if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(d.algorithm).update(bytes).digest('hex') !== d.hex)
        throw mismatch(what);
}
/** Yields the chunks and, at their end, throws unless they hash to the digest. */
async function* verified(chunks, d, what) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(d.algorithm);
    for await (const chunk of chunks) {
        hash.update(chunk);
        yield chunk;
    }
    if (hash.digest('hex') !== d.hex)
        throw mismatch(what);
}
/**
 * Opens a file for reading without blocking on it (a FIFO would wait for a writer forever) and
 * refuses anything but a regular file.
 */
async function openRegular(file, what) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${what} is missing: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}.`);
    }
    const info = await fh.stat();
    if (!info.isFile()) {
        await fh.close();
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${what} is not a regular file: an OCI layout holds only regular files.`);
    }
    return { fh, size: info.size };
}
async function readWhole(fh, offset, size) {
    const buf = Buffer.alloc(size);
    let done = 0;
    while (done < size) {
        const { bytesRead } = await fh.read(buf, done, size - done, offset + done);
        if (bytesRead === 0)
            break;
        done += bytesRead;
    }
    return done === size ? buf : buf.subarray(0, done);
}
function parseJson(text, what) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${what} is not valid JSON: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}.`);
    }
}
/** A layout directory: index.json plus blobs/<alg>/<hex>. */
async function openLayoutDirectory(dir) {
    const indexFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index.json');
    let indexText;
    try {
        const { fh, size } = await openRegular(indexFile, indexFile);
        try {
            if (size > MAX_JSON)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${indexFile} is too large for an index.`);
            indexText = (await readWhole(fh, 0, size)).toString('utf8');
        }
        finally {
            await fh.close();
        }
    }
    catch (e) {
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG && !/is missing/.test(e.message))
            throw e;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${dir} is not an OCI layout directory: it has no index.json.`);
    }
    const readBlob = async (digest) => {
        const d = parseDigest(digest);
        const what = `Blob ${digest} in ${dir}`;
        const { fh, size } = await openRegular((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, d.path), what);
        try {
            if (size > MAX_JSON)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${what} is too large for JSON.`);
            const bytes = await readWhole(fh, 0, size);
            verify(bytes, d, what);
            return bytes.toString('utf8');
        }
        finally {
            await fh.close();
        }
    };
    return {
        index: async () => parseJson(indexText, `${indexFile}`),
        readJson: async (digest) => parseJson(await readBlob(digest), `Blob ${digest} in ${dir}`),
        open: digest => {
            const d = parseDigest(digest);
            const what = `Blob ${digest} in ${dir}`;
            return verified(streamFile((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, d.path), what), d, what);
        }
    };
}
async function* streamFile(file, what, range) {
    const { fh } = await openRegular(file, what);
    const stream = fh.createReadStream({ ...range, highWaterMark: 256 * 1024 });
    try {
        for await (const chunk of stream) {
            if (chunk instanceof Uint8Array)
                yield chunk;
        }
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${what} cannot be read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}.`);
    }
    finally {
        stream.destroy();
        await fh.close().catch(() => undefined);
    }
}
/** The OCI tar's index: one pass over its headers finds each member's offset. */
async function indexTar(file) {
    const members = new Map();
    const { fh, size: total } = await openRegular(file, file);
    try {
        const header = Buffer.alloc(512);
        let pos = 0;
        let longName;
        let paxSize;
        for (;;) {
            if (pos + 512 > total)
                break;
            await fh.read(header, 0, 512, pos);
            if (pos === 0 && header[0] === 0x1f && header[1] === 0x8b) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${file} is compressed: decompress it first (build-lab reads OCI tars and layout directories).`);
            }
            const h = (0,_core_diff_tar_stream_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTarHeader */ .OH)(header);
            if (h === undefined) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${file} is not an OCI tar: bad tar header at byte ${pos}.`, { exitCode: 2 });
            }
            if (h.zero)
                break;
            const dataAt = pos + 512;
            const size = h.flag === 'x' || h.flag === 'L' || h.flag === 'g' ? h.size : (paxSize ?? h.size);
            if (dataAt + size > total) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${file} is truncated: member ${shown(h.name)} runs past the end.`);
            }
            if (h.flag === 'L' || h.flag === 'x') {
                if (size > MAX_MEMBER_META) {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${file} is not an OCI tar: a ${h.flag} record of ${size} bytes at byte ${pos}.`);
                }
                const data = await readWhole(fh, dataAt, size);
                if (h.flag === 'L') {
                    const nul = data.indexOf(0);
                    longName = nul < 0 ? data : data.subarray(0, nul);
                }
                else {
                    const records = (0,_core_diff_tar_stream_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePaxRecords */ .vZ)(data);
                    if (typeof records === 'string') {
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${file} is not an OCI tar: ${records} at byte ${pos}.`, { exitCode: 2 });
                    }
                    longName = records.get('path') ?? longName;
                    const s = records.get('size');
                    if (s !== undefined) {
                        const text = Buffer.from(s).toString('latin1');
                        const n = Number(text);
                        if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(n) || n > _core_diff_tar_stream_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_ENTRY_SIZE */ .OV) {
                            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${file} is not an OCI tar: a PAX size that is not a size at byte ${pos}.`);
                        }
                        paxSize = n;
                    }
                }
            }
            else if (h.flag !== 'g') {
                const name = longName !== undefined
                    ? Buffer.from(longName)
                        .toString('utf8')
                        .replace(/^(\.?\/)+/, '')
                    : h.name;
                // Only what an OCI layout holds: other members are skipped, not kept.
                if ((h.flag === '0' || h.flag === '7') && (name === 'index.json' || name.startsWith('blobs/'))) {
                    members.set(name, { offset: dataAt, size });
                }
                longName = undefined;
                paxSize = undefined;
            }
            pos = dataAt + Math.ceil(size / 512) * 512;
        }
    }
    finally {
        await fh.close();
    }
    return members;
}
/** An OCI tar: blobs are read in place, at the offsets indexTar found. */
async function openLayoutTar(file) {
    const members = await indexTar(file);
    const member = (name) => {
        const m = members.get(name);
        if (m === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${name} is missing from ${file}: is it an OCI tar?`);
        return m;
    };
    if (!members.has('index.json'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${file} is not an OCI tar: it has no index.json.`);
    const readBytes = async (name) => {
        const m = member(name);
        if (m.size > MAX_JSON)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BuildLabError */ .CG(`${name} in ${file} is too large for JSON.`);
        const { fh } = await openRegular(file, file);
        try {
            return await readWhole(fh, m.offset, m.size);
        }
        finally {
            await fh.close();
        }
    };
    return {
        index: async () => parseJson((await readBytes('index.json')).toString('utf8'), `index.json in ${file}`),
        readJson: async (digest) => {
            const d = parseDigest(digest);
            const what = `Blob ${digest} in ${file}`;
            const bytes = await readBytes(d.path);
            verify(bytes, d, what);
            return parseJson(bytes.toString('utf8'), what);
        },
        open: digest => {
            const d = parseDigest(digest);
            const what = `Blob ${digest} in ${file}`;
            const m = member(d.path);
            const bytes = m.size === 0
                ? (async function* () { })()
                : streamFile(file, what, { start: m.offset, end: m.offset + m.size - 1 });
            return verified(bytes, d, what);
        }
    };
}


/***/ })

};
