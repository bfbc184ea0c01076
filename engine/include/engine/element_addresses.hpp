// Element-by-element access for the operations whose order of reads and writes is part of NumPy's
// behaviour (put, place, choose, sort, ...): every element's address in C order, and NumPy's raw copy of
// one element between arrays of one dtype (memmove: a bool byte other than 0 or 1 stays what it is).
#pragma once

#include <cstddef>
#include <vector>

#include "engine/array.hpp"

namespace engine {

// The address of every element of `a`, in flat C order.
std::vector<std::byte*> element_addresses(const ndarray& a);

// One element from `from` (of dtype `from_type`) into `to` (of dtype `to_type`): the bytes themselves when
// the dtypes are the same, else an unsafe cast of the value.
void copy_element(dtype to_type, std::byte* to, dtype from_type, const std::byte* from);

}  // namespace engine
