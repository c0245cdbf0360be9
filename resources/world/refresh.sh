#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Re-downloads the world-atlas package from the npm registry and copies the map files here.
set -eu
version="${1:-2.0.2}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "world-atlas@${version}" >/dev/null
tar -xzf "world-atlas-${version}.tgz"
for file in countries-50m.json countries-110m.json; do
    cp "package/${file}" "${here}/${file}"
done
echo "world-atlas ${version}: copied countries-50m.json and countries-110m.json to ${here}"
