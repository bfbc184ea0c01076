// The memory layout NumPy chooses for a fresh array computed from existing ones: the axis order that
// follows the inputs' strides (order='K'), as the ufunc iterator, np.concatenate and the *_like functions
// decide it. Layout only; allocation stays with ndarray.
#pragma once

#include <vector>

#include "engine/array.hpp"
#include "engine/layout.hpp"

namespace engine {

// Strides of a fresh `shape` array whose axes are ordered like `order_source`'s strides (largest |stride|
// outermost, ties in axis order): NumPy's PyArray_NewLikeArray with order='K' (used when the source is
// neither C- nor F-contiguous). `order_source` has one entry per axis of `shape`.
dims strides_ordered_like(const dims& order_source, const dims& shape, std::int64_t itemsize);

// Strides NumPy's iterator gives an output it allocates with order='K' (every ufunc result that is not a
// plain C/F case): `operand_strides` are the inputs' strides broadcast to `shape`, 0 where an input is
// broadcast or has length 1; such axes give that input no say in the order.
dims iterator_output_strides(const dims& shape, const std::vector<dims>& operand_strides, std::int64_t itemsize);

// Strides of np.concatenate's result (PyArray_CreateMultiSortedStridePerm): the inputs vote on the order of
// each pair of axes unless they have length 1 on one of them; on conflicts C order wins.
dims concatenation_strides(const dims& shape, const std::vector<array>& inputs, std::int64_t itemsize);

}  // namespace engine
