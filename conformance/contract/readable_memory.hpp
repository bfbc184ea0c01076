// The contract's rule for reading an array's elements into a snapshot, applied by every system the same way:
// elements are read only when all of them lie inside the buffer the array's memory belongs to, and there are
// at most max_compared_elements of them (at most max_text_elements when written out as text: in a trace, a
// statement's value or a divergence report).
//
// Why: as_strided can make a view that reaches past its buffer; reading it gives garbage on either side (and
// can crash NumPy itself, or trip ASan), so such an array's values are the marker "outside its buffer" instead,
// compared like any value: a system that thinks the view is inside while the other does not still diverges.
// Both systems measure the view against the buffer that owns the memory (NumPy: the array at the end of the
// base chain that owns its data; the engine: its buffer), whose size is the owner's nbytes.
// An array with more elements than the limit is refused before anything is allocated (std::length_error):
// `as_strided(a, shape=(10**12,), strides=(0,))` is a clean failure, not std::bad_alloc. Steps compare
// elements in place (element_memory.hpp), so the limit is what a step can afford to walk (seconds at memory
// speed), not what text costs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace conformance {

inline constexpr std::int64_t max_compared_elements = 4'000'000'000;

// Values written out as text (a JSON list of numbers) cost about a hundred bytes an element.
inline constexpr std::int64_t max_text_elements = 10'000'000;

// The values of an array that reaches outside its buffer.
inline constexpr std::string_view outside_buffer_marker = "outside its buffer";

// Whether the elements of an array at `data` (with `shape`, byte `strides`, `itemsize`) all lie within
// [buffer_begin, buffer_begin + buffer_size). An empty array always does.
bool inside_buffer(std::uintptr_t data, std::span<const std::int64_t> shape, std::span<const std::int64_t> strides,
                   std::int64_t itemsize, std::uintptr_t buffer_begin, std::uint64_t buffer_size);

// Throws std::length_error naming the count when `size` exceeds max_compared_elements.
void check_compared_size(std::int64_t size);

// Throws std::length_error naming the count when `size` exceeds max_text_elements.
void check_text_size(std::int64_t size);

}  // namespace conformance
