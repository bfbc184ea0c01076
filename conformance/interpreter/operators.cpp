// Operator dispatch as CPython does it for the subset: a system object on either side hands the operation to
// its backend, sequences concatenate and repeat, Python numbers use the tower, == falls back to identity, and
// anything else is a TypeError naming both classes.
#include "interpreter/operators.hpp"

#include "interpreter/array_backend.hpp"
#include "interpreter/python_error.hpp"
#include "interpreter/python_numbers.hpp"

namespace conformance::interpreter {

namespace {

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

// Python's == for values no system object decides.
bool python_equal(const value& a, const value& b) {
    if (is_python_number(a) && is_python_number(b)) return python_numbers_equal(a, b);
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

// Python's < > <= >= for values no system object decides: numbers, strings, and sequences of one kind
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
    raise_unorderable(op, a, b);
}

}  // namespace

void raise_unsupported_operands(std::string_view op, const value& a, const value& b) {
    raise_type_error("unsupported operand type(s) for " + std::string(op) + ": '" + class_name(a) + "' and '" +
                     class_name(b) + "'");
}

void raise_unorderable(cases::compare_op op, const value& a, const value& b) {
    raise_type_error("'" + std::string(cases::spelling(op)) + "' not supported between instances of '" +
                     class_name(a) + "' and '" + class_name(b) + "'");
}

void raise_bad_unary_operand(cases::unary_op op, const value& operand) {
    raise_type_error("bad operand type for unary " + std::string(cases::spelling(op)) + ": '" + class_name(operand) +
                     "'");
}

void raise_bad_abs_operand(const value& operand) {
    raise_type_error("bad operand type for abs(): '" + class_name(operand) + "'");
}

bool is_same_object(const value& a, const value& b) { return a.identity() == b.identity(); }

value python_binary(cases::binary_op op, const value& left, const value& right) {
    if (is_python_number(left) && is_python_number(right)) return python_arithmetic(op, left, right);
    std::optional<value> result;
    if (op == cases::binary_op::add) result = concatenation(left, right);
    if (op == cases::binary_op::multiply) result = repetition(left, right);
    if (!result) raise_unsupported_operands(cases::spelling(op), left, right);
    return *result;
}

value python_comparison(cases::compare_op op, const value& left, const value& right) {
    if (op == cases::compare_op::equal) return value::boolean(python_equal(left, right));
    if (op == cases::compare_op::not_equal) return value::boolean(!python_equal(left, right));
    return value::boolean(python_ordering(op, left, right));
}

value binary_operation(cases::binary_op op, const value& left, const value& right) {
    if (const array_backend* backend = backend_of(left, right)) return backend->binary(op, left, right);
    return python_binary(op, left, right);
}

value comparison(cases::compare_op op, const value& left, const value& right) {
    if (const array_backend* backend = backend_of(left, right)) return backend->compare(op, left, right);
    return python_comparison(op, left, right);
}

value unary_operation(cases::unary_op op, const value& operand) {
    if (op == cases::unary_op::logical_not) return value::boolean(!truth(operand));
    if (const array_backend* backend = backend_of(operand)) return backend->unary(op, operand);
    switch (op) {
        case cases::unary_op::negate:
            if (is_python_number(operand)) return python_negation(operand);
            break;
        case cases::unary_op::plus:
            // +True is 1: unary plus makes an int of a bool
            if (const auto* b = operand.as<bool>()) return value::integer(*b ? 1 : 0);
            if (is_python_number(operand)) return operand;
            break;
        case cases::unary_op::invert:
            if (operand.is<bool>() || operand.is<py_int>()) return python_invert(operand);
            break;
        case cases::unary_op::logical_not: break;
    }
    raise_bad_unary_operand(op, operand);
}

value augmented_operation(cases::binary_op op, const value& target, const value& operand) {
    if (const array_backend* backend = backend_of(target)) return backend->augmented(op, target, operand);
    return binary_operation(op, target, operand);
}

value absolute_value(const value& x) {
    if (const array_backend* backend = backend_of(x)) return backend->absolute(x);
    if (is_python_number(x)) return python_absolute(x);
    raise_bad_abs_operand(x);
}

bool truth(const value& v) {
    if (const array_backend* backend = backend_of(v)) return backend->truth(v);
    if (v.is<none_type>()) return false;
    if (const auto* b = v.as<bool>()) return *b;
    if (const auto* i = v.as<py_int>()) return *i != 0;
    if (const auto* d = v.as<double>()) return *d != 0;
    if (const auto* c = v.as<std::complex<double>>()) return *c != std::complex<double>{};
    if (const auto* s = v.as<std::string>()) return !s->empty();
    if (const std::vector<value>* items = sequence_of(v)) return !items->empty();
    return true;
}

std::optional<py_int> index_value(const value& v) {
    if (const auto* b = v.as<bool>()) return *b ? 1 : 0;
    if (const auto* i = v.as<py_int>()) return *i;
    if (const array_backend* backend = backend_of(v)) return backend->index(v);
    return std::nullopt;
}

}  // namespace conformance::interpreter
