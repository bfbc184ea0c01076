// Moving a block of 8-byte elements from a layout contiguous down its columns into one contiguous along its rows:
// the inner step of a transposing copy and of a ufunc that gathers an input crossing its output's grain.
//
// Element (r, c) of the block is read at src + r * 8 + c * src_column_step and written at
// dst + r * dst_row_step + c * 8. The bits are moved, never looked at (a float's NaN payload and signalling bit
// stay), and every element is written exactly once, so the result cannot depend on the order of the writes
// as long as the destination's elements are distinct and the two blocks do not overlap (the callers check).
// Where the CPU has AVX2, 4 x 4 elements go at a time: four 32-byte loads down four columns, a register
// transpose (unpacks and 128-bit lane swaps) and four 32-byte stores along four rows; otherwise, and at the
// ragged edges, element by element.
#pragma once

#include <cstddef>
#include <cstdint>

namespace engine::detail {

void transpose_block_8(std::byte* dst, std::int64_t dst_row_step, const std::byte* src, std::int64_t src_column_step,
                       std::int64_t rows, std::int64_t cols);

}  // namespace engine::detail
