// The positions of non-zero elements and what is built on them: a.nonzero() / np.nonzero / one-argument
// np.where, np.extract, np.compress(out=) (item_selection.c, _function_base_impl.py).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "engine/array.hpp"

namespace engine {

// a.nonzero(): one int64 array per dimension, each a view (stride ndim * 8) of one fresh (count, ndim)
// array that owns the positions, so they share a base and overlap in memory without sharing elements.
// A 0-d array is ValueError under NumPy 2; NumPy 1.24 reads it as atleast_1d(a)
// (semantics::nonzero_of_0d_raises).
std::vector<array> nonzero(const array& a);

// np.extract(condition, arr): take(ravel(arr), nonzero(ravel(condition))[0]) — a fresh 1-D array;
// IndexError when a true position lies beyond arr's size.
array extract(const array& condition, const array& arr);

// a.compress(condition, axis, out): ValueError unless condition is 1-D; then
// take(a, nonzero(condition)[0], axis, out, raise) (see take.hpp: `out` comes back itself).
array compress(const array& condition, const array& a, std::optional<std::int64_t> axis,
               const std::optional<array>& out);

// np.ix_(*args): each argument (an array; bool ones replaced by their nonzero positions) reshaped to
// (1,)*k + (n,) + (1,)*(nd-k-1): a view of the argument when it is an array, so index arrays from ix_
// share memory with what they were made of. ValueError "Cross index must be 1 dimensional".
// `given_as_array[k]` says whether argument k was an ndarray (others were converted, and an empty one
// became intp).
std::vector<array> ix(const std::vector<array>& args, const std::vector<bool>& given_as_array);

}  // namespace engine
