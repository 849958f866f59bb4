#!/usr/bin/env bash
# Installs a built caseintake under a prefix, laid out as the binary looks for its templates:
#   bin/caseintake
#   share/caseintake/Templates/                     (found as <bin>/../share/caseintake/Templates)
#   share/man/man1/caseintake.1                     (swift-argument-parser's generate-manual)
#   share/bash-completion/completions/caseintake    (caseintake --generate-completion-script)
#   share/zsh/site-functions/_caseintake
#   share/fish/vendor_completions.d/caseintake.fish
# Usage: scripts/install.sh BIN_FOLDER PREFIX
#   BIN_FOLDER holds the built caseintake and generate-manual (`swift build --show-bin-path`);
#   PREFIX is where to install, DESTDIR included (`make install` passes $(DESTDIR)$(PREFIX)).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: scripts/install.sh BIN_FOLDER PREFIX" >&2; exit 64; }
bin_folder="$1"
prefix="$2"
for tool in caseintake generate-manual; do
  [ -x "$bin_folder/$tool" ] || { echo "install: $bin_folder/$tool is not built" >&2; exit 1; }
done

share="$prefix/share"
install -d "$prefix/bin" "$share/caseintake" "$share/man/man1" "$share/bash-completion/completions" \
  "$share/zsh/site-functions" "$share/fish/vendor_completions.d"
install -m 0755 "$bin_folder/caseintake" "$prefix/bin/caseintake"

# Templates: replaced whole, so a file removed from the source tree does not linger.
rm -rf "$share/caseintake/Templates"
cp -R Templates "$share/caseintake/Templates"
find "$share/caseintake/Templates" -type d -exec chmod 0755 {} +
find "$share/caseintake/Templates" -type f -exec chmod 0644 {} +

installed="$prefix/bin/caseintake"
"$installed" --generate-completion-script bash >"$share/bash-completion/completions/caseintake"
"$installed" --generate-completion-script zsh >"$share/zsh/site-functions/_caseintake"
"$installed" --generate-completion-script fish >"$share/fish/vendor_completions.d/caseintake.fish"

manual=$(mktemp -d)
trap 'rm -rf "$manual"' EXIT
"$bin_folder/generate-manual" "$installed" --output-directory "$manual" >/dev/null
install -m 0644 "$manual/caseintake.1" "$share/man/man1/caseintake.1"
echo "Installed caseintake $("$installed" --version | head -n 1) under $prefix"
