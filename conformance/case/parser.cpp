// Recursive-descent parser from case-script tokens to the syntax tree, with Python's
// precedence; the whole file must be Python before the subset check runs over it.
#include "case/parser.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "case/lexer.hpp"
#include "case/limits.hpp"
#include "case/subset.hpp"

namespace cases {

namespace {

// Statements that start with these keywords are compound or control statements.
constexpr std::array<std::string_view, 21> statement_keywords = {
    "assert", "async", "break", "class",  "continue", "def",   "del",  "elif", "else", "except", "finally",
    "for",    "global", "if",   "nonlocal", "pass",   "raise", "return", "try", "while", "with"};

// The subset's binary operators by spelling, and their augmented forms (`+=` ...).
constexpr std::array<std::pair<std::string_view, binary_op>, 13> binary_operators = {{
    {"+", binary_op::add},           {"-", binary_op::subtract},      {"*", binary_op::multiply},
    {"/", binary_op::true_divide},   {"//", binary_op::floor_divide}, {"%", binary_op::remainder},
    {"**", binary_op::power},        {"&", binary_op::bitwise_and},   {"|", binary_op::bitwise_or},
    {"^", binary_op::bitwise_xor},   {"<<", binary_op::left_shift},   {">>", binary_op::right_shift},
    {"@", binary_op::matmul},
}};

std::optional<binary_op> augmented_operator(std::string_view text) {
    if (text.size() < 2 || text.back() != '=') return std::nullopt;
    text.remove_suffix(1);
    for (const auto& [spelling, op] : binary_operators)
        if (spelling == text) return op;
    return std::nullopt;
}

// Python's binary operator levels between comparisons and unary operators, loosest first; every level is
// left-associative (`**`, tighter than unary minus and right-associative, is parsed on its own).
constexpr std::array<std::array<std::string_view, 5>, 6> binary_levels = {{
    {"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "@", "/", "//", "%"},
}};

template <std::size_t n>
bool contains(const std::array<std::string_view, n>& table, std::string_view word) {
    return std::find(table.begin(), table.end(), word) != table.end();
}

std::string without_underscores(std::string_view text) {
    std::string digits;
    for (char c : text) {
        if (c != '_') digits += c;
    }
    return digits;
}

int_literal make_int_literal(const std::string& text) {
    std::string digits = without_underscores(text);
    int radix = 10;
    if (digits.size() > 2 && digits[0] == '0' && std::isalpha(static_cast<unsigned char>(digits[1]))) {
        const char letter = static_cast<char>(std::tolower(static_cast<unsigned char>(digits[1])));
        radix = letter == 'x' ? 16 : letter == 'o' ? 8 : 2;
        digits = digits.substr(2);
    }
    const int_magnitude limit = ~int_magnitude{0};
    int_magnitude value = 0;
    for (char c : digits) {
        const unsigned digit = std::isdigit(static_cast<unsigned char>(c))
                                   ? static_cast<unsigned>(c - '0')
                                   : static_cast<unsigned>(std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
        if (value > (limit - digit) / static_cast<unsigned>(radix)) return int_literal{text, std::nullopt};
        value = value * static_cast<unsigned>(radix) + digit;
    }
    return int_literal{text, value};
}

double float_value(std::string_view text) {
    const std::string digits = without_underscores(text);
    double value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    // Out of range, Python gives inf or a rounded-to-zero value, as strtod does.
    if (error == std::errc::result_out_of_range) return std::strtod(digits.c_str(), nullptr);
    return value;
}

std::string describe(const token& t) {
    switch (t.kind) {
        case token_kind::newline: return "end of line";
        case token_kind::end_of_file: return "end of file";
        default: return "'" + t.text + "'";
    }
}

class parser {
public:
    parser(std::string_view text, std::string file_name)
        : text_(text), file_(std::move(file_name)), tokens_(tokenize(text, file_)) {}

    // As if the as_strided import line came before the text (line 0).
    void take_as_strided_as_imported() { as_strided_import_line_ = 0; }

    // Syntax first, over the whole file, as Python reports it before running anything; then
    // the subset.
    program run() {
        program result{file_, {}};
        result.imports_as_strided = as_strided_import_line_.has_value();
        std::optional<std::string> pending_expect;
        while (peek().kind != token_kind::end_of_file) {
            if (peek().kind == token_kind::expect_comment) {
                pending_expect = advance().value;
            } else if (peek().is_name("import") || peek().is_name("from")) {
                parse_import(result);
            } else {
                statement stmt = parse_statement();
                stmt.expect_comment = std::exchange(pending_expect, std::nullopt);
                result.statements.push_back(std::move(stmt));
            }
        }
        check_subset_in_file_order(result);
        return result;
    }

private:
    // An unsupported import is a subset error found while parsing; it competes with the
    // statements' subset errors on file order.
    void check_subset_in_file_order(const program& result) const {
        try {
            check_subset(result, as_strided_import_line_);
        } catch (const parse_error& statement_error) {
            if (unsupported_import_ && unsupported_import_->pos().line < statement_error.pos().line) {
                throw *unsupported_import_;
            }
            throw;
        }
        if (unsupported_import_) throw *unsupported_import_;
    }

    // ------------------------------------------------------------ token cursor

    const token& peek(std::size_t ahead = 0) const { return tokens_[std::min(at_ + ahead, tokens_.size() - 1)]; }

    const token& advance() {
        const token& current = peek();
        if (current.kind != token_kind::end_of_file) ++at_;
        return current;
    }

    bool accept_op(std::string_view spelling) {
        if (!peek().is_op(spelling)) return false;
        ++at_;
        return true;
    }

    const token& expect_op(std::string_view spelling) {
        if (!peek().is_op(spelling)) fail(peek(), "expected '" + std::string(spelling) + "', found " + describe(peek()));
        return advance();
    }

    [[noreturn]] void fail(const token& where, const std::string& message) const {
        throw parse_error(file_, where.pos, message);
    }

    [[noreturn]] void unsupported(const token& where, const std::string& what) const {
        throw parse_error::unsupported(file_, where.pos, what);
    }

    [[noreturn]] void unsupported(const expr& where, const std::string& what) const {
        throw parse_error::unsupported(file_, where.pos, what);
    }

    // ------------------------------------------------------------ nesting depth
    //
    // No expression may nest deeper than max_expression_depth (limits.hpp), counted two ways, each
    // checked before anything goes deeper, so that neither the parser nor a later walk of the tree
    // can overflow the stack:
    // - depth_: the constructs open around the cursor: a bracket pair (grouping, tuple, list), a
    //   unary operator, the inside of one postfix step or the right operand of one binary operator.
    //   Each recursion of this parser passes one, so this bounds the parser's own stack; it is
    //   checked on entry, at the token that opens the construct.
    // - heights_: the levels of tree under each node. A chain (`a[0][0]`, `a.T.T`, `a + b + c`) is
    //   flat in the text but nests in the tree, one node per step, and the later stages recurse
    //   along it; the height is checked as each node is built, at the step that makes it.

    [[noreturn]] void too_deep(source_pos where) const {
        throw parse_error(file_, where,
                          "expression nested deeper than " + std::to_string(max_expression_depth) + " levels");
    }

    // One level of depth_ for as long as it lives.
    class nesting {
    public:
        explicit nesting(int& depth) : depth_(depth) { ++depth_; }
        ~nesting() { --depth_; }
        nesting(const nesting&) = delete;
        nesting& operator=(const nesting&) = delete;

    private:
        int& depth_;
    };

    [[nodiscard]] nesting enter(const token& opener) {
        if (depth_ >= max_expression_depth) too_deep(opener.pos);
        deepest_ = std::max(deepest_, depth_ + 1);
        return nesting(depth_);
    }

    int height(const expr_ptr& e) const {
        if (!e) return 0;
        const auto found = heights_.find(e.get());
        return found == heights_.end() ? 0 : found->second;
    }

    int height_of(const std::vector<expr_ptr>& items) const {
        int tallest = 0;
        for (const expr_ptr& item : items) tallest = std::max(tallest, height(item));
        return tallest;
    }

    // The levels a node makes: one above its tallest child. A slice is part of its subscript and
    // keyword arguments part of their call: they add none of their own.
    int levels(const attribute& n) const { return 1 + height(n.object); }
    int levels(const call& n) const {
        int tallest = std::max(height(n.callee), height_of(n.args));
        for (const keyword_arg& keyword : n.keywords) tallest = std::max(tallest, height(keyword.value));
        return 1 + tallest;
    }
    int levels(const subscript& n) const { return 1 + std::max(height(n.object), height_of(n.items)); }
    int levels(const slice_expr& n) const { return std::max({height(n.start), height(n.stop), height(n.step)}); }
    int levels(const tuple_expr& n) const { return 1 + height_of(n.elements); }
    int levels(const list_expr& n) const { return 1 + height_of(n.elements); }
    int levels(const unary& n) const { return 1 + height(n.operand); }
    int levels(const binary& n) const { return 1 + std::max(height(n.left), height(n.right)); }
    int levels(const compare& n) const { return 1 + std::max(height(n.left), height(n.right)); }
    template <class Leaf>
    int levels(const Leaf&) const {
        return 0;
    }

    // Every node of the tree is made here, so every node has its height (a freed node's address
    // may come back as a new one). Too tall, and the error is at `where`, the step that made it.
    template <class Node>
    expr_ptr build(source_pos pos, Node node, source_pos where) {
        const int node_height = levels(node);
        if (node_height > max_expression_depth) too_deep(where);
        expr_ptr made = make_expr(pos, std::move(node));
        heights_[made.get()] = node_height;
        return made;
    }

    template <class Node>
    expr_ptr build(source_pos pos, Node node) {
        return build(pos, std::move(node), pos);
    }

    // True where an expression may begin, so a trailing comma can be told from a separator.
    bool starts_expression(const token& t) const {
        switch (t.kind) {
            case token_kind::name:
                return !is_python_keyword(t.text) || t.text == "True" || t.text == "False" || t.text == "None" ||
                       t.text == "not" || t.text == "lambda" || t.text == "await" || t.text == "yield";
            case token_kind::integer:
            case token_kind::floating:
            case token_kind::imaginary:
            case token_kind::string: return true;
            case token_kind::op:
                return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
                       t.text == "~" || t.text == "..." || t.text == "*" || t.text == "**";
            default: return false;
        }
    }

    // ------------------------------------------------------------ lines and statements

    // The two import lines the subset knows make no statement; any other import is rejected,
    // once the whole file is known to be Python.
    void parse_import(program& result) {
        const token& first = peek();
        std::vector<std::string> words;
        const token* last = &first;
        while (peek().kind != token_kind::newline && peek().kind != token_kind::end_of_file) {
            last = &advance();
            words.push_back(last->text);
        }
        advance();
        using spelling = std::vector<std::string>;
        if (words == spelling{"import", "numpy", "as", "np"}) return;
        if (words == spelling{"from", "numpy", ".", "lib", ".", "stride_tricks", "import", "as_strided"}) {
            result.imports_as_strided = true;
            if (!as_strided_import_line_) as_strided_import_line_ = first.pos.line;
            return;
        }
        if (!unsupported_import_) {
            unsupported_import_ = parse_error::unsupported(
                file_, first.pos, std::string(text_.substr(first.begin, last->end - first.begin)));
        }
    }

    statement parse_statement() {
        const token& first = peek();
        if (first.kind == token_kind::name && contains(statement_keywords, first.text)) {
            unsupported(first, first.text + " statement");
        }
        statement stmt;
        stmt.pos = first.pos;
        stmt.line = first.pos.line;
        heights_.clear();  // only the statement being parsed is looked up

        const expr_ptr left = parse_expression_list();
        const token& after = peek();
        if (accept_op("=")) {
            const expr_ptr value = parse_expression_list();
            if (peek().is_op("=")) unsupported(peek(), "chained assignment");
            stmt.node = make_assignment(left, value);
        } else if (const std::optional<binary_op> op =
                       after.kind == token_kind::op ? augmented_operator(after.text) : std::nullopt) {
            advance();
            stmt.node = make_augmented_assignment(left, *op, parse_expression_list());
        } else if (after.is_op(":")) {
            unsupported(after, "annotation");
        } else {
            stmt.node = expression_statement{left};
        }

        const token& last = tokens_[at_ - 1];
        stmt.source = std::string(text_.substr(first.begin, last.end - first.begin));
        end_statement();
        return stmt;
    }

    void end_statement() {
        if (peek().is_op(";")) unsupported(peek(), "';' (one statement per line)");
        if (peek().kind != token_kind::newline && peek().kind != token_kind::end_of_file) {
            fail(peek(), "expected end of statement, found " + describe(peek()));
        }
        advance();
    }

    decltype(statement::node) make_assignment(const expr_ptr& target, const expr_ptr& value) const {
        if (const auto* name = std::get_if<name_ref>(&target->node)) return assign{name->name, value};
        if (const auto* item = std::get_if<subscript>(&target->node)) return setitem{*item, value};
        if (const auto* attr = std::get_if<attribute>(&target->node)) return make_attribute_assignment(*attr, value);
        if (std::holds_alternative<tuple_expr>(target->node) || std::holds_alternative<list_expr>(target->node)) {
            unsupported(*target, "multiple assignment targets");
        }
        throw parse_error(file_, target->pos, "cannot assign to this expression");
    }

    // Only `NAME.shape`, `NAME.strides`, `NAME.dtype`, `NAME.real`, `NAME.imag` and `NAME.flags.<name>` can be
    // assigned (which flags have setters is NumPy's to say).
    attribute_assign make_attribute_assignment(const attribute& target, const expr_ptr& value) const {
        std::vector<std::string> path{target.name};
        const expr* object = target.object.get();
        while (const auto* inner = std::get_if<attribute>(&object->node)) {
            path.insert(path.begin(), inner->name);
            object = inner->object.get();
        }
        std::string dotted;
        for (const std::string& part : path) dotted += "." + part;
        const auto* name = std::get_if<name_ref>(&object->node);
        const bool assignable = path == std::vector<std::string>{"shape"} ||
                                path == std::vector<std::string>{"strides"} ||
                                path == std::vector<std::string>{"dtype"} || path == std::vector<std::string>{"real"} ||
                                path == std::vector<std::string>{"imag"} || path == std::vector<std::string>{"flat"} ||
                                (path.size() == 2 && path[0] == "flags");
        if (!assignable) throw parse_error::unsupported(file_, target.dot_pos, "assignment to " + dotted);
        if (name == nullptr) unsupported(*object, "assignment to " + dotted + " of an expression that is not a name");
        return attribute_assign{name->name, std::move(path), value};
    }

    aug_assign make_augmented_assignment(const expr_ptr& target, binary_op op, const expr_ptr& value) const {
        if (const auto* name = std::get_if<name_ref>(&target->node)) return aug_assign{*name, op, value};
        if (const auto* item = std::get_if<subscript>(&target->node)) return aug_assign{*item, op, value};
        if (std::holds_alternative<attribute>(target->node)) {
            unsupported(*target, "augmented assignment to an attribute");
        }
        throw parse_error(file_, target->pos, "illegal target for augmented assignment");
    }

    // ------------------------------------------------------------ expressions, loosest first

    // `a, b` as a bare tuple, where Python allows one (statement level and assignment values).
    // A bare tuple prints with its parentheses (printer.cpp), so its elements count one level
    // deeper, the first one too, though it was parsed before its comma showed it to be an element:
    // whatever parses must parse again once printed.
    expr_ptr parse_expression_list() {
        const source_pos pos = peek().pos;
        deepest_ = depth_;
        expr_ptr first = parse_expression();
        if (!peek().is_op(",")) return first;
        const token& comma = peek();
        if (deepest_ >= max_expression_depth) too_deep(comma.pos);
        const nesting inside = enter(comma);
        std::vector<expr_ptr> elements{first};
        while (accept_op(",") && starts_expression(peek())) elements.push_back(parse_expression());
        return build(pos, tuple_expr{std::move(elements)}, comma.pos);
    }

    expr_ptr parse_expression() {
        if (peek().is_name("lambda")) unsupported(peek(), "lambda");
        expr_ptr result = parse_not();
        const token& next = peek();
        if (next.is_name("if")) unsupported(next, "conditional expression");
        if (next.is_name("and") || next.is_name("or")) unsupported(next, "operator " + next.text);
        if (next.is_name("for") || next.is_name("async")) unsupported(next, "comprehension");
        if (next.is_op(":=")) unsupported(next, "operator :=");
        return result;
    }

    expr_ptr parse_not() {
        if (!peek().is_name("not")) return parse_comparison();
        const token& op = advance();
        const nesting inside = enter(op);
        return build(op.pos, unary{unary_op::logical_not, parse_not()});
    }

    // The comparison operator at the cursor, consumed; nothing if there is none.
    std::optional<compare_op> accept_comparison_operator() {
        static const std::array<std::pair<std::string_view, compare_op>, 6> symbols = {{
            {"==", compare_op::equal},
            {"!=", compare_op::not_equal},
            {"<", compare_op::less},
            {">", compare_op::greater},
            {"<=", compare_op::less_equal},
            {">=", compare_op::greater_equal},
        }};
        for (const auto& [spelling, op] : symbols) {
            if (accept_op(spelling)) return op;
        }
        if (peek().is_name("in") || (peek().is_name("not") && peek(1).is_name("in"))) {
            unsupported(peek(), "operator " + std::string(peek().is_name("in") ? "in" : "not in"));
        }
        if (!peek().is_name("is")) return std::nullopt;
        advance();
        if (!peek().is_name("not")) return compare_op::is;
        advance();
        return compare_op::is_not;
    }

    expr_ptr parse_comparison() {
        const source_pos pos = peek().pos;
        expr_ptr left = parse_binary_level(0);
        const token& op_token = peek();
        const std::optional<compare_op> op = accept_comparison_operator();
        if (!op) return left;
        const nesting inside = enter(op_token);
        expr_ptr right = parse_binary_level(0);
        const token& next = peek();
        if (accept_comparison_operator()) unsupported(next, "chained comparison");
        return build(pos, compare{*op, std::move(left), std::move(right)}, op_token.pos);
    }

    // One left-associative level of binary_levels; past the last comes a factor.
    expr_ptr parse_binary_level(std::size_t level) {
        if (level == binary_levels.size()) return parse_factor();
        const source_pos pos = peek().pos;
        expr_ptr left = parse_binary_level(level + 1);
        for (;;) {
            const token& next = peek();
            const auto& spellings = binary_levels[level];
            const bool at_this_level = next.kind == token_kind::op &&
                                       std::find(spellings.begin(), spellings.end(), next.text) != spellings.end() &&
                                       !next.text.empty();
            if (!at_this_level) return left;
            advance();
            const nesting inside = enter(next);
            left = build(pos, binary{*operator_named(next.text), std::move(left), parse_binary_level(level + 1)},
                         next.pos);
        }
    }

    static std::optional<binary_op> operator_named(std::string_view text) {
        for (const auto& [spelling, op] : binary_operators)
            if (spelling == text) return op;
        return std::nullopt;
    }

    // `-x`, `+x`, `~x`, or a power.
    expr_ptr parse_factor() {
        const token& first = peek();
        if (!first.is_op("-") && !first.is_op("+") && !first.is_op("~")) return parse_power();
        advance();
        const unary_op op = first.text == "-" ? unary_op::negate : first.text == "+" ? unary_op::plus : unary_op::invert;
        const nesting inside = enter(first);
        return build(first.pos, unary{op, parse_factor()});
    }

    // `x ** y`: binds tighter than a unary operator on its left and looser on its right (-a ** -b is
    // -(a ** (-b))), and groups from the right.
    expr_ptr parse_power() {
        const source_pos pos = peek().pos;
        expr_ptr base = parse_postfix();
        const token& next = peek();
        if (!next.is_op("**")) return base;
        advance();
        const nesting inside = enter(next);
        return build(pos, binary{binary_op::power, std::move(base), parse_factor()}, next.pos);
    }

    expr_ptr parse_postfix() {
        const source_pos pos = peek().pos;
        expr_ptr result = parse_atom();
        // Each step's inside is one level down; the step itself nests what came before it.
        for (;;) {
            const token& step = peek();
            if (!step.is_op("(") && !step.is_op("[") && !step.is_op(".")) return result;
            advance();
            const nesting inside = enter(step);
            if (step.is_op("(")) {
                result = build(pos, parse_call_arguments(std::move(result)), step.pos);
            } else if (step.is_op("[")) {
                result = build(pos, parse_subscript(std::move(result)), step.pos);
            } else {
                const token& name = advance();
                if (name.kind != token_kind::name || is_python_keyword(name.text)) {
                    fail(name, "expected an attribute name after '.', found " + describe(name));
                }
                result = build(pos, attribute{std::move(result), name.text, step.pos}, step.pos);
            }
        }
    }

    // After the `(`: positional arguments, then keyword arguments, as Python requires.
    call parse_call_arguments(expr_ptr callee) {
        call result{std::move(callee), {}, {}};
        while (!accept_op(")")) {
            const token& first = peek();
            if (first.is_op("*") || first.is_op("**")) unsupported(first, "argument unpacking");
            if (first.kind == token_kind::name && !is_python_keyword(first.text) && peek(1).is_op("=")) {
                advance();
                advance();
                for (const keyword_arg& earlier : result.keywords) {
                    if (earlier.name == first.text) fail(first, "keyword argument repeated: " + first.text);
                }
                result.keywords.push_back(keyword_arg{first.text, parse_expression(), first.pos});
            } else {
                if (!result.keywords.empty()) fail(first, "positional argument follows keyword argument");
                result.args.push_back(parse_expression());
            }
            if (!accept_op(",")) {
                expect_op(")");
                break;
            }
        }
        return result;
    }

    // After the `[`: one index, or a comma-separated tuple of them.
    subscript parse_subscript(expr_ptr object) {
        subscript result{std::move(object), {}, false};
        if (peek().is_op("]")) fail(peek(), "expected an index, found ']'");
        do {
            if (!result.items.empty()) result.comma_separated = true;
            if (peek().is_op("]")) break;
            result.items.push_back(parse_index_item());
        } while (accept_op(","));
        expect_op("]");
        return result;
    }

    expr_ptr parse_index_item() {
        const source_pos pos = peek().pos;
        expr_ptr start;
        if (!peek().is_op(":")) {
            start = parse_expression();
            if (!peek().is_op(":")) return start;
        }
        advance();
        const auto slice_part_follows = [&] { return !peek().is_op(":") && !peek().is_op(",") && !peek().is_op("]"); };
        expr_ptr stop = slice_part_follows() ? parse_expression() : nullptr;
        expr_ptr step;
        if (accept_op(":") && slice_part_follows()) step = parse_expression();
        return build(pos, slice_expr{std::move(start), std::move(stop), std::move(step)});
    }

    expr_ptr parse_atom() {
        const token& t = advance();
        switch (t.kind) {
            case token_kind::integer: return build(t.pos, make_int_literal(t.text));
            case token_kind::floating: return build(t.pos, float_literal{t.text, float_value(t.text)});
            case token_kind::imaginary:
                return build(t.pos, imag_literal{t.text, float_value(std::string_view(t.text).substr(0, t.text.size() - 1))});
            case token_kind::string: return parse_strings(t);
            case token_kind::name: return parse_name(t);
            default: break;
        }
        if (t.is_op("(")) {
            const nesting inside = enter(t);
            return parse_parenthesized(t.pos);
        }
        if (t.is_op("[")) {
            const nesting inside = enter(t);
            return build(t.pos, list_expr{parse_elements("]")});
        }
        if (t.is_op("{")) unsupported(t, "dict or set display");
        if (t.is_op("...")) return build(t.pos, ellipsis_literal{});
        if (t.is_op("*")) unsupported(t, "starred expression");
        if (t.is_op("**")) unsupported(t, "dict unpacking");
        fail(t, "expected an expression, found " + describe(t));
    }

    // Adjacent string literals are one string, as in Python.
    expr_ptr parse_strings(const token& first) {
        std::string value = first.value;
        while (peek().kind == token_kind::string) value += advance().value;
        return build(first.pos, string_literal{std::move(value)});
    }

    expr_ptr parse_name(const token& t) {
        if (t.text == "True" || t.text == "False") return build(t.pos, bool_literal{t.text == "True"});
        if (t.text == "None") return build(t.pos, none_literal{});
        if (t.text == "yield" || t.text == "await") unsupported(t, t.text);
        if (is_python_keyword(t.text)) fail(t, "expected an expression, found '" + t.text + "'");
        return build(t.pos, name_ref{t.text});
    }

    // After a `(`: `()`, `(x)` (just x), `(x,)` or `(x, y, ...)`. Grouping parentheses make no
    // node, so they count in depth_ while open but add nothing to the tree's height.
    expr_ptr parse_parenthesized(source_pos open_pos) {
        if (accept_op(")")) return build(open_pos, tuple_expr{});
        expr_ptr first = parse_expression();
        if (accept_op(")")) return first;
        if (!peek().is_op(",")) fail(peek(), "expected ',' or ')', found " + describe(peek()));
        advance();
        std::vector<expr_ptr> elements = parse_elements(")");
        elements.insert(elements.begin(), std::move(first));
        return build(open_pos, tuple_expr{std::move(elements)});
    }

    // Comma-separated expressions up to and including `close`, a trailing comma allowed.
    std::vector<expr_ptr> parse_elements(std::string_view close) {
        std::vector<expr_ptr> elements;
        while (!accept_op(close)) {
            elements.push_back(parse_expression());
            if (!accept_op(",")) {
                expect_op(close);
                break;
            }
        }
        return elements;
    }

    std::string_view text_;
    std::string file_;
    std::vector<token> tokens_;
    std::size_t at_ = 0;
    std::optional<int> as_strided_import_line_;
    std::optional<parse_error> unsupported_import_;  // the first one
    int depth_ = 0;    // constructs open around the cursor (see "nesting depth")
    int deepest_ = 0;  // the most depth_ has been since parse_expression_list reset it
    std::unordered_map<const expr*, int> heights_;  // of the statement's nodes, by address
};

}  // namespace

program parse_program(std::string_view text, std::string file_name) {
    return parse_program(text, std::move(file_name), imports_before::none);
}

program parse_program(std::string_view text, std::string file_name, imports_before imported) {
    parser p(text, std::move(file_name));
    if (imported == imports_before::numpy_and_as_strided) p.take_as_strided_as_imported();
    return p.run();
}

program parse_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw parse_error(path.string(), {0, 0}, "cannot read the file");
    std::ostringstream contents;
    contents << in.rdbuf();
    if (in.bad()) throw parse_error(path.string(), {0, 0}, "cannot read the file");
    return parse_program(contents.str(), path.string());
}

}  // namespace cases
