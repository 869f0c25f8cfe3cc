#!/usr/bin/env bash
# Installs whatever Plenum still lacks on this machine, then returns. Run by `npm start` (mode
# "start") and `npm test` (mode "test"); a second run finds everything in place and skips it.
#   0. Node.js 20.19 or newer (checked only: stops with a message when it is missing or older)
#   1. Debian packages (apt-get; with sudo when not root)
#   2. npm dependencies (`npm ci` when package-lock.json changed since the last install)
#   3. the build (telephone prompts, web app, server and SIP gateway, when any of its inputs changed since the last build)
#   4. test mode only: warns when the PostgreSQL of the service tests cannot be used
set -euo pipefail
mode="${1:-start}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
stamps="$root/.plenum-stamps"
mkdir -p "$stamps"

say() { printf '\033[1mplenum:\033[0m %s\n' "$*"; }

# --- 0. Node.js --------------------------------------------------------------------------
# package.json's engines; Vite and require() of ES modules need it.
node_version="$(node -p 'process.versions.node' 2>/dev/null || true)"
IFS=. read -r node_major node_minor _ <<<"$node_version"
if ! [[ "$node_major.$node_minor" =~ ^[0-9]+\.[0-9]+$ ]] || [ "$node_major" -lt 20 ] ||
  { [ "$node_major" -eq 20 ] && [ "$node_minor" -lt 19 ]; }; then
  if [ -z "$node_version" ]; then found="there is no node on the PATH"; else found="this is Node.js $node_version"; fi
  say "Plenum needs Node.js 20.19 or newer, but $found."
  say "Install a current Node.js (Debian 12's own nodejs package is 18, too old), then run this again."
  exit 1
fi

# --- 1. Debian packages ------------------------------------------------------------------
packages=(janus espeak-ng ffmpeg fonts-dejavu-core)
if [ "$mode" = test ]; then packages+=(chromium iproute2 baresip poppler-utils); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    say "please install these packages with your system's package manager: ${missing[*]}"
    exit 1
  fi
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian's janus package enables janus.service with its stock configuration (HTTP and
  # WebSocket API on all interfaces). Plenum runs its own Janus from its own config folder, so
  # the service it just brought in is switched off again where systemd is running.
  if [[ " ${missing[*]} " == *" janus "* ]] && [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
    say "disabling the janus.service that the janus package enabled (Plenum starts its own Janus)"
    $sudo systemctl disable --now janus.service >/dev/null 2>&1 || true
  fi
fi

# --- 2. npm dependencies -----------------------------------------------------------------
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -d node_modules ] || [ "$(cat "$stamps/npm-ci" 2>/dev/null)" != "$lock_hash" ]; then
  say "installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > "$stamps/npm-ci"
fi

# --- 3. build ----------------------------------------------------------------------------
# The stamp covers what the build reads: the sources of every workspace, the web app's static
# files (apps/*/public, copied as they are, e.g. the favicon), the root package.json and
# tsconfigs, and package-lock.json (a dependency update alone changes the bundles). Installed and
# built folders are left out, so a second run only hashes these few hundred files.
source_hash="$(
  {
    printf '%s\0' package.json package-lock.json tsconfig*.json
    find apps modules packages -type f \
      \( -name '*.ts' -o -name '*.tsx' -o -name '*.css' -o -name '*.html' -o -name '*.json' -o -name '*.mjs' -o -path 'apps/*/public/*' \) \
      -not -path '*/node_modules/*' -not -path '*/dist/*' -print0
  } | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
)"
if [ ! -f apps/server/dist/main.js ] || [ ! -f apps/server/dist/cli.js ] || [ ! -f apps/server/dist/sip-gateway.js ] ||
  [ ! -d apps/sip-gateway/dist/prompts ] || [ ! -f apps/web/dist/index.html ] || [ "$(cat "$stamps/build" 2>/dev/null)" != "$source_hash" ]; then
  say "building the telephone prompts, the web app, the server and the SIP gateway"
  npm run build --silent
  echo "$source_hash" > "$stamps/build"
fi

# --- 4. the machine's services for the tests ----------------------------------------------
# The service tests (*.service.test.ts) need a PostgreSQL server; Redis is not needed. Without
# PostgreSQL they fail with "connection refused" and no hint, so say so now (a warning: the
# other tests still run).
if [ "$mode" = test ]; then
  db_url="${PLENUM_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
  if ! db_problem="$(
    node -e '
      const pg = require("node:module").createRequire(`${process.cwd()}/packages/db/package.json`)("pg");
      (async () => {
        const client = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
        await client.connect();
        try {
          await client.query("select 1");
        } finally {
          await client.end();
        }
      })().catch((error) => {
        console.log(String(error.message || error.code || error).split("\n")[0]);
        process.exit(1);
      });
    ' "$db_url" 2>&1
  )"; then
    # A URL that was set may carry a password, so only the default one is printed.
    if [ -n "${PLENUM_TEST_DATABASE_URL:-}" ]; then
      say "warning: the PostgreSQL named in PLENUM_TEST_DATABASE_URL cannot be used: ${db_problem:-no reason given}"
    else
      say "warning: no usable PostgreSQL for the service tests at $db_url: ${db_problem:-no reason given}"
      say "  They expect a PostgreSQL server on 127.0.0.1:5432 that lets the user postgres in without a"
      say "  password (trust) and has a database named test; PLENUM_TEST_DATABASE_URL names another one."
    fi
    say "  The service tests (*.service.test.ts) fail until it works; the other tests run as usual."
    say "  Redis is not needed."
  fi
fi
