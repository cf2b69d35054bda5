#!/usr/bin/env bash
# Print the path of a Python interpreter of version $1 (e.g. 3.10): pyenv's, else one on PATH.
# `make test` runs the tests on the oldest and the newest Python the package declares.
set -euo pipefail
version="$1"
root="${PYENV_ROOT:-$HOME/.pyenv}"
for candidate in $(ls -d "$root"/versions/"$version".*/bin/python"$version" 2>/dev/null | sort -V -r) \
                 "$(command -v "python$version" || true)"; do
  if [ -n "$candidate" ] && "$candidate" -c 'import sys' >/dev/null 2>&1; then
    echo "$candidate"
    exit 0
  fi
done
echo "find-python.sh: no working python$version (install it, e.g. with pyenv or apt)" >&2
exit 1
