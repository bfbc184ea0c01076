// Splits case-script text into Python tokens grouped into logical lines: brackets and
// backslashes join physical lines, comments vanish except the `# expect: X` lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "case/ast.hpp"

namespace cases {

enum class token_kind {
    name,            // identifiers and keywords alike; the parser tells them apart
    integer,
    floating,
    imaginary,
    string,          // one string literal; `value` holds it decoded
    op,              // operators and delimiters, longest match (`**=`, `...`, `==`)
    expect_comment,  // a line that is only `# expect: X`; `value` holds X
    newline,         // the end of a logical line that holds tokens
    end_of_file,
};

struct token {
    token_kind kind = token_kind::end_of_file;
    std::string text;     // the spelling in the source
    std::string value;    // decoded contents of a string, or the X of an expect comment
    source_pos pos;
    std::size_t begin = 0;  // byte offsets of the spelling in the source text
    std::size_t end = 0;

    bool is_op(std::string_view spelling) const { return kind == token_kind::op && text == spelling; }
    bool is_name(std::string_view spelling) const { return kind == token_kind::name && text == spelling; }
};

// The whole file as tokens, ending with end_of_file. Throws parse_error on text that is not
// Python tokens (unterminated strings, stray characters, unbalanced brackets, indentation),
// and on f-strings and bytes literals, which the subset does not have.
std::vector<token> tokenize(std::string_view text, const std::string& file_name);

bool is_python_keyword(std::string_view word);

}  // namespace cases
