// Float and complex sums and products as NumPy's add.reduce and multiply.reduce compute them: over the runs of its
// reduction iterator, which show in the last bits (pairwise sums, loop kernels, NaNs; reduce_over_runs.cpp).
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "engine/array.hpp"
#include "engine/scalar.hpp"

namespace engine::detail {

enum class reduce_op { add, multiply };

// What a.sum/a.prod(axis) gives for each output element (C order over the kept axes), in the dtype `accumulator`
// (float16, float32, float64, complex64 or complex128) as NumPy computes it. `values`: a itself or a copy of it
// (same shape) in the accumulator dtype; `cast`: whether NumPy casts a on its way in (its iterator then buffers a);
// `out_strides`: the output's strides in a's shape, 0 along the reduced axes (they join the iteration's axis
// order); `out_type`: the dtype of an out= that is not the accumulator's (NumPy buffers it); `running_product`: one
// step acc * x of multiply's reduce loop (the running product's kernel, reduction.cpp).
std::vector<scalar> numpy_reduce_over_runs(reduce_op op, const ndarray& a, const array& values, dtype accumulator,
                                           const std::vector<bool>& reduced, const dims& out_strides, bool cast,
                                           std::optional<dtype> out_type,
                                           const std::function<scalar(const scalar&, const scalar&)>& running_product);

}  // namespace engine::detail
