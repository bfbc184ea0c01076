// The engine as a system under comparison: runs case statements by interpreting them with the engine
// library (the case interpreter over the engine backend, engine_backend.hpp) and reports bindings and arrays as the runner's implementation interface asks.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "contract/implementation.hpp"
#include "contract/sharing_cache.hpp"
#include "engine/array.hpp"
#include "engine/semantics.hpp"

namespace conformance {

namespace interpreter {
class evaluator;
}

// The engine's semantics for the selected oracle as NumPy dispatches its loops on this CPU: the one place where an
// oracle maps to a profile (the engine system runs under it; the fuzz generator reads what it cannot reproduce).
engine::semantics semantics_for_selected_oracle();

class engine_implementation final : public implementation {
public:
    engine_implementation();
    ~engine_implementation() override;

    std::string name() const override { return "engine"; }
    void reset() override;
    outcome execute(const cases::statement& statement) override;
    raw_state state() override;
    bool shares_memory(object_key a, object_key b) override;
    bool may_share_memory(object_key a, object_key b) override;
    sharing_answer sharing(object_key a, object_key b) override;

private:
    // The array bound to `key` in the last state() (the runner asks about no other).
    const engine::array& array_at(object_key key) const;
    array_layout layout_of(object_key key) const;

    std::unique_ptr<interpreter::evaluator> evaluator_;
    // The arrays of the last state(), by key, so that the sharing questions need not walk the bindings.
    std::map<object_key, engine::array> arrays_;
    // The engine's answers by the two arrays' layouts, as the NumPy side keeps NumPy's.
    sharing_cache sharing_answers_;
};

}  // namespace conformance
