#!/usr/bin/env bash
# Debian packages the project needs beyond Python: a TrueType font with Vietnamese glyphs for
# the PDF test fixtures, Tesseract with its Vietnamese model for OCR, poppler for page images,
# Chromium for the review-page browser tests. Installs only what is missing; needs root (or
# sudo). Set GIAOVIEC_SKIP_SYSTEM_DEPS=1 to skip.
set -euo pipefail

[ "${GIAOVIEC_SKIP_SYSTEM_DEPS:-0}" = "1" ] && exit 0
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system, skipped"; exit 0; }

PACKAGES=(fonts-dejavu-core tesseract-ocr tesseract-ocr-vie poppler-utils chromium)
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "system-deps: missing ${missing[*]} and not root; install them with apt-get" >&2
    exit 1
  fi
fi
echo "system-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
