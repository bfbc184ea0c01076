// a.flat, NumPy's flatiter: an array's elements in C order, seen as one dimension. Reading through it copies
// (iter_subscript); writing goes into the array itself (iter_ass_subscript, array_flat_set), the values cast unsafely
// and repeated to fill the positions (the iterator walks at most 32 dimensions: check_legacy_iterator_dimensions for
// a.flat of a deeper array and for a deeper value), each read as it is written unless NumPy copied the value first (to cast it, or
// for a.flat = v on an F-contiguous array, to make it F-contiguous): a value overlapping the array may see earlier
// writes, as in NumPy.
#pragma once

#include <functional>
#include <variant>

#include "engine/array.hpp"
#include "engine/index.hpp"
#include "engine/scalar.hpp"
#include "engine/subscript_assignment.hpp"

namespace engine {

// The index forms a flat iterator takes: one integer, slice, `...`, integer array or boolean array (a one-item tuple
// is its item). IndexError for anything else (two items, np.newaxis): NumPy 1.24's "unsupported iterator index",
// NumPy 2's "too many indices for flat iterator" / "only integers, slices ...".
void check_flat_index(const index_expr& index);

// it[index]: a scalar for an integer, otherwise a fresh array (base None) shaped as a 1-D array indexed so would be.
// IndexError out of bounds (for a boolean array of another length too). NumPy 1.24 reads a boolean array as a
// prefix of the elements instead (semantics::flat_prefix_boolean_masks): ValueError when it is longer or not 1-D.
std::variant<array, scalar> flat_getitem(const array& a, const index_expr& index);

// it[index] = values: each selected position in turn (a repeated one keeps the last) gets the next value, the values
// repeated from the start when they run out (none: nothing is written). ValueError "underlying array is read-only".
// `value_of` converts the value, called once the index has passed (NumPy's order): an array value itself, anything
// else as np.asarray makes it with a's dtype (`from_sequence`: it was a list or tuple). An integer index takes one
// value only: a scalar or a 0-d array (NumPy 1.24: or an array of one element), ValueError "Error setting single
// item of array." otherwise. Integer positions are checked as they are written: an IndexError leaves the earlier
// writes in place.
void flat_setitem(const array& a, const index_expr& index, const std::function<array()>& value_of, bool from_sequence);

// it[True] and it[False], a Python bool index (under NumPy 2 also a 0-d boolean array, which NumPy 1.24 refuses as
// not 1-D): True is the first element, False none (an empty array; an assignment writes nothing and converts
// nothing). it[True] = v is the dtype's setitem of v, its errors raised as they are: a list is a TypeError under
// NumPy 2 and a ValueError under 1.24; an array with dimensions a ValueError, except that NumPy 1.24 reads one
// of a single element it can convert.
std::variant<array, scalar> flat_getitem_truth(const array& a, bool truth);
void flat_setitem_truth(const array& a, bool truth, const std::function<array()>& value_of, bool from_sequence);

// it[index] = v for any value NumPy accepts (iter_ass_subscript): `index` converts the caller's index (after the
// read-only check, NumPy's order): a Python bool, or an index. Where it selects one element (a bool, or one
// integer, as a 1-tuple's too), a bool array takes BOOL_setitem of the value's truth (a list of two is True, an
// array of more than one element raises its truth error), except from a 0-d array, whose element PyArray_Pack
// copies; every other case is flat_setitem / flat_setitem_truth with the value as np.asarray makes it for a's dtype.
void flat_assign_item(const array& a, const std::function<std::variant<bool, index_expr>()>& index,
                      const assigned_value& v);

// a.flat = values: every element in C order, values repeated (array_flat_set); ValueError for a read-only a.
void flat_assign(const array& a, const array& values);

}  // namespace engine
