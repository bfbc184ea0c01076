// NumPy 2's np.negative loop for 32- and 64-bit numbers, including the way it misreads one input step; ufunc.cpp
// runs it over NumPy's own iteration (run_unary_loop: its axis order, flips, buffered runs and masked stretches).
//
// NumPy 2.4's loop (loops_unary.dispatch.cpp, unary_negative) picks its kernel from the steps NumPy's iterator
// hands it, in elements: istride = istep / sizeof(T), ostride = ostep / sizeof(T). Its test for "contiguous input,
// non-contiguous output" reads `istride == sizeof(T) && ostride != 1`: it compares a step in elements with a size
// in bytes. So an input that steps 4 elements (32-bit) or 8 (64-bit) with an output that does not step 1 runs the
// kernel written for a contiguous input, which reads the n elements one after another from the input's start and
// writes them out at the output's step: out[j] = -in[j elements], not -in[j * istride]. (NumPy 1.24 compares with
// 1 and is right.) That kernel loads whole vectors and stores each one before loading the next (two vectors a round
// with AVX2 or AVX-512, four with the baseline's 16-byte vectors), then one vector at a time, then element by
// element; where the output is the input itself, a load can see what an earlier store of the same call wrote, so
// the engine repeats those loads and stores in that order (measured on NumPy 2.4.6 with AVX2 and at its baseline,
// every n to 69; AVX-512's width is inferred from NumPy's dispatch list). With AVX-512 an output stepping
// backwards never reaches that kernel: the scatter-limit check before it (npyv_storable_stride) divides the signed
// step by an unsigned itemsize, so a negative step fails it and the scalar loop runs (measured on NumPy 2.4.6).
//
// The loop is reached only where neither step makes the two item ranges overlap (NumPy's nomemoverlap, an exact
// same range counting as apart) and the steps are whole elements; the steps it sees are those of NumPy's iteration
// (ufunc.cpp's numpy_ufunc_iteration), not the engine's usual ones. Where NumPy's iterator copies the operands
// through its buffers, the loop sees contiguous buffers and is right; it buffers an unaligned operand too.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "engine/array.hpp"
#include "engine/dtype.hpp"

namespace engine::detail {

// NumPy 2's negative loop for `loop` (int32, uint32, int64, uint64, float32, float64) under the active profile's
// negative_loop_vector_bytes, as a unary loop (p: out, in); nullptr for other dtypes or a profile without it.
using negative_loop = void (*)(std::array<std::byte*, 2> p, std::array<std::int64_t, 2> steps, std::int64_t n);
negative_loop numpy_negative_loop(dtype loop);

// Whether the loop can misread this operation (an input stepping itemsize elements along some axis, both operands
// aligned: NumPy buffers an unaligned one), so that it must run over NumPy's iteration; elsewhere it negates the
// elements where they are whatever steps it is handed.
bool negative_loop_can_slip(dtype loop, const ndarray& out, const std::byte* in_data, const dims& in_strides);

}  // namespace engine::detail
