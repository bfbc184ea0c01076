// The generator's rules a shrunk program can break (a removed statement may change the array under a later one),
// in one list: the property test's preconditions and the fuzz minimizer both ask it.
#pragma once

#include <string>

#include "differential/choose_out_rule.hpp"
#include "differential/exponent_rule.hpp"
#include "differential/known_positions_rule.hpp"
#include "differential/method_object_rule.hpp"
#include "differential/window_bounds.hpp"

namespace fuzzing {

// Whether `statement`, about to run on the state `context` describes, still keeps them.
inline bool follows_the_generator(const cases::statement& statement, const generation_context& context) {
    return windows_stay_inside(statement, context) && in_place_powers_follow_the_generator(statement, context) &&
           positions_are_known(statement, context) && written_values_are_known(statement, context) &&
           cast_values_are_known(statement, context) && choose_out_stays_inside(statement, context) &&
           methods_are_called_on_arrays(statement, context);
}

// Whether a statement's text has a construct those rules look at (as_strided, np.ndarray with a buffer, an
// in-place negative power, put or a subscript written, choose, a cast with casting=, an array method that a list or
// a dtype has too: any other method of theirs fails alike on both sides): a program without one keeps them
// whatever its state, and need not be replayed.
inline bool may_break_the_generator(const std::string& text) {
    return text.find("as_strided") != std::string::npos || text.find("ndarray(") != std::string::npos ||
           text.find("**= -") != std::string::npos || text.find("put(") != std::string::npos ||
           text.find("] =") != std::string::npos || text.find("choose(") != std::string::npos ||
           text.find("casting=") != std::string::npos || text.find(".sort(") != std::string::npos ||
           text.find(".copy(") != std::string::npos || text.find(".newbyteorder(") != std::string::npos;
}

}  // namespace fuzzing
