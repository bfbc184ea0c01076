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
    const case_result result = run_case(five_statements(), "case.py", first, second);
    EXPECT_FALSE(result.first_divergence.has_value());
    EXPECT_EQ(result.oracle.trace["case"], "case.py");
    EXPECT_EQ(result.oracle.trace["steps"].size(), 5u);
    EXPECT_EQ(result.oracle.trace, result.engine.trace);
}

TEST(RunnerDriver, TheFirstDifferingStepAndFieldAreFound) {
    numpy_implementation numpy;
    owndata_liar liar(1);
    const case_result result = run_case(five_statements(), "case.py", numpy, liar);
    ASSERT_TRUE(result.first_divergence.has_value());
    EXPECT_EQ(result.first_divergence->step, 1u);
    EXPECT_EQ(result.first_divergence->field.path, "arrays.b.owndata");
    EXPECT_EQ(result.first_divergence->field.oracle, false);
    EXPECT_EQ(result.first_divergence->field.engine, true);
    EXPECT_EQ(result.engine.trace["oracle"], "liar");
    EXPECT_EQ(result.engine.trace["steps"].size(), 5u);  // the whole case ran
}

TEST(RunnerDriver, ErrorMessagesAreKeptBesideTheTrace) {
    numpy_implementation numpy;
    const recorded_trace recorded = record_trace(test_support::parse("a = np.arange(3)\na[5]\n"), "case.py", numpy);
    EXPECT_EQ(recorded.trace["steps"][1]["error"], "IndexError");
    EXPECT_EQ(recorded.error_messages.at(0), "");
    EXPECT_NE(recorded.error_messages.at(1).find("out of bounds"), std::string::npos);
}

}  // namespace
}  // namespace conformance
