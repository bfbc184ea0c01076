// Subscripts of the engine's objects: engine indexing for arrays (a NumPy scalar is indexed as the 0-d array it
// stands for), flat iterators and the flags object's keys.
#include "systems/engine/engine_backend.hpp"

#include <algorithm>

#include "engine/array_coercion.hpp"
#include "engine/attribute_setters.hpp"
#include "engine/creation.hpp"
#include "engine/element_setitem.hpp"
#include "engine/error.hpp"
#include "engine/flat_iterator.hpp"
#include "engine/index.hpp"
#include "engine/semantics.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "interpreter/subscripts.hpp"
#include "systems/engine/array_methods.hpp"
#include "systems/engine/conversions.hpp"
#include "systems/engine/function_tables.hpp"

namespace conformance::engine_system {

namespace {

// A value converted for assignment into an array of dtype t: a lone Python number or NumPy scalar is packed into
// a 0-d array as PyArray_Pack packs it (a NumPy integer scalar into a signed integer dtype is range-checked like a
// Python int), where np.asarray(scalar, dtype=t) would cast it.
engine::array packed(const engine::nested& data, engine::dtype t) {
    const auto* s = std::get_if<engine::scalar>(&data.node);
    if (s == nullptr) return engine::asarray(data, t);
    const engine::array cell = engine::ndarray::allocate(t, {});
    engine::pack_element(t, cell->data(), *s);
    return cell;
}

// An index of one integer per dimension: NumPy's fast path that packs a single value into one element.
bool selects_one_element(const engine::array& a, const engine::index_expr& where) {
    if (static_cast<std::int64_t>(where.size()) != a->ndim()) return false;
    for (const engine::index_item& item : where) {
        if (!std::holds_alternative<std::int64_t>(item)) return false;
    }
    return true;
}

bool is_basic(const engine::index_expr& where) {
    for (const engine::index_item& item : where) {
        if (std::holds_alternative<engine::array>(item)) return false;
    }
    return true;
}

// NumPy's PyArray_Pack, which fills one element: a number converts by the dtype's setitem rules, an array
// of one element by a cast. Anything else is refused, except that a bool element takes the truth of a
// sequence or array; a complex element refuses it with a TypeError (complex() of it), others a ValueError.
engine::array single_element_value(const value& item, engine::dtype t) {
    const auto* array = item.as<engine::array>();
    const bool is_sequence = item.is<py_list>() || item.is<py_tuple>();
    if (array != nullptr && (*array)->size() == 1) return *array;
    if (array == nullptr && !is_sequence) return packed(to_nested(item, t), t);
    if (t == engine::dtype::bool_) {
        // BOOL_setitem takes the truth of anything; PyArray_Pack reports an array's refusal as a "sequence".
        if (array == nullptr) return engine::asarray({engine::make_bool(truth(item))}, t);
        try {
            return engine::asarray({engine::make_bool(engine::truth_value(**array))}, t);
        } catch (const ::engine::error&) {
            raise_value_error("setting an array element with a sequence.");
        }
    }
    // NumPy 2's integer setitem calls int() on a sequence (element_from_sequence_is_strict).
    if (is_sequence && engine::is_integer(t) && engine::active_semantics().element_from_sequence_is_strict) {
        raise_type_error("int() argument must be a string, a bytes-like object or a real number, not '" +
                         class_name(item) + "'");
    }
    if (engine::is_complex(t)) {
        raise_type_error(array != nullptr ? "only length-1 arrays can be converted to Python scalars"
                                          : "must be real number, not " + class_name(item));
    }
    raise_value_error("setting an array element with a sequence.");
}

// a[index] = item as NumPy 1.24's array_assign_subscript does it. An array value is cast and broadcast.
// Any other value is converted with a's dtype (per-element Python conversion rules: NaN into an int array
// is a ValueError), along one of three paths:
//  - one element (a[1, 2] = v): v must be a single value (see single_element_value);
//  - a view (basic index): a value with exactly the view's shape is written element by element straight
//    into it (PyArray_CopyObject), so an element that fails to convert leaves the earlier ones written;
//    a value with more dimensions than the view is a ValueError; any other shape goes through a temporary;
//  - advanced index: the value becomes a temporary array that is then broadcast.
void set_array_item(const engine::array& a, const value& index, const value& item) {
    // NumPy refuses a read-only destination first, then a bad index, and converts the value only then.
    a->require_writeable();
    const engine::index_expr where = to_index(index);
    const engine::array view = engine::check_index_for_assignment(a, where);
    if (selects_one_element(a, where)) return engine::setitem(a, where, single_element_value(item, a->type()));
    if (const auto* source = item.as<engine::array>()) return engine::setitem(a, where, *source);
    const engine::nested data = to_nested(item, a->type());
    if (is_basic(where)) {
        const engine::dims shape = engine::discover_shape_and_dtype(data, false).shape;
        if (static_cast<std::int64_t>(shape.size()) > view->ndim()) {
            raise_value_error("setting an array element with a sequence. The requested array would exceed the "
                              "maximum number of dimension of " + std::to_string(view->ndim()) + ".");
        }
        if (shape == view->shape()) return engine::fill_from_nested(view, data);
    }
    engine::setitem(a, where, packed(data, a->type()));
}

}  // namespace

namespace {

// A flat iterator's index: a Python list of bools is refused (NumPy 2) or read as 0s and 1s (NumPy 1.24).
engine::index_expr flat_index_of(const value& index) {
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

// A value written through a flat iterator, as NumPy converts it: np.asarray forced to the array's dtype (unsafe).
engine::array flat_values_of(const value& item, engine::dtype t) {
    if (const auto* a = item.as<engine::array>()) return *a;  // the engine copies it to cast, as PyArray_FromAny does
    return to_array(item, t);
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
    if (const auto* a = container.as<engine::array>()) return set_array_item(*a, index, item);
    if (const auto* it = container.as<flatiter_object>()) {
        // NumPy refuses a read-only array before it looks at the index or converts the value.
        it->base->require_writeable("underlying array is read-only");
        const engine::array base = it->base;
        const auto* truth = index.as<bool>();  // a Python bool: the dtype's setitem on the first element, or nothing
        const bool one_position = index.is<py_int>() || truth != nullptr ||
                                  (index.is<engine::scalar>() && engine::is_integer(index.as<engine::scalar>()->type));
        const auto* array_item = item.as<engine::array>();
        const bool zero_d_array = array_item != nullptr && (*array_item)->ndim() == 0;
        const auto write = [&](const std::function<engine::array()>& value_of, bool from_sequence) {
            if (truth != nullptr) return engine::flat_setitem_truth(base, *truth, value_of, from_sequence);
            engine::flat_setitem(base, flat_index_of(index), value_of, from_sequence);
        };
        if (one_position && base->type() == engine::dtype::bool_ && !zero_d_array) {
            // One bool element is written with BOOL_setitem under both NumPys: PyObject_IsTrue of whatever the value
            // is (a list of two is True, an array of two raises). Not a 0-d array: PyArray_Pack copies its element
            // (a cast, or its bytes when the dtype is the same: a bool byte of 5 stays 5), as flat_values_of does.
            return write([&] { return to_array(value::boolean(interpreter::truth(item)), engine::dtype::bool_); }, false);
        }
        return write([&] { return flat_values_of(item, base->type()); }, item.is<py_list>() || item.is<py_tuple>());
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
