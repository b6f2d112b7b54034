#!/usr/bin/env sh
# Writes the Homebrew formula for a release to standard output, from the distribution archive the release attaches:
# the version from the archive's name, the SHA-256 from its bytes, into cdlint.rb.in beside this script. So the
# checksum in a tap is always the archive's own, never one typed in (docs/releasing.md).
#
# Usage: packaging/homebrew/formula.sh cli/target/cdlint-VERSION.tar.gz > ../homebrew-TAP/Formula/cdlint.rb
set -eu

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 cli/target/cdlint-VERSION.tar.gz (an archive built by ./mvnw package)" >&2
  exit 2
fi
name=${1##*/}
version=${name#cdlint-}
version=${version%.tar.gz}
case $version in
  *[!0-9.]* | '' | .* | *. | *..*)
    echo "$0: $name is not named cdlint-MAJOR.MINOR.PATCH.tar.gz" >&2
    exit 2
    ;;
esac
if command -v sha256sum >/dev/null 2>&1; then
  sum=$(sha256sum "$1")
else
  sum=$(shasum -a 256 "$1") # macOS
fi
sum=${sum%% *}
sed -e '/^#@/d' -e "s/@VERSION@/$version/g" -e "s/@SHA256@/$sum/g" "$(dirname "$0")/cdlint.rb.in"
