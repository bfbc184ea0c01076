#!/usr/bin/env bash
# Installs the built engine into a scratch prefix, then configures, builds and runs a separate CMake project
# that finds it with find_package(strided_engine). Usage: install_test.sh BUILD_DIR CONSUMER_DIR CXX
set -euo pipefail
build="$1"
consumer="$2"
cxx="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
test -f "$work/prefix/include/engine/array.hpp"
cmake -S "$consumer" -B "$work/build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/build" >/dev/null
"$work/build/consumer"
