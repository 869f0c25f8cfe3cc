#!/usr/bin/env bash
# Installs whatever Plenum still lacks on this machine, then returns. Run by `npm start` (mode
# "start") and `npm test` (mode "test"); a second run finds everything in place and skips it.
#   1. Debian packages (apt-get; with sudo when not root)
#   2. npm dependencies (`npm ci` when package-lock.json changed since the last install)
#   3. the build (web app and server, when any source changed since the last build)
set -euo pipefail
mode="${1:-start}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
stamps="$root/.plenum-stamps"
mkdir -p "$stamps"

say() { printf '\033[1mplenum:\033[0m %s\n' "$*"; }

# --- 1. Debian packages ------------------------------------------------------------------
packages=(janus)
if [ "$mode" = test ]; then packages+=(chromium ffmpeg iproute2); fi
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
source_hash="$(
  find apps modules packages -type f \( -name '*.ts' -o -name '*.tsx' -o -name '*.css' -o -name '*.html' -o -name '*.json' -o -name '*.mjs' \) \
    -not -path '*/node_modules/*' -not -path '*/dist/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
)"
if [ ! -f apps/server/dist/main.js ] || [ ! -f apps/server/dist/cli.js ] || [ ! -f apps/web/dist/index.html ] || [ "$(cat "$stamps/build" 2>/dev/null)" != "$source_hash" ]; then
  say "building the web app and the server"
  npm run build --silent
  echo "$source_hash" > "$stamps/build"
fi
