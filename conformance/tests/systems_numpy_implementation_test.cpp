// Tests of the NumPy side: statements run as Python, state read from memory, values encoded per the
// contract, exception categories, id() and print(), and the sharing answers.
#include <gtest/gtest.h>

#include "systems/numpy/numpy_implementation.hpp"
#include "systems/numpy/numpy_values.hpp"
#include "contract/numpy_oracle.hpp"
#include "contract/snapshot.hpp"
#include "contract_test_support.hpp"

namespace conformance {
namespace {

class NumpyImplementation : public testing::Test {
protected:
    // Runs every statement of `text`; the outcome of the last.
    outcome run(const std::string& text) {
        outcome last;
        for (const cases::statement& statement : test_support::parse(text).statements) last = numpy.execute(statement);
        return last;
    }

    json value_of(const std::string& expression) {
        const outcome result = run(expression + "\n");
        EXPECT_FALSE(result.error.has_value()) << expression << ": " << result.error_message;
        return result.value;
    }

    const array_state& array_named(const raw_state& state, const std::string& name) {
        return state.arrays.at(state.names.at(name).key);
    }

    void SetUp() override { numpy.reset(); }

    // One instance for all tests, made on first use (not at static initialisation, before main).
    static numpy_implementation& shared_numpy() {
        static numpy_implementation instance;
        return instance;
    }

    numpy_implementation& numpy = shared_numpy();
};

TEST_F(NumpyImplementation, NamesTheNumpyVersionOfTheSelectedOracle) {
    const std::string expected = selected_numpy_oracle() == numpy_oracle::numpy_2 ? "numpy 2." : "numpy 1.24";
    EXPECT_EQ(numpy.name().rfind(expected, 0), 0u) << numpy.name();
}

TEST_F(NumpyImplementation, ReadsArraysThroughTheirStrides) {
    run("m = np.arange(12).reshape(3, 4)\nt = m[::-1, 1::2].T\n");
    const raw_state state = numpy.state();
    const array_state& t = array_named(state, "t");
    EXPECT_EQ(t.dtype, "int64");
    EXPECT_EQ(t.shape, (extents{2, 3}));
    EXPECT_EQ(t.strides, (extents{16, -32}));
    EXPECT_EQ(array_values_text(t), json::parse("[9, 5, 1, 11, 7, 3]"));
    EXPECT_FALSE(t.owndata);
    EXPECT_FALSE(t.c_contiguous);
    ASSERT_TRUE(t.base.has_value());
    EXPECT_EQ(t.base, array_named(state, "m").base);  // views collapse onto the owner, here unnamed
}

TEST_F(NumpyImplementation, EncodesEveryDtypeOfTheCaseLanguage) {
    run("b = np.array([True, False])\nu = np.array([255], dtype=np.uint8)\n"
        "w = np.array([18446744073709551615], dtype=np.uint64)\nf = np.array([np.nan, np.inf, -np.inf, 0.5], dtype=np.float32)\n"
        "c = np.array([1 + 2j], dtype=np.complex64)\ni = np.array([-3], dtype=np.int16)\n");
    const raw_state state = numpy.state();
    EXPECT_EQ(array_values_text(array_named(state, "b")), json::parse("[true, false]"));
    EXPECT_EQ(array_values_text(array_named(state, "u")), json::parse("[255]"));
    EXPECT_EQ(array_values_text(array_named(state, "w")), json::parse("[18446744073709551615]"));
    EXPECT_EQ(array_values_text(array_named(state, "f")), json::parse(R"(["nan", "inf", "-inf", 0.5])"));
    EXPECT_EQ(array_named(state, "c").dtype, "complex64");
    EXPECT_EQ(array_values_text(array_named(state, "c")), json::parse("[[1.0, 2.0]]"));
    EXPECT_EQ(array_values_text(array_named(state, "i")), json::parse("[-3]"));
}

TEST_F(NumpyImplementation, BindingsAreClassifiedAndAliasesShareKeys) {
    run("a = np.arange(3)\nb = a\ns = a[1]\np = 2.5\nq = True\nt = (1, 2)\n");
    const raw_state state = numpy.state();
    EXPECT_EQ(state.names.size(), 6u);  // np and as_strided are not the case's
    EXPECT_EQ(state.names.at("a").key, state.names.at("b").key);
    EXPECT_EQ(state.arrays.size(), 1u);
    EXPECT_EQ(state.names.at("s").what, binding::kind::numpy_scalar);
    EXPECT_EQ(state.names.at("s").scalar, json::parse(R"({"dtype": "int64", "value": 1})"));
    EXPECT_EQ(state.names.at("p").scalar, json::parse(R"({"dtype": "float", "value": 2.5})"));
    EXPECT_EQ(state.names.at("q").scalar, json::parse(R"({"dtype": "bool", "value": true})"));
    EXPECT_EQ(state.names.at("t").what, binding::kind::other);
}

TEST_F(NumpyImplementation, ArraysInsideTuplesAndListsAreNamedByTheirPosition) {
    run("a = np.arange(6)\nparts = np.split(a, 2)\nboth = [a, (a[1:], 3)]\n");
    const raw_state state = numpy.state();
    EXPECT_EQ(state.names.at("both[0]").key, state.names.at("a").key);
    EXPECT_EQ(state.names.at("both[1][0]").what, binding::kind::array);
    EXPECT_EQ(array_named(state, "parts[1]").base, state.names.at("a").key);
    EXPECT_EQ(state.names.count("both[1][1]"), 0u);
}

TEST_F(NumpyImplementation, EncodesStatementValues) {
    run("a = np.arange(4)\n");
    EXPECT_EQ(value_of("a.shape"), json::parse("[4]"));
    EXPECT_EQ(value_of("a.dtype"), "int64");
    EXPECT_EQ(value_of("a[1:3]"), json::parse(R"({"dtype": "int64", "shape": [2], "values": [1, 2]})"));
    EXPECT_EQ(value_of("np.float32(1.5)"), json::parse(R"({"dtype": "float32", "value": 1.5})"));
    EXPECT_EQ(value_of("2j"), json::parse("[0.0, 2.0]"));
    EXPECT_EQ(value_of("a.base is None"), true);
    EXPECT_EQ(value_of("a.tolist()"), json::parse("[0, 1, 2, 3]"));
    EXPECT_EQ(value_of("None"), nullptr);
    EXPECT_EQ(value_of("np.nan"), "nan");
    EXPECT_EQ(value_of("print('x', a.ndim)"), json::parse(R"(["x", 1])"));
}

TEST_F(NumpyImplementation, IdGivesAPlaceholderThatStillCompares) {
    run("a = np.arange(4)\nb = a\nc = a[:]\n");
    const raw_state state = numpy.state();
    EXPECT_EQ(value_of("id(a)"), json({{"id", state.names.at("a").key}}));
    EXPECT_EQ(value_of("id(a) == id(b)"), true);
    EXPECT_EQ(value_of("id(a) == id(c)"), false);
    EXPECT_EQ(value_of("id(a) != id(c)"), true);
}

TEST_F(NumpyImplementation, ExceptionsAreCategorised) {
    run("a = np.arange(6)\n");
    EXPECT_EQ(run("a[10]\n").error, "IndexError");
    EXPECT_EQ(run("a.reshape(4)\n").error, "ValueError");
    EXPECT_EQ(run("np.squeeze(a, axis=3)\n").error, "ValueError");  // np.AxisError: ValueError comes first
    EXPECT_EQ(run("a[1.0]\n").error, "IndexError");
    EXPECT_EQ(run("t = a.reshape(2, 3).T\nt.shape = 6\n").error, "AttributeError");
    EXPECT_EQ(run("undefined_name\n").error, "NameError");  // outside the categories: its own name
    const outcome failed = run("a.reshape(4)\n");
    EXPECT_NE(failed.error_message.find("reshape"), std::string::npos);
    EXPECT_EQ(failed.value, nullptr);
}

TEST_F(NumpyImplementation, SharingAnswersFollowTheArrays) {
    run("a = np.arange(10)\neven = a[::2]\nodd = a[1::2]\nc = a.copy()\n");
    raw_state state = numpy.state();
    auto key = [&](const char* name) { return state.names.at(name).key; };
    EXPECT_TRUE(numpy.shares_memory(key("a"), key("even")));
    EXPECT_FALSE(numpy.shares_memory(key("even"), key("odd")));
    EXPECT_TRUE(numpy.may_share_memory(key("odd"), key("even")));
    EXPECT_FALSE(numpy.may_share_memory(key("a"), key("c")));
    // In place, a view's layout changes: the answer must follow, not come from the cache.
    run("even.shape = (5, 1)\neven = a[:0]\n");
    state = numpy.state();
    EXPECT_FALSE(numpy.shares_memory(key("a"), key("even")));
}

TEST_F(NumpyImplementation, ResetForgetsEveryBinding) {
    run("a = np.arange(3)\n");
    numpy.reset();
    EXPECT_TRUE(numpy.state().names.empty());
    EXPECT_EQ(run("a\n").error, "NameError");
}

TEST_F(NumpyImplementation, ItemsizeFromTheDescriptorIsNumpysForEveryTypeCode) {
    // itemsize_of reads type_num in place and sizes the builtin types itself: against dtype.itemsize.
    namespace py = pybind11;
    const py::module_ np = py::module_::import("numpy");
    int checked = 0;
    for (const char code : np.attr("typecodes")["All"].cast<std::string>()) {
        for (const char* order : {"=", ">"}) {
            const py::dtype dtype(std::string(order) + code);
            EXPECT_EQ(itemsize_of(dtype), dtype.attr("itemsize").cast<std::size_t>()) << order << code;
            ++checked;
        }
    }
    EXPECT_GE(checked, 40);
}

}  // namespace
}  // namespace conformance
