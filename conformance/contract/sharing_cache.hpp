// Sharing answers a system remembers by the two arrays' layouts: np.shares_memory and np.may_share_memory
// depend only on where each array's elements are, so a pair whose layouts a statement left alone is not asked again.
// (A system whose answer could depend on anything else, a base chain say, must ask every time instead.)
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "contract/implementation.hpp"

namespace conformance {

// What a sharing answer depends on, with the object's identity: equal layouts, equal answers.
struct array_layout {
    std::uintptr_t data = 0;
    std::int64_t itemsize = 0;
    std::span<const std::int64_t> shape;
    std::span<const std::int64_t> strides;
};

class sharing_cache {
public:
    // A new program: every layout and answer is forgotten.
    void forget_program();
    // A statement ran: arrays may have been rebound or changed in place, so their layouts are read again.
    void forget_state() { layout_number_of_.clear(); }

    // Both answers for arrays a and b, from ask_shares() and ask_may_share() only when this pair of layouts has
    // not been asked before in the program. layout_of(key) gives an array's array_layout. Both are asked
    // together (sharing_table wants both for every pair): one lookup per pair.
    template <class LayoutOf, class AskShares, class AskMayShare>
    sharing_answer answers(object_key a, object_key b, LayoutOf&& layout_of, AskShares&& ask_shares,
                           AskMayShare&& ask_may_share) {
        const std::uint32_t first = layout_number(a, layout_of), second = layout_number(b, layout_of);
        const std::uint64_t pair = (std::uint64_t{std::min(first, second)} << 32) | std::max(first, second);
        if (const auto known = answers_.find(pair); known != answers_.end()) return known->second;
        const sharing_answer answered{ask_shares(), ask_may_share()};
        answers_.emplace(pair, answered);
        return answered;
    }

private:
    // Every step asks about each pair of its arrays, so each array's number is looked up n - 1 times: a flat
    // vector of a few dozen keys, not a node per key (allocations were a third of a sanitised fuzz run).
    template <class LayoutOf>
    std::uint32_t layout_number(object_key key, LayoutOf& layout_of) {
        const auto known = std::ranges::lower_bound(layout_number_of_, key, {}, &numbered::first);
        if (known != layout_number_of_.end() && known->first == key) return known->second;
        const std::uint32_t number = number_of(key, layout_of(key));
        layout_number_of_.insert(known, {key, number});
        return number;
    }
    std::uint32_t number_of(object_key key, const array_layout& layout);

    std::unordered_map<std::string, std::uint32_t> layout_numbers_;  // each distinct layout of the program
    std::string layout_bytes_;                                        // reused: a lookup allocates nothing
    using numbered = std::pair<object_key, std::uint32_t>;
    std::vector<numbered> layout_number_of_;  // of the current state's arrays, by key
    absl::flat_hash_map<std::uint64_t, sharing_answer> answers_;  // by the pair of layout numbers
};

}  // namespace conformance
