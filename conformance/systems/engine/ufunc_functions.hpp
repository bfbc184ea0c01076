// NumPy's arithmetic ufuncs as the np.* functions a case calls (np.add(a, b, out=o, where=m, dtype=t,
// casting=r), np.negative(x, out=o), ..., and np.add.at(a, i, b)): the ufunc objects np.<name> gives, by name; and a.conj().
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "interpreter/callables.hpp"
#include "systems/engine/objects.hpp"

namespace conformance::engine_system {

// The ndarray methods that are ufunc calls (a.conj(), a.conjugate()), by name.
const method_entry* ufunc_method(std::string_view name);

// np.<name> when it is one of the ufuncs the engine runs; nothing otherwise.
std::optional<value> ufunc_function(const std::string& name);

// A ufunc's out=: None, an array, or a tuple holding one (NumPy's TypeError "return arrays must be of ArrayType" for
// anything else); also np.matmul's, which is a ufunc.
std::optional<engine::array> ufunc_out_argument(const value& v);

// A ufunc's where= (its calls' and its reductions'): no mask for True itself; an array as it is (it must cast to bool
// safely: the engine checks); anything else np.asarray(x, dtype=bool) (_wheremask_converter; None is False).
std::optional<engine::array> ufunc_where_argument(const value& v);

}  // namespace conformance::engine_system
