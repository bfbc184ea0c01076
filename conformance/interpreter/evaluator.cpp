// Expressions and statements of the case language, evaluated in CPython's order: the right side of an
// assignment before its target, a callee before its arguments, `a[i] += v` as load-a, load-i, get, eval v,
// in-place op, set.
#include "interpreter/evaluator.hpp"

#include <limits>

#include "interpreter/attributes.hpp"
#include "interpreter/builtins.hpp"
#include "interpreter/callables.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "interpreter/subscripts.hpp"

namespace conformance::interpreter {

namespace {

template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

value integer_literal(const cases::int_literal& literal) {
    constexpr cases::int_magnitude largest = static_cast<cases::int_magnitude>(std::numeric_limits<py_int>::max());
    if (!literal.value || *literal.value > largest) {
        raise_overflow_error("int literal " + literal.text + " exceeds the interpreter's 128-bit Python int");
    }
    return value::integer(static_cast<py_int>(*literal.value));
}

std::vector<value> evaluate_all(const evaluator& e, const std::vector<cases::expr_ptr>& exprs) {
    std::vector<value> values;
    for (const cases::expr_ptr& x : exprs) values.push_back(e.evaluate(*x));
    return values;
}

}  // namespace

value evaluator::lookup(const std::string& name) const {
    if (const auto bound = bindings_.find(name); bound != bindings_.end()) return bound->second;
    if (std::optional<value> builtin = builtin_name(name, *backend_)) return *builtin;
    raise_name_error("name '" + name + "' is not defined");
}

value evaluator::evaluate(const cases::expr& e) const {
    const auto part = [&](const cases::expr_ptr& x) { return x ? evaluate(*x) : value::none(); };
    return std::visit(
        overloaded{
            [&](const cases::int_literal& n) { return integer_literal(n); },
            [&](const cases::float_literal& f) { return value::floating(f.value); },
            [&](const cases::imag_literal& i) { return value::complex_number({0.0, i.value}); },
            [&](const cases::bool_literal& b) { return value::boolean(b.value); },
            [&](const cases::none_literal&) { return value::none(); },
            [&](const cases::string_literal& s) { return value::string(s.value); },
            [&](const cases::ellipsis_literal&) { return value::ellipsis(); },
            [&](const cases::name_ref& n) { return lookup(n.name); },
            [&](const cases::attribute& a) { return get_attribute(evaluate(*a.object), a.name); },
            [&](const cases::call& c) {
                const value callee = evaluate(*c.callee);
                return call(callee, arguments_of(c));
            },
            [&](const cases::subscript& s) {
                const value container = evaluate(*s.object);
                return get_item(container, index_of(s));
            },
            [&](const cases::slice_expr& s) { return value::slice(part(s.start), part(s.stop), part(s.step)); },
            [&](const cases::tuple_expr& t) { return value::tuple(evaluate_all(*this, t.elements)); },
            [&](const cases::list_expr& l) { return value::list(evaluate_all(*this, l.elements)); },
            [&](const cases::unary& u) { return unary_operation(u.op, evaluate(*u.operand)); },
            [&](const cases::binary& b) {
                const value left = evaluate(*b.left);
                return binary_operation(b.op, left, evaluate(*b.right));
            },
            [&](const cases::compare& c) {
                const value left = evaluate(*c.left);
                const value right = evaluate(*c.right);
                if (c.op == cases::compare_op::is) return value::boolean(is_same_object(left, right));
                if (c.op == cases::compare_op::is_not) return value::boolean(!is_same_object(left, right));
                return comparison(c.op, left, right);
            },
        },
        e.node);
}

value evaluator::index_of(const cases::subscript& s) const {
    std::vector<value> items = evaluate_all(*this, s.items);
    if (s.comma_separated) return value::tuple(std::move(items));
    return items.front();
}

call_arguments evaluator::arguments_of(const cases::call& c) const {
    call_arguments args{evaluate_all(*this, c.args), {}};
    for (const cases::keyword_arg& k : c.keywords) args.keywords.emplace_back(k.name, evaluate(*k.value));
    return args;
}

std::optional<value> evaluator::execute(const cases::statement& statement) {
    const std::unique_ptr<statement_scope> scope = backend_->open_statement(bindings_);
    return std::visit(
        overloaded{
            [&](const cases::assign& a) -> std::optional<value> {
                bindings_.insert_or_assign(a.name, evaluate(*a.value));
                return std::nullopt;
            },
            [&](const cases::setitem& s) -> std::optional<value> {
                const value item = evaluate(*s.value);
                const value container = evaluate(*s.target.object);
                set_item(container, index_of(s.target), item);
                return std::nullopt;
            },
            [&](const cases::attribute_assign& a) -> std::optional<value> {
                assign_attribute(a);
                return std::nullopt;
            },
            [&](const cases::aug_assign& a) -> std::optional<value> {
                augment(a);
                return std::nullopt;
            },
            [&](const cases::expression_statement& s) -> std::optional<value> {
                const auto* c = std::get_if<cases::call>(&s.value->node);
                if (c == nullptr) return evaluate(*s.value);
                const value callee = evaluate(*c->callee);
                const call_arguments args = arguments_of(*c);
                const value result = call(callee, args);
                // print(...) is a statement whose value is the list of what it prints.
                return is_print(callee) ? value::list(args.positional) : result;
            },
        },
        statement.node);
}

void evaluator::assign_attribute(const cases::attribute_assign& a) {
    const value assigned = evaluate(*a.value);
    set_attribute(lookup(a.name), a.path, assigned);
}

void evaluator::augment(const cases::aug_assign& a) {
    if (const auto* name = std::get_if<cases::name_ref>(&a.target)) {
        const value target = lookup(name->name);
        const value operand = evaluate(*a.value);
        bindings_.insert_or_assign(name->name, augmented_operation(a.op, target, operand));
        return;
    }
    const auto& target = std::get<cases::subscript>(a.target);
    const value container = evaluate(*target.object);
    const value index = index_of(target);
    const value current = get_item(container, index);
    const value operand = evaluate(*a.value);
    set_item(container, index, augmented_operation(a.op, current, operand));
}

}  // namespace conformance::interpreter
