// Tokenizer for case scripts, following Python's lexical rules for the parts the case
// language uses (names, numbers, strings, operators, comments, implicit line joining).
#include "case/lexer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include "case/parse_error.hpp"

namespace cases {

namespace {

constexpr std::array<std::string_view, 35> python_keywords = {
    "False", "None",   "True",    "and",      "as",       "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",      "elif",     "else",   "except", "finally",  "for",
    "from",  "global", "if",      "import",   "in",       "is",     "lambda", "nonlocal", "not",
    "or",    "pass",   "raise",   "return",   "try",      "while",  "with",   "yield"};

// Longest first, so that the first match is the longest one.
constexpr std::array<std::string_view, 24> multi_char_operators = {
    "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=",
    "->",  "//",  "/=",  ":=",  "<<",  "<=", "==", ">=", ">>", "@=", "^=", "|="};

constexpr std::string_view single_char_operators = "%&()*+,-./:;<=>@[]^{|}~";

bool is_identifier_start(char c) {
    // Bytes of multi-byte UTF-8 sequences count as letters: Python allows Unicode identifiers.
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool is_identifier_char(char c) { return is_identifier_start(c) || std::isdigit(static_cast<unsigned char>(c)); }

bool is_digit_in_radix(char c, int radix) {
    switch (radix) {
        case 2: return c == '0' || c == '1';
        case 8: return c >= '0' && c <= '7';
        case 16: return std::isxdigit(static_cast<unsigned char>(c)) != 0;
        default: return std::isdigit(static_cast<unsigned char>(c)) != 0;
    }
}

void append_utf8(std::string& out, unsigned long code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\f\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\f\r\n");
    return s.substr(first, last - first + 1);
}

// The X of a comment that reads `# expect: X`, or empty.
std::string_view expected_exception(std::string_view comment) {
    constexpr std::string_view marker = "expect:";
    const std::string_view body = trim(comment.substr(1));
    if (body.substr(0, marker.size()) != marker) return {};
    return trim(body.substr(marker.size()));
}

class lexer {
public:
    // Room for the tokens up front: a token takes at least one character or ends a line, and growing the vector
    // moved every token again (a tenth of parsing, which the fuzzer does for each new statement).
    lexer(std::string_view text, const std::string& file_name) : text_(text), file_(file_name) {
        tokens_.reserve(text.size() / 2 + 2);
    }

    std::vector<token> run() {
        while (at_ < text_.size()) lex_one();
        if (!open_brackets_.empty()) {
            const token& open = open_brackets_.back();
            throw parse_error(file_, open.pos, "'" + open.text + "' was never closed");
        }
        end_logical_line();
        push(token_kind::end_of_file, at_, at_);
        return std::move(tokens_);
    }

private:
    void lex_one() {
        const char c = text_[at_];
        if (c == '\0') {
            fail_null_byte(at_);
        } else if (c == ' ' || c == '\t' || c == '\f') {
            ++at_;
        } else if (c == '\n' || c == '\r') {
            consume_line_break();
            if (open_brackets_.empty()) end_logical_line();
        } else if (c == '#') {
            lex_comment();
        } else if (c == '\\') {
            lex_backslash_continuation();
        } else if (is_identifier_start(c)) {
            lex_name_or_prefixed_string();
        } else if (std::isdigit(static_cast<unsigned char>(c)) ||
                   (c == '.' && at_ + 1 < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_ + 1])))) {
            lex_number();
        } else if (c == '\'' || c == '"') {
            lex_string(at_, "");
        } else {
            lex_operator();
        }
    }

    // ------------------------------------------------------------ positions and output

    // Counting from the last position asked for on the same line, not from the line's start: on
    // one long line (a 20,000-step chain is 120,000 characters) recounting made lexing quadratic.
    source_pos pos_at(std::size_t offset) const {
        if (counted_line_ != line_ || counted_offset_ > offset || counted_offset_ < line_start_) {
            counted_line_ = line_;
            counted_offset_ = line_start_;
            counted_col_ = 1;
        }
        for (; counted_offset_ < offset; ++counted_offset_) {
            if ((static_cast<unsigned char>(text_[counted_offset_]) & 0xC0) != 0x80) ++counted_col_;  // code points
        }
        return {line_, counted_col_};
    }

    [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
        throw parse_error(file_, pos_at(offset), message);
    }

    // Anywhere in the file, strings and comments too, as CPython refuses it; and a message holding the
    // byte itself would end at it (what() is a C string).
    [[noreturn]] void fail_null_byte(std::size_t offset) const {
        fail(offset, "source code cannot contain null bytes");
    }

    token& push(token_kind kind, std::size_t begin, std::size_t end, source_pos pos) {
        tokens_.push_back(token{kind, std::string(text_.substr(begin, end - begin)), "", pos, begin, end});
        return tokens_.back();
    }

    token& push(token_kind kind, std::size_t begin, std::size_t end) { return push(kind, begin, end, pos_at(begin)); }

    // Every token of a logical line goes through here, so indentation is checked once per line.
    token& push_line_token(token_kind kind, std::size_t begin, std::size_t end, source_pos pos) {
        if (!line_has_tokens_ && pos.col != 1) throw parse_error(file_, pos, "unexpected indent");
        line_has_tokens_ = true;
        return push(kind, begin, end, pos);
    }

    token& push_line_token(token_kind kind, std::size_t begin, std::size_t end) {
        return push_line_token(kind, begin, end, pos_at(begin));
    }

    void end_logical_line() {
        if (!line_has_tokens_) return;
        push(token_kind::newline, at_, at_);
        line_has_tokens_ = false;
    }

    // Steps over one line break (`\n`, `\r\n` or `\r`) and starts the next physical line.
    void consume_line_break() {
        if (text_[at_] == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n') ++at_;
        ++at_;
        ++line_;
        line_start_ = at_;
    }

    bool at_line_break(std::size_t offset) const {
        return offset < text_.size() && (text_[offset] == '\n' || text_[offset] == '\r');
    }

    // ------------------------------------------------------------ comments and joining

    void lex_comment() {
        const std::size_t begin = at_;
        for (; at_ < text_.size() && !at_line_break(at_); ++at_) {
            if (text_[at_] == '\0') fail_null_byte(at_);
        }
        if (line_has_tokens_ || !open_brackets_.empty()) return;
        const std::string_view exception = expected_exception(text_.substr(begin, at_ - begin));
        if (!exception.empty()) push(token_kind::expect_comment, begin, at_).value = std::string(exception);
    }

    void lex_backslash_continuation() {
        if (!at_line_break(at_ + 1)) fail(at_, "unexpected character after line continuation character");
        ++at_;
        consume_line_break();
    }

    // ------------------------------------------------------------ names and numbers

    void lex_name_or_prefixed_string() {
        const std::size_t begin = at_;
        while (at_ < text_.size() && is_identifier_char(text_[at_])) ++at_;
        const std::string_view word = text_.substr(begin, at_ - begin);
        if (at_ < text_.size() && (text_[at_] == '\'' || text_[at_] == '"') && word.size() <= 2) {
            std::string prefix(word);
            std::transform(prefix.begin(), prefix.end(), prefix.begin(),
                           [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
            if (prefix.find('f') != std::string::npos) fail(begin, "unsupported construct: f-string");
            if (prefix.find('b') != std::string::npos) fail(begin, "unsupported construct: bytes literal");
            if (prefix == "r" || prefix == "u") return lex_string(begin, prefix);
        }
        push_line_token(token_kind::name, begin, at_);
    }

    // Consumes digits of `radix` with single underscores between them; false if there are none.
    bool consume_digits(int radix) {
        if (at_ >= text_.size() || !is_digit_in_radix(text_[at_], radix)) return false;
        while (at_ < text_.size()) {
            if (is_digit_in_radix(text_[at_], radix)) {
                ++at_;
            } else if (text_[at_] == '_' && at_ + 1 < text_.size() && is_digit_in_radix(text_[at_ + 1], radix)) {
                at_ += 2;
            } else {
                break;
            }
        }
        return true;
    }

    void lex_number() {
        const std::size_t begin = at_;
        token_kind kind = token_kind::integer;
        const char radix_letter = at_ + 1 < text_.size() ? static_cast<char>(std::tolower(text_[at_ + 1])) : '\0';
        if (text_[at_] == '0' && (radix_letter == 'x' || radix_letter == 'o' || radix_letter == 'b')) {
            at_ += 2;
            if (at_ < text_.size() && text_[at_] == '_') ++at_;
            const int radix = radix_letter == 'x' ? 16 : radix_letter == 'o' ? 8 : 2;
            if (!consume_digits(radix)) fail(begin, "invalid number literal");
        } else {
            consume_digits(10);
            if (at_ < text_.size() && text_[at_] == '.') {
                kind = token_kind::floating;
                ++at_;
                consume_digits(10);
            }
            if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
                kind = token_kind::floating;
                ++at_;
                if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) ++at_;
                if (!consume_digits(10)) fail(begin, "invalid decimal literal");
            }
            if (at_ < text_.size() && (text_[at_] == 'j' || text_[at_] == 'J')) {
                kind = token_kind::imaginary;
                ++at_;
            }
            const std::string_view digits = text_.substr(begin, at_ - begin);
            if (kind == token_kind::integer && digits.size() > 1 && digits[0] == '0' &&
                digits.find_first_not_of("0_") != std::string_view::npos) {
                fail(begin, "leading zeros in decimal integer literals are not permitted");
            }
        }
        if (at_ < text_.size() && is_identifier_char(text_[at_])) {
            fail(begin, "invalid decimal literal");
        }
        push_line_token(kind, begin, at_);
    }

    // ------------------------------------------------------------ strings

    void lex_string(std::size_t begin, std::string_view prefix) {
        const source_pos pos = pos_at(begin);
        const bool raw = prefix == "r";
        const char quote = text_[at_];
        const bool triple = text_.substr(at_, 3) == std::string(3, quote);
        const std::size_t quote_length = triple ? 3 : 1;
        at_ += quote_length;
        std::string value;
        for (;;) {
            if (at_ >= text_.size()) {
                throw parse_error(file_, pos, triple ? "unterminated triple-quoted string literal"
                                                     : "unterminated string literal");
            }
            const char c = text_[at_];
            if (c == '\0') fail_null_byte(at_);
            if (c == quote && (!triple || text_.substr(at_, 3) == std::string(3, quote))) break;
            if (at_line_break(at_)) {
                if (!triple) throw parse_error(file_, pos, "unterminated string literal");
                value += '\n';
                consume_line_break();
            } else if (c == '\\') {
                lex_escape(value, raw);
            } else {
                value += c;
                ++at_;
            }
        }
        at_ += quote_length;
        push_line_token(token_kind::string, begin, at_, pos).value = std::move(value);
    }

    // Decodes the escape sequence at at_ (a backslash) into `value`.
    void lex_escape(std::string& value, bool raw) {
        const std::size_t backslash = at_++;
        if (at_ >= text_.size()) return;
        if (at_line_break(at_)) {
            if (raw) value += "\\\n";
            consume_line_break();
            return;
        }
        const char c = text_[at_];
        if (c == '\0') fail_null_byte(at_);
        if (raw) {
            // A raw string keeps the backslash; it only stops the next character ending the string.
            value += '\\';
            value += c;
            ++at_;
            return;
        }
        ++at_;
        switch (c) {
            case '\\': value += '\\'; return;
            case '\'': value += '\''; return;
            case '"': value += '"'; return;
            case 'a': value += '\a'; return;
            case 'b': value += '\b'; return;
            case 'f': value += '\f'; return;
            case 'n': value += '\n'; return;
            case 'r': value += '\r'; return;
            case 't': value += '\t'; return;
            case 'v': value += '\v'; return;
            case 'x': return append_utf8(value, hex_escape(backslash, 2));
            case 'u': return append_utf8(value, hex_escape(backslash, 4));
            case 'U': return append_utf8(value, hex_escape(backslash, 8));
            case 'N': fail(backslash, "unsupported construct: \\N{...} escape");
            default: break;
        }
        if (c >= '0' && c <= '7') {
            unsigned long code = static_cast<unsigned long>(c - '0');
            for (int i = 0; i < 2 && at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '7'; ++i) {
                code = code * 8 + static_cast<unsigned long>(text_[at_++] - '0');
            }
            return append_utf8(value, code);
        }
        value += '\\';  // Python keeps unknown escapes as they are
        value += c;
    }

    unsigned long hex_escape(std::size_t backslash, int digits) {
        unsigned long code = 0;
        for (int i = 0; i < digits; ++i) {
            if (at_ >= text_.size() || !std::isxdigit(static_cast<unsigned char>(text_[at_]))) {
                fail(backslash, "truncated \\" + std::string(1, text_[backslash + 1]) + " escape");
            }
            const char digit = static_cast<char>(std::tolower(static_cast<unsigned char>(text_[at_++])));
            code = code * 16 + static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(digit)) ? digit - '0' : digit - 'a' + 10);
        }
        if (code > 0x10FFFF) fail(backslash, "illegal Unicode character in escape");
        return code;
    }

    // ------------------------------------------------------------ operators and brackets

    void lex_operator() {
        const std::size_t begin = at_;
        for (std::string_view spelling : multi_char_operators) {
            // The first character first: most tokens are one character, and a memcmp per spelling each was
            // a twentieth of parsing in a sanitised build (its interceptor and libFuzzer's hook).
            if (spelling.front() == text_[at_] && text_.substr(at_, spelling.size()) == spelling) {
                at_ += spelling.size();
                push_line_token(token_kind::op, begin, at_);
                return;
            }
        }
        const char c = text_[at_];
        if (single_char_operators.find(c) == std::string_view::npos) {
            // A control character would be invisible in the message: CPython's wording, with its code.
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20 || byte == 0x7F) {
                char code[8];
                std::snprintf(code, sizeof code, "U+%04X", byte);
                fail(begin, std::string("invalid non-printable character ") + code);
            }
            fail(begin, std::string("invalid character '") + c + "'");
        }
        ++at_;
        const token& op = push_line_token(token_kind::op, begin, at_);
        if (c == '(' || c == '[' || c == '{') {
            open_brackets_.push_back(op);
        } else if (c == ')' || c == ']' || c == '}') {
            close_bracket(op);
        }
    }

    void close_bracket(const token& closing) {
        if (open_brackets_.empty()) throw parse_error(file_, closing.pos, "unmatched '" + closing.text + "'");
        const char expected = open_brackets_.back().text == "(" ? ')' : open_brackets_.back().text == "[" ? ']' : '}';
        if (closing.text[0] != expected) {
            throw parse_error(file_, closing.pos,
                              "closing parenthesis '" + closing.text + "' does not match opening parenthesis '" +
                                  open_brackets_.back().text + "'");
        }
        open_brackets_.pop_back();
    }

    std::string_view text_;
    const std::string& file_;
    std::size_t at_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;
    bool line_has_tokens_ = false;
    std::vector<token> open_brackets_;
    std::vector<token> tokens_;
    mutable int counted_line_ = 0;  // pos_at's last answer: column counted_col_ at counted_offset_
    mutable std::size_t counted_offset_ = 0;
    mutable int counted_col_ = 1;
};

}  // namespace

std::vector<token> tokenize(std::string_view text, const std::string& file_name) {
    return lexer(text, file_name).run();
}

bool is_python_keyword(std::string_view word) {
    return std::find(python_keywords.begin(), python_keywords.end(), word) != python_keywords.end();
}

}  // namespace cases
