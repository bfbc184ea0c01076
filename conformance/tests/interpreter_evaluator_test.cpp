// Tests of the case interpreter over a backend that is not the engine: a toy system whose arrays are lists of
// Python ints, given as the one array_backend a new system writes. Python's part (names, literals, tuples,
// evaluation order, `is`) is the interpreter's; everything an array takes part in reaches the toy backend.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "case/parser.hpp"
#include "interpreter/callables.hpp"
#include "interpreter/evaluator.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"

namespace conformance::interpreter {

struct toy_array {
    std::shared_ptr<std::vector<py_int>> items;
};

class toy_backend final : public array_backend {
public:
    static const toy_backend& instance() {
        static const toy_backend backend;
        return backend;
    }
    // What the backend was asked, in order (one letter per protocol).
    mutable std::string log;

    value module_attribute(const module_object& module, const std::string& name) const override {
        static const function_entry array_entry{"numpy", signature("array", "object"), &make_array};
        if (module.name == "numpy" && name == "array") return value::function(array_entry, std::nullopt);
        raise_attribute_error("module '" + module.name + "' has no attribute '" + name + "'");
    }
    value get_attribute(const value& object, const std::string& name) const override {
        log += 'a';
        if (name == "shape") return value::tuple({value::integer(items_of(object).size())});
        raise_attribute_error("'toy' object has no attribute '" + name + "'");
    }
    void set_attribute(const value&, const std::vector<std::string>& path, const value&) const override {
        raise_attribute_error("attribute '" + path.front() + "' of toy arrays is read-only");
    }
    value call(const value& callee, const call_arguments&) const override {
        raise_type_error("'" + class_name(callee) + "' object is not callable");
    }
    value get_item(const value& container, const value& index) const override {
        log += 'g';
        return value::integer(items_of(container).at(static_cast<std::size_t>(*index_value(index))));
    }
    void set_item(const value& container, const value& index, const value& item) const override {
        log += 's';
        items_of(container).at(static_cast<std::size_t>(*index_value(index))) = *index_value(item);
    }
    value binary(cases::binary_op op, const value& left, const value& right) const override {
        log += 'b';
        if (op != cases::binary_op::add) raise_unsupported_operands(cases::spelling(op), left, right);
        std::vector<py_int> sum = items_of(left);
        const py_int scalar = right.is<py_int>() ? *right.as<py_int>() : 0;
        for (std::size_t i = 0; i < sum.size(); ++i) sum[i] += right.is<py_int>() ? scalar : items_of(right)[i];
        return value::backend(toy_array{std::make_shared<std::vector<py_int>>(std::move(sum))});
    }
    value augmented(cases::binary_op op, const value& target, const value& operand) const override {
        log += '=';
        const value sum = binary(op, target, operand);
        items_of(target) = items_of(sum);  // in place, like an ndarray: the name keeps its object
        return target;
    }
    value compare(cases::compare_op op, const value& left, const value& right) const override {
        return python_comparison(op, left, right);
    }
    value unary(cases::unary_op op, const value& operand) const override { raise_bad_unary_operand(op, operand); }
    value absolute(const value& x) const override { raise_bad_abs_operand(x); }
    bool truth(const value& v) const override {
        log += 't';
        return !items_of(v).empty();
    }
    std::optional<py_int> index(const value&) const override { return std::nullopt; }
    std::unique_ptr<statement_scope> open_statement(const std::map<std::string, value>&) const override {
        log += '|';
        return nullptr;
    }

private:
    static std::vector<py_int>& items_of(const value& v) { return *v.as<toy_array>()->items; }
    static value make_array(const bound_arguments& args) {
        std::vector<py_int> items;
        for (const value& v : args["object"].as<py_list>()->items) items.push_back(*index_value(v));
        return value::backend(toy_array{std::make_shared<std::vector<py_int>>(std::move(items))});
    }
};

template <>
struct backend_traits<toy_array> {
    static const array_backend& backend() { return toy_backend::instance(); }
    static std::string class_name(const toy_array&) { return "toy"; }
    static std::optional<std::uint64_t> identity(const toy_array& a) {
        return reinterpret_cast<std::uintptr_t>(a.items.get());
    }
};

namespace {

// Runs `program` on a fresh evaluator over the toy backend; the value of its last statement.
value run(std::string_view program) {
    toy_backend::instance().log.clear();
    evaluator e(toy_backend::instance());
    std::optional<value> last;
    for (const cases::statement& s : cases::parse_program(program, "toy.py").statements) last = e.execute(s);
    return last.value_or(value::none());
}

py_int int_of(const value& v) { return *v.as<py_int>(); }

TEST(InterpreterOverABackend, PythonValuesNeverReachTheBackend) {
    const value t = run("x = (1, 2) + (3,)\ny = x[2] * 7 - 1\n[x, y]");
    const auto& items = t.as<py_list>()->items;
    EXPECT_EQ(items[0].as<py_tuple>()->items.size(), 3u);
    EXPECT_EQ(int_of(items[1]), 20);
    EXPECT_EQ(toy_backend::instance().log, "|||");  // a statement scope each, nothing else
}

TEST(InterpreterOverABackend, OperationsOnSystemObjectsGoToTheBackend) {
    const value v = run("a = np.array([1, 2, 3])\nb = a + 10\nb[1] = 5\n(b[1], a.shape)");
    const auto& items = v.as<py_tuple>()->items;
    EXPECT_EQ(int_of(items[0]), 5);
    EXPECT_EQ(int_of(items[1].as<py_tuple>()->items[0]), 3);
    EXPECT_EQ(toy_backend::instance().log, "||b|s|ga");  // +, b[1] = 5, b[1], a.shape
}

TEST(InterpreterOverABackend, AugmentedAssignmentKeepsTheObjectTheBackendGivesBack) {
    const value v = run("a = np.array([1, 2])\nb = a\na += 1\n(a is b, b[0], not a)");
    const auto& items = v.as<py_tuple>()->items;
    EXPECT_TRUE(*items[0].as<bool>());
    EXPECT_EQ(int_of(items[1]), 2);
    EXPECT_FALSE(*items[2].as<bool>());
    EXPECT_NE(toy_backend::instance().log.find('='), std::string::npos);
    EXPECT_NE(toy_backend::instance().log.find('t'), std::string::npos);
}

TEST(InterpreterOverABackend, ErrorsAreTheBackendsOrPythons) {
    EXPECT_THROW(run("a = np.array([1])\na - 1"), python_error);
    EXPECT_THROW(run("a = np.array([1])\na.strides = (8,)"), python_error);
    try {
        run("a = np.array([1])\nundefined_name");
        FAIL() << "no NameError";
    } catch (const python_error& e) {
        EXPECT_EQ(e.class_name(), "NameError");
    }
    EXPECT_EQ(class_name(run("np.array([1])")), "toy");
}

}  // namespace
}  // namespace conformance::interpreter
