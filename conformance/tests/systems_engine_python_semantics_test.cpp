// Tests of the case interpreter's Python semantics (run on the engine system) where NumPy is not involved: the
// numeric tower, sequences, comparisons, truth, names, tuple and list subscripts, attributes of numbers, id(),
// print and str values.
#include "systems_engine_test_support.hpp"

namespace conformance::engine_system_test {
namespace {

TEST(EngineSidePython, NumbersSequencesAndComparisons) {
    expect_outcomes({
    {"1 + 2 * 3", R"(value 7)"},
    {"True + True", R"(value 2)"},
    {"7 - 2.5", R"(value 4.5)"},
    {"(1, 2) + (3,)", R"(value [1,2,3])"},
    {"[1] * 3", R"(value [1,1,1])"},
    {"'ab' + 'c'", R"(value "abc")"},
    {"1 + 1j", R"(value [1.0,1.0])"},
    {"9223372036854775807 + 1", R"(value 9223372036854775808)"},
    {"-18446744073709551616", R"(value "-18446744073709551616")"},
    {"1 == 1.0", R"(value true)"},
    {"(1, 2) < (1, 3)", R"(value true)"},
    {"[1, 2] == (1, 2)", R"(value false)"},
    {"None == None", R"(value true)"},
    {"not []", R"(value true)"},
    {"1 + None", R"(error TypeError)"},
    {"1 < 1j", R"(error TypeError)"},
    {"-True", R"(value -1)"},
    {"+True", R"(value 1)"},
    });
}

TEST(EngineSidePython, UnboundNameIsNameError) {
    expect_outcomes({
    {"x", R"(error NameError)"},
    });
}

TEST(EngineSidePython, TupleAndListSubscripts) {
    expect_outcomes({
    {"a = np.arange(6).reshape(2, 3)\na.shape[-1]", R"(value 3)"},
    {"a = np.arange(6).reshape(2, 3)\na.strides[1:]", R"(value [8])"},
    {"a = np.arange(6).reshape(2, 3)\na.shape[2]", R"(error IndexError)"},
    {"a = np.arange(6).reshape(2, 3)\na.shape[1.0]", R"(error TypeError)"},
    {"l = [1, 2, 3]\nl[-1]", R"(value 3)"},
    {"l = [1, 2, 3]\nl[::-1]", R"(value [3,2,1])"},
    {"l = [1, 2, 3]\nl[1] = 5\nl", R"(value [1,5,3])"},
    {"t = (1, 2)\nt[0] = 5", R"(error TypeError)"},
    {"1[0]", R"(error TypeError)"},
    });
}

TEST(EngineSidePython, AugmentedAssignmentRebindsImmutableValues) {
    expect_outcomes({
    {"x = 5\nx += 1.5\nx", R"(value 6.5)"},
    {"t = (1,)\nt += (2,)\nt", R"(value [1,2])"},
    });
}

TEST(EngineSidePython, AttributesOfPythonNumbers) {
    expect_outcomes({
    {"(1).real", R"(value 1)"},
    {"True.imag", R"(value 0)"},
    {"(2.5).imag", R"(value 0.0)"},
    {"(1 + 2j).real", R"(value 1.0)"},
    {"x = 1\nx.shape", R"(error AttributeError)"},
    {"x = 1\nx.shape = (1,)", R"(error AttributeError)"},
    });
}

TEST(EngineSidePython, StringsPrintAndIds) {
    expect_outcomes({
    {"'x'", R"(value "x")"},
    {"a = np.arange(3)\nprint('a:', a, None, (1, 2.5), np.nan)", R"(value ["a:",{"dtype":"int64","shape":[3],"values":[0,1,2]},null,[1,2.5],"nan"])"},
    {"a = np.arange(3)\nid(a) == id(a)", R"(value true)"},
    {"a = np.arange(3)\nb = a\nid(a) == id(b[:])", R"(value false)"},
    });
}

}  // namespace
}  // namespace conformance::engine_system_test
