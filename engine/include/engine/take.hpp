// Reading elements by position along an axis: np.take / a.take (with out= and the clip modes), and the
// index np.take_along_axis and np.put_along_axis build (item_selection.c, _shape_base_impl.py).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/array.hpp"
#include "engine/index.hpp"
#include "engine/subscript_assignment.hpp"

namespace engine {

// What an out-of-range position does: IndexError, wraps around the axis, or is clamped to it (clip also
// clamps negative positions to 0: they do not count from the end). raise_with_value_error_pending is NumPy 2's
// raise after an integer mode outside 0..2 (semantics::invalid_integer_clip_mode_is_left_pending): positions
// raise as in raise mode, and the converter's ValueError surfaces when the operation ends (raise_pending_mode_error).
enum class clip_mode { raise, wrap, clip, raise_with_value_error_pending };

// Whether an out-of-range position raises IndexError in this mode.
inline bool raises_out_of_range(clip_mode mode) {
    return mode == clip_mode::raise || mode == clip_mode::raise_with_value_error_pending;
}

// The mode a string names (PyArray_ClipmodeConverter): "raise", "wrap", "clip"; a spelling that only starts
// with r/w/c in either case is ValueError under NumPy 2 and that mode under NumPy 1.24
// (semantics::inexact_clip_mode_is_error); anything else ValueError.
clip_mode clip_mode_named(std::string_view name);
// The integer forms 0 (clip), 1 (wrap), 2 (raise); others ValueError, or under NumPy 2
// raise_with_value_error_pending; TypeError beyond a C int.
clip_mode clip_mode_numbered(std::int64_t number);

// The end of an operation run in raise_with_value_error_pending mode: the pending ValueError where the method
// returns NULL (take without out=, whose PyArray_Return checks for an error; choose, which fails on it before it
// reads anything), a SystemError where it returns its result (take with out=, put: their writes stay). Does
// nothing in the other modes.
void raise_pending_mode_error(clip_mode mode, bool returns_result);

// The index array NumPy makes of an array argument given as positions (np.take's and np.put's `indices`,
// PyArray_ContiguousFromAny / FromAny to intp, NPY_ARRAY_DEFAULT): carray_from(given, int64, rule), so an unaligned
// index is a copy that overlaps nothing (property test, NumPy 1.24, seed 511: put's own unaligned array as its
// indices is written in place, and a raise keeps the writes before it). Take casts by same_kind under NumPy 2 and
// safe under NumPy 1.24
// (semantics::take_indices_cast_same_kind); put casts by safe under both.
array positions_from(const array& given, casting rule);

// NPY_ARRAY_CARRAY: C-contiguous, aligned (also by its flag) and writeable; an argument NumPy converts with it is
// used as it is only then.
bool is_carray(const ndarray& a);

// An argument NumPy writes through PyArray_FromArray(arr, wanted, CARRAY | WRITEBACKIFCOPY), with ENSURECOPY where
// `copy_asked`: arr is copied where a copy is asked for or arr is not is_carray of dtype `wanted`, and only that copy
// checks arr as its WRITEBACKIFCOPY base (ValueError "WRITEBACKIFCOPY base is read-only"), which also ends
// np.broadcast_arrays' warn-on-write mark of arr and its bases; otherwise NumPy writes into arr as it is and the
// mark stays (np.place: property seeds 407 and 911; np.take's out: seed 1839).
void check_writebackifcopy_base(const ndarray& arr, dtype wanted, bool copy_asked);

// The elements of `values` as NumPy uses an argument it converts with NPY_ARRAY_CARRAY to dtype t: `values`
// itself when it is of dtype t and is_carray, else a C-ordered copy cast by `rule` (TypeError when the rule
// refuses).
array carray_from(const array& values, dtype t, casting rule);

// np.take(a, indices, axis, out, mode): a fresh C-ordered array of a's dtype, shape a.shape[:axis] +
// indices.shape + a.shape[axis+1:]; no axis means the raveled `a` (so does axis >= 32 under NumPy 1.24,
// semantics::maxdims_axis_means_none). After the axis is checked, `indices` becomes positions_from(indices,
// rule) (same_kind under NumPy 2, safe under 1.24: semantics::take_indices_cast_same_kind). With `out`: ValueError
// "output array does not match result of ndarray.take" unless its shape is the result's, TypeError unless
// out's dtype casts safely to a's, ValueError when read-only; the result is computed before anything is
// written (NumPy copies whenever out overlaps `a` or the mode may raise) and cast into `out`, which is
// returned. IndexError for an out-of-range position in raise mode, or a non-empty take from an empty axis.
array take(const array& a, const array& indices, std::optional<std::int64_t> axis, const std::optional<array>& out,
           clip_mode mode);
// The casting rule np.take converts index arrays by under the active semantics.
casting take_indices_rule();

// np.array(a.flat): a view of a C-contiguous `a` (writeable as `a` is), else a read-only 1-d copy in C order
// (flatiter.__array__), which is what np.take_along_axis / np.put_along_axis(axis=None) index in NumPy 2.
array array_of_flat(const array& a);

// The index tuple np.take_along_axis and np.put_along_axis use for arr[...]: `indices` at `axis` (already
// normalised), aranges along every other axis shaped to broadcast against it. IndexError "`indices` must be
// an integer array" for a non-integer dtype, ValueError when the dimensions differ in number.
index_expr along_axis_index(const dims& arr_shape, const array& indices, std::int64_t axis);

// NumPy 2's first step of np.take_along_axis / np.put_along_axis with axis=None, before arr is read: ValueError
// "when axis=None, `indices` must have a single dimension." where indices are not 1-d. NumPy 1.24 checks nothing
// there (its index check comes after arr.flat is read).
void check_indices_for_axis_none(const ndarray& indices);

// np.take_along_axis(arr, indices, axis) once its arguments are read (shape_base.py): with no axis, from the
// flattened arr (NumPy 2: np.array(arr.flat), and ValueError "when axis=None, `indices` must have a single
// dimension." for other indices; NumPy 1.24: arr.flat), else along the normalised axis (AxisError as a
// ValueError): arr[along_axis_index(...)].
getitem_result take_along_axis(const array& arr, const array& indices, std::optional<std::int64_t> axis);

// np.put_along_axis(arr, indices, values, axis): the same positions written as arr[index] = values writes them
// (assign_subscript). With no axis, NumPy 2 writes into np.array(arr.flat) (arr's own memory where arr is
// C-contiguous, else a read-only copy, so ValueError), indices of one dimension only; NumPy 1.24 checks the index
// as along_axis_index does for a 1-d arr (dtype, then one dimension), then writes arr.flat[indices] = values:
// into arr itself whatever its layout, values cast unsafely and repeated (flat_assign_item).
void put_along_axis(const array& arr, const array& indices, const assigned_value& values,
                    std::optional<std::int64_t> axis);

}  // namespace engine
