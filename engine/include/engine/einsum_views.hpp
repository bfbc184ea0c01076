// np.einsum of one operand with index-only subscripts ('ii->i', 'ij->ji', 'iji->ij', 'ij', '...ii->...i'): NumPy
// returns a view of the operand then (get_single_op_view), writeable when the operand is, with summed strides for
// repeated labels. Subscripts that sum over a label are arithmetic, not views, and are not handled here.
#pragma once

#include <optional>
#include <string_view>

#include "engine/array.hpp"

namespace engine {

// The view einsum(subscripts, a) returns, or nothing when the subscripts sum over some label (an input
// label missing from the output). ValueError as NumPy words it for a label count that differs from
// a.ndim (without an ellipsis), a repeated label over axes of different lengths, an output label that never
// appears in the input or appears twice, a character that is not a letter, a '.' outside an ellipsis, or an
// output without the ellipsis the input has axes for.
std::optional<array> einsum_view(std::string_view subscripts, const array& a);

}  // namespace engine
