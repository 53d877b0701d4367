# syntax=docker/dockerfile:1
# Multi-stage build of the standalone Next server on Node 24 LTS. The database is external (DATABASE_URL);
# migrations are applied by the server itself when it starts (see lib/boot). SITE_URL is required at run time.
# e2e/deployment.spec.ts assembles and serves exactly these files, so the image's contents are tested without Docker.

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The build needs no database: every public page renders on first request and is cached from then on.
RUN npx next build

# `npm run jobs` for deployments that run jobs apart from the servers (docker-compose.yml, profile scale): the
# built source with its dependencies, as an unprivileged user. `docker build --target worker .`
FROM node:24-bookworm-slim AS worker
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --from=build --chown=node:node /app ./
USER node
CMD ["npm", "run", "jobs"]

FROM node:24-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 MEDIA_DIR=/app/media
RUN groupadd --system app && useradd --system --gid app --home /app app \
  && mkdir -p /app/media && chown app:app /app/media
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
COPY --from=build --chown=app:app /app/public ./public
COPY --from=build --chown=app:app /app/server ./server
USER app
EXPOSE 3000
VOLUME ["/app/media"]
# No --start-period (dockerfilelint misreads it): eight tries 15 s apart give a first start two minutes.
HEALTHCHECK --interval=15s --timeout=5s --retries=8 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Our server in front of Next (server/next-server.mjs): client addresses behind TRUSTED_PROXIES, bounded shared
# caching, and a graceful stop that lets requests and jobs finish (docker stop sends SIGTERM).
STOPSIGNAL SIGTERM
CMD ["node", "server/next-server.mjs", "start"]
