// Tests of the per-case driver: NumPy against itself never diverges, and a system that reports one field
// differently is caught at the right step and field, with complete traces on both sides.
#include <gtest/gtest.h>

#include "systems/numpy/numpy_implementation.hpp"
#include "contract/step_recorder.hpp"
#include "contract_test_support.hpp"

namespace conformance {
namespace {

// NumPy, except that from statement `from_statement` (0-based) on every array claims to own its data.
class owndata_liar : public implementation {
public:
    explicit owndata_liar(std::size_t from_statement) : from_statement_(from_statement) {}
    std::string name() const override { return "liar"; }
    void reset() override {
        statements_ = 0;
        numpy_.reset();
    }
    outcome execute(const cases::statement& statement) override {
        ++statements_;
        return numpy_.execute(statement);
    }
    raw_state state() override {
        raw_state state = numpy_.state();
        if (statements_ > from_statement_) {
            for (auto& [key, array] : state.arrays) array.owndata = true;
        }
        return state;
    }
    bool shares_memory(object_key a, object_key b) override { return numpy_.shares_memory(a, b); }
    bool may_share_memory(object_key a, object_key b) override { return numpy_.may_share_memory(a, b); }

private:
    numpy_implementation numpy_;
    std::size_t from_statement_;
    std::size_t statements_ = 0;
};

cases::program five_statements() {
    return test_support::parse(
        "import numpy as np\na = np.arange(6)\nb = a[1:]\ne = np.empty(3)\nc = b.copy()\nv = b.reshape(5, 1)\n");
}

TEST(RunnerDriver, NumpyAgainstNumpyNeverDiverges) {
    numpy_implementation first;
    numpy_implementation second;
    const case_result traced = run_case(five_statements(), "case.py", first, second, values_text::always);
    EXPECT_FALSE(traced.first_divergence.has_value());
    EXPECT_EQ(traced.oracle.trace["case"], "case.py");
    EXPECT_EQ(traced.oracle.trace["steps"].size(), 5u);
    EXPECT_EQ(traced.oracle.trace, traced.engine.trace);
    // Without a trace to write, the steps are compared on the observations: no trace, the errors kept.
    const case_result compared = run_case(five_statements(), "case.py", first, second);
    EXPECT_FALSE(compared.first_divergence.has_value());
    EXPECT_TRUE(compared.oracle.trace.is_null());
    EXPECT_EQ(compared.oracle.raised, std::vector<std::string>(5));
    EXPECT_EQ(compared.engine.error_messages.size(), 5u);
}

TEST(RunnerDriver, TheFirstDifferingStepAndFieldAreFound) {
    numpy_implementation numpy;
    owndata_liar liar(1);
    for (const values_text text : {values_text::on_divergence, values_text::always}) {
        const case_result result = run_case(five_statements(), "case.py", numpy, liar, text);
        ASSERT_TRUE(result.first_divergence.has_value());
        EXPECT_EQ(result.first_divergence->step, 1u);
        EXPECT_EQ(result.first_divergence->field.path, "arrays.b.owndata");
        EXPECT_EQ(result.first_divergence->field.oracle, false);
        EXPECT_EQ(result.first_divergence->field.engine, true);
        EXPECT_EQ(result.engine.raised.size(), 5u);  // the whole case ran
        if (text == values_text::always) {
            EXPECT_EQ(result.engine.trace["oracle"], "liar");
            EXPECT_EQ(result.engine.trace["steps"].size(), 5u);
        }
    }
}

TEST(RunnerDriver, ErrorMessagesAreKeptBesideTheTrace) {
    numpy_implementation numpy;
    const recorded_trace recorded = record_trace(test_support::parse("a = np.arange(3)\na[5]\n"), "case.py", numpy);
    EXPECT_EQ(recorded.trace["steps"][1]["error"], "IndexError");
    EXPECT_EQ(recorded.raised, (std::vector<std::string>{"", "IndexError"}));
    EXPECT_EQ(recorded.error_messages.at(0), "");
    EXPECT_NE(recorded.error_messages.at(1).find("out of bounds"), std::string::npos);
}

}  // namespace
}  // namespace conformance
