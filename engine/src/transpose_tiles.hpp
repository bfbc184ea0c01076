// Moving a block of 8-byte elements from a layout contiguous down its columns into one contiguous along its rows:
// the inner step of a transposing copy and of a ufunc that gathers an input crossing its output's grain.
//
// Element (r, c) of the block is read at src + r * 8 + c * src_column_step and written at
// dst + r * dst_row_step + c * 8. The bits are moved, never looked at (a float's NaN payload and signalling bit
// stay), and every element is written exactly once, so the result cannot depend on the order of the writes
// as long as the destination's elements are distinct and the two blocks do not overlap (the callers check).
// Where the CPU has AVX2, 2 rows x 4 columns go at a time: four 16-byte loads (two rows of one column each), two
// 128-bit inserts and two unpacks, and two 32-byte stores along the two rows; an odd last row goes four columns
// per store. Otherwise, and in the last columns short of four, element by element.
#pragma once

#include <cstddef>
#include <cstdint>

namespace engine::detail {

void transpose_block_8(std::byte* dst, std::int64_t dst_row_step, const std::byte* src, std::int64_t src_column_step,
                       std::int64_t rows, std::int64_t cols);

}  // namespace engine::detail
