# The usual first Dockerfile for a TypeScript service: any source edit re-runs npm ci and a full tsc.
ARG BASE=node:22-bookworm-slim
FROM ${BASE}
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund
RUN npx tsc -p tsconfig.json
RUN npm prune --omit=dev
CMD ["node", "dist/server.js"]
