// NumPy's nomemoverlap: the test its SIMD loops make before a vector kernel, whether an input and the output stay
// apart in memory. The engine repeats it where the kernel it picks shows (negative_loop.cpp, ufunc.cpp).
//
// Each operand's range runs from its start `steps` steps on, both ends included, and the very same range counts as
// apart (an operation in place). NumPy 2.4 spans n - 1 steps (the first byte of the last item); NumPy 1.24 spans n
// steps (one step past the last item, so an output ending just below its input is not apart): the active profile
// says which (semantics::loop_overlap_spans_past_the_last_item).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "engine/semantics.hpp"

namespace engine::detail {

inline bool numpy_ranges_apart(const std::byte* a, std::int64_t a_step, const std::byte* b, std::int64_t b_step,
                               std::int64_t steps) {
    const auto range = [steps](const std::byte* start, std::int64_t step) {
        const auto first = reinterpret_cast<std::intptr_t>(start);
        const std::intptr_t span = step * steps;
        return std::pair{first + std::min<std::intptr_t>(span, 0), first + std::max<std::intptr_t>(span, 0)};
    };
    const auto [a_low, a_high] = range(a, a_step);
    const auto [b_low, b_high] = range(b, b_step);
    return (a_low == b_low && a_high == b_high) || a_low > b_high || b_low > a_high;
}

// The steps a run of n elements spans under the active profile's NumPy.
inline std::int64_t numpy_loop_overlap_steps(std::int64_t n) {
    return active_semantics().loop_overlap_spans_past_the_last_item ? n : n - 1;
}

// nomemoverlap of an operand and the output over a run of n elements, as the active profile's NumPy asks it.
inline bool numpy_loop_sees_apart(const std::byte* a, std::int64_t a_step, const std::byte* b, std::int64_t b_step,
                                  std::int64_t n) {
    return numpy_ranges_apart(a, a_step, b, b_step, numpy_loop_overlap_steps(n));
}

}  // namespace engine::detail
