#!/usr/bin/env bash
# The GitHub Action's set-up (action.yml): gets the cdlint jar the check step runs, without building it on every
# run. Kept in a script so that it is tested outside GitHub (GithubActionTest).
#
#   setup.sh key   prints the cache key: a SHA-256 of every file the jar is built from, in this action's own
#                  folder, so one commit of the action (whatever ref named it: a tag, a branch, a hash) has one key
#   setup.sh jar   prints the path of the jar, in the cache folder: the one cached for the key; else, when the
#                  action is named by its release tag, the jar from that release's archive (checksum verified); else
#                  one built here with the Maven Wrapper, its Maven repository kept in the cache folder too
#
# action.yml restores and saves the cache folder with actions/cache under that key (and, for a new key, the
# newest older entry, whose Maven repository makes the build quicker).
#
# Environment:
#   CDLINT_ACTION_CACHE       the cache folder (default: ~/.cache/cdlint-action)
#   CDLINT_ACTION_REF         the ref the workflow named the action by (github.action_ref); vVERSION is a release
#   CDLINT_ACTION_REPOSITORY  the action's repository (github.action_repository; default: cdlint/cdlint)
#   CDLINT_RELEASES_URL       where releases are downloaded from (default: https://github.com/REPOSITORY/releases/download)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd -P)
cache=${CDLINT_ACTION_CACHE:-$HOME/.cache/cdlint-action}

# sha256sum on Linux, shasum on macOS runners.
sha256=(sha256sum)
command -v sha256sum >/dev/null 2>&1 || sha256=(shasum -a 256)

# What the cli module's jar is built from (its pom also packs the Journal samples into it for training), by
# path and content.
key() {
  (
    cd "$root"
    find pom.xml mvnw .mvn linter-core/pom.xml linter-core/src/main cli/pom.xml cli/src/main cli/src/dist \
      cli/src/assembly samples/journal samples/journal-broken -type f -print0 | LC_ALL=C sort -z \
      | xargs -0 "${sha256[@]}" | "${sha256[@]}"
  ) | cut -c 1-32
}

# The jar from the release the action is named by: its archive, checked against the checksums the release lists.
# Fails (1) when the release cannot be downloaded, and stops the step when the archive does not match.
from_release() {
  local version=$1 target=$2 work status=0
  local url=${CDLINT_RELEASES_URL:-https://github.com/${CDLINT_ACTION_REPOSITORY:-cdlint/cdlint}/releases/download}
  work=$(mktemp -d)
  download "$url/v$version" "$version" "$work" "$target" || status=$?
  rm -rf "$work"
  [ "$status" -eq 0 ] || [ "$status" -eq 1 ] || exit "$status"
  return "$status"
}

download() {
  local url=$1 version=$2 work=$3 target=$4 expected actual
  curl -fsSL --retry 3 -o "$work/cdlint-$version.tar.gz" "$url/cdlint-$version.tar.gz" || return 1
  curl -fsSL --retry 3 -o "$work/cdlint-$version.sha256" "$url/cdlint-$version.sha256" || return 1
  expected=$(sed -n "s/^\([0-9a-f]\{64\}\)  cdlint-$version\.tar\.gz\$/\1/p" "$work/cdlint-$version.sha256")
  actual=$("${sha256[@]}" "$work/cdlint-$version.tar.gz" | cut -d ' ' -f 1)
  if [ -z "$expected" ] || [ "$expected" != "$actual" ]; then
    echo "cdlint: the archive of release v$version does not match its published checksum; not running it" >&2
    return 3
  fi
  tar -xzf "$work/cdlint-$version.tar.gz" -C "$work" "cdlint-$version/lib/cdlint.jar"
  mv "$work/cdlint-$version/lib/cdlint.jar" "$target"
}

jar() {
  local key version jar
  key=$(key)
  jar=$cache/cdlint-$key.jar
  if [ -f "$jar" ]; then
    echo "cdlint: using the cdlint build cached for this action ($key)" >&2
    echo "$jar"
    return
  fi
  mkdir -p "$cache"
  version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$root/pom.xml" | head -n 1)
  if [ "${CDLINT_ACTION_REF:-}" = "v$version" ] && from_release "$version" "$jar.tmp"; then
    echo "cdlint: using the archive of release v$version" >&2
  else
    echo "cdlint: building cdlint with Maven, once for this action's sources ($key)" >&2
    # The Maven repository and the wrapper's Maven live in the cache folder too, so a new action version that
    # restores an older entry downloads little.
    (cd "$root" && MAVEN_USER_HOME=$cache/maven ./mvnw -q -B -ntp -pl cli -am package -DskipTests \
      -Dmaven.repo.local="$cache/maven/repository") >&2
    cp "$root/cli/target/cdlint.jar" "$jar.tmp"
  fi
  rm -f "$cache"/cdlint-*.jar   # builds of other action versions, restored with the Maven repository
  mv "$jar.tmp" "$jar"
  echo "$jar"
}

case ${1:-} in
  key) key ;;
  jar) jar ;;
  *) echo "usage: $0 key|jar" >&2; exit 2 ;;
esac
