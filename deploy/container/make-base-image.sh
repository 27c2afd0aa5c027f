#!/bin/sh
# Makes a base image for the Dockerfile (BASE_IMAGE) out of this machine's own Node.js, where no
# registry answers and `FROM node:20-slim` cannot be pulled: node, npm, a shell for the build
# stage's RUN lines, and the shared libraries they and the native packages (@next/swc, sharp)
# load, imported into the local Docker engine. Linux with glibc only, like the machine.
# Usage: deploy/container/make-base-image.sh [tag]   (default storefront-base:local)
set -eu
tag=${1:-storefront-base:local}
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

node=$(readlink -f "$(command -v node)")
npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
shell=$(readlink -f /bin/sh)
# npm's scripts start with `#!/usr/bin/env node`.
env_program=$(readlink -f "$(command -v env)")

mkdir -p "$root/usr/local/bin" "$root/usr/local/lib/node_modules" "$root/bin" "$root/usr/bin" \
  "$root/etc" "$root/root" "$root/tmp"
chmod 1777 "$root/tmp"
cp "$node" "$root/usr/local/bin/node"
cp -a "$npm_dir" "$root/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
cp "$shell" "$root/bin/sh"
cp "$env_program" "$root/usr/bin/env"

# What ldd lists for node, the shell and env, plus libresolv and librt, which the native packages
# link against but node does not.
arch_libs=$(dirname "$(ldd "$node" | awk '/libc\.so/ { print $3 }')")
for lib in $(ldd "$node" "$shell" "$env_program" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// && $1 !~ /:$/ { print $1 }' | sort -u) \
  "$arch_libs/libresolv.so.2" "$arch_libs/librt.so.1"; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done

# The machine's certificate authorities, so npm in the build stage trusts what this machine does
# (a registry mirror or an intercepting proxy with its own CA).
mkdir -p "$root/etc/ssl/certs"
cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"

# Only root, for the build stage; the storefront's stage runs as the numeric user 10001.
echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
echo 'root:x:0:' >"$root/etc/group"

tar -C "$root" -c . | docker import \
  --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' \
  - "$tag" >/dev/null
echo "$tag: $(docker image inspect --format '{{.Size}}' "$tag" | awk '{ printf "%.0f MB", $1 / 1e6 }'), node $(docker run --rm --network=host "$tag" node --version)"
