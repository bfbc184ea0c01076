// The memory-sharing answers of one state: np.shares_memory and np.may_share_memory for every pair of
// distinct array objects bound to names, asked once per step and read by the snapshot and the uninitialised rule.
#pragma once

#include <utility>
#include <vector>

#include "contract/implementation.hpp"

namespace conformance {

class sharing_table {
public:
    // Asks `system` about every unordered pair of distinct array objects of `state`.
    static sharing_table ask(implementation& system, const raw_state& state);

    // The answer for two array objects of the state, in either order. An object counts as sharing with
    // itself (for the uninitialised rule: an array is as uninitialised as itself, even when empty).
    sharing_answer between(object_key a, object_key b) const;

    // The answer for two distinct array objects of the state, in either order; nothing for another pair.
    const sharing_answer* find(object_key a, object_key b) const;

    using entry = std::pair<std::pair<object_key, object_key>, sharing_answer>;
    // Every pair (smaller key first) and its answer, sorted by the pair.
    const std::vector<entry>& pairs() const { return answers_; }

private:
    std::vector<entry> answers_;  // one allocation per step, not one per pair: a step of n arrays has n(n-1)/2
};

}  // namespace conformance
