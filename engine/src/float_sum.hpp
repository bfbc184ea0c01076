// The sums NumPy's add.reduce computes for float and complex elements (np.sum, mean's sum): pairwise within each
// loop call of its reduction iterator, so the runs that iterator hands out show in the last bits (float_sum.cpp).
#pragma once

#include <optional>
#include <vector>

#include "engine/array.hpp"
#include "engine/scalar.hpp"

namespace engine::detail {

// The sum of `a` over the axes marked in `reduced`, for each output element (C order over the kept axes), in the
// dtype `accumulator` (float16, float32, float64, complex64 or complex128) as NumPy computes it. `values`: a itself
// or a copy of it (same shape) in the accumulator dtype; `cast`: whether NumPy casts a on its way in (its iterator
// then buffers a); `out_strides`: the output's strides in a's shape, 0 along the reduced axes (they join the
// iteration's axis order); `out_type`: the dtype of an out= that is not the accumulator's (NumPy buffers it: the sums
// are stored into it, cast, after every loop call).
std::vector<scalar> numpy_float_sums(const ndarray& a, const ndarray& values, dtype accumulator,
                                     const std::vector<bool>& reduced, const dims& out_strides, bool cast,
                                     std::optional<dtype> out_type);

}  // namespace engine::detail
