// NumPy's arithmetic ufuncs as the np.* functions a case calls (np.add(a, b, out=o, where=m, dtype=t,
// casting=r), np.negative(x, out=o), ...): the function values np.<name> gives, by name.
#pragma once

#include <optional>
#include <string>

#include "systems/engine/value.hpp"

namespace conformance::engine_side {

// np.<name> when it is one of the ufuncs the engine runs; nothing otherwise.
std::optional<value> ufunc_function(const std::string& name);

}  // namespace conformance::engine_side
