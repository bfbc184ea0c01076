// Python's operators where an engine object takes part: an ndarray or NumPy scalar operand hands the operation
// to NumPy's ufuncs (engine::apply); a dtype compares with what names its type; anything else is left to
// Python's rules (interpreter/operators.hpp).
#include "systems/engine/engine_backend.hpp"

#include "engine/broadcast.hpp"
#include "engine/creation.hpp"
#include "engine/element_setitem.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/matmul.hpp"
#include "engine/ufunc.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "systems/engine/conversions.hpp"

namespace conformance::engine_system {

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

// Values NumPy reads as numeric array data in an operation with an array.
bool is_array_data(const value& v) {
    return is_numpy_value(v) || is_python_number(v) || v.is<py_tuple>() || v.is<py_list>();
}

// == and != where NumPy cannot compare elementwise (None, strings, under NumPy 1.24 shapes that do not
// broadcast): NumPy warns and falls back to object comparison, which is elementwise only for None against an array.
value failed_elementwise_equality(cases::compare_op op, const value& left, const value& right) {
    const bool equal = op == cases::compare_op::equal;
    const value& other = left.is<engine::array>() ? right : left;
    const auto* array = left.is<engine::array>() ? left.as<engine::array>() : right.as<engine::array>();
    if (array != nullptr && other.is<none_type>()) {
        return array_value(engine::full((*array)->shape(), engine::make_bool(!equal), engine::dtype::bool_));
    }
    return value::boolean(equal ? is_same_object(left, right) : !is_same_object(left, right));
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

// An operand that is a Python int (or bool) as a number.
std::optional<py_int> python_int_of(const value& v) {
    if (v.is<py_int>() || v.is<bool>()) return index_value(v);
    return std::nullopt;
}

[[noreturn]] void outside_address_model(std::string_view what) {
    throw python_error("NotImplementedError", std::string(what) + " is outside the engine system's model of "
                                                                   "np.byte_bounds addresses");
}

// np.byte_bounds addresses: an int moves one within its block, two of one block subtract to a Python int. What
// depends on where blocks lie (a difference or an order across blocks, any other arithmetic) NumPy answers with
// real addresses, which the engine cannot reproduce.
value address_arithmetic(cases::binary_op op, const value& left, const value& right) {
    const auto* a = left.as<memory_address>();
    const auto* b = right.as<memory_address>();
    if (op == cases::binary_op::add) {
        if (const std::optional<py_int> i = python_int_of(right); a != nullptr && i)
            return address_value({a->block, a->offset + static_cast<std::int64_t>(*i)});
        if (const std::optional<py_int> i = python_int_of(left); b != nullptr && i)
            return address_value({b->block, b->offset + static_cast<std::int64_t>(*i)});
    }
    if (op == cases::binary_op::subtract && a != nullptr) {
        if (b != nullptr) {
            if (a->block != b->block) outside_address_model("the distance between two memory blocks");
            return value::integer(a->offset - b->offset);
        }
        if (const std::optional<py_int> i = python_int_of(right))
            return address_value({a->block, a->offset - static_cast<std::int64_t>(*i)});
    }
    outside_address_model("'" + std::string(cases::spelling(op)) + "' with an address");
}

value address_comparison(cases::compare_op op, const value& left, const value& right) {
    const auto* a = left.as<memory_address>();
    const auto* b = right.as<memory_address>();
    const bool equality = op == cases::compare_op::equal || op == cases::compare_op::not_equal;
    if (a == nullptr || b == nullptr) outside_address_model("comparing an address with a number");
    if (a->block != b->block) {
        if (!equality) outside_address_model("the order of two memory blocks");
        return value::boolean(op == cases::compare_op::not_equal);
    }
    return python_comparison(op, value::integer(a->offset), value::integer(b->offset));
}

}  // namespace

value engine_backend::binary(cases::binary_op op, const value& left, const value& right) const {
    const std::string_view spelled = cases::spelling(op);
    if (left.is<memory_address>() || right.is<memory_address>()) return address_arithmetic(op, left, right);
    if (!is_numpy_value(left) && !is_numpy_value(right)) return python_binary(op, left, right);
    if (!is_array_data(left) || !is_array_data(right)) raise_unsupported_operands(spelled, left, right);
    const std::string operation = std::string(spelled);
    const engine::operand a = to_binary_operand(left, operation), b = to_binary_operand(right, operation);
    if (op == cases::binary_op::power) return numpy_result(engine::power_operator(a, b));
    if (op == cases::binary_op::matmul) return numpy_result(engine::matmul(a, b, std::nullopt));
    return numpy_result(engine::apply(engine_op(op), a, b));
}

value engine_backend::compare(cases::compare_op op, const value& left, const value& right) const {
    const bool equality = op == cases::compare_op::equal || op == cases::compare_op::not_equal;
    if (left.is<memory_address>() || right.is<memory_address>()) return address_comparison(op, left, right);
    if (is_numpy_value(left) || is_numpy_value(right)) {
        if (!is_array_data(left) || !is_array_data(right)) {
            if (equality) return failed_elementwise_equality(op, left, right);
            raise_unorderable(op, left, right);
        }
        const std::string operation(cases::spelling(op));
        const engine::operand a = to_binary_operand(left, operation);
        const engine::operand b = to_binary_operand(right, operation);
        if (engine::comparison_falls_back_to_identity(engine_op(op), a, b))
            return failed_elementwise_equality(op, left, right);
        return numpy_result(engine::apply(engine_op(op), a, b));
    }
    if (equality && (left.is<dtype_object>() || right.is<dtype_object>())) {
        // dtype.__eq__ accepts anything that names a dtype: np.int8, 'int8', int.
        const std::optional<engine::dtype> ta = dtype_named_by(left);
        const std::optional<engine::dtype> tb = dtype_named_by(right);
        const bool same = ta && tb && *ta == *tb;
        return value::boolean(op == cases::compare_op::equal ? same : !same);
    }
    return python_comparison(op, left, right);
}

value engine_backend::unary(cases::unary_op op, const value& operand) const {
    if (!is_numpy_value(operand)) raise_bad_unary_operand(op, operand);
    return numpy_unary(op, operand);
}

value engine_backend::augmented(cases::binary_op op, const value& target, const value& operand) const {
    const auto* array = target.as<engine::array>();
    if (array == nullptr) return binary_operation(op, target, operand);
    if (!is_array_data(operand)) raise_unsupported_operands(std::string(cases::spelling(op)) + "=", target, operand);
    const engine::operand b = to_binary_operand(operand, std::string(cases::spelling(op)) + "=");
    if (op == cases::binary_op::power) engine::power_operator_inplace(*array, b);
    else if (op == cases::binary_op::matmul) engine::matmul_inplace(*array, b);
    else engine::apply_inplace(engine_op(op), *array, b);
    return target;
}

value engine_backend::absolute(const value& x) const {
    if (!is_numpy_value(x)) raise_bad_abs_operand(x);
    return numpy_result(engine::apply(engine::unary_op::absolute, to_operand(x, "abs()")));
}

bool engine_backend::truth(const value& v) const {
    if (const auto* s = v.as<engine::scalar>()) return s->as_bool();
    if (const auto* a = v.as<engine::array>()) return engine::truth_value(**a);
    return true;
}

}  // namespace conformance::engine_system
