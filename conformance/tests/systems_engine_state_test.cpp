// Tests of what the engine system reports after statements: bindings and their identity, array fields and
// bases (named, unnamed, foreign), scalar bindings, id() placeholders, sharing answers, and that a
// raising statement leaves every binding as it was. Expected values are NumPy 1.24.2's.
#include "contract/snapshot.hpp"
#include "systems_engine_test_support.hpp"

namespace conformance::engine_system_test {
namespace {

// An engine, and its state as of the last run().
class EngineSideState : public ::testing::Test {
protected:
    std::vector<outcome> run(std::string_view program) {
        std::vector<outcome> outcomes = run_all(engine_, program);
        state_ = engine_.state();
        return outcomes;
    }
    const std::map<std::string, binding>& names() const { return state_.names; }
    const binding& bound(const std::string& name) const { return state_.names.at(name); }
    const array_state& array(const std::string& name) const { return state_.arrays.at(bound(name).key); }

    engine_implementation engine_;
    raw_state state_;
};

TEST_F(EngineSideState, AnAliasIsTheSameArrayObject) {
    run("a = np.arange(3)\nb = a\nc = a[:]");
    EXPECT_EQ(bound("a").what, binding::kind::array);
    EXPECT_EQ(bound("a").key, bound("b").key);
    EXPECT_NE(bound("a").key, bound("c").key);
    EXPECT_EQ(state_.arrays.size(), 2u);
}

TEST_F(EngineSideState, ArraysInsideTuplesAndListsAreNamedByTheirPosition) {
    run("a = np.arange(6)\nparts = np.split(a, 2)\nboth = [a, (a[1:], 3)]\nt = (1, 2)");
    EXPECT_EQ(bound("both[0]").key, bound("a").key);
    EXPECT_EQ(bound("both[1][0]").what, binding::kind::array);
    EXPECT_EQ(array("parts[1]").base, bound("a").key);
    EXPECT_EQ(names().count("both[1][1]"), 0u);  // only arrays get entries
    EXPECT_EQ(names().count("t[0]"), 0u);
}

TEST_F(EngineSideState, ArrayFieldsFollowNumpy) {
    run("f = np.zeros((2, 3), dtype=np.float32, order='F')");
    const array_state& f = array("f");
    EXPECT_EQ(f.dtype, "float32");
    EXPECT_EQ(f.shape, (extents{2, 3}));
    EXPECT_EQ(f.strides, (extents{4, 8}));
    EXPECT_TRUE(f.owndata);
    EXPECT_TRUE(f.writeable);
    EXPECT_FALSE(f.c_contiguous);
    EXPECT_TRUE(f.f_contiguous);
    EXPECT_EQ(array_values_text(f).dump(), "[0.0,0.0,0.0,0.0,0.0,0.0]");
    EXPECT_FALSE(f.base.has_value());
}

TEST_F(EngineSideState, ValuesUseTheContractsEncoding) {
    run("a = np.array([np.nan, np.inf, -np.inf, 1.5])\n"
        "u = np.array([18446744073709551615], dtype=np.uint64)\n"
        "c = np.array([1 + 2j], dtype=np.complex64)\n"
        "b = np.array([True, False])");
    EXPECT_EQ(array_values_text(array("a")).dump(), R"(["nan","inf","-inf",1.5])");
    EXPECT_EQ(array_values_text(array("u")).dump(), "[18446744073709551615]");
    EXPECT_EQ(array_values_text(array("c")).dump(), "[[1.0,2.0]]");
    EXPECT_EQ(array_values_text(array("b")).dump(), "[true,false]");
}

TEST_F(EngineSideState, BasesAreKeysOfNamedUnnamedAndForeignObjects) {
    run("from numpy.lib.stride_tricks import as_strided\n"
        "a = np.arange(6)\n"
        "v = a[1:]\n"
        "m = np.arange(6).reshape(2, 3)\n"
        "s = as_strided(a, shape=(3,), strides=(16,))");
    EXPECT_EQ(array("v").base, bound("a").key);
    const std::optional<object_key> unnamed = array("m").base;
    ASSERT_TRUE(unnamed.has_value());
    for (const auto& [name, b] : names()) EXPECT_NE(*unnamed, b.key) << name;
    ASSERT_TRUE(array("s").base.has_value());
    EXPECT_NE(*array("s").base, bound("a").key);  // DummyArray, not the source
}

TEST_F(EngineSideState, ScalarBindingsAreRecordedWithTheirDtype) {
    run("s = np.int8(3)\nx = 2.5\nc = 1j\nn = 12\nflag = True\nt = (1, 2)\nd = np.arange(2).dtype\nw = 'text'");
    EXPECT_EQ(bound("s").what, binding::kind::numpy_scalar);
    EXPECT_EQ(bound("s").scalar.dump(), R"({"dtype":"int8","value":3})");
    EXPECT_EQ(bound("x").what, binding::kind::python_scalar);
    EXPECT_EQ(bound("x").scalar.dump(), R"({"dtype":"float","value":2.5})");
    EXPECT_EQ(bound("c").scalar.dump(), R"({"dtype":"complex","value":[0.0,1.0]})");
    EXPECT_EQ(bound("n").scalar.dump(), R"({"dtype":"int","value":12})");
    EXPECT_EQ(bound("flag").scalar.dump(), R"({"dtype":"bool","value":true})");
    EXPECT_EQ(bound("t").what, binding::kind::other);
    EXPECT_EQ(bound("d").what, binding::kind::other);
    EXPECT_EQ(bound("w").what, binding::kind::other);
}

TEST_F(EngineSideState, ARaisingStatementBindsNothing) {
    run("a = np.arange(3)\nr = a[:2]");
    const object_key before = bound("r").key;
    const std::vector<outcome> outcomes = run("r = a.reshape(4)\nq = np.zeros(-1)");
    ASSERT_EQ(outcomes[0].error, std::optional<std::string>("ValueError"));
    EXPECT_FALSE(outcomes[0].error_message.empty());
    EXPECT_EQ(bound("r").key, before);
    EXPECT_EQ(array("r").shape, (extents{2}));
    EXPECT_EQ(names().count("q"), 0u);
}

TEST_F(EngineSideState, InPlaceOperatorsKeepTheObject) {
    run("a = np.arange(3)\nb = a");
    const object_key before = bound("a").key;
    run("a += 1");
    EXPECT_EQ(bound("a").key, before);
    EXPECT_EQ(bound("b").key, before);
    EXPECT_EQ(array_values_text(array("a")).dump(), "[1,2,3]");
}

TEST_F(EngineSideState, IdResultsAreEncodedAsObjectKeys) {
    const std::vector<outcome> outcomes = run("a = np.arange(3)\nid(a)\n[id(a), 1]");
    EXPECT_EQ(outcomes[1].value, json({{"id", bound("a").key}}));
    EXPECT_EQ(outcomes[2].value, json::array({json({{"id", bound("a").key}}), 1}));
}

TEST_F(EngineSideState, SharingQuestionsGoToTheEngine) {
    run("a = np.arange(10)\neven = a[::2]\nodd = a[1::2]");
    EXPECT_TRUE(engine_.may_share_memory(bound("even").key, bound("odd").key));
    EXPECT_FALSE(engine_.shares_memory(bound("even").key, bound("odd").key));
    EXPECT_TRUE(engine_.shares_memory(bound("a").key, bound("odd").key));
}

TEST_F(EngineSideState, ResetForgetsEveryName) {
    run("a = np.arange(3)");
    engine_.reset();
    EXPECT_TRUE(engine_.state().names.empty());
    EXPECT_EQ(described(run("a")[0]), "error NameError");
}

TEST_F(EngineSideState, StatementsOtherThanExpressionsHaveNoValue) {
    const std::vector<outcome> outcomes = run("a = np.arange(4)\na[0] = 5\na.shape = (2, 2)\na += 1");
    for (const outcome& o : outcomes) EXPECT_EQ(described(o), "value null");
}

}  // namespace
}  // namespace conformance::engine_system_test
