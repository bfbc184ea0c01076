// Compares trace steps the contract's way (numbers by value, dtype on its own, nan == nan, booleans never
// equal numbers) and names the first field where two traces differ, with both values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "contract/implementation.hpp"

namespace conformance {

// One differing field: `arrays.b.strides`, `scalars.s.value`, `shares_memory`, `value`, `error`, ...
struct difference {
    std::string path;
    json oracle;  // the field as the oracle has it (null where the oracle has no such entry)
    json engine;
};

// Where two traces first differ: the step (index into "steps") and the field.
struct divergence {
    std::size_t step = 0;
    difference field;
};

// Equality of two encoded values under the contract's rules.
bool same_value(const json& oracle, const json& engine);

// The first differing field of two steps of the same statement, in the order error, value, arrays (by
// name, then dtype shape strides values base owndata writeable c_contiguous f_contiguous), scalars,
// same_object, shares_memory, may_share_memory.
std::optional<difference> first_difference(const json& oracle_step, const json& engine_step);

// The first differing step of two traces of the same case.
std::optional<divergence> first_divergence(const json& oracle_trace, const json& engine_trace);

}  // namespace conformance
