// The memory-sharing answers of one state, asked pair by pair from an implementation (which may cache them:
// the NumPy side recomputes only pairs whose layout a statement changed).
#include "contract/sharing.hpp"

#include <algorithm>
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
    const std::size_t n = state.arrays.size();
    table.answers_.reserve(n * (n - std::min<std::size_t>(n, 1)) / 2);
    // The arrays are kept by key, so the pairs come in the order find() searches.
    for (auto first = state.arrays.begin(); first != state.arrays.end(); ++first) {
        for (auto second = std::next(first); second != state.arrays.end(); ++second) {
            const object_key a = first->first;
            const object_key b = second->first;
            table.answers_.push_back({{a, b}, system.sharing(a, b)});
        }
    }
    return table;
}

const sharing_answer* sharing_table::find(object_key a, object_key b) const {
    const std::pair<object_key, object_key> keys = ordered(a, b);
    const auto found = std::ranges::lower_bound(answers_, keys, {}, &entry::first);
    return found != answers_.end() && found->first == keys ? &found->second : nullptr;
}

sharing_answer sharing_table::between(object_key a, object_key b) const {
    if (a == b) return {true, true};
    const sharing_answer* found = find(a, b);
    if (found == nullptr) {
        throw std::logic_error("no sharing answer for objects " + std::to_string(a) + " and " + std::to_string(b));
    }
    return *found;
}

}  // namespace conformance
