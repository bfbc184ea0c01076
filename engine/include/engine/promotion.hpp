// NumPy 1.24's type resolution for mixed operands: np.result_type with value-based casting of scalars and
// 0-d arrays, np.min_scalar_type, and the value-based casting check that assignments of a scalar use.
// (Promotion of plain dtypes, np.promote_types, lives with the dtypes in dtype.hpp.)
#pragma once

#include <optional>
#include <span>
#include <string>

#include "engine/dtype.hpp"
#include "engine/scalar.hpp"

namespace engine {

// An operand as type resolution sees it: its dtype, and its value when it is a scalar or a 0-d array
// (only those take part in value-based casting).
struct typed_operand {
    dtype type;
    std::optional<scalar> value;
};

// np.min_scalar_type of a value, plus NumPy's "small unsigned" mark: a non-negative integer that got an
// unsigned type but also fits the signed type of the same size (1 -> uint8, marked; 200 -> uint8, not).
struct minimal_type {
    dtype type;
    bool fits_signed_of_same_size = false;
};
minimal_type min_scalar_type(const scalar& value);

// np.result_type(*operands) under NumPy 1.24's legacy (value-based) promotion.
dtype legacy_result_type(std::span<const typed_operand> operands);

// Whether a scalar / 0-d array value may be cast to `to` under `rule` in NumPy 1.24 (can_cast_scalar_to):
// the plain dtype rule, or failing that the same rule applied to the value's minimal type.
bool can_cast_value(const scalar& value, dtype to, casting rule);

// A dtype as NumPy's casting error messages quote it: "dtype('float64')".
std::string dtype_repr(dtype t);

}  // namespace engine
