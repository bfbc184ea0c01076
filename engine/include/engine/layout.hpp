// Shapes and strides as plain values, and the pure functions NumPy derives from them:
// element counts (overflow-checked), C/F stride construction and the contiguity flags.
#pragma once

#include <cstdint>
#include <vector>

namespace engine {

using dims = std::vector<std::int64_t>;

enum class order { C, F, A, K };

// NumPy's copy modes (the copy= keyword, np._CopyMode): always copy; copy only if needed (NumPy 2's
// copy=None, NumPy 1's copy=False); never copy (NumPy 2's copy=False: ValueError when a copy is needed).
enum class copy_mode { always, if_needed, never };

// Number of elements; raises ValueError when the product overflows int64 or a dimension is negative.
std::int64_t element_count(const dims& shape);

// Strides of a fresh contiguous array in C or F order (NumPy uses itemsize for size-0/1 dims too).
dims contiguous_strides(const dims& shape, std::int64_t itemsize, order o);

// NumPy's C_CONTIGUOUS / F_CONTIGUOUS rules: dimensions of length 1 are ignored, an empty array is both.
bool is_c_contiguous(const dims& shape, const dims& strides, std::int64_t itemsize);
bool is_f_contiguous(const dims& shape, const dims& strides, std::int64_t itemsize);

// Normalises an axis argument (negative counts from the end); raises AxisError (a ValueError) when out of range.
std::int64_t normalize_axis(std::int64_t axis, std::int64_t ndim);

}  // namespace engine
