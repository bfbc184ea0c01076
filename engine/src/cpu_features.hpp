// Which optional instruction sets the engine's loops may use: what the CPU has, minus any named in the
// environment variable STRIDED_DISABLE_CPU_FEATURES (as NumPy's NPY_DISABLE_CPU_FEATURES), so that the baseline
// loops can be run, and tested against NumPy, on any machine.
//
// The variable holds names separated by commas or spaces, case-insensitive; the only name is AVX2. It is read
// once per process. An unknown name is reported on stderr (once) and otherwise ignored.
#pragma once

namespace engine::detail {

bool use_avx2();

}  // namespace engine::detail
