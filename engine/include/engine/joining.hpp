// Joining arrays into a new or a given array: np.concatenate(out=), np.stack, np.hstack, np.vstack,
// np.dstack, np.column_stack, np.append, np.block and np.resize, as NumPy composes them from views and
// concatenations.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "engine/array.hpp"

namespace engine {

// np.concatenate(seq, axis, out=out) (PyArray_ConcatenateArrays with a result given): the shape checks of
// np.concatenate(seq, axis=, dtype=, casting=): a fresh array (axis=None flattens) of dtype `as_type` (as given,
// byte order included) or else the promotion of the inputs; each input is written under `rule` (TypeError when
// it may not cast: checked per input, before its copy, so earlier inputs are already written). `descriptor`, here and
// below: the dtype object dtype= named (null: the type's built-in one), which the result holds ('q': long long).
array concatenate(const std::vector<array>& seq, std::optional<std::int64_t> axis = 0,
                  std::optional<dtype> as_type = std::nullopt, casting rule = casting::same_kind,
                  const descriptor_handle& descriptor = nullptr);

// The shape of concatenating `seq` along `axis` (already normalised), with NumPy's ValueErrors in NumPy's
// order (the number of dimensions, then the other axes' lengths).
dims concatenated_shape(const std::vector<array>& seq, std::size_t axis);

// np.concatenate(seq, axis, out=out): TypeError where dtype= is given too (before anything else); the checks of
// concatenate, then ValueError "Output array has wrong dimensionality" / "Output array is the wrong shape"; then
// each input is written into its window of `out` as np.copyto(window, input, casting=rule) does it (read-only
// ValueError, casting TypeError, overlap with `out` handled by a copy). A failing input leaves the earlier windows
// written. Returns `out` itself.
array concatenate_into(const std::vector<array>& seq, std::int64_t axis, const array& out, casting rule,
                       std::optional<dtype> as_type = std::nullopt);

// np.stack(arrays, axis, out=, dtype=, casting=): ValueError for no arrays or unequal shapes, AxisError (ValueError)
// for an axis outside ndim + 1; each input gets a new axis (a view) and they are concatenated along it with dtype=
// and casting=, into `out` when given (then `out` itself is the result; see concatenate_into).
array stack(const std::vector<array>& arrays, std::int64_t axis, const std::optional<array>& out, casting rule,
            std::optional<dtype> as_type = std::nullopt, const descriptor_handle& descriptor = nullptr);

// np.hstack / np.vstack / np.dstack: atleast_1d / atleast_2d / atleast_3d of every input, concatenated along
// axis 0 (1 unless the first is 1-D) / 0 / 2, hstack and vstack with dtype= and casting=. No inputs: ValueError.
array hstack(const std::vector<array>& arrays, std::optional<dtype> as_type = std::nullopt,
             casting rule = casting::same_kind, const descriptor_handle& descriptor = nullptr);
array vstack(const std::vector<array>& arrays, std::optional<dtype> as_type = std::nullopt,
             casting rule = casting::same_kind, const descriptor_handle& descriptor = nullptr);
array dstack(const std::vector<array>& arrays);

// np.column_stack: 0-d and 1-D inputs become columns (np.array(a, ndmin=2).T, a view), then axis 1.
array column_stack(const std::vector<array>& arrays);

// np.append(arr, values, axis): with no axis both are raveled (arr only when not 1-D) and joined along the
// last axis of arr; with an axis, np.concatenate((arr, values), axis). Always a fresh array.
array append(const array& arr, const array& values, std::optional<std::int64_t> axis);

// One level of np.block's nested lists: a leaf (an array; the caller makes scalars 0-d arrays) or a list.
struct block_entry {
    std::optional<array> leaf;
    std::vector<block_entry> items;
};

// np.block(arrays): ValueError for lists nested to different depths or an empty list, each leaf given the result's
// dimensions (np.array(x, ndmin=n)), ValueError for shapes that do not line up. Always a fresh array: up to
// 2 * 512 * 512 (list depth x elements) NumPy concatenates level by level (np.concatenate's layout; a lone array
// is copied in C order); above it, it fills np.empty(shape, order F when every leaf is F- and not every leaf
// C-contiguous, else C) of the leaves' common dtype slice by slice.
array block(const block_entry& arrays);

// np.resize(a, new_shape): a.ravel() repeated to fill new_shape, as NumPy's Python code makes it: a view (reshape
// of the first n elements) of a fresh concatenation of the copies, or np.zeros_like when either size is 0.
// ValueError for a negative length.
array resize(const array& a, const dims& new_shape);

}  // namespace engine
