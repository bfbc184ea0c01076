// Small helpers shared by the engine's unit tests: build arrays from core pieces only, read values back.
// Kept dependency-free (core headers only) so each area's tests stand on their own.
#pragma once

#include <gtest/gtest.h>

#include <complex>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/array.hpp"
#include "engine/error.hpp"
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

// Expects `operation` to raise the engine error of `category` with exactly NumPy's `message`.
template <class Operation>
void expect_error(Operation&& operation, error_category category, const std::string& message) {
    try {
        operation();
        ADD_FAILURE() << "expected " << category_name(category) << ": " << message;
    } catch (const error& e) {
        EXPECT_EQ(e.category(), category) << e.what();
        EXPECT_EQ(std::string(e.what()), message);
    }
}

// A view of fresh np.arange-like memory with an arbitrary layout, as as_strided(buffer[offset:], ...) makes
// it in the oracle scripts: the buffer holds 0, 1, 2, ... and the view starts where the layout needs it to
// (after the elements that negative strides reach back to).
inline array strided_iota(const dims& shape, const dims& strides, std::int64_t itemsize) {
    std::int64_t low = 0, high = 0;
    if (element_count(shape) > 0)
        for (std::size_t i = 0; i < shape.size(); ++i) (strides[i] < 0 ? low : high) += (shape[i] - 1) * strides[i];
    const dtype t = signed_of_size(itemsize);
    const array memory = iota({(high - low) / itemsize + 1}, t);
    return ndarray::view_of(memory, t, shape, strides, -low);
}

// Whether `a` addresses the memory `source` does (a view) rather than a copy's.
inline bool shares_buffer(const array& a, const array& source) { return a->memory() == source->memory(); }

// The category of the engine error `f` raises (a test failure when it raises none).
inline error_category category_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const error& e) {
        return e.category();
    }
    ADD_FAILURE() << "expected an error";
    return error_category::runtime_error;
}

}  // namespace engine::testing
