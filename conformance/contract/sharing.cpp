// The memory-sharing answers of one state, asked pair by pair from an implementation (which may cache them:
// the NumPy side recomputes only pairs whose layout a statement changed).
#include "contract/sharing.hpp"

#include <stdexcept>
#include <string>

namespace conformance {

namespace {

std::pair<object_key, object_key> ordered(object_key a, object_key b) {
    return a < b ? std::pair{a, b} : std::pair{b, a};
}

}  // namespace

sharing_table sharing_table::ask(implementation& system, const raw_state& state) {
    sharing_table table;
    for (auto first = state.arrays.begin(); first != state.arrays.end(); ++first) {
        for (auto second = std::next(first); second != state.arrays.end(); ++second) {
            const object_key a = first->first;
            const object_key b = second->first;
            table.set(a, b, {system.shares_memory(a, b), system.may_share_memory(a, b)});
        }
    }
    return table;
}

sharing_answer sharing_table::between(object_key a, object_key b) const {
    if (a == b) return {true, true};
    const auto found = answers_.find(ordered(a, b));
    if (found == answers_.end()) {
        throw std::logic_error("no sharing answer for objects " + std::to_string(a) + " and " + std::to_string(b));
    }
    return found->second;
}

void sharing_table::set(object_key a, object_key b, sharing_answer answer) { answers_[ordered(a, b)] = answer; }

}  // namespace conformance
