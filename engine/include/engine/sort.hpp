// Sorting in place and into a copy: a.sort(axis) writes every lane along the axis back into the array's own
// memory (through views too), np.sort(a, axis) sorts a copy (a.flatten() for axis=None) the same way.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "engine/array.hpp"

namespace engine {

// NumPy's sort kinds: kind='quicksort' (the default: introsort, or x86-simd-sort's networks where the CPU has
// them), 'heapsort', and 'stable'/'mergesort' (timsort or radix sort), which NumPy 2's stable=True also picks.
enum class sort_kind { quicksort, heapsort, stable };

// The kind NumPy's sort takes from kind= (a string, by its first letter in either case: q, h, m or s; anything
// else ValueError) and NumPy 2's stable= (None: not given; both given: ValueError).
sort_kind sort_kind_of(const std::optional<std::string>& kind, std::optional<bool> stable = std::nullopt);

// a.sort(axis, kind): ValueError when read-only, AxisError for an axis outside ndim (a 0-d array has none).
// NumPy's order: numbers ascending, NaN last; complex values with both parts numbers first (by real part, then
// imaginary part), then those with only the imaginary part NaN (by real part), those with only the real part NaN
// (by imaginary part), both NaN last.
// Elements that compare equal but differ in their bits (-0.0 and +0.0, NaNs with other payloads, complex numbers
// with such parts) show the kind: the stable kind keeps them in order, heapsort moves them as NumPy 1.24's heapsort
// does (NumPy 2.4 runs the default sort for it, semantics.hpp), and the default moves them as NumPy's introsort does,
// or where the default is NumPy's SIMD sort (x86-simd-sort: float32/float64 with AVX2 or AVX512_SKX, float16 with
// AVX512_ICL under NumPy 2.4, float32 with AVX512_SKX under 1.24) as it does, NaNs rewritten: float32 and float64
// replayed compare-exchange for compare-exchange (their networks may copy one zero over the other), float16 by sign
// (semantics.hpp). All exact (docs/oracles.md).
// The lanes are sorted one after the other in C order of the other axes, each read just before it is
// written back (so overlapping writeable lanes see the earlier ones sorted).
void sort_in_place(const array& a, std::int64_t axis = -1, sort_kind kind = sort_kind::quicksort);

// np.sort(a, axis, kind): a.copy(order='K') sorted along the axis, or a.flatten() sorted for no axis.
array sorted_copy(const array& a, std::optional<std::int64_t> axis, sort_kind kind = sort_kind::quicksort);

// NumPy's all-but-one-axis walk (PyArray_IterAllButAxis) as sorting and partitioning use it: run(first element) for
// every lane along `axis` (a normalised axis), the other axes in C order.
template <class Run>
void for_each_lane(const ndarray& a, std::int64_t axis, Run&& run) {
    dims others_shape, others_strides;
    for (std::int64_t i = 0; i < a.ndim(); ++i) {
        if (i == axis) continue;
        others_shape.push_back(a.shape()[static_cast<std::size_t>(i)]);
        others_strides.push_back(a.strides()[static_cast<std::size_t>(i)]);
    }
    dims counter(others_shape.size(), 0);
    for (;;) {
        std::byte* start = a.data();
        for (std::size_t d = 0; d < counter.size(); ++d) start += counter[d] * others_strides[d];
        run(start);
        std::size_t d = counter.size();
        for (;;) {
            if (d == 0) return;
            --d;
            if (++counter[d] < others_shape[d]) break;
            counter[d] = 0;
        }
    }
}

}  // namespace engine
