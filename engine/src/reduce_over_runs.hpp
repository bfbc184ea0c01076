// Float and complex sums and products, and float maxima and minima, as NumPy's add, multiply, maximum and minimum
// reduce compute them: over the runs of its reduction iterator, which show in the last bits and in which NaN comes
// out (pairwise sums, loop kernels, vector loops; reduce_over_runs.cpp).
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "engine/array.hpp"
#include "engine/scalar.hpp"

namespace engine::detail {

enum class reduce_op { add, multiply, maximum, minimum };

// Where each output element starts (numpy_reduce_over_runs).
struct reduce_start {
    // The starting values as out holds them: C order over the kept axes, in out's dtype where an out= of another
    // dtype is given, else in the accumulator's. None: the identity (0 for add, 1 for multiply), or each output's
    // first element where `first_copied`.
    const std::vector<scalar>* values = nullptr;
    // maximum and minimum, and any reduction with initial=None: each output starts from its first element (index 0
    // along the reduced axes: `values` where given, NumPy's copy of it into such an out, else copied by the loop),
    // which the loop then skips.
    bool first_copied = false;
};

// What a.sum/a.prod/a.max/a.min(axis) gives for each output element (C order over the kept axes), in the dtype `accumulator`
// (float16, float32, float64, complex64 or complex128; maximum and minimum: float16, float32, float64) as NumPy
// computes it; for any other accumulator (integer sums, products and extrema, complex extrema), what NumPy 2.4's
// write-back of an out= of another dtype makes of them (each buffer's outputs cast into out and read back). `values`: a itself or a copy of it
// (same shape) in the accumulator dtype; `cast`: whether NumPy casts a on its way in (its iterator then buffers a);
// `out_strides`: the output's strides in a's shape, 0 along the reduced axes (they join the iteration's axis
// order); `out_type`: the dtype of an out= that is not the accumulator's (NumPy buffers it); `running_step`: one
// step of a complex product's reduce call, acc * x (the running product's kernel; reduction.cpp); `start`: where
// the outputs start. With an out of another dtype a result comes back in out's dtype where NumPy's last step for
// it was writing its buffer back. `mask`: where=, broadcast to a's shape: a third operand of NumPy's iterator (its
// strides join the axis order and the runs), whose False elements each loop call leaves out (NumPy's masked loop
// calls the loop on each stretch of True elements of a run: a float sum adds each stretch's pairwise sum).
std::vector<scalar> numpy_reduce_over_runs(reduce_op op, const ndarray& a, const array& values, dtype accumulator,
                                           const std::vector<bool>& reduced, const dims& out_strides, bool cast,
                                           std::optional<dtype> out_type,
                                           const std::function<scalar(const scalar&, const scalar&)>& running_step,
                                           reduce_start start, const ndarray* mask);

// `a` cast into `accumulator` as NumPy's reduction iterator casts it into its buffers (a C-ordered array of a's
// shape): the input is always buffered where it is cast, and each fill goes through the cast loop as one stretch
// where NumPy 2.4 finds the input single-stride over it (a reduce core's block filled at once), otherwise line by
// line along the iteration's inner axis (NumPy 1.24 always). Which elements one call converts shows in float ->
// integer casts of NaN, infinities and values out of range. `out_strides`, `out_type`, `mask` as
// numpy_reduce_over_runs'.
array cast_as_numpy_buffers(const ndarray& a, dtype accumulator, const dims& out_strides, std::optional<dtype> out_type,
                            const ndarray* mask);

}  // namespace engine::detail
