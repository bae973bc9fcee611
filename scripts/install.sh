#!/usr/bin/env bash
# Install everything oficio needs on Debian (as root): system packages, a Python
# environment in .venv, and the project itself. Safe to run again: it only adds what is
# missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng tesseract-ocr-osd chromium
                 python3 python3-venv python3-pip)
missing=()
for package in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "oficio needs Python 3.11 or later; $PYTHON is older." >&2; exit 1; }
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -qq --upgrade pip  # -qq: errors only, like the line below
# -qq: setuptools tells every editable install of a mapped package "be careful with folders
# named as the package" (an InformationOnly notice, not a warning about oficio); errors show.
.venv/bin/python -m pip install -qq -e ".[test,browse]"  # Babel too: a dependency
# The translation catalogs are shipped compiled; compile them again so that an edited .po
# is what runs (a no-op otherwise: the same .po gives the same .mo)
.venv/bin/python -m scripts.catalogs compile
.venv/bin/oficio doctor
