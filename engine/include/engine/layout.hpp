// Shapes and strides as plain values, and the pure functions NumPy derives from them:
// element counts (overflow-checked), C/F stride construction, the contiguity flags, the array-size check and
// npy_intp's wrap-around stride arithmetic.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include <absl/container/inlined_vector.h>

namespace engine {

// Shapes and strides hold their first 8 extents inline: an array's metadata, and every shape an operation
// computes on the way, then costs no allocation (NumPy caches its dimension arrays for the same reason).
inline constexpr std::size_t inline_dimensions = 8;
using dims = absl::InlinedVector<std::int64_t, inline_dimensions>;

enum class order { C, F, A, K };

// NumPy's copy modes (the copy= keyword, np._CopyMode): always copy; copy only if needed (NumPy 2's
// copy=None, NumPy 1's copy=False); never copy (NumPy 2's copy=False: ValueError when a copy is needed).
enum class copy_mode { always, if_needed, never };

// Number of elements; raises ValueError when the product overflows int64 or a dimension is negative.
std::int64_t element_count(const dims& shape);

// Strides of a fresh contiguous array in C or F order (NumPy uses itemsize for size-0/1 dims too).
dims contiguous_strides(const dims& shape, std::int64_t itemsize, order o);

// Whether every element of a (shape, strides) layout is the same memory cell: each axis of more than one element
// steps 0 (an empty layout counts as one).
bool all_elements_one_cell(const dims& shape, const dims& strides);

// NumPy's C_CONTIGUOUS / F_CONTIGUOUS rules: dimensions of length 1 are ignored, an empty array is both.
bool is_c_contiguous(const dims& shape, const dims& strides, std::int64_t itemsize);
bool is_f_contiguous(const dims& shape, const dims& strides, std::int64_t itemsize);

// Normalises an axis argument (negative counts from the end); raises AxisError (a ValueError) when out of range.
std::int64_t normalize_axis(std::int64_t axis, std::int64_t ndim);

// The check NumPy makes on every array it creates, views included: ValueError "negative dimensions are not
// allowed", or "array is too big; ..." when the non-zero dimensions times the itemsize overflow npy_intp.
void check_array_size(const dims& shape, std::int64_t itemsize);

// NumPy 2 left its old iterators (the flat iterator, np.broadcast's multi-iterator, the all-but-one-axis
// iterator of sort and partition, and so np.choose, a.flat, np.broadcast_arrays, np.fill_diagonal) at 32
// dimensions: RuntimeError "this function only supports up to 32 dimensions but the array has N." beyond.
// (NumPy 1.x arrays never have more.)
inline constexpr std::int64_t legacy_iterator_max_dimensions = 32;
void check_legacy_iterator_dimensions(std::int64_t ndim);

// Stride and byte-offset arithmetic as NumPy's npy_intp does it: two's-complement wrap-around instead of
// undefined overflow. Only layouts no memory could back (as_strided can make them) ever wrap, and NumPy
// then reports the wrapped numbers, so the engine computes the same ones.
std::int64_t wrapping_multiply(std::int64_t a, std::int64_t b);

// offset_bounds_from_strides (mem_overlap.c): the half-open byte range [lower, upper) an array of this layout
// touches, relative to its first element, in NumPy's wrapping arithmetic; {0, 0} when any dimension is 0.
std::pair<std::int64_t, std::int64_t> offset_bounds_from_strides(std::int64_t itemsize, const dims& shape,
                                                                 const dims& strides);
std::int64_t wrapping_add(std::int64_t a, std::int64_t b);

}  // namespace engine
