#!/bin/bash -eu
# ClusterFuzzLite / OSS-Fuzz build of strided_fuzz with the service's $CXX, $CXXFLAGS, $LIB_FUZZING_ENGINE,
# into $OUT with its seed corpus zip, dictionary, options, and the CPython + NumPy it embeds.
# Also runs outside the image: CC=clang CXX=clang++ CXXFLAGS=... LIB_FUZZING_ENGINE=... OUT=... SRC=... build.sh
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -f "$source_dir/CMakeLists.txt" ] || source_dir="$SRC/strided-conformance"  # the image's copy of build.sh
build_dir="${WORK:-/tmp}/strided-fuzz-build"
# The oracle's interpreter: $PYTHON, else the first one that has NumPy (a python3 without it may come first).
python="${PYTHON:-}"
for candidate in /usr/bin/python3.11 /usr/bin/python3 python3.11 python3; do
  [ -z "$python" ] || break
  ! "$candidate" -c 'import numpy' 2>/dev/null || python="$(command -v "$candidate")"
done

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_CXX_FLAGS="$CXXFLAGS" \
  -DSTRIDED_FUZZ_TARGET=ON -DSTRIDED_FUZZING_ENGINE="$LIB_FUZZING_ENGINE" \
  -DPython3_EXECUTABLE="$python" -DPython_EXECUTABLE="$python"
cmake --build "$build_dir" --target strided_fuzz -j"${JOBS:-$(nproc)}"

mkdir -p "$OUT"
cp "$build_dir/fuzz/strided_fuzz" "$source_dir/fuzz/strided_fuzz.dict" "$source_dir/fuzz/strided_fuzz.options" "$OUT/"
rm -f "$OUT/strided_fuzz_seed_corpus.zip"
(cd "$source_dir/corpus/fuzz" && zip -q -r "$OUT/strided_fuzz_seed_corpus.zip" . -x '.*')

# The runner image has neither CPython nor NumPy: the interpreter the target was linked with goes along,
# laid out as fuzz/libfuzzer/bundled_python.hpp expects.
bundle="$OUT/strided_fuzz_python"
rm -rf "$bundle" "$OUT/lib"
mkdir -p "$bundle/site-packages" "$OUT/lib"
read -r stdlib numpy_dir libpython < <("$python" -c '
import os, sysconfig, numpy
print(sysconfig.get_paths()["stdlib"], os.path.dirname(numpy.__file__),
      os.path.join(sysconfig.get_config_var("LIBDIR"), sysconfig.get_config_var("INSTSONAME")))')
mkdir -p "$bundle/lib"
cp -rL "$stdlib" "$bundle/lib/"
rm -rf "$bundle/lib/$(basename "$stdlib")"/{test,idlelib,tkinter,ensurepip,site-packages,dist-packages}
cp -rL "$numpy_dir" "$bundle/site-packages/"
[ ! -d "$numpy_dir.libs" ] || cp -rL "$numpy_dir.libs" "$bundle/site-packages/"
cp -L "$libpython" "$OUT/lib/"
