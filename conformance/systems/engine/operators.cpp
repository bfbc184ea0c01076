// Operator dispatch as CPython does it for the subset: an ndarray or NumPy scalar operand hands the
// operation to NumPy (engine::apply), sequences concatenate and repeat, Python numbers use the tower,
// == falls back to identity, and anything else is a TypeError naming both classes.
#include "systems/engine/operators.hpp"

#include "engine/broadcast.hpp"
#include "engine/creation.hpp"
#include "engine/element_setitem.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/matmul.hpp"
#include "engine/semantics.hpp"
#include "engine/ufunc.hpp"
#include "systems/engine/conversions.hpp"
#include "systems/engine/python_error.hpp"
#include "systems/engine/python_numbers.hpp"

namespace conformance::engine_side {

namespace {

engine::binary_op engine_op(cases::binary_op op) {
    switch (op) {
        case cases::binary_op::add: return engine::binary_op::add;
        case cases::binary_op::subtract: return engine::binary_op::subtract;
        case cases::binary_op::multiply: return engine::binary_op::multiply;
        case cases::binary_op::true_divide: return engine::binary_op::true_divide;
        case cases::binary_op::floor_divide: return engine::binary_op::floor_divide;
        case cases::binary_op::remainder: return engine::binary_op::remainder;
        case cases::binary_op::power: return engine::binary_op::power;
        case cases::binary_op::bitwise_and: return engine::binary_op::bitwise_and;
        case cases::binary_op::bitwise_or: return engine::binary_op::bitwise_or;
        case cases::binary_op::bitwise_xor: return engine::binary_op::bitwise_xor;
        case cases::binary_op::left_shift: return engine::binary_op::left_shift;
        case cases::binary_op::right_shift: return engine::binary_op::right_shift;
        case cases::binary_op::matmul: break;  // not an elementwise ufunc: engine::matmul
    }
    return engine::binary_op::add;
}

engine::binary_op engine_op(cases::compare_op op) {
    switch (op) {
        case cases::compare_op::equal: return engine::binary_op::equal;
        case cases::compare_op::not_equal: return engine::binary_op::not_equal;
        case cases::compare_op::less: return engine::binary_op::less;
        case cases::compare_op::greater: return engine::binary_op::greater;
        case cases::compare_op::less_equal: return engine::binary_op::less_equal;
        case cases::compare_op::greater_equal: return engine::binary_op::greater_equal;
        case cases::compare_op::is:
        case cases::compare_op::is_not: break;
    }
    throw std::logic_error("identity comparisons are not operators");
}

[[noreturn]] void unsupported_operands(std::string_view op, const value& a, const value& b) {
    raise_type_error("unsupported operand type(s) for " + std::string(op) + ": '" + class_name(a) + "' and '" +
                     class_name(b) + "'");
}

// Values NumPy reads as numeric array data in an operation with an array.
bool is_array_data(const value& v) {
    return is_numpy_value(v) || is_python_number(v) || v.is<py_tuple>() || v.is<py_list>();
}

const std::vector<value>* sequence_of(const value& v) {
    if (const auto* t = v.as<py_tuple>()) return &t->items;
    if (const auto* l = v.as<py_list>()) return &l->items;
    return nullptr;
}

value same_sequence_type(const value& like, std::vector<value> items) {
    return like.is<py_tuple>() ? value::tuple(std::move(items)) : value::list(std::move(items));
}

// `seq * n` and `n * seq`; a negative count gives an empty sequence.
std::optional<value> repetition(const value& a, const value& b) {
    const bool count_first = a.is<bool>() || a.is<py_int>();
    const value& items = count_first ? b : a;
    const value& count_value = count_first ? a : b;
    if (!(count_value.is<bool>() || count_value.is<py_int>())) return std::nullopt;
    const py_int count = *index_value(count_value);
    if (const auto* s = items.as<std::string>()) {
        std::string repeated;
        for (py_int i = 0; i < count; ++i) repeated += *s;
        return value::string(std::move(repeated));
    }
    const std::vector<value>* seq = sequence_of(items);
    if (seq == nullptr) return std::nullopt;
    std::vector<value> repeated;
    for (py_int i = 0; i < count; ++i) repeated.insert(repeated.end(), seq->begin(), seq->end());
    return same_sequence_type(items, std::move(repeated));
}

std::optional<value> concatenation(const value& a, const value& b) {
    if (a.is<std::string>() && b.is<std::string>()) return value::string(*a.as<std::string>() + *b.as<std::string>());
    const bool same_kind = (a.is<py_tuple>() && b.is<py_tuple>()) || (a.is<py_list>() && b.is<py_list>());
    if (!same_kind) return std::nullopt;
    std::vector<value> items = *sequence_of(a);
    items.insert(items.end(), sequence_of(b)->begin(), sequence_of(b)->end());
    return same_sequence_type(a, std::move(items));
}

// Python's == for values NumPy is not involved in.
bool python_equal(const value& a, const value& b) {
    if (is_python_number(a) && is_python_number(b)) return python_numbers_equal(a, b);
    if (a.is<dtype_object>() || b.is<dtype_object>()) {
        // dtype.__eq__ accepts anything that names a dtype: np.int8, 'int8', int.
        const std::optional<engine::dtype> ta = dtype_named_by(a);
        const std::optional<engine::dtype> tb = dtype_named_by(b);
        return ta && tb && *ta == *tb;
    }
    if (const auto* sa = a.as<std::string>(); sa != nullptr && b.is<std::string>()) return *sa == *b.as<std::string>();
    if ((a.is<py_tuple>() && b.is<py_tuple>()) || (a.is<py_list>() && b.is<py_list>())) {
        const std::vector<value>& xs = *sequence_of(a);
        const std::vector<value>& ys = *sequence_of(b);
        if (xs.size() != ys.size()) return false;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            if (!truth(comparison(cases::compare_op::equal, xs[i], ys[i]))) return false;
        }
        return true;
    }
    if (const auto* ia = a.as<object_id_value>(); ia != nullptr && b.is<object_id_value>()) {
        return ia->key == b.as<object_id_value>()->key;
    }
    if (const auto* sa = a.as<py_slice>(); sa != nullptr && b.is<py_slice>()) {
        const py_slice& sb = *b.as<py_slice>();
        return python_equal(value::tuple({sa->start, sa->stop, sa->step}), value::tuple({sb.start, sb.stop, sb.step}));
    }
    return is_same_object(a, b);
}

bool holds(cases::compare_op op, std::partial_ordering order) {
    switch (op) {
        case cases::compare_op::less: return order == std::partial_ordering::less;
        case cases::compare_op::greater: return order == std::partial_ordering::greater;
        case cases::compare_op::less_equal:
            return order == std::partial_ordering::less || order == std::partial_ordering::equivalent;
        case cases::compare_op::greater_equal:
            return order == std::partial_ordering::greater || order == std::partial_ordering::equivalent;
        default: return false;
    }
}

// Python's < > <= >= for values NumPy is not involved in: numbers, strings, and sequences of one kind
// (lexicographic at the first unequal item).
bool python_ordering(cases::compare_op op, const value& a, const value& b) {
    const bool complex_involved = a.is<std::complex<double>>() || b.is<std::complex<double>>();
    if (is_python_number(a) && is_python_number(b) && !complex_involved) return holds(op, python_number_order(a, b));
    if (a.is<std::string>() && b.is<std::string>()) return holds(op, *a.as<std::string>() <=> *b.as<std::string>());
    if ((a.is<py_tuple>() && b.is<py_tuple>()) || (a.is<py_list>() && b.is<py_list>())) {
        const std::vector<value>& xs = *sequence_of(a);
        const std::vector<value>& ys = *sequence_of(b);
        for (std::size_t i = 0; i < xs.size() && i < ys.size(); ++i) {
            if (!python_equal(xs[i], ys[i])) return truth(comparison(op, xs[i], ys[i]));
        }
        return holds(op, xs.size() <=> ys.size());
    }
    raise_type_error("'" + std::string(cases::spelling(op)) + "' not supported between instances of '" +
                     class_name(a) + "' and '" + class_name(b) + "'");
}

// == and != where NumPy cannot compare elementwise (None, strings, shapes that do not broadcast): NumPy
// 1.24 warns and falls back to object comparison, which is elementwise only for None against an array.
value failed_elementwise_equality(cases::compare_op op, const value& left, const value& right) {
    const bool equal = op == cases::compare_op::equal;
    const value& other = left.is<engine::array>() ? right : left;
    const auto* array = left.is<engine::array>() ? left.as<engine::array>() : right.as<engine::array>();
    if (array != nullptr && other.is<none_type>()) {
        return value::array(engine::full((*array)->shape(), engine::make_bool(!equal), engine::dtype::bool_));
    }
    return value::boolean(equal ? is_same_object(left, right) : !is_same_object(left, right));
}

bool broadcastable(const engine::operand& a, const engine::operand& b) {
    const auto shape_of = [](const engine::operand& x) {
        const auto* array = std::get_if<engine::array>(&x);
        return array != nullptr ? (*array)->shape() : engine::dims{};
    };
    try {
        engine::broadcast_shapes({shape_of(a), shape_of(b)});
        return true;
    } catch (const engine::error&) {
        return false;
    }
}

// A unary operator on an array or NumPy scalar: NumPy's ufunc (the engine decides loops, errors and layout).
value numpy_unary(cases::unary_op op, const value& operand) {
    const engine::operand x = to_operand(operand, "unary " + std::string(cases::spelling(op)));
    switch (op) {
        case cases::unary_op::negate: return numpy_result(engine::apply(engine::unary_op::negative, x));
        case cases::unary_op::plus: return numpy_result(engine::plus_operator(x));
        case cases::unary_op::invert: return numpy_result(engine::apply(engine::unary_op::invert, x));
        case cases::unary_op::logical_not: break;
    }
    throw std::logic_error("not is no NumPy operator");
}

}  // namespace

bool is_same_object(const value& a, const value& b) { return a.identity() == b.identity(); }

value binary_operation(cases::binary_op op, const value& left, const value& right) {
    const std::string_view spelled = cases::spelling(op);
    if (is_numpy_value(left) || is_numpy_value(right)) {
        if (!is_array_data(left) || !is_array_data(right)) unsupported_operands(spelled, left, right);
        const std::string operation = std::string(spelled);
        const engine::operand a = to_operand(left, operation), b = to_operand(right, operation);
        if (op == cases::binary_op::power) return numpy_result(engine::power_operator(a, b));
        if (op == cases::binary_op::matmul) return numpy_result(engine::matmul(a, b, std::nullopt));
        return numpy_result(engine::apply(engine_op(op), a, b));
    }
    if (is_python_number(left) && is_python_number(right)) return python_arithmetic(op, left, right);
    std::optional<value> result;
    if (op == cases::binary_op::add) result = concatenation(left, right);
    if (op == cases::binary_op::multiply) result = repetition(left, right);
    if (!result) unsupported_operands(spelled, left, right);
    return *result;
}

value comparison(cases::compare_op op, const value& left, const value& right) {
    const bool equality = op == cases::compare_op::equal || op == cases::compare_op::not_equal;
    if (is_numpy_value(left) || is_numpy_value(right)) {
        if (!is_array_data(left) || !is_array_data(right)) {
            if (equality) return failed_elementwise_equality(op, left, right);
            raise_type_error("'" + std::string(cases::spelling(op)) + "' not supported between instances of '" +
                             class_name(left) + "' and '" + class_name(right) + "'");
        }
        const std::string operation(cases::spelling(op));
        const engine::operand a = to_operand(left, operation);
        const engine::operand b = to_operand(right, operation);
        // NumPy 1.24's == of unbroadcastable arrays fails over to identity; NumPy 2's raises (engine::apply).
        if (equality && !broadcastable(a, b) && !engine::active_semantics().unbroadcastable_comparison_raises) {
            return failed_elementwise_equality(op, left, right);
        }
        return numpy_result(engine::apply(engine_op(op), a, b));
    }
    if (op == cases::compare_op::equal) return value::boolean(python_equal(left, right));
    if (op == cases::compare_op::not_equal) return value::boolean(!python_equal(left, right));
    return value::boolean(python_ordering(op, left, right));
}

value unary_operation(cases::unary_op op, const value& operand) {
    switch (op) {
        case cases::unary_op::logical_not: return value::boolean(!truth(operand));
        case cases::unary_op::negate:
            if (is_numpy_value(operand)) return numpy_unary(op, operand);
            if (is_python_number(operand)) return python_negation(operand);
            break;
        case cases::unary_op::plus:
            if (is_numpy_value(operand)) return numpy_unary(op, operand);
            // +True is 1: unary plus makes an int of a bool
            if (const auto* b = operand.as<bool>()) return value::integer(*b ? 1 : 0);
            if (is_python_number(operand)) return operand;
            break;
        case cases::unary_op::invert:
            if (is_numpy_value(operand)) return numpy_unary(op, operand);
            if (operand.is<bool>() || operand.is<py_int>()) return python_invert(operand);
            break;
    }
    raise_type_error("bad operand type for unary " + std::string(cases::spelling(op)) + ": '" + class_name(operand) +
                     "'");
}

value augmented_operation(cases::binary_op op, const value& target, const value& operand) {
    const auto* array = target.as<engine::array>();
    if (array == nullptr) return binary_operation(op, target, operand);
    if (!is_array_data(operand)) unsupported_operands(std::string(cases::spelling(op)) + "=", target, operand);
    const engine::operand b = to_operand(operand, std::string(cases::spelling(op)) + "=");
    if (op == cases::binary_op::power) engine::power_operator_inplace(*array, b);
    else if (op == cases::binary_op::matmul) engine::matmul_inplace(*array, b);
    else engine::apply_inplace(engine_op(op), *array, b);
    return target;
}

value absolute_value(const value& x) {
    if (is_numpy_value(x)) return numpy_result(engine::apply(engine::unary_op::absolute, to_operand(x, "abs()")));
    if (is_python_number(x)) return python_absolute(x);
    raise_type_error("bad operand type for abs(): '" + class_name(x) + "'");
}

bool truth(const value& v) {
    if (v.is<none_type>()) return false;
    if (const auto* b = v.as<bool>()) return *b;
    if (const auto* i = v.as<py_int>()) return *i != 0;
    if (const auto* d = v.as<double>()) return *d != 0;
    if (const auto* c = v.as<std::complex<double>>()) return *c != std::complex<double>{};
    if (const auto* s = v.as<std::string>()) return !s->empty();
    if (const std::vector<value>* items = sequence_of(v)) return !items->empty();
    if (const auto* s = v.as<engine::scalar>()) return s->as_bool();
    if (const auto* a = v.as<engine::array>()) return engine::truth_value(**a);
    return true;
}

}  // namespace conformance::engine_side
