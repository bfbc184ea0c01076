// NumPy's buffered iteration: the runs its iterator (nditer) hands a loop over an iteration it may buffer, for the
// ufunc loops (ufunc.cpp) and the float reductions (reduce_over_runs.cpp) whose results show where those runs begin
// and end.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/strided_loop.hpp"

namespace engine::detail {

constexpr std::int64_t ufunc_buffer_size = 8192;  // NPY_BUFSIZE, in elements

// NumPy's iterator buffers an operand (one needing no cast) unless it walks the whole iteration with one stride
// (nditer's BUFNEVER test): after coalescing, each axis steps by the inner axes' extent times their stride.
bool walks_with_one_stride(const strided_iteration& it, std::size_t operand);

// One loop call of NumPy's buffered iteration: `length` elements from element `first` (C order over the coalesced
// axes), each operand either read in place at its inner stride (it walks the run with that one stride) or through
// a contiguous buffer (`buffered`). The runs follow semantics::buffered_iteration_picks_a_core.
struct buffered_run {
    std::int64_t first, length;
    std::array<bool, 4> buffered;  // up to a binary loop's three operands and a where= mask
    // One core of NumPy 2.4's reduce logic: the reduction's output is buffered once for the cores along the outer
    // reduce axis (not written back between them).
    bool reduce_core = false;
    // A buffered operand NumPy 2.4 copies to or from its buffer as one strided stretch (NPY_OP_ITFLAG_BUF_SINGLESTRIDE:
    // it walks every run with one stride); otherwise line by line along the inner axis, as NumPy 1.24 always does.
    std::array<bool, 4> single_stride{};
    // The last run a fill of the buffers holds before they are written back: every run, but under NumPy 2.4 a
    // reduce core only at the end of its fill (the cores along the outer reduce axis share one buffer, up to the
    // 8,192 elements it holds), and under NumPy 1.24 a reduction's fill (its inner loop repeated along the outer
    // axis).
    bool ends_buffer = true;
    // The first run of a reduction's fill whose output buffer keeps the values the last fill left in it instead of
    // reading the output again through its cast (npyiter_copy_to_buffers: NumPy 2.4's BUF_REUSABLE, NumPy 1.24's
    // skip_transfer).
    bool keeps_output_buffer = false;
};

// What the iterator knows of its operands beyond their strides: the reduction's output (stride 0 along the
// reduced axes, REDUCE_OK) and the operands it casts (always buffered).
struct iteration_operands {
    std::optional<std::size_t> reduced_into;
    std::array<bool, 4> cast{};
};

// The runs of an iteration of up to four operands (one run, nothing buffered, where it coalesced to one axis or
// none unless an operand is cast), under the active profile.
std::vector<buffered_run> numpy_buffered_runs(const strided_iteration& it, const iteration_operands& operands = {});

}  // namespace engine::detail
