// np.linspace: evenly spaced samples, built as NumPy's Python code builds them (arange, reshape, in-place
// multiply and add, moveaxis, astype), so the result's base chain and layout are NumPy's along with its values.
#pragma once

#include <cstdint>
#include <optional>
#include <variant>

#include "engine/array.hpp"
#include "engine/ufunc.hpp"

namespace engine {

struct linspace_result {
    array samples;
    std::variant<array, scalar> step;  // a NumPy scalar, an array for array endpoints, or Python's nan (num <= 1)
};

// np.linspace(start, stop, num, endpoint, dtype, axis) with retstep's step. The samples are a view (a reshape of
// the arange NumPy starts from, or a moveaxis of it) when the step is one number, else a fresh product; dtype= of
// an integer type floors in place and casts (a copy). The dtype of the arithmetic: NumPy 2's result type of the
// endpoints made inexact (a Python number weak); NumPy 1.24's of start * 1.0, stop * 1.0 and float(num) by value.
// ValueError for a negative num, AxisError (ValueError) for an axis out of range.
// `descriptor`: the dtype object dtype= named (null: the type's built-in one), which astype gives the samples.
linspace_result linspace(const operand& start, const operand& stop, std::int64_t num, bool endpoint,
                         std::optional<dtype> requested, std::int64_t axis,
                         const descriptor_handle& descriptor = nullptr);

}  // namespace engine
