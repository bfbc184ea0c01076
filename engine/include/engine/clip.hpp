// np.clip and a.clip: NumPy's Python layer over the clip ufunc (_methods._clip), which picks np.minimum,
// np.maximum, np.positive or the clip ufunc by which bounds are given, with each NumPy's own rules.
#pragma once

#include <optional>
#include <variant>

#include "engine/array.hpp"
#include "engine/ufunc.hpp"

namespace engine {

// a held between lo and hi (a bound is absent where the call passed None), into out or a fresh array; a 0-d
// result without out comes back as a scalar. Only lo: np.maximum(a, lo, out=out); only hi: np.minimum(a, hi,
// out=out); both: the clip ufunc (clip_ufunc in ufunc.hpp). NumPy 2 first drops a Python int bound beyond an integer
// a's range (np.clip(uint8_array, -1, 300) is np.positive) and runs np.positive with no bound; NumPy 1.24 raises
// ValueError "One of max or min must be given" then, reads a 0-d NaN bound as -inf/inf, and without casting= retries
// a call whose output cast fails (float bounds into an integer out) with casting='unsafe'. `rule`: casting=, passed
// on to the ufunc (NumPy's default, same_kind, where not given).
std::variant<array, scalar> clip(const array& a, std::optional<operand> lo, std::optional<operand> hi,
                                 const std::optional<array>& out, std::optional<casting> given_rule = std::nullopt);

}  // namespace engine
