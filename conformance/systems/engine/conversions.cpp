// How NumPy reads Python values as array data, shapes, axes, dtypes, orders and indices (with the errors
// it raises for each), and how engine scalars come back as Python numbers or NumPy scalars.
#include "systems/engine/conversions.hpp"
#include "systems/engine/engine_backend.hpp"

#include <cctype>
#include <limits>

#include "engine/kernels.hpp"
#include "engine/long_long.hpp"
#include "engine/semantics.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "interpreter/python_numbers.hpp"

namespace conformance::engine_system {

namespace {

constexpr py_int int64_max = std::numeric_limits<std::int64_t>::max();
constexpr py_int int64_min = std::numeric_limits<std::int64_t>::min();
constexpr py_int uint64_max = std::numeric_limits<std::uint64_t>::max();

const char* const valid_index_message =
    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are "
    "valid indices";

bool fits_int64(py_int i) { return i >= int64_min && i <= int64_max; }

// The sequences NumPy iterates when it reads a shape or an axis list: tuples, lists and 1-d arrays.
std::optional<std::vector<value>> sequence_items(const value& v) {
    if (const auto* t = v.as<py_tuple>()) return t->items;
    if (const auto* l = v.as<py_list>()) return l->items;
    if (const auto* a = v.as<engine::array>(); a != nullptr && (*a)->ndim() == 1) {
        std::vector<value> items;
        for (const engine::scalar& s : engine::flat_values(**a)) items.push_back(scalar_value(s));
        return items;
    }
    return std::nullopt;
}

std::string repr_for_message(const value& v) {
    if (const auto* b = v.as<bool>()) return *b ? "True" : "False";
    if (const auto* s = v.as<std::string>()) return "'" + *s + "'";
    return class_name(v);
}

// An integer for a dimension: operator.index without bools; NumPy's messages.
std::int64_t dimension(const value& v, const char* not_integer_message) {
    if (v.is<bool>()) raise_type_error(not_integer_message);
    const std::optional<py_int> i = index_value(v);
    if (!i) raise_type_error(not_integer_message);
    if (!fits_int64(*i)) raise_value_error("Maximum allowed dimension exceeded");
    return static_cast<std::int64_t>(*i);
}

// One slice bound: None, or anything with __index__; Python clamps huge bounds to the ssize_t range.
std::optional<std::int64_t> slice_bound(const value& v) {
    if (v.is<none_type>()) return std::nullopt;
    const std::optional<py_int> i = index_value(v);
    if (!i) raise_type_error("slice indices must be integers or None or have an __index__ method");
    if (*i > int64_max) return std::numeric_limits<std::int64_t>::max();
    if (*i < int64_min) return std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(*i);
}

// An integer index item. NumPy converts through a C long: beyond int64 but within uint64 that overflows,
// further out the value is not an integer index at all.
std::int64_t integer_index(py_int i) {
    if (fits_int64(i)) return static_cast<std::int64_t>(i);
    if (i > int64_max && i <= uint64_max) raise_overflow_error("Python int too large to convert to C long");
    raise_index_error(valid_index_message);
}

engine::index_item index_item(const value& v) {
    if (v.is<ellipsis_type>()) return engine::ellipsis_index{};
    if (v.is<none_type>()) return engine::newaxis_index{};
    if (const auto* b = v.as<bool>()) return engine::array_from({engine::make_bool(*b)});
    if (const auto* i = v.as<py_int>()) return integer_index(*i);
    if (const auto* s = v.as<py_slice>()) {
        return engine::slice_spec{slice_bound(s->start), slice_bound(s->stop), slice_bound(s->step)};
    }
    if (const auto* a = v.as<engine::array>()) return *a;
    if (const auto* s = v.as<engine::scalar>()) {
        if (s->type == engine::dtype::bool_) return array_of_scalar(*s);
        if (engine::is_integer(s->type)) return integer_index(*index_value(v));
        raise_index_error(valid_index_message);
    }
    if (v.is<py_list>() || v.is<py_tuple>()) {
        // np.asarray of the sequence; an empty list is an empty integer index, not a float array.
        if (sequence_items(v)->empty()) return engine::zeros({0}, engine::dtype::int64);
        std::optional<engine::array> a;
        try {
            a = to_array(v);
        } catch (const python_error&) {
            raise_index_error(valid_index_message);  // a sequence of non-numbers is no index either
        }
        if (engine::is_integer((*a)->type()) || (*a)->type() == engine::dtype::bool_) return *a;
    }
    raise_index_error(valid_index_message);
}

// A Python int as an argument: beyond int64 and uint64, OverflowError, as NumPy 2 raises against an integer array.
// (As an operand of a binary ufunc it is a scalar of its own: to_binary_operand.)
engine::scalar python_int_operand(py_int i) {
    if (const auto s = python_int_scalar(i)) return *s;
    raise_overflow_error("Python int too large to convert to C long");
}

// A Python int as an element of array data. Beyond int64 and uint64 NumPy converts it for the dtype asked for:
// as float() into a float or complex dtype (then cast: 2**70 is inf in float16), as bool() into bool, and
// into an integer dtype it overflows; with no dtype it makes an object array, which the engine has not.
engine::scalar python_int_element(py_int i, std::optional<engine::dtype> target) {
    if (const auto s = python_int_scalar(i)) return *s;
    if (!target) {
        throw python_error("NotImplementedError",
                           "a Python int beyond int64 and uint64 makes NumPy build an object array, which the engine "
                           "has not");
    }
    switch (engine::kind_of(*target)) {
        case engine::dtype_kind::boolean: return engine::make_bool(true);
        case engine::dtype_kind::floating:
        case engine::dtype_kind::complex: return engine::make_float64(static_cast<double>(i));
        default: raise_overflow_error("Python int too large to convert to C long");
    }
}

// The Python type whose constructor NumPy uses to convert a string into an element of `t`.
python_type python_type_of(engine::dtype t) {
    switch (engine::kind_of(t)) {
        case engine::dtype_kind::boolean: return python_type::bool_;
        case engine::dtype_kind::signed_int:
        case engine::dtype_kind::unsigned_int: return python_type::int_;
        case engine::dtype_kind::floating: return python_type::float_;
        case engine::dtype_kind::complex: return python_type::complex_;
    }
    return python_type::float_;
}

engine::nested nested_sequence(const std::vector<value>& items, std::optional<engine::dtype> target) {
    std::vector<engine::nested> nested_items;
    for (const value& item : items) nested_items.push_back(to_nested(item, target));
    return {std::move(nested_items)};
}

}  // namespace

// ------------------------------------------------------------------ Python values -> engine

std::optional<engine::scalar> python_int_scalar(py_int i) {
    if (fits_int64(i)) return engine::make_int64(static_cast<std::int64_t>(i));
    if (i > 0 && i <= uint64_max) return engine::python_int_past_int64(static_cast<std::uint64_t>(i));
    return std::nullopt;
}

engine::nested to_nested(const value& v, std::optional<engine::dtype> target) {
    if (const auto* b = v.as<bool>()) return {engine::from_python_number(engine::make_bool(*b))};
    if (const auto* i = v.as<py_int>()) return {engine::from_python_number(python_int_element(*i, target))};
    if (const auto* d = v.as<double>()) return {engine::from_python_number(engine::make_float64(*d))};
    if (const auto* c = v.as<std::complex<double>>()) return {engine::from_python_number(engine::make_complex128(*c))};
    if (const auto* s = v.as<engine::scalar>()) return {*s};
    if (const auto* a = v.as<engine::array>()) return {*a};
    if (const auto* t = v.as<py_tuple>()) return nested_sequence(t->items, target);
    if (const auto* l = v.as<py_list>()) return nested_sequence(l->items, target);
    // Into a numeric dtype NumPy converts a string as int(), float(), complex() or bool() would.
    if (const auto* text = v.as<std::string>(); text != nullptr && target) {
        return to_nested(python_number_from_string(*text, python_type_of(*target)));
    }
    // NumPy would build an object or string array; the engine has only numeric dtypes.
    raise_type_error("the engine cannot make an array of a '" + class_name(v) + "' object");
}

engine::assigned_value assigned_value_of(const value& item) {
    using kind = engine::assigned_value::kind;
    if (const auto* a = item.as<engine::array>()) return engine::assigned_value::of(*a);
    engine::assigned_value v;
    if (item.is<py_list>()) v.what = kind::list;
    else if (item.is<py_tuple>()) v.what = kind::tuple;
    v.truth = interpreter::truth(item);
    v.contents = [&item](engine::dtype t) { return to_nested(item, t); };
    return v;
}

engine::array to_array(const value& v) {
    if (const auto* a = v.as<engine::array>()) return *a;
    return engine::asarray(to_nested(v));
}

engine::array to_array(const value& v, engine::dtype t) { return engine::asarray(to_nested(v, t), t); }

engine::operand to_operand(const value& v, const std::string& operation) {
    if (const auto* a = v.as<engine::array>()) return *a;
    if (const auto* s = v.as<engine::scalar>()) return *s;
    if (const auto* i = v.as<py_int>()) return engine::from_python_number(python_int_operand(*i));
    if (is_python_number(v)) return engine::from_python_number(std::get<engine::scalar>(to_nested(v).node));
    if (v.is<py_tuple>() || v.is<py_list>()) return to_array(v);
    raise_type_error("unsupported operand type for " + operation + ": '" + class_name(v) + "'");
}

engine::operand to_binary_operand(const value& v, const std::string& operation) {
    if (const auto* i = v.as<py_int>(); i && !python_int_scalar(*i))
        return engine::python_int_beyond_64_bits(static_cast<double>(*i));  // correctly rounded, as float() is
    return to_operand(v, operation);
}

engine::scalar to_scalar(const value& v, const std::string& what) {
    if (const auto* s = v.as<engine::scalar>()) return *s;
    // NumPy 1.x also took a one-element array with dimensions as its element (semantics.hpp).
    if (const auto* a = v.as<engine::array>();
        a != nullptr && ((*a)->ndim() == 0 ||
                         ((*a)->size() == 1 && !engine::active_semantics().element_from_sequence_is_strict))) {
        return engine::element_scalar(**a, (*a)->data());
    }
    if (const auto* i = v.as<py_int>()) return engine::from_python_number(python_int_operand(*i));
    if (is_python_number(v)) return std::get<engine::scalar>(to_nested(v).node);
    raise_type_error(what + " must be a number, not '" + class_name(v) + "'");
}

engine::copy_mode to_copy_mode(const value& v) {
    const bool numpy2 = engine::active_semantics().copy_false_means_never;
    if (v.is<none_type>()) {
        if (!numpy2) raise_value_error("NoneType copy mode not allowed.");
        return engine::copy_mode::if_needed;
    }
    if (truth(v)) return engine::copy_mode::always;
    return numpy2 ? engine::copy_mode::never : engine::copy_mode::if_needed;
}

void check_device(const bound_arguments& args) {
    const value& device = args["device"];
    if (device.is<none_type>() || (device.is<std::string>() && *device.as<std::string>() == "cpu")) return;
    const std::string received = device.is<std::string>() ? *device.as<std::string>() : class_name(device);
    raise_value_error("Device not understood. Only \"cpu\" is allowed, but received: " + received);
}

// operator.index of NumPy integer scalars and 0-d integer arrays.
std::optional<py_int> engine_backend::index(const value& v) const {
    const engine::scalar* s = v.as<engine::scalar>();
    engine::scalar element;
    if (const auto* a = v.as<engine::array>(); a != nullptr && (*a)->ndim() == 0) {
        // A 0-d array's __index__ takes integer dtypes only ("only integer scalar arrays ...").
        if ((*a)->type() == engine::dtype::bool_) return std::nullopt;
        element = engine::flat_values(**a).front();
        s = &element;
    }
    if (s == nullptr) return std::nullopt;
    if (s->type == engine::dtype::bool_) {
        // np.bool_ lost __index__ in NumPy 2 (semantics::numpy_bool_is_an_integer).
        if (!engine::active_semantics().numpy_bool_is_an_integer) return std::nullopt;
        return s->as_bool() ? 1 : 0;
    }
    if (engine::kind_of(s->type) == engine::dtype_kind::unsigned_int) return s->as_uint64();
    if (engine::kind_of(s->type) == engine::dtype_kind::signed_int) return s->as_int64();
    return std::nullopt;
}

std::int64_t to_int64(const value& v) {
    const std::optional<py_int> i = index_value(v);
    if (!i) raise_type_error("'" + class_name(v) + "' object cannot be interpreted as an integer");
    if (!fits_int64(*i)) raise_overflow_error("Python int too large to convert to C long");
    return static_cast<std::int64_t>(*i);
}

engine::dims to_shape(const value& v) {
    if (v.is<none_type>()) return {};
    if (const std::optional<std::vector<value>> items = sequence_items(v)) {
        engine::dims shape;
        for (const value& item : *items) shape.push_back(dimension(item, "an integer is required"));
        return shape;
    }
    const std::string message =
        "expected a sequence of integers or a single integer, got '" + repr_for_message(v) + "'";
    return {dimension(v, message.c_str())};
}

engine::dims to_int_list(const value& v) {
    if (const std::optional<std::vector<value>> items = sequence_items(v)) {
        engine::dims list;
        for (const value& item : *items) list.push_back(to_int64(item));
        return list;
    }
    return {to_int64(v)};
}

std::optional<engine::dtype> dtype_named_by(const value& v) {
    if (const auto* d = v.as<dtype_object>()) return d->type;
    if (const auto* t = v.as<numpy_type_object>()) return t->type;
    if (const auto* p = v.as<python_type_object>()) {
        switch (p->which) {
            case python_type::int_: return engine::dtype::int64;
            case python_type::float_: return engine::dtype::float64;
            case python_type::bool_: return engine::dtype::bool_;
            case python_type::complex_: return engine::dtype::complex128;
        }
    }
    if (const auto* text = v.as<std::string>()) return engine::dtype_from_string(*text);
    return std::nullopt;
}

std::optional<engine::dtype> to_dtype(const value& v) {
    if (v.is<none_type>()) return std::nullopt;
    if (const std::optional<engine::dtype> t = dtype_named_by(v)) return t;
    if (const auto* name = v.as<std::string>()) raise_type_error("data type '" + *name + "' not understood");
    raise_type_error("Cannot interpret '" + repr_for_message(v) + "' as a data type");
}

std::optional<engine::order> to_order(const value& v) {
    if (v.is<none_type>()) return std::nullopt;
    const auto* text = v.as<std::string>();
    if (text == nullptr) raise_type_error("order must be str, not " + class_name(v));
    if (text->size() == 1) {
        switch (std::toupper(static_cast<unsigned char>(text->front()))) {
            case 'C': return engine::order::C;
            case 'F': return engine::order::F;
            case 'A': return engine::order::A;
            case 'K': return engine::order::K;
        }
    }
    raise_value_error("order must be one of 'C', 'F', 'A', or 'K' (got '" + *text + "')");
}

engine::casting to_casting(const value& v) {
    const auto* text = v.as<std::string>();
    if (text == nullptr) raise_type_error("casting must be a string, not " + class_name(v));
    static const std::pair<std::string_view, engine::casting> rules[] = {
        {"no", engine::casting::no},     {"equiv", engine::casting::equiv},         {"safe", engine::casting::safe},
        {"same_kind", engine::casting::same_kind}, {"unsafe", engine::casting::unsafe}};
    for (const auto& [name, rule] : rules)
        if (*text == name) return rule;
    raise_value_error("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'");
}

engine::index_expr to_index(const value& v) {
    engine::index_expr index;
    if (const auto* t = v.as<py_tuple>()) {
        for (const value& item : t->items) index.push_back(index_item(item));
    } else {
        index.push_back(index_item(v));
    }
    return index;
}

// ------------------------------------------------------------------ engine -> Python values

value python_number_of(const engine::scalar& s) {
    switch (engine::kind_of(s.type)) {
        case engine::dtype_kind::boolean: return value::boolean(s.as_bool());
        case engine::dtype_kind::signed_int: return value::integer(s.as_int64());
        case engine::dtype_kind::unsigned_int: return value::integer(s.as_uint64());
        case engine::dtype_kind::floating: return value::floating(s.as_double());
        case engine::dtype_kind::complex: return value::complex_number(s.as_complex());
    }
    return value::none();
}

value numpy_result(const std::variant<engine::array, engine::scalar>& r) {
    if (const auto* a = std::get_if<engine::array>(&r)) return array_value(*a);
    return scalar_value(std::get<engine::scalar>(r));
}

value scalar_if_0d(const engine::array& a) {
    if (a->ndim() == 0) return scalar_value(engine::element_scalar(*a, a->data()));
    return array_value(a);
}

engine::array array_of_scalar(const engine::scalar& s) { return engine::array_from({s}); }

}  // namespace conformance::engine_system
