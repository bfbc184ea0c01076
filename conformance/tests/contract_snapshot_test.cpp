// Tests of the snapshot: canonical names, bases by name or opaque id, identity groups, sharing pairs,
// {"id": key} placeholders and masked values, from a scripted state.
#include <gtest/gtest.h>

#include "contract/snapshot.hpp"
#include "contract_test_support.hpp"

namespace conformance {
namespace {

using test_support::array_binding;
using test_support::int64_array;

class RunnerSnapshot : public testing::Test {
protected:
    json step(const outcome& result = {}, const masked_values& masked = {}) {
        const raw_state state = system.state();
        return make_step(statement, result, state, sharing_table::ask(system, state), masked);
    }

    void bind(const std::string& name, object_key key, array_state array) {
        system.current.names[name] = array_binding(key);
        system.current.arrays[key] = std::move(array);
    }

    test_support::scripted_implementation system;
    cases::statement statement = test_support::parse("b = a\n").statements.at(0);
};

TEST_F(RunnerSnapshot, RecordsLineSourceAndOutcome) {
    outcome result;
    result.error = "ValueError";
    const json s = step(result);
    EXPECT_EQ(s["line"], 1);
    EXPECT_EQ(s["source"], "b = a");
    EXPECT_EQ(s["error"], "ValueError");
    EXPECT_EQ(s["value"], nullptr);
}

TEST_F(RunnerSnapshot, EveryAliasHasAnEntryAndBasesUseTheSmallestName) {
    bind("z", 1, int64_array());
    bind("a", 1, int64_array());
    bind("v", 2, int64_array(1));
    const json s = step();
    EXPECT_EQ(s["arrays"].size(), 3u);
    EXPECT_EQ(s["arrays"]["v"]["base"], "a");
    EXPECT_EQ(s["arrays"]["a"]["base"], nullptr);
    EXPECT_EQ(s["same_object"], json::parse(R"([["a", "z"]])"));
}

TEST_F(RunnerSnapshot, EntriesAreInContractOrderAndNamesSorted) {
    bind("b", 1, int64_array());
    bind("a", 2, int64_array());
    const json s = step();
    std::vector<std::string> names;
    for (const auto& [name, entry] : s["arrays"].items()) names.push_back(name);
    EXPECT_EQ(names, (std::vector<std::string>{"a", "b"}));
    std::vector<std::string> fields;
    for (const auto& [field, value] : s["arrays"]["a"].items()) fields.push_back(field);
    EXPECT_EQ(fields, (std::vector<std::string>{"dtype", "shape", "strides", "values", "base", "owndata", "writeable",
                                                "c_contiguous", "f_contiguous"}));
}

TEST_F(RunnerSnapshot, UnnamedBasesGetOpaqueIdsInNameOrder) {
    bind("c", 3, int64_array(100));  // visited last: its base was seen first through "a"
    bind("a", 1, int64_array(200));
    bind("b", 2, int64_array(100));
    const json s = step();
    EXPECT_EQ(s["arrays"]["a"]["base"], "#1");
    EXPECT_EQ(s["arrays"]["b"]["base"], "#2");
    EXPECT_EQ(s["arrays"]["c"]["base"], "#2");
}

TEST_F(RunnerSnapshot, IdPlaceholdersBecomeNamesOrContinueTheOpaqueNumbering) {
    bind("a", 1, int64_array(100));
    outcome result;
    result.value = json::array({json{{"id", object_key{1}}}, json{{"id", object_key{100}}}, json{{"id", object_key{7}}}, "id"});
    const json s = step(result);
    EXPECT_EQ(s["value"], json::array({"a", "#1", "#2", "id"}));
}

TEST_F(RunnerSnapshot, SharingPairsUseCanonicalNamesOfDistinctObjects) {
    bind("x", 1, int64_array());
    bind("b", 1, int64_array());
    bind("a", 2, int64_array());
    bind("c", 3, int64_array());
    system.set_sharing(1, 2, true, true);
    system.set_sharing(2, 3, false, true);
    const json s = step();
    EXPECT_EQ(s["shares_memory"], json::parse(R"([["a", "b"]])"));
    EXPECT_EQ(s["may_share_memory"], json::parse(R"([["a", "b"], ["a", "c"]])"));
}

TEST_F(RunnerSnapshot, ScalarsAreRecordedAndOtherBindingsAreNot) {
    binding scalar;
    scalar.what = binding::kind::numpy_scalar;
    scalar.scalar = {{"dtype", "int8"}, {"value", 3}};
    system.current.names["s"] = scalar;
    system.current.names["t"] = binding{};  // a tuple, say
    const json s = step();
    EXPECT_EQ(s["scalars"], json::parse(R"({"s": {"dtype": "int8", "value": 3}})"));
    EXPECT_TRUE(s["arrays"].empty());
}

TEST_F(RunnerSnapshot, MaskedNamesAndValueAreNull) {
    bind("e", 1, int64_array());
    bind("a", 2, int64_array());
    binding scalar;
    scalar.what = binding::kind::python_scalar;
    scalar.scalar = {{"dtype", "float"}, {"value", 1.5}};
    system.current.names["s"] = scalar;
    outcome result;
    result.value = 5;
    const json s = step(result, masked_values{{"e", "s"}, true});
    EXPECT_EQ(s["arrays"]["e"]["values"], nullptr);
    EXPECT_EQ(s["arrays"]["a"]["values"], json::array({0}));
    EXPECT_EQ(s["scalars"]["s"]["value"], nullptr);
    EXPECT_EQ(s["scalars"]["s"]["dtype"], "float");
    EXPECT_EQ(s["value"], nullptr);
}

}  // namespace
}  // namespace conformance
