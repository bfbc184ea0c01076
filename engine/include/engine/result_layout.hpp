// order='K', in one place: the axis order NumPy derives from existing strides, for the layout of a fresh
// array (the ufunc iterator's output, np.concatenate, the *_like functions, copies) and for the order in which
// elements are visited (flatten/ravel('K'), advanced indexing). Layout only; allocation stays with ndarray.
#pragma once

#include <cstddef>
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

// Strides of a fresh array with a's shape laid out in a's stride order (PyArray_CreateSortedStridePerm, as
// copy(order='K') uses it): strides_ordered_like(a.strides(), a.shape(), itemsize(as_type)).
dims strides_keeping_order(const ndarray& a, dtype as_type);

// The order NumPy's nditer walks operands broadcast to a shape with order='K': axes outermost first, and
// which axes it walks reversed.
struct axis_order {
    std::vector<std::size_t> outer_to_inner;
    std::vector<bool> reversed;
};

// Plain C order, nothing reversed.
axis_order c_order(std::size_t ndim);

// The byte offsets (relative to element 0) of every element of a (shape, strides) layout, visited in `order`.
std::vector<std::int64_t> offsets_in_order(const dims& shape, const dims& strides, const axis_order& order);
// The same in C order.
std::vector<std::int64_t> c_order_offsets(const dims& shape, const dims& strides);

// Operand strides as nditer weighs them: a length-1 axis gives no operand a say in the order.
std::vector<dims> nditer_operands(const dims& shape, std::vector<dims> operand_strides);

// The axis order of the output nditer would allocate for `operand_strides` (iterator_output_strides); with
// `may_reverse`, an axis that every operand walks backwards (or not at all) is walked forwards in memory.
axis_order nditer_order(const dims& shape, const std::vector<dims>& operand_strides, bool may_reverse);

// The order in which NumPy's iterator visits a's axes for order='K' (outermost first), which is the order
// flatten('K') writes elements in: nditer_order of `a` alone, negative strides kept (CopyAsFlat asks the
// iterator not to flip them), so a reversed axis is still read in reverse.
dims keep_order_axes(const ndarray& a);

// Strides, in a's own axis numbering, that place a's elements one after another in a flat array in the
// traversal order `o` (C, F or K).
dims flat_strides(const ndarray& a, order o);

// Whether a's elements, read in order of decreasing |stride|, are one dense run (NumPy's test for a 'K'
// ravel view): every axis longer than 1 has the stride a fresh array in a's stride order would give it.
bool is_dense_in_stride_order(const ndarray& a);

}  // namespace engine
