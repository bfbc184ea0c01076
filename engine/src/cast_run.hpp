// One inner run of NumPy's cast as its iterators hand it to the dtype transfer function, for engine code that walks
// its own runs (a fancy assignment into blocks). Defined in kernels.cpp beside the loops it picks from.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/dtype.hpp"

namespace engine::detail {

// d[i * ds] = s[i * ss] cast to dst_type, for i < n, in order, as NumPy's cast loop for that pair and those steps:
// each element is read just before it is written, so a source the writes reach sees them, and a float -> uint32
// cast answers by whether both steps are contiguous. A contiguous run whose loop NumPy's build vectorised reads
// a vector's worth of elements before it writes them (`aligned`: both arrays pass NumPy's IsUintAligned, as its
// caller asks for the aligned loops; the active profile says whether the build's loops read ahead). Where either
// side is in swapped byte order NumPy's wrapped cast goes through a buffer 128 elements at a time, each block read
// whole before any of it is written.
void cast_run(std::byte* d, std::int64_t ds, dtype dst_type, const std::byte* s, std::int64_t ss, dtype src_type,
              std::int64_t n, bool aligned);

// Whether NumPy's copy of a stride-0 source into `t` (plain or swapping) reads the value once per call, even where the
// writes reach it: its srcstride0 loops exist only aligned (`aligned`: IsUintAligned on both sides), and complex
// copies and swaps always take the unaligned loops (get_byteswap_loop: "the complex alignment would be too small"),
// which read the source again for each element, after the writes before it.
inline bool stride0_copy_reads_once(dtype t, bool aligned) { return aligned && !is_complex(t); }

}  // namespace engine::detail
