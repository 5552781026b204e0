# The OpsGraph API and client, compiled: the image runs `node` on plain JavaScript (dist/), with no tsx or
# npx at run time. Neo4j runs in its own container (docker-compose.yml), so there is no Java here.

# Build: every dependency, the client (vite) and the server (tsc) into dist/ (npm run build).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Run: production dependencies and dist/ only.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000
# `docker stop` sends SIGTERM: scripts/start.ts closes HTTP, Apollo and the driver, then exits (about 1 s;
# at most 14 s, under Docker's 10 s default only if requests hang, hence stop_grace_period in compose).
# node runs as PID 1 and handles the signal itself; it starts no child processes here (Neo4j is external),
# so there is nothing to reap, and compose adds an init (`init: true`) all the same.
STOPSIGNAL SIGTERM
CMD ["node", "dist/scripts/start.js"]
