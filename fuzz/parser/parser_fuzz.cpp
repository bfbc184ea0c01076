// The libFuzzer target `parser_fuzz` (and, with replay_main.cpp, `parser_fuzz_replay`): any bytes as
// case-script text through the case-language front end, which must answer a program or a located parse_error.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "case/parse_error.hpp"
#include "case/parser.hpp"
#include "case/printer.hpp"

namespace {

// Whatever the input, the runner prints it back when it reports a problem: show it escaped.
std::string escaped(std::string_view text, std::size_t at_most = 2000) {
    std::string out;
    for (std::size_t i = 0; i < text.size() && i < at_most; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            out += "\\n\n";
        } else if (byte == '\\') {
            out += "\\\\";
        } else if (byte < 0x20 || byte == 0x7F) {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02x", byte);
            out += hex;
        } else {
            out += static_cast<char>(byte);
        }
    }
    if (text.size() > at_most) out += "... (" + std::to_string(text.size()) + " bytes)";
    return out;
}

// A finding: what went wrong, the input and what it printed to, then abort, as libFuzzer expects.
[[noreturn]] void finding(const std::string& what, std::string_view input, std::string_view printed = {}) {
    std::fprintf(stderr, "parser_fuzz: %s\n--- input\n%s\n", what.c_str(), escaped(input).c_str());
    if (!printed.empty()) std::fprintf(stderr, "--- printed\n%s\n", escaped(printed).c_str());
    std::abort();
}

// `FILE:LINE:COL: message`, on a line the text has (or the one after its end): the runner's contract
// for a case it refuses (issue #13: never a crash, never a bare message).
void check_located(const cases::parse_error& e, const std::string& file, std::string_view text) {
    const cases::source_pos pos = e.pos();
    int lines = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // A line break is `\n`, `\r\n` or `\r`, as the lexer counts them.
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++lines;
    }
    const std::string located =
        file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col) + ": " + e.message();
    if (pos.line < 1 || pos.line > lines || pos.col < 1 || e.message().empty() || e.what() != located) {
        finding("badly located parse_error: " + std::string(e.what()), text);
    }
}

}  // namespace

// A parse_error is a fine answer. A program must print to a script that parses back to the same tree
// and prints the same again (printer.hpp's promise, which the reports and reproducers rely on). Any
// other exception escapes, and with a crash or a sanitizer report it is a finding too.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    cases::program parsed;
    try {
        parsed = cases::parse_program(text, "fuzz.py");
    } catch (const cases::parse_error& e) {
        check_located(e, "fuzz.py", text);
        return 0;
    }
    const std::string printed = cases::print_program(parsed);
    cases::program reparsed;
    try {
        reparsed = cases::parse_program(printed, "printed.py");
    } catch (const cases::parse_error& e) {
        finding("the printed program does not parse: " + std::string(e.what()), text, printed);
    }
    if (!(reparsed == parsed)) finding("the printed program parses to another tree", text, printed);
    const std::string reprinted = cases::print_program(reparsed);
    if (reprinted != printed) finding("printing the reparsed program gives other text:\n" + reprinted, text, printed);
    return 0;
}
