// The memory-sharing answers of one state: np.shares_memory and np.may_share_memory for every pair of
// distinct array objects bound to names, asked once per step and read by the snapshot and the uninitialised rule.
#pragma once

#include <map>
#include <utility>

#include "contract/implementation.hpp"

namespace conformance {

struct sharing_answer {
    bool shares = false;
    bool may_share = false;
};

class sharing_table {
public:
    // Asks `system` about every unordered pair of distinct array objects of `state`.
    static sharing_table ask(implementation& system, const raw_state& state);

    // The answer for two array objects of the state, in either order. An object counts as sharing with
    // itself (for the uninitialised rule: an array is as uninitialised as itself, even when empty).
    sharing_answer between(object_key a, object_key b) const;

    // Every pair (smaller key first) and its answer.
    const std::map<std::pair<object_key, object_key>, sharing_answer>& pairs() const { return answers_; }

private:
    void set(object_key a, object_key b, sharing_answer answer);

    std::map<std::pair<object_key, object_key>, sharing_answer> answers_;
};

}  // namespace conformance
