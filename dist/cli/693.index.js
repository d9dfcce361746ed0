export const id = 693;
export const ids = [693,882];
export const modules = {

/***/ 3782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ indexPlatforms),
/* harmony export */   FB: () => (/* binding */ parseImageConfig),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Fd: () => (/* binding */ platformString),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   VM: () => (/* binding */ INLINE_CACHE_KEY),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   md: () => (/* binding */ selectPlatform),
/* harmony export */   my: () => (/* binding */ samePlatform)
/* harmony export */ });
/* unused harmony exports MEDIA_TYPES, isIndexMediaType, isManifestMediaType */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7882);
// Registry manifests read from hostile JSON: OCI/Docker indexes and image manifests, platforms and image configs.


const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
};
/** The Accept header for a manifest request: every kind this tool reads, indexes first. */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.dockerList,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerManifest
].join(', ');
const INDEX_TYPES = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList];
const IMAGE_TYPES = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest];
function isIndexMediaType(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}
function isManifestMediaType(mediaType) {
    return INDEX_TYPES.includes(mediaType) || IMAGE_TYPES.includes(mediaType);
}
function record(value) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) ? value : null;
}
function str(value) {
    return typeof value === 'string' ? value : null;
}
function platformOf(value) {
    const p = record(value);
    if (p === null)
        return null;
    const os = str(p['os']);
    const architecture = str(p['architecture']);
    if (os === null || architecture === null)
        return null;
    return { os, architecture, variant: str(p['variant']) };
}
function descriptorOf(value, where) {
    const d = record(value);
    if (d === null)
        return `${where} is not an object`;
    const digest = str(d['digest']);
    if (digest === null || !(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
        return `${where} has no valid digest`;
    const size = d['size'];
    return {
        mediaType: str(d['mediaType']) ?? '',
        digest,
        size: typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : 0,
        platform: platformOf(d['platform'])
    };
}
/**
 * Reads a manifest body. The media type comes from the body, else from the Content-Type header;
 * a body that is neither an index nor an image manifest is a one-line reason.
 */
function parseManifest(body, contentType) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return 'the manifest is not JSON';
    }
    const m = record(json);
    if (m === null)
        return 'the manifest is not a JSON object';
    const header = contentType?.split(';')[0]?.trim() ?? '';
    const mediaType = str(m['mediaType']) ?? header;
    if (Array.isArray(m['manifests']) && (mediaType === '' || isIndexMediaType(mediaType))) {
        const manifests = [];
        for (const [i, entry] of m['manifests'].entries()) {
            const d = descriptorOf(entry, `manifests[${i}]`);
            if (typeof d === 'string')
                return `the index's ${d}`;
            manifests.push(d);
        }
        return { kind: 'index', mediaType: mediaType || MEDIA_TYPES.ociIndex, manifests };
    }
    if (m['config'] !== undefined && (mediaType === '' || IMAGE_TYPES.includes(mediaType))) {
        const config = descriptorOf(m['config'], 'config');
        if (typeof config === 'string')
            return `the manifest's ${config}`;
        const layers = [];
        for (const [i, entry] of (Array.isArray(m['layers']) ? m['layers'] : []).entries()) {
            const d = descriptorOf(entry, `layers[${i}]`);
            if (typeof d === 'string')
                return `the manifest's ${d}`;
            layers.push(d);
        }
        return { kind: 'image', mediaType: mediaType || MEDIA_TYPES.ociManifest, config, layers };
    }
    return `unsupported manifest type ${JSON.stringify(mediaType.slice(0, 100))}: expected an OCI or Docker v2 index or manifest`;
}
const ARCH_ALIASES = {
    x86_64: 'amd64',
    'x86-64': 'amd64',
    aarch64: 'arm64',
    armhf: 'arm',
    armel: 'arm',
    i386: '386'
};
/** `linux/arm64/v8` → a platform, or a one-line reason. */
function parsePlatform(text) {
    const parts = text.trim().toLowerCase().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some(p => !/^[a-z0-9_.-]+$/.test(p))) {
        return `--platform ${JSON.stringify(text)} is not os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8`;
    }
    return { os: parts[0], architecture: parts[1], variant: parts[2] ?? null };
}
/** Normalises as containerd does: arch aliases, arm64's default variant v8, arm's v7. */
function normalise(p) {
    const architecture = ARCH_ALIASES[p.architecture.toLowerCase()] ?? p.architecture.toLowerCase();
    let variant = p.variant === null || p.variant === '' ? null : p.variant.toLowerCase();
    if (architecture === 'arm64' && variant === null)
        variant = 'v8';
    if (architecture === 'arm' && variant === null)
        variant = 'v7';
    return { os: p.os.toLowerCase(), architecture, variant };
}
function platformString(p) {
    return `${p.os}/${p.architecture}${p.variant === null || p.variant === '' ? '' : `/${p.variant}`}`;
}
function samePlatform(a, b) {
    const x = normalise(a);
    const y = normalise(b);
    return x.os === y.os && x.architecture === y.architecture && x.variant === y.variant;
}
/** Attestation manifests (BuildKit's provenance/SBOM) carry the platform unknown/unknown. */
function isImageEntry(d) {
    return d.platform !== null && d.platform.os !== 'unknown' && d.platform.architecture !== 'unknown';
}
/** The platforms an index offers, attestations left out, as `os/arch[/variant]`. */
function indexPlatforms(manifests) {
    return manifests.filter(isImageEntry).map(d => platformString(d.platform));
}
/**
 * The index entry for a platform; with none asked for, linux/amd64 when there, else the first image
 * entry. null when there is no such entry.
 */
function selectPlatform(manifests, want) {
    const images = manifests.filter(isImageEntry);
    if (want !== null)
        return images.find(d => samePlatform(d.platform, want)) ?? null;
    const amd64 = { os: 'linux', architecture: 'amd64', variant: null };
    return images.find(d => samePlatform(d.platform, amd64)) ?? images[0] ?? null;
}
/** Where `--cache-to type=inline` puts its cache metadata in the image config. */
const INLINE_CACHE_KEY = 'moby.buildkit.cache.v0';
function parseImageConfig(body) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return 'the image config is not JSON';
    }
    const c = record(json);
    if (c === null)
        return 'the image config is not a JSON object';
    const created = str(c['created']);
    return {
        created: created === null ? null : created.slice(0, 100),
        platform: platformOf(c),
        inlineCache: c[INLINE_CACHE_KEY] !== undefined
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


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryImages: () => (/* binding */ registryImages)
/* harmony export */ });
/* harmony import */ var _core_registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3782);
// The published image for drift, read through the registry client: its digest and each platform's manifest.

/** Platforms of one index read; a real multi-platform image has a handful. */
const MAX_PLATFORMS = 64;
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
                    .slice(0, MAX_PLATFORMS)
                    .map(d => ({ digest: d.digest, platform: (0,_core_registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .platformString */ .Fd)(d.platform) }))
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
                            : (0,_core_registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .platformString */ .Fd)(platform),
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


/***/ })

};
