// Turns what an implementation reports after a statement into the contract's trace step: canonical names,
// bases, identity groups and sharing pairs. Both sides go through it, so steps differ only where systems do.
#pragma once

#include <set>
#include <string>

#include "case/ast.hpp"
#include "contract/implementation.hpp"
#include "contract/sharing.hpp"

namespace conformance {

// What a step must leave out (null) because the contract never compares uninitialised memory.
struct masked_values {
    std::set<std::string> names;   // bound names whose "values" (arrays) or "value" (scalars) are null
    bool statement_value = false;  // the statement's own value is null
};

// The trace step for `statement` after it ran with `result`, leaving the system in `state` (consumed: its
// values move into the step).
json make_step(const cases::statement& statement, const outcome& result, raw_state state,
               const sharing_table& sharing, const masked_values& masked);

}  // namespace conformance
