# The storefront image: `docker run IMAGE` serves the storefront on $PORT (3000),
# `docker run IMAGE services` runs the reference commerce services on $SERVICES_PORT (4010).
# How to build it, what build and run must agree on, and the writable paths:
# deploy/container/README.md.
#
# No `# syntax=` line: that would pull a frontend image from a registry, and builds here have none.

# A glibc Linux with Node.js 20 and npm, e.g. node:20-slim; deploy/container/make-base-image.sh
# makes one from this machine where no registry answers.
ARG BASE_IMAGE

FROM ${BASE_IMAGE} AS build
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
# Not secret, baked into the pages prerendered at build time: the run must use the same values.
ARG NEXT_DEPLOYMENT_ID=
ARG STOREFRONT_BUILD_ID=
ARG SITE_URL=
ARG PRERENDER_PRODUCTS=24
# The secrets come in as an env file (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, FLAGS_SECRET), read by
# build.ts from /run/secrets/storefront_build, and stay out of every layer and of the history.
RUN --mount=type=secret,id=storefront_build \
    NEXT_DEPLOYMENT_ID="$NEXT_DEPLOYMENT_ID" STOREFRONT_BUILD_ID="$STOREFRONT_BUILD_ID" \
    SITE_URL="$SITE_URL" PRERENDER_PRODUCTS="$PRERENDER_PRODUCTS" \
    node --import tsx scripts/container/build.ts /image

FROM ${BASE_IMAGE}
WORKDIR /app
# The old-space cap npm start gives each server (STOREFRONT_HEAP_MB, BENCHMARKS.md "Memory under a
# soak"): left to itself V8 sizes the heap by the memory it sees (the host's, where no limit is
# set, as under Compose) and keeps ~1 GB it no longer needs. Kubernetes' 1Gi limit leaves room
# above it for buffers. Override with -e NODE_OPTIONS=... where an instance needs more.
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-old-space-size=512 \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    SERVICES_HOST=0.0.0.0 \
    SERVICES_PORT=4010 \
    SERVICES_DATA_DIR=/app/.data/services
# Everything owned by root: the server cannot change its own code.
COPY --from=build /image/app/ /app/
# Where it writes (deploy/container/README.md, "Writable paths"): owned by its user.
COPY --from=build --chown=10001:10001 /image/empty/ /app/.next/cache/
COPY --from=build --chown=10001:10001 /image/empty/ /app/.data/
# Numeric, so a runtime can check it is not root without an /etc/passwd entry.
USER 10001:10001
EXPOSE 3000 4010
ENTRYPOINT ["node", ".build/container/entry.mjs"]
