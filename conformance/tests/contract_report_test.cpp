// Tests of divergence reports: the signature line (field and operation), the values, the reproducer.
#include <gtest/gtest.h>

#include "case/parser.hpp"
#include "contract/report.hpp"
#include "contract_test_support.hpp"

namespace conformance {
namespace {

std::string operation_of(const std::string& statement) {
    return operation_name(test_support::parse(statement + "\n").statements.at(0));
}

TEST(RunnerReport, SignatureFieldIsTheLastMeaningfulComponent) {
    EXPECT_EQ(signature_field("arrays.b.strides"), "strides");
    EXPECT_EQ(signature_field("arrays.b.base"), "base");
    EXPECT_EQ(signature_field("arrays.b"), "arrays");
    EXPECT_EQ(signature_field("scalars.s.value"), "scalar value");
    EXPECT_EQ(signature_field("shares_memory"), "shares_memory");
    EXPECT_EQ(signature_field("value"), "value");
    EXPECT_EQ(signature_field("error"), "error");
}

TEST(RunnerReport, OperationNamesTheFunctionMethodOrStatementKind) {
    EXPECT_EQ(operation_of("b = a.reshape(3, 2)"), "reshape");
    EXPECT_EQ(operation_of("b = np.reshape(a, (3, 2))"), "reshape");
    EXPECT_EQ(operation_of("b = np.lib.stride_tricks.as_strided(a, shape=(2,))"), "as_strided");
    EXPECT_EQ(operation_of("b = a[1:]"), "getitem");
    EXPECT_EQ(operation_of("b = a"), "assign");
    EXPECT_EQ(operation_of("b = 3"), "assign");
    EXPECT_EQ(operation_of("b = a.T"), "T");
    EXPECT_EQ(operation_of("b = a + 1"), "+");
    EXPECT_EQ(operation_of("a[0] = 1"), "setitem");
    EXPECT_EQ(operation_of("a[1:] += 1"), "+=");
    EXPECT_EQ(operation_of("a *= 2"), "*=");
    EXPECT_EQ(operation_of("a.shape = (2, 3)"), ".shape =");
    EXPECT_EQ(operation_of("a.flags.writeable = False"), ".flags.writeable =");
    EXPECT_EQ(operation_of("a.base is b"), "is");
    EXPECT_EQ(operation_of("a.strides"), "strides");
    EXPECT_EQ(operation_of("print(a)"), "print");
    EXPECT_EQ(operation_of("a"), "name");
}

class RunnerReportOfCase : public testing::Test {
protected:
    cases::program program = test_support::parse(
        "import numpy as np\n# setup\na = np.arange(6)\nb = a.reshape(3, 2)\nb.base is a\n");
    divergence found{1, {"arrays.b.base", "a", nullptr}};
};

TEST_F(RunnerReportOfCase, ReproducerStopsAtTheDivergentStatementAndNamesTheField) {
    EXPECT_EQ(reproducer(program, 1, "arrays.b.base"),
              "import numpy as np\na = np.arange(6)\nb = a.reshape(3, 2)  # DIVERGENCE: arrays.b.base\n");
}

TEST_F(RunnerReportOfCase, ReportStartsWithLocationAndSignatureAndShowsBothValues) {
    const std::string report = format_divergence("corpus/cases/x/y.py", program, found, {"numpy 1.24.2", ""},
                                                 {"engine", "boom"});
    EXPECT_EQ(report.rfind("corpus/cases/x/y.py:4: b = a.reshape(3, 2)\nDIVERGENCE: base after reshape\n", 0), 0u)
        << report;
    EXPECT_NE(report.find("numpy 1.24.2: \"a\"\n"), std::string::npos) << report;
    EXPECT_NE(report.find("engine:       null\n"), std::string::npos) << report;
    EXPECT_NE(report.find("engine raised: boom\n"), std::string::npos) << report;
    EXPECT_NE(report.find("reproducer:\nimport numpy as np\n"), std::string::npos) << report;
}

TEST_F(RunnerReportOfCase, ReproducerKeepsTheAsStridedImport) {
    const cases::program strided = test_support::parse(
        "import numpy as np\nfrom numpy.lib.stride_tricks import as_strided\na = np.arange(4)\n"
        "s = as_strided(a, shape=(2,), strides=(16,))\n");
    const std::string text = reproducer(strided, 1, "arrays.s.strides");
    EXPECT_NE(text.find("from numpy.lib.stride_tricks import as_strided\n"), std::string::npos) << text;
    EXPECT_EQ(cases::parse_program(text, "reproducer.py"), strided);  // it runs as it is
}

TEST_F(RunnerReportOfCase, ReproducerWrapsStatementsThatRaisedSoTheScriptReachesTheDivergence) {
    const cases::program raising = test_support::parse("import numpy as np\na = np.arange(6)\na[9] = 1\nb = a[::2]\n");
    EXPECT_EQ(reproducer(raising, 2, "arrays.b.strides", {"", "IndexError", ""}),
              "import numpy as np\na = np.arange(6)\ntry:\n    a[9] = 1\nexcept Exception:  # NumPy raises IndexError "
              "here\n    pass\nb = a[::2]  # DIVERGENCE: arrays.b.strides\n");
    // Without the categories it stays a case script; the divergent statement itself is never wrapped.
    EXPECT_EQ(reproducer(raising, 1, "error", {"", "IndexError"}),
              "import numpy as np\na = np.arange(6)\na[9] = 1  # DIVERGENCE: error\n");
}

TEST(RunnerReport, RaisedCategoriesReadTheTraceSteps) {
    const json trace = json::parse(R"({"steps": [{"error": null}, {"error": "ValueError"}, {}]})");
    EXPECT_EQ(raised_categories(trace), (std::vector<std::string>{"", "ValueError", ""}));
}

}  // namespace
}  // namespace conformance
