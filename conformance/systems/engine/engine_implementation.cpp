// The implementation interface over the evaluator: exceptions become outcomes (engine errors by their
// category, interpreter errors by their Python class), bindings and arrays become raw_state.
#include "systems/engine/engine_implementation.hpp"

#include "engine/semantics.hpp"
#include "contract/numpy_oracle.hpp"

#include <new>
#include <stdexcept>

#include "engine/error.hpp"
#include "engine/shares_memory.hpp"
#include "systems/engine/encoding.hpp"
#include "systems/engine/evaluator.hpp"
#include "systems/engine/python_error.hpp"

namespace conformance {

namespace {

// The bound array with the given key (the runner only asks about arrays it saw in state()).
engine::array bound_array(const engine_side::evaluator& e, object_key key) {
    for (const auto& [name, bound] : e.bindings()) {
        if (bound.is<engine::array>() && bound.identity() == key) return *bound.as<engine::array>();
    }
    throw std::invalid_argument("no bound array has key " + std::to_string(key));
}

}  // namespace

// The engine follows the selected oracle's semantics: the one place where an oracle maps to a profile.
engine_implementation::engine_implementation() {
    engine::set_active_semantics(selected_numpy_oracle() == numpy_oracle::numpy_2 ? engine::semantics::numpy_2()
                                                                                  : engine::semantics::numpy_1_24());
    evaluator_ = std::make_unique<engine_side::evaluator>();
}

engine_implementation::~engine_implementation() = default;

void engine_implementation::reset() { evaluator_->forget_all(); }

outcome engine_implementation::execute(const cases::statement& statement) {
    outcome result;
    try {
        if (const std::optional<engine_side::value> v = evaluator_->execute(statement)) {
            result.value = engine_side::encode_value(*v);
        }
    } catch (const engine::error& e) {
        result.error = std::string(engine::category_name(e.category()));
        result.error_message = e.what();
    } catch (const engine_side::python_error& e) {
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
    for (const auto& [name, bound] : evaluator_->bindings()) {
        const binding b = engine_side::describe_binding(bound);
        state.names.emplace(name, b);
        if (const auto* a = bound.as<engine::array>(); a != nullptr && state.arrays.count(b.key) == 0) {
            state.arrays.emplace(b.key, engine_side::describe_array(*a));
        }
    }
    return state;
}

bool engine_implementation::shares_memory(object_key a, object_key b) {
    return engine::shares_memory(*bound_array(*evaluator_, a), *bound_array(*evaluator_, b));
}

bool engine_implementation::may_share_memory(object_key a, object_key b) {
    return engine::may_share_memory(*bound_array(*evaluator_, a), *bound_array(*evaluator_, b));
}

}  // namespace conformance
