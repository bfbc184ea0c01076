// The reductions as array methods (a.sum(axis, dtype, out, keepdims), a.min, a.mean, a.any, ...) and as np.*
// functions (np.sum(a, ...), np.amax, ...), their arguments converted for engine::reduce.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "interpreter/callables.hpp"
#include "systems/engine/objects.hpp"

namespace conformance::engine_system {

// The reduction method called `name`, if it is one.
const method_entry* reduction_method(std::string_view name);

// np.<ufunc>.reduce for the ufuncs whose reduce is one of the reductions (add, multiply, maximum, minimum).
const function_entry* ufunc_reduce_function(std::string_view ufunc);

// np.<name> when it is a reduction function.
std::optional<value> reduction_function(const std::string& name);

}  // namespace conformance::engine_system
