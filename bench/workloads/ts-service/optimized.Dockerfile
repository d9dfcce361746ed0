# Lockfiles first, npm's cache and tsc's incremental state in cache mounts, a multi-stage build, a pinned base:
# a source edit re-runs only the compile, and the compile re-checks only what changed.
ARG BASE=node:22-bookworm-slim@sha256:43ac6c60b8f89723f746e8a92ce91abd5017e627ce1ddfe4238355d3a30b772c

FROM ${BASE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund --ignore-scripts

FROM deps AS prod-deps
RUN npm prune --omit=dev --no-audit --no-fund

FROM deps AS build
COPY tsconfig.json ./
COPY src ./src
# tsc's buildinfo and its outputs stay together in the mount, so the next build re-checks only the files that
# changed; the outputs are then copied out, because a cache mount is not part of the image.
RUN --mount=type=cache,target=/cache/tsc \
    node_modules/.bin/tsc -p tsconfig.json --incremental \
      --tsBuildInfoFile /cache/tsc/tsconfig.tsbuildinfo --outDir /cache/tsc/dist \
    && cp -R /cache/tsc/dist ./dist

FROM ${BASE}
ARG SOURCE_DATE_EPOCH
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
USER 10001
CMD ["node", "dist/server.js"]
