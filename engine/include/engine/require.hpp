// np.require(a, dtype, requirements): np.array(a, dtype, order, copy=None) for the order the requirements
// name, then a copy in that order when the result lacks a flag they ask for (writeable, owndata, aligned).
#pragma once

#include <optional>

#include "engine/array.hpp"
#include "engine/creation.hpp"

namespace engine {

// What the requirement letters ask for ('C', 'F', 'W', 'O', 'A'; 'E' holds for every engine array).
struct requirements {
    bool c_order = false, f_order = false, writeable = false, owndata = false, aligned = false;
};

// ValueError 'Cannot specify both "C" and "F" order'; else the array (the input itself when nothing must
// change), or its copy when it is not writeable / does not own its data / is not aligned as required.
array require(const nested& obj, std::optional<dtype> t, const requirements& wanted,
              const descriptor_handle& descriptor = nullptr);  // as array_from's

}  // namespace engine
