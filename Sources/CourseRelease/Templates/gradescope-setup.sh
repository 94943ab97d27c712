#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder's image; the zip's
# contents are in /autograder/source. It installs what grading needs — a Swift toolchain
# from swift.org, pkg-config, libcmark-dev, libxxhash-dev and bubblewrap — builds `course` once, and
# compiles the checks of every exercise once, so each submission compiles only its own code.
#
# For a run outside Gradescope (the package's contract test):
#   AUTOGRADER_ROOT  the folder standing for /autograder
#   COURSE_BIN       a prebuilt `course`: nothing is built
#   SWIFT_VERSION    the toolchain installed when there is no `swift` on PATH
#                    (default {{swift-version}}, the one the course was checked with)
set -euo pipefail

ROOT="${AUTOGRADER_ROOT:-/autograder}"
SOURCE="$ROOT/source"
SWIFT_VERSION="${SWIFT_VERSION:-{{swift-version}}}"
export DEBIAN_FRONTEND=noninteractive

[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
if ! command -v swift >/dev/null 2>&1; then
  echo "Installing Swift $SWIFT_VERSION from swift.org…"
  apt-get update -qq
  # The toolchain's own run-time needs (swift.org's list for Ubuntu), and what fetching it needs.
  apt-get install -y -qq --no-install-recommends \
    binutils build-essential ca-certificates curl git gnupg libc6-dev libcurl4-openssl-dev libedit2 \
    libncurses-dev libpython3-dev libsqlite3-0 libxml2-dev libz3-dev tzdata unzip zlib1g-dev >/dev/null
  . /etc/os-release
  case "${ID:-}-${VERSION_ID:-}" in
    ubuntu-20.04|ubuntu-22.04|ubuntu-24.04) platform="ubuntu$VERSION_ID" ;;
    *) echo "error: no Swift toolchain for ${PRETTY_NAME:-this system}; choose an Ubuntu 22.04 or 24.04 base image in Gradescope's settings" >&2; exit 1 ;;
  esac
  folder="${platform//./}"
  if [ "$(uname -m)" = aarch64 ]; then platform="$platform-aarch64"; folder="$folder-aarch64"; fi
  url="https://download.swift.org/swift-$SWIFT_VERSION-release/$folder/swift-$SWIFT_VERSION-RELEASE/swift-$SWIFT_VERSION-RELEASE-$platform.tar.gz"
  download="$(mktemp -d)"
  curl -fsSL "$url" -o "$download/swift.tar.gz"
  curl -fsSL "$url.sig" -o "$download/swift.tar.gz.sig"
  # swift.org signs every toolchain; refuse one whose signature does not check out.
  export GNUPGHOME="$download/gnupg"
  mkdir -m 700 "$GNUPGHOME"
  curl -fsSL https://www.swift.org/keys/all-keys.asc | gpg --batch --quiet --import -
  gpg --batch --quiet --verify "$download/swift.tar.gz.sig" "$download/swift.tar.gz"
  mkdir -p /opt/swift
  tar -xzf "$download/swift.tar.gz" -C /opt/swift --strip-components=1
  rm -rf "$download"
  unset GNUPGHOME
  export PATH="/opt/swift/usr/bin:$PATH"
fi

# pkg-config, libcmark-dev, libxxhash-dev and bubblewrap, where missing (the course's own set-up script).
"$SOURCE/scripts/setup"

if [ -z "${COURSE_BIN:-}" ]; then
  echo "Building course…"
  (cd "$SOURCE" && swift build --product course)
  COURSE_BIN="$SOURCE/.build/debug/course"
fi

# Compile the grader's libraries and every exercise's checks now, into the cache that
# run_autograder uses: `course check` proves each starter against its checks (hidden ones
# included) and earns 0, which also shows that the package is sound. The starters are the
# course's own code, so they may run without isolation if the image builder has none.
export COURSE_PACKAGE_ROOT="$SOURCE"
export COURSE_CACHE_DIR="${COURSE_CACHE_DIR:-$SOURCE/.build/course-cache}"
(cd "$SOURCE" && "$COURSE_BIN" check --isolation auto)
echo "The autograder is ready."
