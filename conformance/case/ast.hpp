// The syntax tree of a case script: the statements and expressions of the case language
// (docs/case-language.md) as plain immutable values that carry their source positions.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cases {

// Where a node was written, 1-based. Positions are metadata, not part of a node's value:
// every operator== in this file ignores them (and a statement's `line` and `source`), so two
// trees that spell the same program compare equal wherever and however they were written.
struct source_pos {
    int line = 0;
    int col = 0;
    friend bool operator==(const source_pos&, const source_pos&) = default;
};

struct expr;

// Shared handle to an immutable child expression. Unlike a bare shared_ptr it compares the
// expressions it points to, so whole trees compare by value. Empty means "omitted" (only for
// the parts of a slice).
class expr_ptr {
public:
    expr_ptr() = default;
    expr_ptr(std::nullptr_t) {}
    expr_ptr(std::shared_ptr<const expr> node) : node_(std::move(node)) {}
    expr_ptr(std::shared_ptr<expr> node) : node_(std::move(node)) {}  // e.g. from make_shared<expr>

    const expr& operator*() const { return *node_; }
    const expr* operator->() const { return node_.get(); }
    const expr* get() const { return node_.get(); }
    explicit operator bool() const { return node_ != nullptr; }

    friend bool operator==(const expr_ptr& a, const expr_ptr& b);  // defined after expr

private:
    std::shared_ptr<const expr> node_;
};

// The magnitude of an integer literal; literals are never negative (`-5` is a unary minus).
// 128 bits hold every value a NumPy integer dtype can take, and 2**64 besides.
__extension__ typedef unsigned __int128 int_magnitude;

// ---------------------------------------------------------------- literals and names

struct int_literal {
    std::string text;                    // as written: `42`, `0x2a`, `1_000`
    std::optional<int_magnitude> value;  // empty when the literal needs more than 128 bits
    friend bool operator==(const int_literal&, const int_literal&) = default;
};

struct float_literal {
    std::string text;  // as written (`1.`, `.5`, `1e-3`), so printing is exact
    double value = 0;
    friend bool operator==(const float_literal&, const float_literal&) = default;
};

// An imaginary literal such as `2j`: the complex number 0 + value*1j.
struct imag_literal {
    std::string text;  // as written, including the `j`
    double value = 0;
    friend bool operator==(const imag_literal&, const imag_literal&) = default;
};

struct bool_literal {
    bool value = false;
    friend bool operator==(const bool_literal&, const bool_literal&) = default;
};

struct none_literal {
    friend bool operator==(const none_literal&, const none_literal&) = default;
};

struct string_literal {
    std::string value;  // decoded (escapes resolved), UTF-8
    friend bool operator==(const string_literal&, const string_literal&) = default;
};

// `...`, which the subset allows only as an index item.
struct ellipsis_literal {
    friend bool operator==(const ellipsis_literal&, const ellipsis_literal&) = default;
};

struct name_ref {
    std::string name;
    friend bool operator==(const name_ref&, const name_ref&) = default;
};

// ---------------------------------------------------------------- postfix forms

// `object.name`; `np.int8` and `a.flags.c_contiguous` are chains of these.
struct attribute {
    expr_ptr object;
    std::string name;
    source_pos dot_pos;  // the `.` before `name`; the expression's own pos is where `object` starts
    friend bool operator==(const attribute& a, const attribute& b) {
        return a.object == b.object && a.name == b.name;
    }
};

struct keyword_arg {
    std::string name;
    expr_ptr value;
    source_pos pos;  // where `name` is written
    friend bool operator==(const keyword_arg& a, const keyword_arg& b) {
        return a.name == b.name && a.value == b.value;
    }
};

// `callee(args..., keywords...)`; Python puts every positional argument before the keywords.
struct call {
    expr_ptr callee;
    std::vector<expr_ptr> args;
    std::vector<keyword_arg> keywords;  // in source order
    friend bool operator==(const call&, const call&) = default;
};

// `object[items]`. Python indexes with a tuple when the brackets hold a top-level comma, so
// `a[1, 2]` and `a[1,]` have comma_separated set (index = tuple(items)), while `a[1]` and
// `a[(1, 2)]` have one item and it is the index itself. Items may be slice_expr and
// ellipsis_literal, which appear nowhere else.
struct subscript {
    expr_ptr object;
    std::vector<expr_ptr> items;
    bool comma_separated = false;
    friend bool operator==(const subscript&, const subscript&) = default;
};

// `start:stop:step` inside brackets; each part may be omitted (empty expr_ptr).
struct slice_expr {
    expr_ptr start;
    expr_ptr stop;
    expr_ptr step;
    friend bool operator==(const slice_expr&, const slice_expr&) = default;
};

// ---------------------------------------------------------------- displays and operators

// `(a, b)`, `(a,)`, `()`, or a bare `a, b` where Python allows one.
struct tuple_expr {
    std::vector<expr_ptr> elements;
    friend bool operator==(const tuple_expr&, const tuple_expr&) = default;
};

struct list_expr {
    std::vector<expr_ptr> elements;
    friend bool operator==(const list_expr&, const list_expr&) = default;
};

enum class unary_op { negate, plus, logical_not, invert };

struct unary {
    unary_op op = unary_op::negate;
    expr_ptr operand;
    friend bool operator==(const unary&, const unary&) = default;
};

enum class binary_op {
    add, subtract, multiply, true_divide, floor_divide, remainder, power,
    bitwise_and, bitwise_or, bitwise_xor, left_shift, right_shift, matmul,
};

struct binary {
    binary_op op = binary_op::add;
    expr_ptr left;
    expr_ptr right;
    friend bool operator==(const binary&, const binary&) = default;
};

enum class compare_op { equal, not_equal, less, greater, less_equal, greater_equal, is, is_not };

// One comparison; chained comparisons (`a < b < c`) are outside the subset.
struct compare {
    compare_op op = compare_op::equal;
    expr_ptr left;
    expr_ptr right;
    friend bool operator==(const compare&, const compare&) = default;
};

// ---------------------------------------------------------------- expressions

struct expr {
    source_pos pos;  // where the expression starts
    std::variant<int_literal, float_literal, imag_literal, bool_literal, none_literal,
                 string_literal, ellipsis_literal, name_ref, attribute, call, subscript,
                 slice_expr, tuple_expr, list_expr, unary, binary, compare>
        node;

    friend bool operator==(const expr& a, const expr& b) { return a.node == b.node; }
};

inline bool operator==(const expr_ptr& a, const expr_ptr& b) {
    if (!a || !b) return !a && !b;
    return *a == *b;
}

template <class Node>
expr_ptr make_expr(source_pos pos, Node node) {
    return std::make_shared<const expr>(expr{pos, std::move(node)});
}

// ---------------------------------------------------------------- statements

// `NAME = EXPR`: binds a name (an alias when EXPR is a name, as in Python).
struct assign {
    std::string name;
    expr_ptr value;
    friend bool operator==(const assign&, const assign&) = default;
};

// `POSTFIX[INDEX] = EXPR`: in-place setitem.
struct setitem {
    subscript target;
    expr_ptr value;
    friend bool operator==(const setitem&, const setitem&) = default;
};

// `NAME.shape = EXPR` (path {"shape"}), `.strides`, `.dtype`, `.real`, `.imag` (one-part paths) or
// `NAME.flags.writeable = EXPR` (path {"flags", "writeable"}); no other attribute can be assigned.
struct attribute_assign {
    std::string name;
    std::vector<std::string> path;
    expr_ptr value;
    friend bool operator==(const attribute_assign&, const attribute_assign&) = default;
};

// `TARGET OP= EXPR` for every binary operator (`+=`, `//=`, `**=`, `<<=`, ...) where TARGET is a name or a subscript.
struct aug_assign {
    std::variant<name_ref, subscript> target;
    binary_op op = binary_op::add;
    expr_ptr value;
    friend bool operator==(const aug_assign&, const aug_assign&) = default;
};

// `EXPR`, including `print(...)`, which is a call of the name `print`.
struct expression_statement {
    expr_ptr value;
    friend bool operator==(const expression_statement&, const expression_statement&) = default;
};

struct statement {
    source_pos pos;      // where the statement's first character is
    int line = 0;        // == pos.line; the first line of a statement that spans several
    std::string source;  // the statement's text with surrounding blanks stripped (all its lines)
    std::optional<std::string> expect_comment;  // X from a `# expect: X` line just before it
    std::variant<assign, setitem, attribute_assign, aug_assign, expression_statement> node;

    friend bool operator==(const statement& a, const statement& b) {
        return a.node == b.node && a.expect_comment == b.expect_comment;
    }
};

// A whole case file. The import lines make no statement; `import numpy as np` is assumed
// either way, while the bare name `as_strided` exists only after its own import.
struct program {
    std::string file;  // the name it was parsed under, for messages
    std::vector<statement> statements;
    bool imports_as_strided = false;  // has `from numpy.lib.stride_tricks import as_strided`

    friend bool operator==(const program& a, const program& b) {
        return a.imports_as_strided == b.imports_as_strided && a.statements == b.statements;
    }
};

// ---------------------------------------------------------------- operator spellings

constexpr std::string_view spelling(unary_op op) {
    switch (op) {
        case unary_op::negate: return "-";
        case unary_op::plus: return "+";
        case unary_op::logical_not: return "not";
        case unary_op::invert: return "~";
    }
    return "?";
}

constexpr std::string_view spelling(binary_op op) {
    switch (op) {
        case binary_op::add: return "+";
        case binary_op::subtract: return "-";
        case binary_op::multiply: return "*";
        case binary_op::true_divide: return "/";
        case binary_op::floor_divide: return "//";
        case binary_op::remainder: return "%";
        case binary_op::power: return "**";
        case binary_op::bitwise_and: return "&";
        case binary_op::bitwise_or: return "|";
        case binary_op::bitwise_xor: return "^";
        case binary_op::left_shift: return "<<";
        case binary_op::right_shift: return ">>";
        case binary_op::matmul: return "@";
    }
    return "?";
}

constexpr std::string_view spelling(compare_op op) {
    switch (op) {
        case compare_op::equal: return "==";
        case compare_op::not_equal: return "!=";
        case compare_op::less: return "<";
        case compare_op::greater: return ">";
        case compare_op::less_equal: return "<=";
        case compare_op::greater_equal: return ">=";
        case compare_op::is: return "is";
        case compare_op::is_not: return "is not";
    }
    return "?";
}

}  // namespace cases
