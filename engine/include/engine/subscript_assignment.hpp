// a[index] = value for every value NumPy's array_assign_subscript accepts: an array, a Python number or NumPy
// scalar, or nested lists and tuples, each along the path NumPy takes for it (one element, a view, a fancy index).
#pragma once

#include <functional>

#include "engine/array.hpp"
#include "engine/array_coercion.hpp"
#include "engine/index.hpp"

namespace engine {

// The right-hand side as NumPy meets it (a[index] = v, a.flat[index] = v). An array is used as it is. Anything else
// is described by what NumPy asks of it before converting it, and converted only where NumPy converts it (a refused
// sequence is never converted): whether it is a Python list or tuple, its Python truth (what a bool element takes),
// and its contents for a given dtype (a scalar leaf for a Python number or NumPy scalar, nested sequences for a
// list or tuple; the caller's conversion raises for what the engine cannot hold).
struct assigned_value {
    enum class kind { array, scalar, list, tuple };
    kind what = kind::scalar;
    array values;                             // kind::array
    bool truth = false;                       // every kind but array
    std::function<nested(dtype)> contents;    // every kind but array

    static assigned_value of(array values) {
        assigned_value v;
        v.what = kind::array;
        v.values = std::move(values);
        return v;
    }
};

// NumPy's PyArray_Pack of any value into one element (`element`, a 0-d view): a number or NumPy scalar converts by
// the dtype's setitem rules (pack_element), an array as pack_array_element says. A list or tuple is never
// converted: a bool element takes its truth, an integer element under NumPy 2 calls int() of it (TypeError), a
// complex one complex() (TypeError), and any other refuses it (ValueError "setting an array element with a
// sequence.").
void assign_element(const array& element, const assigned_value& v);

// a[index] = v as NumPy does it: a read-only destination is refused first, then a bad index (`index` converts the
// caller's index, then check_index_for_assignment checks it), and only then is the value converted, along one of
// three paths:
//  - one element (an integer or 0-d integer array for every dimension): assign_element fills it;
//  - a view (no index arrays): a value with exactly the view's shape is written element by element straight into
//    it (PyArray_CopyObject), so an element that fails to convert leaves the earlier ones written; a value with
//    more dimensions than the view is a ValueError; any other shape goes through a temporary that is broadcast;
//  - an index with arrays: the value becomes a temporary array of a's dtype, then broadcast (setitem).
// An array value is cast and broadcast on every path but the first.
void assign_subscript(const array& a, const std::function<index_expr()>& index, const assigned_value& v);

}  // namespace engine
