// Indexing: a[idx] and a[idx] = v with NumPy's rules. Basic indices (integers, slices, ..., newaxis)
// give views; any integer-array or boolean index makes the whole index "advanced" and gives a copy whose
// axis placement, strides and base follow NumPy's mapiter (see index.cpp for the rules).
#pragma once

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

#include "engine/array.hpp"
#include "engine/scalar.hpp"

namespace engine {

struct slice_spec {
    std::optional<std::int64_t> start, stop, step;
};
struct ellipsis_index {};
struct newaxis_index {};

// One item of an index tuple. An `array` item is an advanced index: integer dtype (any width), or bool
// (a mask; a 0-d bool array stands for a Python True/False index). Lists in Python indices are converted
// to arrays by the caller (np.asarray semantics; an empty list becomes an intp array).
using index_item = std::variant<std::int64_t, slice_spec, ellipsis_index, newaxis_index, array>;
using index_expr = std::vector<index_item>;

// The result of a[idx]: an array (view or copy), or a scalar when every dimension got an integer.
using getitem_result = std::variant<array, scalar>;

getitem_result getitem(const array& a, const index_expr& idx);

// A 1-D int64 index array holding `positions` (a fresh array).
array int64_index_array(const std::vector<std::int64_t>& positions);

// a[idx] = value: value is broadcast to the indexed shape and cast unsafely; raises ValueError when `a`
// is read-only, IndexError/ValueError as NumPy does; changes nothing when it raises. NumPy converts a value
// that is not already an array (a Python scalar or list) with the destination's dtype, by the Python-number
// rules (a float NaN into an int array raises ValueError, a complex into a float array TypeError), so
// callers should convert such values as np.array(v, dtype=a.dtype) does rather than with np.asarray.
void setitem(const array& a, const index_expr& idx, const array& value);

// What a[idx] = value checks before NumPy converts the value (prepare_index, then the view of the basic
// items): index types and count, boolean shapes, integer bounds. Broadcasting the index arrays together and
// the bounds of integer index arrays come only after the conversion, in the map iterator. Returns the view
// the basic items select, which for an index without arrays is the destination itself.
array check_index_for_assignment(const array& a, const index_expr& idx);

// The view or copy that a[idx] would give, always as an array (for in-place operators `a[idx] += v`,
// which NumPy runs as tmp = a[idx]; tmp += v; a[idx] = tmp).
array getitem_array(const array& a, const index_expr& idx);

// What ufunc.at walks: every element a[idx] selects, in the order NumPy's map iterator visits them (C order over
// the index arrays' broadcast shape, then over the rest, as for a[idx] before its axes are moved; a boolean
// index as its nonzero() positions; repeated positions repeated), each with its element of `value` broadcast
// strictly to that shape (ValueError "array is not broadcastable to correct shape"). Index errors, then the
// destination's writeability (asked only when each position selects other than one element), then the bounds
// of every position, then the value's shape are checked before anything is returned.
struct indexed_element {
    std::byte* element;
    const std::byte* value;  // nullptr without a value
};
struct indexed_walk_result {
    std::vector<indexed_element> elements;
    // NumPy reshaped the value to the walk's dimensions to move its axes (PyArray_MapIterSwapAxes: a basic item
    // before the index arrays): a 0-d value is no longer 0-d for what comes after (NumPy 1.24's type resolution).
    bool value_reshaped = false;
};
indexed_walk_result indexed_walk(const array& a, const index_expr& idx, const ndarray* value);

}  // namespace engine
