// Running a typed inner loop over several strided operands at once: the C++ storage type of each dtype,
// dimension coalescing, and an odometer that hands the innermost runs to the loop. An element operation
// picks its loop once per call and this walks the memory, so there is no per-element dispatch.
#pragma once

#include <array>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "engine/dtype.hpp"
#include "engine/float16.hpp"
#include "engine/layout.hpp"

namespace engine {

// How an element of each dtype is held in memory (bool is one byte, 0 or 1).
template <dtype T> struct element_storage;
template <> struct element_storage<dtype::bool_> { using type = std::uint8_t; };
template <> struct element_storage<dtype::int8> { using type = std::int8_t; };
template <> struct element_storage<dtype::int16> { using type = std::int16_t; };
template <> struct element_storage<dtype::int32> { using type = std::int32_t; };
template <> struct element_storage<dtype::int64> { using type = std::int64_t; };
template <> struct element_storage<dtype::uint8> { using type = std::uint8_t; };
template <> struct element_storage<dtype::uint16> { using type = std::uint16_t; };
template <> struct element_storage<dtype::uint32> { using type = std::uint32_t; };
template <> struct element_storage<dtype::uint64> { using type = std::uint64_t; };
template <> struct element_storage<dtype::float16> { using type = half; };
template <> struct element_storage<dtype::float32> { using type = float; };
template <> struct element_storage<dtype::float64> { using type = double; };
template <> struct element_storage<dtype::complex64> { using type = std::complex<float>; };
template <> struct element_storage<dtype::complex128> { using type = std::complex<double>; };
template <dtype T> using element_t = typename element_storage<T>::type;

// A shape and one stride list per operand (strides[operand][dim]), after coalescing. Up to three operands (a
// copy's two, a binary ufunc's three) are held inline: an element operation then allocates nothing to walk.
struct strided_iteration {
    dims shape;
    absl::InlinedVector<dims, 3> strides;
};

// Drops length-1 dimensions and merges neighbouring dimensions that every operand walks as one run,
// so that the inner loop gets the longest possible count.
strided_iteration coalesce(const dims& shape, const std::vector<dims>& strides);

// coalesce() after ordering the axes as NumPy's iterators do for the operand they write (the first): by its
// absolute stride, largest outermost, ties in their order. The innermost run is then its smallest step,
// which decides which of NumPy's inner loops runs (contiguous, with a scalar operand, strided).
strided_iteration coalesce_in_memory_order(const dims& shape, const std::vector<dims>& strides);
// The same, the operands' stride lists named by pointer rather than copied.
strided_iteration coalesce_in_memory_order(const dims& shape, std::initializer_list<const dims*> strides);

// Calls run(pointers, inner_strides, count) for every innermost run of the iteration; pointers[k] starts
// at operand k's element. A 0-d iteration is one run of one element.
template <std::size_t N, class Run>
void for_each_inner_run(const strided_iteration& it, std::array<std::byte*, N> pointers, Run&& run) {
    const std::size_t nd = it.shape.size();
    std::array<std::int64_t, N> inner{};
    if (nd == 0) {
        run(pointers, inner, std::int64_t{1});
        return;
    }
    for (std::size_t k = 0; k < N; ++k) inner[k] = it.strides[k][nd - 1];
    const std::int64_t count = it.shape[nd - 1];
    dims counter(nd - 1, 0);
    for (;;) {
        run(pointers, inner, count);
        std::size_t d = nd - 1;
        for (;;) {
            if (d == 0) return;
            --d;
            for (std::size_t k = 0; k < N; ++k) pointers[k] += it.strides[k][d];
            if (++counter[d] < it.shape[d]) break;
            for (std::size_t k = 0; k < N; ++k) pointers[k] -= it.strides[k][d] * it.shape[d];
            counter[d] = 0;
        }
    }
}

// Calls stretch(first, count) for every maximal stretch of positions in [begin, end) that `selected(i)` holds for,
// in order: how NumPy's masked loops and transfers hand the unmasked elements on, run by run.
template <class Selected, class Stretch>
void for_each_selected_stretch(std::int64_t begin, std::int64_t end, Selected&& selected, Stretch&& stretch) {
    for (std::int64_t i = begin; i < end;) {
        while (i < end && !selected(i)) ++i;
        const std::int64_t first = i;
        while (i < end && selected(i)) ++i;
        if (i > first) stretch(first, i - first);
    }
}

}  // namespace engine
