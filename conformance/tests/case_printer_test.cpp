// Tests of the case-language printer: minimal parentheses, every statement form, whole
// programs, and the round trip parse(print(p)) == p over sources and the case corpus.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "case/parser.hpp"
#include "case/printer.hpp"
#include "case_test_support.hpp"

namespace cases {
namespace {

using test_support::only_statement;
using test_support::parse;
using test_support::value_of;

std::string reprinted_expr(const std::string& expression) { return print_expr(*value_of("x = " + expression)); }

std::string reprinted_statement(const std::string& source) { return print_statement(only_statement(source)); }

void expect_round_trip(const program& original) {
    const std::string printed = print_program(original);
    const program reparsed = parse_program(printed, original.file);
    EXPECT_EQ(reparsed, original) << printed;
    EXPECT_EQ(print_program(reparsed), printed);  // printing is a fixed point after one pass
}

// ------------------------------------------------------------------ expressions

TEST(CasePrinterExpressions, ParenthesesOnlyWherePrecedenceNeedsThem) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"(a + b) * c", "(a + b) * c"},
        {"a + (b * c)", "a + b * c"},
        {"(a - b) - c", "a - b - c"},
        {"a - (b - c)", "a - (b - c)"},
        {"a - (b + c)", "a - (b + c)"},
        {"a * (b * c)", "a * (b * c)"},
        {"(a * b) * c", "a * b * c"},
        {"-(a * b)", "-(a * b)"},
        {"(-a) * b", "-a * b"},
        {"-(-a)", "--a"},
        {"-(a.T)", "-a.T"},
        {"(-a).T", "(-a).T"},
        {"(a + b)[0]", "(a + b)[0]"},
        {"(a + b).copy()", "(a + b).copy()"},
        {"not (a == b)", "not a == b"},
        {"(not a) == b", "(not a) == b"},
        {"a == (not b)", "a == (not b)"},
        {"(a < b) < c", "(a < b) < c"},
        {"a < (b < c)", "a < (b < c)"},
        {"(a is b) is not c", "(a is b) is not c"},
        {"(a == b) + 1", "(a == b) + 1"},
        {"a + (b == c)", "a + (b == c)"},
        {"(1).real", "(1).real"},
        {"(1.5).imag", "(1.5).imag"},
        {"(-1).real", "(-1).real"},
        {"not not a", "not not a"},
        {"-(not a)", "-(not a)"},
        {"[not a, (b)]", "[not a, b]"},
        {"np.zeros(((2, 3)))", "np.zeros((2, 3))"},
        // Python's full ladder: | ^ & << >> + - * / // % unary ** (** groups from the right)
        {"(a | b) | c", "a | b | c"},
        {"a | (b ^ c)", "a | b ^ c"},
        {"(a | b) ^ c", "(a | b) ^ c"},
        {"(a & b) << c", "(a & b) << c"},
        {"a & (b << c)", "a & b << c"},
        {"(a << b) >> c", "a << b >> c"},
        {"a >> (b + c)", "a >> b + c"},
        {"(a >> b) + c", "(a >> b) + c"},
        {"a // (b * c)", "a // (b * c)"},
        {"(a / b) % c", "a / b % c"},
        {"a ** (b ** c)", "a ** b ** c"},
        {"(a ** b) ** c", "(a ** b) ** c"},
        {"-(a ** b)", "-a ** b"},
        {"(-a) ** b", "(-a) ** b"},
        {"a ** (-b)", "a ** -b"},
        {"~(a & b)", "~(a & b)"},
        {"(~a) & b", "~a & b"},
        {"(a ** b)[0]", "(a ** b)[0]"},
        {"(a == b) & (c < d)", "(a == b) & (c < d)"},
    };
    for (const auto& [source, expected] : cases) EXPECT_EQ(reprinted_expr(source), expected) << source;
}

TEST(CasePrinterExpressions, LiteralsPrintAsWritten) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"0x1F", "0x1F"},  {"1_000", "1_000"},         {"18446744073709551616", "18446744073709551616"},
        {"1.", "1."},      {".5", ".5"},               {"1E-3", "1E-3"},
        {"2j", "2j"},      {"1.5e3J", "1.5e3J"},       {"True", "True"},
        {"None", "None"},  {"-np.inf", "-np.inf"},     {"np.int8(3)", "np.int8(3)"},
    };
    for (const auto& [source, expected] : cases) EXPECT_EQ(reprinted_expr(source), expected) << source;
}

TEST(CasePrinterExpressions, StringsPrintAsPythonRepr) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {R"("int32")", R"('int32')"},
        {R"("it's")", R"("it's")"},
        {R"('say "hi"')", R"('say "hi"')"},
        {R"('it\'s "x"')", R"('it\'s "x"')"},
        {R"("a\\b\n\t\r\x00\x7f")", R"('a\\b\n\t\r\x00\x7f')"},
        {"'caf\xc3\xa9'", "'caf\xc3\xa9'"},
        {"'''two\nlines'''", R"('two\nlines')"},
    };
    for (const auto& [source, expected] : cases) EXPECT_EQ(reprinted_expr(source), expected) << source;
}

TEST(CasePrinterExpressions, DisplaysSubscriptsAndCalls) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"(1,)", "(1,)"},
        {"()", "()"},
        {"(1, 2,)", "(1, 2)"},
        {"[]", "[]"},
        {"[[1, 2], (3, [4])]", "[[1, 2], (3, [4])]"},
        {"a[1, 2]", "a[1, 2]"},
        {"a[(1, 2)]", "a[(1, 2)]"},
        {"a[1,]", "a[1,]"},
        {"a[()]", "a[()]"},
        {"a[::]", "a[:]"},
        {"a[ : : 2]", "a[::2]"},
        {"a[1:-1]", "a[1:-1]"},
        {"a[-1::-2, ..., None, np.newaxis]", "a[-1::-2, ..., None, np.newaxis]"},
        {"a[[0, 0]]", "a[[0, 0]]"},
        {"a[(..., 0)]", "a[(..., 0)]"},
        {"np.array(x, dtype = 'int8', order='F', )", "np.array(x, dtype='int8', order='F')"},
        {"a.flags.c_contiguous", "a.flags.c_contiguous"},
        {"np.lib.stride_tricks.as_strided(a, shape=(2,))", "np.lib.stride_tricks.as_strided(a, shape=(2,))"},
        {"id(a) == id(b)", "id(a) == id(b)"},
    };
    for (const auto& [source, expected] : cases) EXPECT_EQ(reprinted_expr(source), expected) << source;
}

// ------------------------------------------------------------------ statements and programs

TEST(CasePrinterStatements, EveryStatementFormOnOneLine) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"b=a", "b = a"},
        {"a[ 1: ]=0", "a[1:] = 0"},
        {"a[0][1] = 5", "a[0][1] = 5"},
        {"a.shape = 2, 3", "a.shape = (2, 3)"},
        {"a.flags.writeable=False", "a.flags.writeable = False"},
        {"a += 1", "a += 1"},
        {"a[1:] -= b", "a[1:] -= b"},
        {"a[[0, 0]] *= 2", "a[[0, 0]] *= 2"},
        {"print(a, 'x')", "print(a, 'x')"},
        {"a, b", "(a, b)"},
        {"x = [1,\n     2]", "x = [1, 2]"},
    };
    for (const auto& [source, expected] : cases) EXPECT_EQ(reprinted_statement(source), expected) << source;
}

TEST(CasePrinterPrograms, ImportsFirstAndExpectCommentsBeforeTheirStatement) {
    const program p = parse("a = np.arange(3)\n# expect: IndexError\na[5]\n");
    EXPECT_EQ(print_program(p), "import numpy as np\na = np.arange(3)\n# expect: IndexError\na[5]\n");
    EXPECT_EQ(print_program(p, false), "a = np.arange(3)\n# expect: IndexError\na[5]\n");
}

TEST(CasePrinterPrograms, AsStridedImportIsKept) {
    const program p = parse("from numpy.lib.stride_tricks import as_strided\nb = as_strided(a, shape=(2,))\n");
    EXPECT_EQ(print_program(p),
              "import numpy as np\nfrom numpy.lib.stride_tricks import as_strided\nb = as_strided(a, shape=(2,))\n");
    expect_round_trip(p);
}

// ------------------------------------------------------------------ round trips

TEST(CasePrinterRoundTrip, SourcesSurviveParsePrintParse) {
    const std::vector<std::string> sources = {
        "import numpy as np\na = np.arange(12, dtype=np.int32).reshape(3, 4)\nb = a[1:, ::-2]\nb[...] = -1\n",
        "x = np.array([[1, 2],  # row\n   [3, 4]], dtype='int8')\nx.shape = 4,\nx.shape = (2, 2)\n",
        "c = -(a + 1) * 2 - (3 - 4) + a.T[0] * -b\nd = not a is b\ne = (a < b) == (not c)\n",
        "a.flags.writeable = False\n# expect: ValueError\na[0] = 1\na.flags.writeable = True\n",
        "t = a.transpose(1, 0).copy(order='F')\nprint(t.flags.f_contiguous, t.base is None, id(t) == id(a))\n",
        "v = a.view(np.uint8)[::2]\nv[[0, 1]] += 1\nv[v.size - 1:] *= 3\n",
        "s = '''multi\nline''' 'joined'\nz = 0b1010 + 0o17 + 0xff + 1_000\nf = 1e400 * -.5 + 2j\n",
        "g = np.full((2,), np.nan)\nh = np.int8(-128) - np.uint64(18446744073709551615)\n",
        "i = a[np.newaxis, ..., None][(0, 0)][0,]\nk = a[()]\nl = [(), (1,), [], [[]]]\n",
    };
    for (const std::string& source : sources) expect_round_trip(parse(source));
}

// Every case of the corpus, as written by whoever wrote it.
std::vector<std::filesystem::path> corpus_cases() {
    const std::filesystem::path root = std::filesystem::path(CONFORMANCE_SOURCE_DIR) / "corpus" / "cases";
    std::vector<std::filesystem::path> files;
    if (!std::filesystem::is_directory(root)) return files;  // CorpusIsFound fails
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.is_regular_file() && entry.path().extension() == ".py") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// Fails closed: a corpus that cannot be found would otherwise instantiate no round-trip test at all.
TEST(CasePrinterCorpusFiles, CorpusIsFound) { EXPECT_GT(corpus_cases().size(), 100u); }

class CasePrinterCorpus : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(CasePrinterCorpus, RoundTrips) { expect_round_trip(parse_file(GetParam())); }

INSTANTIATE_TEST_SUITE_P(Cases, CasePrinterCorpus, ::testing::ValuesIn(corpus_cases()),
                         [](const ::testing::TestParamInfo<std::filesystem::path>& info) {
                             std::string test_name = info.param.parent_path().filename().string() + "_" +
                                                     info.param.stem().string();
                             std::replace_if(test_name.begin(), test_name.end(),
                                             [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
                             return test_name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(CasePrinterCorpus);

}  // namespace
}  // namespace cases
