// NumPy 2's np.negative loop for 32- and 64-bit numbers, including the way it misreads one input step, for the
// ufunc paths that hand the loop an array's own steps (unary_ufuncs in ufunc.cpp).
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
// same range counting as apart) and the steps are whole elements; the iterator first orders and coalesces the
// axes and turns around an axis both operands walk backwards (nditer_order), so the runs and their steps here are
// NumPy's, not the engine's usual ones. Where NumPy 2.4's iterator copies the operands through its buffers instead
// (several short runs that do not coalesce), the loop sees contiguous buffers and is right.
#pragma once

#include <cstddef>

#include "engine/array.hpp"
#include "engine/dtype.hpp"

namespace engine::detail {

// out = -in element by element, as NumPy 2's negative loop computes it for `loop` (the dtype of both) with the
// active profile's negative_loop_vector_bytes; `in_data`/`in_strides` are the input broadcast to out's shape.
// False, having done nothing, where the profile or the dtype has no such loop or NumPy buffers the operands (the
// caller runs its own loop, which negates the right elements).
bool run_numpy_negative_loop(dtype loop, const ndarray& out, const std::byte* in_data, const dims& in_strides);

}  // namespace engine::detail
