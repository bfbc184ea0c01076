// Small helpers shared by the engine's unit tests: build arrays from core pieces only, read values back.
// Kept dependency-free (core headers only) so each area's tests stand on their own.
#pragma once

#include <complex>
#include <cstdint>
#include <vector>

#include "engine/array.hpp"
#include "engine/kernels.hpp"
#include "engine/scalar.hpp"

namespace engine::testing {

// A fresh C-ordered array holding 0, 1, 2, ... (cast to `t`), like np.arange(n, dtype=t).reshape(shape).
inline array iota(const dims& shape, dtype t = dtype::int64, order o = order::C) {
    array a = ndarray::allocate(t, shape, o);
    const array c = o == order::C ? a : ndarray::allocate(t, shape, order::C);
    std::byte* p = c->data();
    for (std::int64_t i = 0; i < c->size(); ++i) store_element(t, p + i * c->itemsize(), make_int64(i));
    if (c != a) assign(*a, *c);
    return a;
}

// The values in C order as doubles (real parts) / int64.
inline std::vector<double> doubles(const ndarray& a) {
    std::vector<double> out;
    for (const auto& s : flat_values(a)) out.push_back(s.as_double());
    return out;
}
inline std::vector<std::int64_t> ints(const ndarray& a) {
    std::vector<std::int64_t> out;
    for (const auto& s : flat_values(a)) out.push_back(s.as_int64());
    return out;
}

}  // namespace engine::testing
