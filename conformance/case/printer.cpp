// Python source from syntax trees. Parentheses come from operator precedence alone: an
// operand is wrapped exactly when Python would otherwise group it differently.
#include "case/printer.hpp"

#include <cstdio>
#include <type_traits>

namespace cases {

namespace {

// Python's binding strengths, loosest first. Tuples, lists and all postfix forms print as
// atoms (tuples always get their parentheses), so they never need wrapping.
enum class precedence {
    logical_not, comparison, bitwise_or, bitwise_xor, bitwise_and, shift, additive, multiplicative, unary, power, atom
};

precedence precedence_of(binary_op op) {
    switch (op) {
        case binary_op::bitwise_or: return precedence::bitwise_or;
        case binary_op::bitwise_xor: return precedence::bitwise_xor;
        case binary_op::bitwise_and: return precedence::bitwise_and;
        case binary_op::left_shift:
        case binary_op::right_shift: return precedence::shift;
        case binary_op::add:
        case binary_op::subtract: return precedence::additive;
        case binary_op::power: return precedence::power;
        default: return precedence::multiplicative;
    }
}

precedence precedence_of(const expr& e) {
    if (const auto* u = std::get_if<unary>(&e.node)) {
        return u->op == unary_op::logical_not ? precedence::logical_not : precedence::unary;
    }
    if (const auto* b = std::get_if<binary>(&e.node)) return precedence_of(b->op);
    if (std::holds_alternative<compare>(e.node)) return precedence::comparison;
    return precedence::atom;
}

// The floor for an operand that must bind tighter than `p`: the right operand of a
// left-associative operator, or either side of a comparison (comparisons chain).
precedence operand_floor(precedence p) { return static_cast<precedence>(static_cast<int>(p) + 1); }

std::string print_operand(const expr& e, precedence floor) {
    std::string text = print_expr(e);
    return precedence_of(e) < floor ? "(" + text + ")" : text;
}

// The repr() Python prints for a str: single quotes unless only double quotes avoid escapes.
std::string quote_string(const std::string& value) {
    const bool use_double = value.find('\'') != std::string::npos && value.find('"') == std::string::npos;
    const char quote = use_double ? '"' : '\'';
    std::string out(1, quote);
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == quote || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7F) {
            char escape[5];
            std::snprintf(escape, sizeof escape, "\\x%02x", byte);
            out += escape;
        } else {
            out += c;  // printable ASCII, and UTF-8 sequences as they are
        }
    }
    return out + quote;
}

template <class Items, class PrintItem>
std::string join(const Items& items, PrintItem print_item) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += ", ";
        out += print_item(item);
    }
    return out;
}

std::string print_slice(const slice_expr& slice) {
    std::string out = (slice.start ? print_expr(*slice.start) : "") + ":" + (slice.stop ? print_expr(*slice.stop) : "");
    if (slice.step) out += ":" + print_expr(*slice.step);
    return out;
}

// The object of `.name`, `(...)` or `[...]`. A number needs parentheses there too: `1.real`
// would be read as the float `1.` followed by `real`.
std::string print_postfix_object(const expr& object) {
    const bool is_number = std::holds_alternative<int_literal>(object.node) ||
                           std::holds_alternative<float_literal>(object.node) ||
                           std::holds_alternative<imag_literal>(object.node);
    return is_number ? "(" + print_expr(object) + ")" : print_operand(object, precedence::atom);
}

std::string print_subscript(const subscript& s) {
    std::string items = join(s.items, [](const expr_ptr& item) { return print_expr(*item); });
    if (s.comma_separated && s.items.size() == 1) items += ",";
    return print_postfix_object(*s.object) + "[" + items + "]";
}

std::string print_call(const call& c) {
    std::string arguments = join(c.args, [](const expr_ptr& arg) { return print_expr(*arg); });
    for (const keyword_arg& keyword : c.keywords) {
        if (!arguments.empty()) arguments += ", ";
        arguments += keyword.name + "=" + print_expr(*keyword.value);
    }
    return print_postfix_object(*c.callee) + "(" + arguments + ")";
}

std::string print_unary(const unary& u) {
    if (u.op == unary_op::logical_not) return "not " + print_operand(*u.operand, precedence::logical_not);
    return std::string(spelling(u.op)) + print_operand(*u.operand, precedence::unary);
}

std::string print_binary(const binary& b) {
    const precedence own = precedence_of(b.op);
    // ** groups from the right and takes a unary operand on its right (2 ** -1), but none on its left.
    if (b.op == binary_op::power) {
        return print_operand(*b.left, operand_floor(own)) + " ** " + print_operand(*b.right, precedence::unary);
    }
    return print_operand(*b.left, own) + " " + std::string(spelling(b.op)) + " " +
           print_operand(*b.right, operand_floor(own));
}

std::string print_compare(const compare& c) {
    // Comparisons chain in Python, so a comparison operand of a comparison needs parentheses.
    const precedence floor = operand_floor(precedence::comparison);
    return print_operand(*c.left, floor) + " " + std::string(spelling(c.op)) + " " + print_operand(*c.right, floor);
}

std::string print_elements(const std::vector<expr_ptr>& elements) {
    return join(elements, [](const expr_ptr& element) { return print_expr(*element); });
}

std::string print_target(const std::variant<name_ref, subscript>& target) {
    if (const auto* name = std::get_if<name_ref>(&target)) return name->name;
    return print_subscript(std::get<subscript>(target));
}

}  // namespace

std::string print_expr(const expr& e) {
    return std::visit(
        [](const auto& node) -> std::string {
            using node_type = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<node_type, int_literal> || std::is_same_v<node_type, float_literal> ||
                          std::is_same_v<node_type, imag_literal>) {
                return node.text;
            } else if constexpr (std::is_same_v<node_type, bool_literal>) {
                return node.value ? "True" : "False";
            } else if constexpr (std::is_same_v<node_type, none_literal>) {
                return "None";
            } else if constexpr (std::is_same_v<node_type, string_literal>) {
                return quote_string(node.value);
            } else if constexpr (std::is_same_v<node_type, ellipsis_literal>) {
                return "...";
            } else if constexpr (std::is_same_v<node_type, name_ref>) {
                return node.name;
            } else if constexpr (std::is_same_v<node_type, attribute>) {
                return print_postfix_object(*node.object) + "." + node.name;
            } else if constexpr (std::is_same_v<node_type, call>) {
                return print_call(node);
            } else if constexpr (std::is_same_v<node_type, subscript>) {
                return print_subscript(node);
            } else if constexpr (std::is_same_v<node_type, slice_expr>) {
                return print_slice(node);  // only ever an index item, where it needs no brackets
            } else if constexpr (std::is_same_v<node_type, tuple_expr>) {
                return "(" + print_elements(node.elements) + (node.elements.size() == 1 ? ",)" : ")");
            } else if constexpr (std::is_same_v<node_type, list_expr>) {
                return "[" + print_elements(node.elements) + "]";
            } else if constexpr (std::is_same_v<node_type, unary>) {
                return print_unary(node);
            } else if constexpr (std::is_same_v<node_type, binary>) {
                return print_binary(node);
            } else {
                static_assert(std::is_same_v<node_type, compare>);
                return print_compare(node);
            }
        },
        e.node);
}

std::string print_statement(const statement& stmt) {
    return std::visit(
        [](const auto& node) -> std::string {
            using node_type = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<node_type, assign>) {
                return node.name + " = " + print_expr(*node.value);
            } else if constexpr (std::is_same_v<node_type, setitem>) {
                return print_subscript(node.target) + " = " + print_expr(*node.value);
            } else if constexpr (std::is_same_v<node_type, attribute_assign>) {
                std::string target = node.name;
                for (const std::string& part : node.path) target += "." + part;
                return target + " = " + print_expr(*node.value);
            } else if constexpr (std::is_same_v<node_type, aug_assign>) {
                return print_target(node.target) + " " + std::string(spelling(node.op)) + "= " + print_expr(*node.value);
            } else {
                static_assert(std::is_same_v<node_type, expression_statement>);
                return print_expr(*node.value);
            }
        },
        stmt.node);
}

std::string print_program(const program& p, bool with_import) {
    std::string out;
    if (with_import) {
        out += "import numpy as np\n";
        if (p.imports_as_strided) out += "from numpy.lib.stride_tricks import as_strided\n";
    }
    for (const statement& stmt : p.statements) {
        if (stmt.expect_comment) out += "# expect: " + *stmt.expect_comment + "\n";
        out += print_statement(stmt) + "\n";
    }
    return out;
}

}  // namespace cases
