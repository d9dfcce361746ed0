export const id = 455;
export const ids = [455];
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

/***/ 2455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RegistryError: () => (/* binding */ RegistryError),
  createRegistryClient: () => (/* binding */ createRegistryClient),
  fetchConfig: () => (/* binding */ fetchConfig),
  fetchManifest: () => (/* binding */ fetchManifest),
  resolveDigest: () => (/* binding */ resolveDigest),
  toReference: () => (/* binding */ toReference)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
// EXTERNAL MODULE: ./src/core/report/format.ts
var format = __webpack_require__(7375);
;// CONCATENATED MODULE: ./src/core/registry/auth.ts
// Registry auth, pure: WWW-Authenticate challenges, token answers, and credentials from a docker config.
/**
 * The first Bearer or Basic challenge of a WWW-Authenticate header, e.g. Docker Hub's
 * `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"`.
 */
function parseChallenge(header) {
    if (header === null)
        return null;
    const match = /^\s*(bearer|basic)\b\s*(.*)$/i.exec(header);
    if (match === null)
        return null;
    const scheme = match[1].toLowerCase() === 'bearer' ? 'bearer' : 'basic';
    const params = {};
    for (const m of match[2].matchAll(/([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
        params[m[1].toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    }
    return { scheme, params };
}
/** The pull scope for a repository, as the token endpoint expects it. */
function pullScope(repository) {
    return `repository:${repository}:pull`;
}
/**
 * The token endpoint's URL for a Bearer challenge, or a one-line reason. The realm must be http(s);
 * http only when the registry itself is on loopback (a token sent in the clear stays on the machine).
 */
function tokenUrl(challenge, scope, registryIsLoopback) {
    const realm = challenge.params['realm'];
    if (realm === undefined || realm === '')
        throw new Error('the registry asked for a token but named no realm');
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        throw new Error(`the token realm ${JSON.stringify(realm.slice(0, 200))} is not a URL`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && registryIsLoopback)) {
        throw new Error(`the token realm ${url.origin} is not https`);
    }
    const service = challenge.params['service'];
    if (service !== undefined)
        url.searchParams.set('service', service);
    url.searchParams.set('scope', challenge.params['scope'] ?? scope);
    return url.toString();
}
/** The token from a token endpoint's JSON answer (`token`, or OAuth's `access_token`), or null. */
function tokenFromAnswer(body) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return null;
    }
    if (typeof json !== 'object' || json === null)
        return null;
    const o = json;
    const token = typeof o['token'] === 'string' ? o['token'] : o['access_token'];
    return typeof token === 'string' && token !== '' && !/[\r\n]/.test(token) ? token : null;
}
/** Docker Hub's key in config.json and for credential helpers. */
const HUB_KEY = 'https://index.docker.io/v1/';
const HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** A config key as a bare host: `https://ghcr.io/v1/` → `ghcr.io`. */
function keyHost(key) {
    return key
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
}
function decodeAuth(auth) {
    const text = Buffer.from(auth, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    return colon < 0 ? null : { username: text.slice(0, colon), password: text.slice(colon + 1) };
}
/**
 * Where `~/.docker/config.json` keeps credentials for `registry` (as Docker names it, `docker.io`
 * for Docker Hub), following Docker's order: `credHelpers[registry]`, then inline `auths`, then
 * `credsStore`.
 */
function credentialSource(config, registry) {
    if (typeof config !== 'object' || config === null)
        return { kind: 'none' };
    const c = config;
    const host = registry.toLowerCase();
    const isHub = HUB_NAMES.has(host);
    const serverUrl = isHub ? HUB_KEY : host;
    const matches = (key) => (isHub ? HUB_NAMES.has(keyHost(key)) : keyHost(key) === host);
    const helpers = c['credHelpers'];
    if (typeof helpers === 'object' && helpers !== null) {
        for (const [key, helper] of Object.entries(helpers)) {
            if (matches(key) && typeof helper === 'string' && /^[A-Za-z0-9_.-]+$/.test(helper)) {
                return { kind: 'helper', helper, serverUrl };
            }
        }
    }
    const auths = c['auths'];
    if (typeof auths === 'object' && auths !== null) {
        for (const [key, entry] of Object.entries(auths)) {
            if (!matches(key) || typeof entry !== 'object' || entry === null)
                continue;
            const e = entry;
            if (typeof e['identitytoken'] === 'string' && e['identitytoken'] !== '') {
                return { kind: 'inline', credential: { identityToken: e['identitytoken'] }, key };
            }
            if (typeof e['auth'] === 'string' && e['auth'] !== '') {
                const decoded = decodeAuth(e['auth']);
                if (decoded !== null)
                    return { kind: 'inline', credential: decoded, key };
            }
            if (typeof e['username'] === 'string' && typeof e['password'] === 'string') {
                return { kind: 'inline', credential: { username: e['username'], password: e['password'] }, key };
            }
        }
    }
    const store = c['credsStore'];
    if (typeof store === 'string' && /^[A-Za-z0-9_.-]+$/.test(store) && store !== '') {
        return { kind: 'helper', helper: store, serverUrl };
    }
    return { kind: 'none' };
}
/** A credential helper's `get` answer (`{"Username": ..., "Secret": ...}`); `<token>` as the user means an identity token. */
function credentialFromHelper(stdout) {
    let json;
    try {
        json = JSON.parse(stdout);
    }
    catch {
        return null;
    }
    if (typeof json !== 'object' || json === null)
        return null;
    const o = json;
    const username = o['Username'];
    const secret = o['Secret'];
    if (typeof username !== 'string' || typeof secret !== 'string' || secret === '')
        return null;
    return username === '<token>' ? { identityToken: secret } : { username, password: secret };
}
function basicAuthorization(credential) {
    return `Basic ${Buffer.from(`${credential.username}:${credential.password}`, 'utf8').toString('base64')}`;
}

// EXTERNAL MODULE: ./src/core/registry/manifest.ts
var registry_manifest = __webpack_require__(3782);
// EXTERNAL MODULE: ./src/core/registry/reference.ts
var registry_reference = __webpack_require__(7882);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/registry/credentials.ts
// Registry credentials from the docker config: inline `auths`, or a `docker-credential-*` helper run with a time bound.





const HELPER_TIMEOUT_MS = 10_000;
/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
function dockerConfigPath(env = process.env) {
    const dir = env['DOCKER_CONFIG'] ?? external_node_path_.join(external_node_os_.homedir(), '.docker');
    return external_node_path_.join(dir, 'config.json');
}
async function readConfig(file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch {
        return null;
    }
    try {
        return JSON.parse(text);
    }
    catch {
        // Docker itself refuses a broken config; for a read-only lookup anonymous access is the safe answer.
        return null;
    }
}
function runHelper(helper, serverUrl, env) {
    return new Promise(resolve => {
        const child = (0,external_node_child_process_.execFile)(`docker-credential-${helper}`, ['get'], { env, timeout: HELPER_TIMEOUT_MS, maxBuffer: 64 * 1024 }, (error, stdout) => resolve(error ? null : stdout));
        child.stdin?.end(serverUrl);
    });
}
/**
 * Reads the docker config on each call (it is small), so `docker login` between two calls counts.
 * A helper that fails or knows nothing about the registry means anonymous access, as in Docker.
 */
function dockerCredentials(env = process.env) {
    return async (registry) => {
        const source = credentialSource(await readConfig(dockerConfigPath(env)), registry);
        if (source.kind === 'inline')
            return source.credential;
        if (source.kind === 'helper') {
            const out = await runHelper(source.helper, source.serverUrl, env);
            return out === null ? null : credentialFromHelper(out);
        }
        return null;
    };
}

;// CONCATENATED MODULE: ./src/registry/client.ts
// An OCI distribution-spec client: resolves tags to digests, reads manifests and config blobs, with token/basic auth and bounds.








/** A registry failure: one line that names the registry and what to do; exit 2. */
class RegistryError extends errors/* BuildLabError */.CG {
    kind;
    status;
    constructor(kind, message, status = null) {
        super(message, { exitCode: errors/* ExitCode */.yU.Error });
        this.name = 'RegistryError';
        this.kind = kind;
        this.status = status;
    }
}
const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_CONFIG_BYTES = 8 * 1024 * 1024;
const MAX_TOKEN_BYTES = 1024 * 1024;
const USER_AGENT = 'build-lab (+https://github.com/build-lab/build-lab)';
/** The reference as the messages show it: its name, tag and digest as they are now. */
function label(ref) {
    return `${ref.name}${ref.tag === null ? '' : `:${ref.tag}`}${ref.digest === null ? '' : `@${ref.digest}`}`;
}
/** The reference parsed; an invalid one is a RegistryError of kind invalid-reference. */
function toReference(ref) {
    if (typeof ref !== 'string')
        return ref;
    const parsed = (0,registry_reference/* tryParseReference */.WF)(ref);
    if (typeof parsed === 'string') {
        throw new RegistryError('invalid-reference', `${JSON.stringify(ref.slice(0, 200))}: ${parsed}`);
    }
    return parsed;
}
function wantedPlatform(text) {
    if (text === undefined)
        return null;
    const p = (0,registry_manifest/* parsePlatform */.FL)(text);
    if (typeof p === 'string')
        throw new errors/* BuildLabError */.CG(p);
    return p;
}
function sha256(body) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
}
/**
 * The socket error under undici's "fetch failed", as a short code. Read by shape, not instanceof:
 * fetch's errors may come from another realm (a VM context, a test runner).
 */
function networkReason(error) {
    const cause = field(error, 'cause');
    const code = field(cause, 'code');
    if (typeof code === 'string')
        return code;
    const message = field(cause, 'message');
    if (typeof message === 'string')
        return message.slice(0, 120);
    return (0,errors/* errorMessage */.gJ)(error).slice(0, 120);
}
function field(value, name) {
    return (0,json/* isRecord */.u4)(value) ? value[name] : undefined;
}
function isTimeout(error) {
    const name = field(error, 'name');
    return name === 'TimeoutError' || name === 'AbortError';
}
/** The registry's error code from its JSON body (`MANIFEST_UNKNOWN`), only when it looks like one. */
function errorCode(body) {
    try {
        const json = JSON.parse(body.toString('utf8'));
        const errors = typeof json === 'object' && json !== null ? json['errors'] : null;
        const first = Array.isArray(errors) ? errors[0] : null;
        const code = typeof first === 'object' && first !== null ? first['code'] : null;
        return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : null;
    }
    catch {
        return null;
    }
}
function createRegistryClient(options = {}) {
    const credentials = options.credentials ?? dockerCredentials();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxManifest = options.maxManifestBytes ?? MAX_MANIFEST_BYTES;
    const maxConfig = options.maxConfigBytes ?? MAX_CONFIG_BYTES;
    // Authorization per host and repository: a token's scope is one repository.
    const authorizations = new Map();
    const seconds = `${Math.round(timeoutMs / 1000)} s`;
    async function readBounded(response, max, subject, host) {
        const length = Number(response.headers.get('content-length') ?? 'NaN');
        if (Number.isFinite(length) && length > max) {
            await response.body?.cancel();
            throw tooLarge(subject, host, max);
        }
        if (response.body === null)
            return Buffer.alloc(0);
        const chunks = [];
        let total = 0;
        const reader = response.body.getReader();
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            total += value.byteLength;
            if (total > max) {
                await reader.cancel();
                throw tooLarge(subject, host, max);
            }
            chunks.push(Buffer.from(value));
        }
        return Buffer.concat(chunks);
    }
    function tooLarge(subject, host, max) {
        return new RegistryError('too-large', `registry ${host} sent more than ${(0,format/* formatBytes */.z3)(max)} for ${subject.what}: refusing to read it`);
    }
    /** One HTTP exchange with a time bound over headers and body; network failures become one line. */
    async function exchange(url, init, max, subject, host) {
        const signal = AbortSignal.timeout(timeoutMs);
        try {
            const response = await fetch(url, { ...init, signal, redirect: 'follow' });
            const body = init.method === 'HEAD' ? Buffer.alloc(0) : await readBounded(response, max, subject, host);
            return { status: response.status, statusText: response.statusText, headers: response.headers, body };
        }
        catch (error) {
            if (error instanceof RegistryError)
                throw error;
            if (isTimeout(error) || signal.aborted) {
                throw new RegistryError('timeout', `registry ${host} did not answer within ${seconds} for ${subject.what}: check the network, or try again`);
            }
            throw new RegistryError('unreachable', `registry ${host} is unreachable (${networkReason(error)}) for ${subject.what}: check that it runs and that the address is right`);
        }
    }
    async function token(subject, challenge, credential) {
        const { ref } = subject;
        let url;
        try {
            url = tokenUrl(challenge, pullScope(ref.repository), (0,registry_reference/* isLoopbackHost */.cW)(ref.host));
        }
        catch (error) {
            throw new RegistryError('protocol', `registry ${ref.host}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        const realmHost = new URL(url).host;
        const headers = { 'User-Agent': USER_AGENT, Accept: 'application/json' };
        let answer;
        if (credential !== null && 'identityToken' in credential) {
            // An identity token is an OAuth refresh token: exchanged by POST, as docker does.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credential.identityToken,
                client_id: 'build-lab',
                service: challenge.params['service'] ?? '',
                scope: challenge.params['scope'] ?? pullScope(ref.repository)
            });
            const realm = new URL(url);
            realm.search = '';
            answer = await exchange(realm.toString(), {
                method: 'POST',
                headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
                body: form.toString()
            }, MAX_TOKEN_BYTES, subject, realmHost);
        }
        else {
            if (credential !== null)
                headers['Authorization'] = basicAuthorization(credential);
            answer = await exchange(url, { method: 'GET', headers }, MAX_TOKEN_BYTES, subject, realmHost);
        }
        if (answer.status === 401 || answer.status === 403) {
            throw new RegistryError('unauthorized', `the token service ${realmHost} refused ${credential === null ? 'anonymous access' : 'the credentials from the docker config'} to ${ref.repository} (${answer.status}): ${loginHint(ref)}`, answer.status);
        }
        if (answer.status < 200 || answer.status > 299) {
            throw new RegistryError(answer.status >= 500 ? 'server' : 'protocol', `the token service ${realmHost} answered ${answer.status} for ${ref.repository}: try again later`, answer.status);
        }
        const value = tokenFromAnswer(answer.body.toString('utf8'));
        if (value === null) {
            throw new RegistryError('protocol', `the token service ${realmHost} answered without a token for ${ref.repository}`);
        }
        return `Bearer ${value}`;
    }
    function loginHint(ref) {
        return `run \`docker login ${ref.registry}\`, or add credentials for it to the docker config (DOCKER_CONFIG or ~/.docker/config.json)`;
    }
    /** The Authorization header that answers a 401's challenge, or null when there is none to give. */
    async function authorize(subject, challenge) {
        if (challenge === null)
            return { header: null, credentialed: false };
        const credential = await credentials(subject.ref.registry);
        if (challenge.scheme === 'basic') {
            return credential !== null && 'username' in credential
                ? { header: basicAuthorization(credential), credentialed: true }
                : { header: null, credentialed: false };
        }
        return { header: await token(subject, challenge, credential), credentialed: credential !== null };
    }
    async function request(subject, method, tail, accept, max) {
        const { ref } = subject;
        const url = `${(0,registry_reference/* registryBaseUrl */.mO)(ref.host)}/v2/${ref.repository}/${tail}`;
        const key = `${ref.host}/${ref.repository}`;
        const headers = () => {
            const h = { Accept: accept, 'User-Agent': USER_AGENT };
            const auth = authorizations.get(key);
            if (auth !== undefined)
                h['Authorization'] = auth;
            return h;
        };
        let answer = await exchange(url, { method, headers: headers() }, max, subject, ref.host);
        let anonymous = !authorizations.has(key);
        if (answer.status === 401) {
            const auth = await authorize(subject, parseChallenge(answer.headers.get('www-authenticate')));
            anonymous = !auth.credentialed;
            if (auth.header !== null) {
                authorizations.set(key, auth.header);
                answer = await exchange(url, { method, headers: headers() }, max, subject, ref.host);
            }
        }
        if (answer.status >= 200 && answer.status <= 299)
            return answer;
        const code = errorCode(answer.body);
        const status = `${answer.status}${code === null ? '' : ` ${code}`}`;
        switch (true) {
            case answer.status === 401:
                throw new RegistryError('unauthorized', `registry ${ref.host} refused ${anonymous ? 'anonymous access' : 'the credentials'} to ${subject.what} (${status}): ${loginHint(ref)}`, 401);
            case answer.status === 403:
                throw new RegistryError('denied', `registry ${ref.host} denied access to ${subject.what} (${status}): the credentials lack pull access to ${ref.repository}`, 403);
            case answer.status === 404:
                throw new RegistryError('not-found', `${subject.what} not found on registry ${ref.host} (${status}): check the name and tag, or push it`, 404);
            case answer.status === 429:
                throw new RegistryError('rate-limited', `registry ${ref.host} rate-limited the request for ${subject.what} (429): wait and retry, or log in for a higher limit`, 429);
            case answer.status >= 500:
                throw new RegistryError('server', `registry ${ref.host} failed with ${answer.status} ${answer.statusText.replace(/[^\x20-\x7e]/g, '').slice(0, 60)} for ${subject.what}: the registry is having trouble; try again later`.replace(/ {2,}/g, ' '), answer.status);
            default:
                throw new RegistryError('protocol', `registry ${ref.host} answered ${status} for ${subject.what}: not a registry API answer this tool understands`, answer.status);
        }
    }
    function describe(ref, reference) {
        return (0,registry_reference/* isDigest */.Bc)(reference) ? `manifest ${reference} of ${ref.name}` : `tag ${reference} of ${ref.name}`;
    }
    async function getManifest(ref, reference) {
        const subject = { ref, what: describe(ref, reference) };
        const answer = await request(subject, 'GET', `manifests/${reference}`, registry_manifest/* MANIFEST_ACCEPT */.dY, maxManifest);
        const digest = sha256(answer.body);
        const claimed = answer.headers.get('docker-content-digest');
        if (((0,registry_reference/* isDigest */.Bc)(reference) && reference !== digest) ||
            (claimed !== null && claimed.startsWith('sha256:') && claimed !== digest)) {
            throw new RegistryError('protocol', `registry ${ref.host} sent a manifest for ${subject.what} whose content does not match its digest: refusing it`);
        }
        const manifest = (0,registry_manifest/* parseManifest */.Ng)(answer.body.toString('utf8'), answer.headers.get('content-type'));
        if (typeof manifest === 'string') {
            throw new RegistryError('protocol', `registry ${ref.host} sent an unreadable manifest for ${subject.what}: ${manifest}`);
        }
        return { digest, mediaType: manifest.mediaType, manifest };
    }
    async function getConfig(ref, manifestDigest, config) {
        const subject = { ref, what: `the config blob of ${ref.name}@${manifestDigest}` };
        const answer = await request(subject, 'GET', `blobs/${config.digest}`, '*/*', maxConfig);
        if (sha256(answer.body) !== config.digest) {
            throw new RegistryError('protocol', `registry ${ref.host} sent ${subject.what} with content that does not match its digest`);
        }
        const summary = (0,registry_manifest/* parseImageConfig */.FB)(answer.body.toString('utf8'));
        if (typeof summary === 'string') {
            throw new RegistryError('protocol', `registry ${ref.host} sent an unreadable image config for ${ref.name}: ${summary}`);
        }
        return { ...summary, manifestDigest, configDigest: config.digest };
    }
    /** An index narrowed to one platform's image manifest; a missing platform is a one-line error listing those there are. */
    async function narrow(ref, fetched, want) {
        if (fetched.manifest.kind !== 'index')
            return fetched;
        const entry = (0,registry_manifest/* selectPlatform */.md)(fetched.manifest.manifests, want);
        if (entry === null) {
            const offered = (0,registry_manifest/* indexPlatforms */.DB)(fetched.manifest.manifests);
            throw new RegistryError('not-found', `${label(ref)} has no ${want === null ? 'image' : (0,registry_manifest/* platformString */.Fd)(want)} manifest (it offers ${offered.length === 0 ? 'none' : offered.join(', ')}): pick one of those with --platform`);
        }
        return getManifest(ref, entry.digest);
    }
    /** HEAD first (Docker Hub does not count it as a pull); null from a registry that does not allow HEAD (405). */
    async function headManifest(subject, reference) {
        try {
            return await request(subject, 'HEAD', `manifests/${reference}`, registry_manifest/* MANIFEST_ACCEPT */.dY, maxManifest);
        }
        catch (error) {
            if (error instanceof RegistryError && error.status === 405)
                return null;
            throw error;
        }
    }
    const client = {
        async resolveDigest(input, opts = {}) {
            const ref = toReference(input);
            const want = wantedPlatform(opts.platform);
            const reference = (0,registry_reference/* tagFirst */.rw)(ref);
            const subject = { ref, what: describe(ref, reference) };
            const head = await headManifest(subject, reference);
            const claimed = head?.headers.get('docker-content-digest') ?? null;
            const headType = head?.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
            if (claimed !== null && (0,registry_reference/* isDigest */.Bc)(claimed) && want === null && headType !== '') {
                return { digest: claimed, mediaType: headType, platforms: null, platformDigest: null };
            }
            // No digest header, or a platform to check: read the manifest itself (and keep its digest, verified).
            const fetched = await getManifest(ref, claimed !== null && (0,registry_reference/* isDigest */.Bc)(claimed) ? claimed : reference);
            if (want === null)
                return { digest: fetched.digest, mediaType: fetched.mediaType, platforms: null, platformDigest: null };
            if (fetched.manifest.kind === 'index') {
                const platforms = (0,registry_manifest/* indexPlatforms */.DB)(fetched.manifest.manifests);
                const entry = (0,registry_manifest/* selectPlatform */.md)(fetched.manifest.manifests, want);
                if (entry === null) {
                    throw new RegistryError('not-found', `${label(ref)} has no ${(0,registry_manifest/* platformString */.Fd)(want)} image (it offers ${platforms.length === 0 ? 'none' : platforms.join(', ')}): check --platform`);
                }
                return {
                    digest: fetched.digest,
                    mediaType: fetched.mediaType,
                    platforms,
                    platformDigest: entry.digest
                };
            }
            // A single-platform image: its config says which platform it is.
            const config = await getConfig(ref, fetched.digest, fetched.manifest.config);
            if (config.platform !== null && !(0,registry_manifest/* samePlatform */.my)(config.platform, want)) {
                throw new RegistryError('not-found', `${label(ref)} is a single ${(0,registry_manifest/* platformString */.Fd)(config.platform)} image, not ${(0,registry_manifest/* platformString */.Fd)(want)}: check --platform`);
            }
            const platforms = config.platform === null ? [] : [(0,registry_manifest/* platformString */.Fd)(config.platform)];
            return {
                digest: fetched.digest,
                mediaType: fetched.mediaType,
                platforms,
                platformDigest: fetched.digest
            };
        },
        async fetchManifest(input, reference) {
            const ref = toReference(input);
            return getManifest(ref, reference ?? (0,registry_reference/* digestFirst */.Pt)(ref));
        },
        async fetchConfig(input, opts = {}) {
            const ref = toReference(input);
            const want = wantedPlatform(opts.platform);
            const image = await narrow(ref, await getManifest(ref, (0,registry_reference/* digestFirst */.Pt)(ref)), want);
            if (image.manifest.kind !== 'image') {
                throw new RegistryError('protocol', `registry ${ref.host} sent an index where an image manifest was expected for ${ref.name}`);
            }
            return getConfig(ref, image.digest, image.manifest.config);
        },
        async ping(host, opts = {}) {
            const schemes = opts.schemes ?? [(0,registry_reference/* isLoopbackHost */.cW)(host) ? 'http' : 'https'];
            const reasons = [];
            for (const scheme of schemes) {
                try {
                    const response = await fetch(`${scheme}://${host}/v2/`, {
                        method: 'GET',
                        headers: { 'User-Agent': USER_AGENT },
                        signal: AbortSignal.timeout(timeoutMs)
                    });
                    await response.body?.cancel();
                    return { ok: true };
                }
                catch (error) {
                    reasons.push(`${scheme}: ${isTimeout(error) ? `no answer within ${seconds}` : networkReason(error)}`);
                }
            }
            return { ok: false, reason: reasons.join('; ') };
        }
    };
    return client;
}
let shared = null;
function defaultClient() {
    shared ??= createRegistryClient();
    return shared;
}
/** The digest a tag points at now (the index digest for a multi-platform tag); with a platform, checked to exist. */
function resolveDigest(ref, options = {}) {
    return defaultClient().resolveDigest(ref, options);
}
function fetchManifest(ref, reference) {
    return defaultClient().fetchManifest(ref, reference);
}
function fetchConfig(ref, options = {}) {
    return defaultClient().fetchConfig(ref, options);
}


/***/ })

};
