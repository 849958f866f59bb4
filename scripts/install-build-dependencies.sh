#!/usr/bin/env bash
# Installs what building caseintake needs on a fresh Debian 12 machine that has Swift 6.3:
# the -dev packages of libarchive and cmark, and pkg-config. Does nothing when all are there.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists libarchive 2>/dev/null || missing+=(libarchive-dev)
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${missing[*]} ..." >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
