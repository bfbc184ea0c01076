// Helpers shared by the runner's tests: a scripted implementation that reports a given state, and a
// compact way to build states and parse statements.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "case/parser.hpp"
#include "contract/implementation.hpp"

namespace conformance::test_support {

inline cases::program parse(std::string_view text) { return cases::parse_program(text, "case.py"); }

// An implementation whose state and sharing answers a test sets; statements do nothing.
class scripted_implementation : public implementation {
public:
    std::string name() const override { return "scripted"; }
    void reset() override {}
    outcome execute(const cases::statement&) override { return {}; }
    raw_state state() override { return current; }
    bool shares_memory(object_key a, object_key b) override { return answer(a, b).first; }
    bool may_share_memory(object_key a, object_key b) override { return answer(a, b).second; }

    // What np.shares_memory and np.may_share_memory answer for one pair (default: false, false).
    void set_sharing(object_key a, object_key b, bool shares, bool may_share) {
        sharing[{std::min(a, b), std::max(a, b)}] = {shares, may_share};
    }

    raw_state current;
    std::map<std::pair<object_key, object_key>, std::pair<bool, bool>> sharing;

private:
    std::pair<bool, bool> answer(object_key a, object_key b) const {
        const auto found = sharing.find({std::min(a, b), std::max(a, b)});
        return found == sharing.end() ? std::pair{false, false} : found->second;
    }
};

// A one-element int64 array with the given base.
inline array_state int64_array(std::optional<object_key> base = std::nullopt) {
    array_state array;
    array.dtype = "int64";
    array.shape = {1};
    array.strides = {8};
    array.owndata = !base;
    array.writeable = true;
    array.c_contiguous = array.f_contiguous = true;
    array.values = json::array({0});
    array.base = base;
    return array;
}

inline binding array_binding(object_key key) {
    binding bound;
    bound.what = binding::kind::array;
    bound.key = key;
    return bound;
}

}  // namespace conformance::test_support
