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

// it[True] and it[False], a Python bool index (under NumPy 2 also a 0-d boolean array, which NumPy 1.24 refuses as
// not 1-D): True is the first element, False none (an empty array).
std::variant<array, scalar> flat_getitem_truth(const array& a, bool truth);

// it[index] = v for any value NumPy accepts (iter_ass_subscript). ValueError "underlying array is read-only" first,
// then `index` converts the caller's index: a Python bool, or an index (NumPy 2.4 reads a 0-d index array as what
// it holds: an integer, or a bool).
//  - True writes the first element as a[first] = v does one element (PyArray_Pack, its errors raised as they are:
//    assign_element); False writes nothing and converts nothing.
//  - Otherwise each selected position in turn (a repeated one keeps the last) gets the next value, the values
//    repeated from the start when they run out (none: nothing is written), the value converted once the index has
//    passed: an array itself, anything else as np.asarray makes it with a's dtype. One integer (a 1-tuple's too)
//    writes one element as a[i] = v does (assign_element), every failure of it reported as ValueError "Error
//    setting single item of array.". Integer positions are checked as they are written: an IndexError leaves the
//    earlier writes in place.
// A NumPy bool scalar as a flat iterator's index: refused, IndexError (NumPy 2: the message of a list of bools;
// NumPy 1.24: "unsupported iterator index"); raise_for_numpy_bool_scalar_index raises it. NumPy 1.24's assignment
// converts the value first, and does nothing for an empty one.
struct numpy_bool_scalar_index {};
[[noreturn]] void raise_for_numpy_bool_scalar_index();
using flat_index = std::variant<bool, index_expr, numpy_bool_scalar_index>;

void flat_assign_item(const array& a, const std::function<flat_index()>& index, const assigned_value& v);

// a.flat = values: every element in C order, values repeated (array_flat_set); ValueError for a read-only a.
void flat_assign(const array& a, const array& values);

}  // namespace engine
