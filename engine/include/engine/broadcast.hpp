// NumPy's broadcasting rules as pure functions of shapes and strides:
// the common shape of several operands, and the (zero-)strides that stretch one operand to it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/layout.hpp"

namespace engine {

// The broadcast shape of all inputs; ValueError "operands could not be broadcast together ..." otherwise.
dims broadcast_shapes(const std::vector<dims>& shapes);

// Strides that view an operand of (shape, strides) as `target` (missing leading dims and stretched
// length-1 dims get stride 0). Raises ValueError with NumPy's message for broadcast_to when impossible.
dims broadcast_strides(const dims& shape, const dims& strides, const dims& target);

// NumPy's check of a value written into an existing array (broadcast_strides in array_assign.c): ValueError
// "could not broadcast <what> from shape S into shape T" unless `shape` stretches to `target` (no more axes, each
// equal or 1). `what` is NumPy's name for the operand: "input array", "where mask".
void check_stretches_to(const dims& shape, const dims& target, std::string_view what);
// "(2,3)"-style text of a shape, as NumPy prints it in messages ("(3,)" for one dimension).
std::string shape_text(const dims& shape);

}  // namespace engine
