// Names the state has but the order does not know (none, while every statement is recorded) count as
// the oldest, so the context always lists every bound array exactly once per name.
#include "differential/binding_order.hpp"

#include "engine/dtype.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <variant>

namespace fuzzing {

namespace {

// Python puts dunder names such as __warningregistry__ into a script's globals by itself; a case never
// binds them, so the generator must not use them.
bool is_interpreter_name(const std::string& name) { return name.starts_with("__"); }

// NAME[i] stands for an array inside a bound tuple or list (trace-format.md): no name a statement can bind
// or assign an attribute of, so the generator reaches such arrays through their container only.
bool is_item_name(const std::string& name) { return name.find('[') != std::string::npos; }

}  // namespace

void binding_order::record(const cases::statement& statement) {
    const auto* assignment = std::get_if<cases::assign>(&statement.node);
    if (assignment == nullptr) return;
    std::erase(names_, assignment->name);
    names_.push_back(assignment->name);
}

generation_context binding_order::context(const conformance::step_recorder& oracle) const {
    const conformance::raw_state& state = oracle.state();
    // Names in the order the generator sees them, as the state's own entries (no copies: this runs before
    // every statement of every fuzz input).
    std::vector<const std::pair<const std::string, conformance::binding>*> ordered;
    ordered.reserve(state.names.size());
    for (const auto& entry : state.names) {
        if (is_interpreter_name(entry.first) || is_item_name(entry.first)) continue;
        if (std::find(names_.begin(), names_.end(), entry.first) == names_.end()) ordered.push_back(&entry);
    }
    for (const std::string& name : names_) {
        if (const auto found = state.names.find(name); found != state.names.end()) ordered.push_back(&*found);
    }

    generation_context context;
    context.bound_names.reserve(ordered.size());
    context.arrays.reserve(ordered.size());
    for (const auto* entry : ordered) {
        const auto& [name, bound] = *entry;
        context.bound_names.push_back(name);
        if (bound.what == conformance::binding::kind::other) context.other_objects.push_back(name);
        if (bound.what != conformance::binding::kind::array) continue;
        const conformance::array_state& array = state.arrays.at(bound.key);
        const bool values_known = oracle.masked().names.count(name) == 0;
        // The generator reads the type's name: a swapped byte order (">i4") does not change what it may draw.
        const std::optional<engine::dtype> type = engine::dtype_from_string(array.dtype);
        const std::string dtype = type ? std::string(engine::name(*type)) : array.dtype;
        context.arrays.push_back(
            {name, array.shape, array.strides, dtype, array.c_contiguous, array.writeable, values_known});
    }
    return context;
}

}  // namespace fuzzing
