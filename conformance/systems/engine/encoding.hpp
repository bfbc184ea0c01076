// The contract's JSON encoding of values (case-language.md, "The trace"), in one place: statement values,
// array elements, scalars bound to names, and the description of arrays and bindings for raw_state.
#pragma once

#include "contract/implementation.hpp"
#include "engine/array.hpp"
#include "engine/scalar.hpp"
#include "systems/engine/objects.hpp"

namespace conformance::engine_system {

// A statement's value: NumPy scalar {"dtype", "value"}, Python scalar (bool, int, float, complex, str) bare,
// tuple or list as a list, dtype as its name, array {"dtype", "shape", "values"}, id(X) {"id": key}, None
// null, anything else {"type": class name}.
json encode_value(const value& v);

// One element of an array or the value of a NumPy scalar: bool, integer, float ("nan", "inf", "-inf" as
// strings) or complex [re, im].
json encode_element(const engine::scalar& s);

// What a name is bound to, for raw_state.
binding describe_binding(const value& v);

// An array's fields for raw_state (values flat in C order; base as the base object's key).
array_state describe_array(const engine::array& a);

}  // namespace conformance::engine_system
