// a.item(*index) and NumPy 1's a.itemset(*index, v): the one element NumPy's array_toscalar names by its
// arguments, with its order of checks (the count, then every conversion, then the bounds).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

#include "engine/array.hpp"
#include "engine/index.hpp"
#include "engine/scalar.hpp"

namespace engine {

// The element's position for `count` arguments (a single tuple argument counts as its items): none for a
// one-element array (ValueError otherwise); one flat C-order position when there is one argument and the array
// has other than one dimension (IndexError "index 7 is out of bounds for size 6"); one index per dimension
// (IndexError per axis); any other count is ValueError. `index_at(i)` converts argument i as NumPy's
// PyArray_PyIntAsIntp does (its TypeError or OverflowError propagates); every argument is converted before any
// bound is checked.
index_expr item_position(const ndarray& a, std::size_t count, const std::function<std::int64_t(std::size_t)>& index_at);

// a.item(...): that element, as a NumPy scalar of the array's dtype (item() gives the Python number of it).
scalar item(const array& a, std::size_t count, const std::function<std::int64_t(std::size_t)>& index_at);

}  // namespace engine
