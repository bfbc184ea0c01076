// Picking each element from one of several arrays: np.choose(a, choices, out, mode) and the three-argument
// np.where(condition, x, y), both of which broadcast all their operands and make (or fill) one result.
#pragma once

#include <optional>
#include <vector>

#include "engine/array.hpp"
#include "engine/take.hpp"
#include "engine/ufunc.hpp"

namespace engine {

// np.choose(a, choices, out, mode): the choices are converted to their common type (result_type of the
// operands, Python numbers weak under NEP 50) and broadcast with `a` (intp positions by the safe rule, TypeError otherwise; ValueError when the shapes do not broadcast, or
// for more operands than NumPy's iterator takes); each result element is choices[a[...]][...], with
// ValueError "invalid entry in choice array" in raise mode, else wrapped or clipped. The result is fresh
// and C-ordered; with `out`: TypeError "choose: invalid shape for output array." for another shape,
// ValueError when read-only; then either the result is written straight into `out` while `a` is read (an intp
// `a` that is a view of `out` sees the earlier writes), or, when a choice overlaps `out`, in raise mode or for
// another dtype, the complete result is cast into `out` (unsafely). `out` comes back.
array choose(const array& a, const std::vector<operand>& choices, const std::optional<array>& out, clip_mode mode);

// np.where(condition, x, y): the elements of x where condition (cast to bool) holds and of y elsewhere,
// broadcast; the dtype is result_type(x, y) (Python numbers weak under NEP 50), cast unsafely; a fresh
// array laid out as NumPy's iterator allocates it with order='K' from condition, x and y.
array where(const array& condition, const operand& x, const operand& y);

}  // namespace engine
