export const id = 882;
export const ids = [882];
export const modules = {

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
