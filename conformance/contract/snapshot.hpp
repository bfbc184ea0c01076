// Turns what an implementation reports after a statement into the contract's trace step: canonical names,
// bases, identity groups and sharing pairs. Both sides go through it, so steps differ only where systems do.
// Arrays' values are read from memory: as text for a trace, or compared in place between the two systems.
#pragma once

#include <set>
#include <string>

#include "case/ast.hpp"
#include "contract/compare.hpp"
#include "contract/implementation.hpp"
#include "contract/sharing.hpp"

namespace conformance {

// What a step must leave out (null) because the contract never compares uninitialised memory.
struct masked_values {
    std::set<std::string> names;   // bound names whose "values" (arrays) or "value" (scalars) are null
    bool statement_value = false;  // the statement's own value is null
};

// What one system reported after running a statement: everything a step is made of. Element memory in
// `state` is valid until the system runs its next statement.
struct observation {
    outcome result;
    raw_state state;
    sharing_table sharing;
    masked_values masked;
};

// The trace step for `statement` after it ran with `result`, leaving the system in `state`; every array's
// values written as text.
json make_step(const cases::statement& statement, const outcome& result, const raw_state& state,
               const sharing_table& sharing, const masked_values& masked);

// An array's values as a trace has them: read from its memory as text, or as the system encoded them.
json array_values_text(const array_state& array);

// How make_compared_steps writes the values of arrays.
enum class values_text {
    always,         // as text, as make_step does (traces)
    on_divergence,  // as text only where the two systems' values differ or cannot be compared in place
};

// What both steps hold as an array's values when they were compared in place and found equal (on_divergence).
json values_compared_equal();

// The oracle's and the engine's steps for the same statement. Each array bound to the same name on both
// sides, with the same dtype and shape and unmasked, is compared element by element in the two systems'
// memory (a buffer both sides hold byte for byte the same is read once, however many views reach it).
// Values too long for text (readable_memory.hpp) that differ are summarised: the element count, the first
// differing position and the element there.
std::pair<json, json> make_compared_steps(const cases::statement& statement, const observation& oracle,
                                          const observation& engine, values_text text);

// Whether the oracle's and the engine's steps (make_compared_steps, on_divergence) are certainly equal, decided on
// the observations without building either step: the same names of the same kinds, arrays' metadata, values
// compared in place, bases, flat iterators and same-object groups by the names the steps would give them, the
// sharing pairs, the error and the statement's value. False also where it cannot tell cheaply (an id(X) in the
// value, names masked on one side only, values a system encoded itself): the steps decide then.
bool steps_certainly_equal(const observation& oracle, const observation& engine);

// The first field where the two steps of `statement` differ (first_difference of make_compared_steps with
// on_divergence), building the steps only when steps_certainly_equal cannot say they are equal. Most steps
// agree, so a run pays for the text of values and the steps' JSON only where systems part.
std::optional<difference> observed_difference(const cases::statement& statement, const observation& oracle,
                                              const observation& engine);

}  // namespace conformance
