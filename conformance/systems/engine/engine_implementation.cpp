// The implementation interface over the evaluator: exceptions become outcomes (engine errors by their
// category, interpreter errors by their Python class), bindings and arrays become raw_state.
#include "systems/engine/engine_implementation.hpp"

#include "contract/numpy_oracle.hpp"
#include "engine/semantics.hpp"

#include <algorithm>
#include <functional>
#include <new>
#include <optional>
#include <stdexcept>

#include "engine/error.hpp"
#include "engine/shares_memory.hpp"
#include "interpreter/evaluator.hpp"
#include "interpreter/python_error.hpp"
#include "systems/engine/encoding.hpp"
#include "systems/engine/engine_backend.hpp"

namespace conformance {

namespace {

// Every name the trace describes with the value it stands for: the case's bindings, and inside a bound
// tuple or list (at any depth) each array item as NAME[i] (trace-format.md, "Arrays inside tuples and
// lists"). A list that contains itself is walked once.
void visit_named_values(const std::string& name, const engine_system::value& v, std::vector<std::uint64_t>& open,
                        const std::function<void(const std::string&, const engine_system::value&)>& visit) {
    const std::vector<engine_system::value>* items = nullptr;
    if (const auto* t = v.as<engine_system::py_tuple>()) items = &t->items;
    if (const auto* l = v.as<engine_system::py_list>()) items = &l->items;
    if (items == nullptr) return;
    if (std::find(open.begin(), open.end(), v.identity()) != open.end()) return;
    open.push_back(v.identity());
    for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string item_name = name + "[" + std::to_string(i) + "]";
        if ((*items)[i].is<engine::array>()) visit(item_name, (*items)[i]);
        visit_named_values(item_name, (*items)[i], open, visit);
    }
    open.pop_back();
}

void for_each_named_value(const interpreter::evaluator& e,
                          const std::function<void(const std::string&, const engine_system::value&)>& visit) {
    for (const auto& [name, bound] : e.bindings()) {
        visit(name, bound);
        std::vector<std::uint64_t> open;
        visit_named_values(name, bound, open, visit);
    }
}

}  // namespace

engine::semantics semantics_for_selected_oracle() {
    const engine::simd_targets cpu =
        engine::simd_targets::of_this_cpu(engine::disable_rule_of_numpy(label(selected_numpy_oracle())));
    return selected_numpy_oracle() == numpy_oracle::numpy_2 ? engine::semantics::numpy_2(cpu)
                                                            : engine::semantics::numpy_1_24(cpu);
}

engine_implementation::engine_implementation() {
    engine::set_active_semantics(semantics_for_selected_oracle());
    evaluator_ = std::make_unique<interpreter::evaluator>(engine_system::engine_backend::instance());
}

engine_implementation::~engine_implementation() = default;

void engine_implementation::reset() {
    evaluator_->forget_all();
    arrays_.clear();
    sharing_answers_.forget_program();
}

outcome engine_implementation::execute(const cases::statement& statement) {
    arrays_.clear();  // the last state's arrays: a statement may rebind every name
    sharing_answers_.forget_state();
    outcome result;
    try {
        if (const std::optional<engine_system::value> v = evaluator_->execute(statement)) {
            result.value = engine_system::encode_value(*v);
        }
    } catch (const engine::error& e) {
        result.error = std::string(engine::category_name(e.category()));
        result.error_message = e.what();
    } catch (const engine_system::python_error& e) {
        result.error = e.class_name();
        result.error_message = e.what();
    } catch (const std::bad_alloc& e) {
        result.error = "MemoryError";
        result.error_message = e.what();
    } catch (const std::exception& e) {
        // A bug in the engine or the interpreter: reported under a name no NumPy exception has.
        result.error = "EngineInternalError";
        result.error_message = e.what();
    }
    return result;
}

raw_state engine_implementation::state() {
    raw_state state;
    for_each_named_value(*evaluator_, [&](const std::string& name, const engine_system::value& bound) {
        const binding b = engine_system::describe_binding(bound);
        state.names.emplace(name, b);
        if (const auto* a = bound.as<engine::array>(); a != nullptr && state.arrays.count(b.key) == 0) {
            state.arrays.emplace(b.key, engine_system::describe_array(*a));
            arrays_.emplace(b.key, *a);
        }
    });
    return state;
}

const engine::array& engine_implementation::array_at(object_key key) const {
    const auto found = arrays_.find(key);
    if (found == arrays_.end()) throw std::invalid_argument("engine side: no bound array has key " + std::to_string(key));
    return found->second;
}

array_layout engine_implementation::layout_of(object_key key) const {
    const engine::ndarray& array = *array_at(key);
    return {reinterpret_cast<std::uintptr_t>(array.data()), array.itemsize(), array.shape(), array.strides()};
}

sharing_answer engine_implementation::sharing(object_key a, object_key b) {
    return sharing_answers_.answers(
        a, b, [&](object_key k) { return layout_of(k); },
        [&] { return engine::shares_memory(*array_at(a), *array_at(b)); },
        [&] { return engine::may_share_memory(*array_at(a), *array_at(b)); });
}

bool engine_implementation::shares_memory(object_key a, object_key b) { return sharing(a, b).shares; }

bool engine_implementation::may_share_memory(object_key a, object_key b) { return sharing(a, b).may_share; }

}  // namespace conformance
