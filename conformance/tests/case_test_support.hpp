// Helpers shared by the case-language tests: parse a snippet and pull out the statement or
// expression a test is about, or the error it raises.
#pragma once

#include <gtest/gtest.h>

#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "case/parser.hpp"
#include "case/printer.hpp"

namespace cases {

// How GoogleTest shows trees in failure messages: as the Python they print to.
inline void PrintTo(const expr_ptr& e, std::ostream* os) { *os << (e ? print_expr(*e) : "<omitted>"); }
inline void PrintTo(const statement& s, std::ostream* os) { *os << print_statement(s); }

}  // namespace cases

namespace cases::test_support {

inline program parse(std::string_view text) { return parse_program(text, "test.py"); }

inline statement only_statement(std::string_view text) {
    program p = parse(text);
    if (p.statements.size() != 1) throw std::logic_error("expected one statement in: " + std::string(text));
    return p.statements.front();
}

// The value of a one-statement snippet: the right side of `x = ...`, or the expression itself.
inline expr_ptr value_of(std::string_view text) {
    statement stmt = only_statement(text);
    if (const auto* a = std::get_if<assign>(&stmt.node)) return a->value;
    return std::get<expression_statement>(stmt.node).value;
}

// what() of the parse_error the text raises, or "no error".
inline std::string error_of(std::string_view text) {
    try {
        parse(text);
    } catch (const parse_error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace cases::test_support
