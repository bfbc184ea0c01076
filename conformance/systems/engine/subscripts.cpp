// Subscripts of the engine's objects: engine indexing for arrays (a NumPy scalar is indexed as the 0-d array it
// stands for), flat iterators and the flags object's keys.
#include "systems/engine/engine_backend.hpp"

#include <algorithm>

#include "engine/attribute_setters.hpp"
#include "engine/flat_iterator.hpp"
#include "engine/subscript_assignment.hpp"
#include "engine/semantics.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "interpreter/subscripts.hpp"
#include "systems/engine/array_methods.hpp"
#include "systems/engine/conversions.hpp"
#include "systems/engine/function_tables.hpp"

namespace conformance::engine_system {

namespace {

bool is_numpy_bool_scalar(const value& index) {
    const auto* s = index.as<engine::scalar>();
    return s != nullptr && s->type == engine::dtype::bool_;
}

// A flat iterator's index: a Python list of bools is refused (NumPy 2) or read as 0s and 1s (NumPy 1.24); a NumPy
// bool scalar is refused (engine::raise_for_numpy_bool_scalar_index).
engine::index_expr flat_index_of(const value& index) {
    if (is_numpy_bool_scalar(index)) engine::raise_for_numpy_bool_scalar_index();
    const auto* list = index.as<py_list>();
    const bool all_bools = list != nullptr && !list->items.empty() &&
                           std::all_of(list->items.begin(), list->items.end(), [](const value& v) { return v.is<bool>(); });
    if (!all_bools) return to_index(index);
    if (engine::active_semantics().flat_iterator_refuses_bool_lists)
        raise_index_error("boolean indices for iterators are not supported because of previous behavior that was "
                          "confusing (valid boolean indices are expected to work in the future)");
    std::vector<value> numbers;
    for (const value& v : list->items) numbers.push_back(value::integer(*v.as<bool>() ? 1 : 0));
    return to_index(value::list(std::move(numbers)));
}

}  // namespace

value engine_backend::get_item(const value& container, const value& index) const {
    if (const auto* a = container.as<engine::array>()) return numpy_result(engine::getitem(*a, to_index(index)));
    if (const auto* s = container.as<engine::scalar>()) {
        return numpy_result(engine::getitem(array_of_scalar(*s), to_index(index)));
    }
    if (const auto* it = container.as<flatiter_object>()) {
        if (const auto* truth = index.as<bool>()) return numpy_result(engine::flat_getitem_truth(it->base, *truth));
        return numpy_result(engine::flat_getitem(it->base, flat_index_of(index)));
    }
    if (const auto* f = container.as<flags_object>()) {
        const auto* key = index.as<std::string>();
        if (key == nullptr) raise_key_error("Unknown flag");
        if (const std::optional<bool> flag = flag_named(*f, *key, true)) return value::boolean(*flag);
        raise_key_error("Unknown flag");
    }
    raise_type_error("'" + class_name(container) + "' object is not subscriptable");
}

void engine_backend::set_item(const value& container, const value& index, const value& item) const {
    if (const auto* a = container.as<engine::array>())
        return engine::assign_subscript(*a, [&] { return to_index(index); }, assigned_value_of(item));
    if (const auto* it = container.as<flatiter_object>()) {
        return engine::flat_assign_item(
            it->base,
            [&]() -> engine::flat_index {
                if (const auto* truth = index.as<bool>()) return *truth;  // a Python bool, not an integer
                if (is_numpy_bool_scalar(index)) return engine::numpy_bool_scalar_index{};
                return flat_index_of(index);
            },
            assigned_value_of(item));
    }
    if (const auto* f = container.as<flags_object>()) {
        // arrayflags_setitem: only the settable flags, by key.
        const auto* key = index.as<std::string>();
        const std::string k = key != nullptr ? *key : "";
        const bool write = k == "W" || k == "WRITEABLE", align = k == "A" || k == "ALIGNED";
        const bool uic = k == "X" || k == "WRITEBACKIFCOPY";
        if (!write && !align && !uic) raise_key_error("Unknown flag");
        if (!f->owner) raise_value_error("Cannot set flags on array scalars.");
        const bool on = interpreter::truth(item);
        return engine::setflags(f->owner, write ? std::optional(on) : std::nullopt, align ? std::optional(on) : std::nullopt,
                         uic ? std::optional(on) : std::nullopt);
    }
    raise_type_error("'" + class_name(container) + "' object does not support item assignment");
}

}  // namespace conformance::engine_system
