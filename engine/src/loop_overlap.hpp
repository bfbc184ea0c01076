// NumPy's nomemoverlap: the test its SIMD loops make before a vector kernel, whether an input and the output stay
// apart in memory. The engine repeats it where the kernel it picks shows (negative_loop.cpp, ufunc.cpp).
//
// Each operand's range runs from its start `steps` steps on, both ends included, and the very same range counts as
// apart (an operation in place). NumPy 2.4 spans n - 1 steps (the first byte of the last item); NumPy 1.24 spans n
// steps (one step past the last item, so an output ending just below its input is not apart).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>

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

}  // namespace engine::detail
