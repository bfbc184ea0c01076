// Tests of the snapshot: canonical names, bases by name or opaque id, identity groups, sharing pairs,
// {"id": key} placeholders and masked values, from a scripted state; and the two systems' steps with values
// compared in memory (text only where they differ, a summary where text would be too long).
#include <gtest/gtest.h>

#include <vector>

#include "contract/readable_memory.hpp"
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

TEST_F(RunnerSnapshot, FlatIteratorsNameTheArrayTheyWalkAndFormIdentityGroups) {
    EXPECT_FALSE(step().contains("flatiters"));  // absent while no name is bound to one
    bind("a", 1, int64_array());
    binding it;
    it.what = binding::kind::flatiter;
    it.key = 7;
    it.walks = 1;
    system.current.names["it"] = it;
    system.current.names["same"] = it;
    binding unnamed_walk = it;
    unnamed_walk.key = 8;
    unnamed_walk.walks = 9;  // an array no name is bound to
    system.current.names["other"] = unnamed_walk;
    const json s = step();
    EXPECT_EQ(s["flatiters"], json::parse(R"({"it": {"base": "a"}, "other": {"base": "#1"}, "same": {"base": "a"}})"));
    EXPECT_EQ(s["same_object"], json::parse(R"([["it", "same"]])"));
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

// A float64 array over `elements` (the whole vector is its buffer), viewed from `first` with `shape` and
// byte `strides`.
array_state float64_view(const std::vector<double>& elements, std::int64_t first, extents shape,
                         extents strides) {
    array_state array;
    array.dtype = "float64";
    array.shape = std::move(shape);
    array.strides = std::move(strides);
    element_memory memory;
    memory.buffer_begin = reinterpret_cast<const std::byte*>(elements.data());
    memory.buffer_size = elements.size() * sizeof(double);
    memory.data = memory.buffer_begin + first * 8;
    memory.kind = element_kind::floating;
    memory.itemsize = 8;
    array.memory = memory;
    return array;
}

observation observed(std::map<std::string, std::pair<object_key, array_state>> arrays, masked_values masked = {}) {
    observation seen;
    for (auto& [name, bound] : arrays) {
        seen.state.names[name] = test_support::array_binding(bound.first);
        seen.state.arrays[bound.first] = std::move(bound.second);
    }
    seen.masked = std::move(masked);
    return seen;
}

class ComparedSteps : public testing::Test {
protected:
    std::pair<json, json> steps(const observation& oracle, const observation& engine,
                                values_text text = values_text::on_divergence) {
        return make_compared_steps(statement, oracle, engine, text);
    }

    cases::statement statement = test_support::parse("b = a\n").statements.at(0);
};

TEST_F(ComparedSteps, EqualValuesInOtherMemoryAreMarkedEqualUnlessTheTraceNeedsText) {
    const std::vector<double> mine{1, 2, -0.0}, theirs{1, 2, 0.0};
    const observation oracle = observed({{"a", {1, float64_view(mine, 0, {3}, {8})}}});
    const observation engine = observed({{"a", {7, float64_view(theirs, 0, {3}, {8})}}});
    const auto [o, e] = steps(oracle, engine);
    EXPECT_EQ(o["arrays"]["a"]["values"], values_compared_equal());
    EXPECT_EQ(e["arrays"]["a"]["values"], values_compared_equal());
    const auto [text_o, text_e] = steps(oracle, engine, values_text::always);
    EXPECT_EQ(text_o["arrays"]["a"]["values"].dump(), "[1.0,2.0,-0.0]");
    EXPECT_EQ(text_e["arrays"]["a"]["values"].dump(), "[1.0,2.0,0.0]");
    EXPECT_EQ(text_o, make_step(statement, {}, oracle.state, {}, {}));
}

TEST_F(ComparedSteps, DifferingValuesAreWrittenAsText) {
    const std::vector<double> mine{1, 2, 3}, theirs{1, 5, 3};
    const auto [o, e] = steps(observed({{"a", {1, float64_view(mine, 0, {3}, {8})}}}),
                              observed({{"a", {1, float64_view(theirs, 0, {3}, {8})}}}));
    EXPECT_EQ(o["arrays"]["a"]["values"].dump(), "[1.0,2.0,3.0]");
    EXPECT_EQ(e["arrays"]["a"]["values"].dump(), "[1.0,5.0,3.0]");
}

TEST_F(ComparedSteps, ABufferThatDiffersOutsideAViewStillComparesTheViewsElements) {
    // The views sit at the same place in buffers of one size; the buffers differ only past the views.
    const std::vector<double> mine{1, 2, 3, 4}, theirs{1, 2, 3, 9};
    const auto [o, e] = steps(observed({{"a", {1, float64_view(mine, 0, {3}, {8})}}}),
                              observed({{"a", {1, float64_view(theirs, 0, {3}, {8})}}}));
    EXPECT_EQ(o["arrays"]["a"]["values"], values_compared_equal());
    // And views of equal buffers at another offset or stride are compared by their elements too.
    const std::vector<double> same{4, 4, 4, 4};
    const auto [o2, e2] = steps(observed({{"a", {1, float64_view(same, 0, {2}, {16})}}}),
                                observed({{"a", {1, float64_view(same, 1, {2}, {8})}}}));
    EXPECT_EQ(o2["arrays"]["a"]["values"], values_compared_equal());
}

TEST_F(ComparedSteps, MaskedOrMismatchedArraysKeepTheirOwnText) {
    const std::vector<double> values{1, 2};
    const auto [o, e] = steps(observed({{"a", {1, float64_view(values, 0, {2}, {8})}},
                                        {"b", {2, float64_view(values, 0, {2}, {8})}}},
                                       masked_values{{"a"}, false}),
                              observed({{"a", {1, float64_view(values, 0, {2}, {8})}},
                                        {"b", {2, float64_view(values, 0, {1, 2}, {16, 8})}}}));
    EXPECT_EQ(o["arrays"]["a"]["values"], nullptr);
    EXPECT_EQ(e["arrays"]["a"]["values"].dump(), "[1.0,2.0]");
    EXPECT_EQ(o["arrays"]["b"]["values"].dump(), "[1.0,2.0]");  // shapes differ: not compared in place
    EXPECT_EQ(e["arrays"]["b"]["values"].dump(), "[1.0,2.0]");
}

TEST_F(ComparedSteps, ValuesTooLongForTextAreSummarisedAtTheirFirstDifference) {
    // Zero-stride views: more elements than text allows, over one element of memory.
    const std::vector<double> one{1}, two{2};
    const std::int64_t n = max_text_elements + 1;
    const auto [o, e] = steps(observed({{"a", {1, float64_view(one, 0, {n}, {0})}}}),
                              observed({{"a", {1, float64_view(two, 0, {n}, {0})}}}));
    EXPECT_EQ(o["arrays"]["a"]["values"], json::parse(R"({"elements": 10000001, "first difference at": 0, "element": 1.0})"));
    EXPECT_EQ(e["arrays"]["a"]["values"], json::parse(R"({"elements": 10000001, "first difference at": 0, "element": 2.0})"));
    const auto [same_o, same_e] = steps(observed({{"a", {1, float64_view(one, 0, {n}, {0})}}}),
                                        observed({{"a", {1, float64_view(one, 0, {n}, {0})}}}));
    EXPECT_EQ(same_o["arrays"]["a"]["values"], values_compared_equal());
    EXPECT_THROW(steps(observed({{"a", {1, float64_view(one, 0, {n}, {0})}}}),
                       observed({{"a", {1, float64_view(one, 0, {n}, {0})}}}), values_text::always),
                 std::length_error);
}

// steps_certainly_equal against the steps themselves: each pair of observations is either certainly equal (and
// then its built steps have no differing field) or it is not, and observed_difference names the field the steps'
// comparison names. Both outcomes are counted, so that a shortcut that never answers true fails too.
class StepsCertainlyEqual : public testing::Test {
protected:
    // An observation of `arrays`, with sharing answered by `shares` (pairs of keys that share and may share).
    static observation seen(std::map<std::string, std::pair<object_key, array_state>> arrays,
                            std::vector<std::pair<object_key, object_key>> shares = {}) {
        test_support::scripted_implementation system;
        for (auto& [name, bound] : arrays) {
            system.current.names[name] = test_support::array_binding(bound.first);
            system.current.arrays[bound.first] = std::move(bound.second);
        }
        for (const auto& [a, b] : shares) system.set_sharing(a, b, true, true);
        observation result;
        result.state = system.state();
        result.sharing = sharing_table::ask(system, result.state);
        return result;
    }

    // Checks one pair: certainly equal, or not with `path` as the first difference ("" for equal steps).
    void expect(const observation& oracle, const observation& engine, bool certainly_equal, const std::string& path) {
        const bool equal = steps_certainly_equal(oracle, engine);
        EXPECT_EQ(equal, certainly_equal) << path;
        const auto built = make_compared_steps(statement, oracle, engine, values_text::on_divergence);
        const auto found = first_difference(built.first, built.second);
        EXPECT_EQ(found ? found->path : "", path);
        if (equal) {
            EXPECT_FALSE(found.has_value()) << found->path;
        }
        const auto observed = observed_difference(statement, oracle, engine);
        EXPECT_EQ(observed ? observed->path : "", path);
        ++(equal ? counted_equal : counted_not);
    }

    void TearDown() override {
        if (counted_equal + counted_not > 1) {
            EXPECT_GT(counted_equal, 0);
            EXPECT_GT(counted_not, 0);
        }
    }

    cases::statement statement = test_support::parse("b = a\n").statements.at(0);
    int counted_equal = 0;
    int counted_not = 0;
};

TEST_F(StepsCertainlyEqual, ArraysAndValuesInOtherMemoryUnderOtherKeys) {
    const std::vector<double> mine{1, 2, -0.0}, theirs{1, 2, 0.0}, other{1, 3, 0.0};
    expect(seen({{"a", {1, float64_view(mine, 0, {3}, {8})}}}), seen({{"a", {7, float64_view(theirs, 0, {3}, {8})}}}),
           true, "");
    expect(seen({{"a", {1, float64_view(mine, 0, {3}, {8})}}}), seen({{"a", {7, float64_view(other, 0, {3}, {8})}}}),
           false, "arrays.a.values");
    expect(seen({{"a", {1, float64_view(mine, 0, {3}, {8})}}}), seen({{"a", {7, float64_view(mine, 0, {1, 3}, {24, 8})}}}),
           false, "arrays.a.shape");
    expect(seen({{"a", {1, float64_view(mine, 0, {1}, {8})}}}), seen({{"a", {7, float64_view(mine, 0, {1}, {16})}}}),
           false, "arrays.a.strides");
    array_state read_only = float64_view(mine, 0, {3}, {8});
    read_only.writeable = !read_only.writeable;
    expect(seen({{"a", {1, float64_view(mine, 0, {3}, {8})}}}), seen({{"a", {1, read_only}}}), false, "arrays.a.writeable");
    expect(seen({{"a", {1, float64_view(mine, 0, {3}, {8})}}}), seen({{"b", {1, float64_view(mine, 0, {3}, {8})}}}),
           false, "arrays.a");
}

TEST_F(StepsCertainlyEqual, BasesByNameOrOpaqueIdAndIdentityGroups) {
    using test_support::int64_array;
    // Bases by canonical name, whatever the keys.
    expect(seen({{"a", {1, int64_array()}}, {"v", {2, int64_array(1)}}}),
           seen({{"a", {5, int64_array()}}, {"v", {6, int64_array(5)}}}), true, "");
    expect(seen({{"a", {1, int64_array()}}, {"v", {2, int64_array(1)}}}),
           seen({{"a", {5, int64_array()}}, {"v", {6, int64_array(99)}}}), false, "arrays.v.base");
    // Unnamed bases: equal where both sides' views share one unnamed base or both have two.
    expect(seen({{"v", {2, int64_array(100)}}, {"w", {3, int64_array(100)}}}),
           seen({{"v", {6, int64_array(200)}}, {"w", {7, int64_array(200)}}}), true, "");
    expect(seen({{"v", {2, int64_array(100)}}, {"w", {3, int64_array(100)}}}),
           seen({{"v", {6, int64_array(200)}}, {"w", {7, int64_array(201)}}}), false, "arrays.w.base");
    // Aliases: one object under two names on one side, two equal objects on the other.
    expect(seen({{"a", {1, int64_array()}}, {"z", {1, int64_array()}}}),
           seen({{"a", {5, int64_array()}}, {"z", {5, int64_array()}}}), true, "");
    expect(seen({{"a", {1, int64_array()}}, {"z", {1, int64_array()}}}),
           seen({{"a", {5, int64_array()}}, {"z", {6, int64_array()}}}), false, "same_object");
}

TEST_F(StepsCertainlyEqual, SharingPairsByName) {
    using test_support::int64_array;
    expect(seen({{"a", {1, int64_array()}}, {"b", {2, int64_array()}}}, {{1, 2}}),
           seen({{"a", {5, int64_array()}}, {"b", {6, int64_array()}}}, {{5, 6}}), true, "");
    expect(seen({{"a", {1, int64_array()}}, {"b", {2, int64_array()}}}, {{1, 2}}),
           seen({{"a", {5, int64_array()}}, {"b", {6, int64_array()}}}), false, "shares_memory");
    expect(seen({{"a", {1, int64_array()}}, {"b", {2, int64_array()}}, {"c", {3, int64_array()}}}, {{1, 3}}),
           seen({{"a", {5, int64_array()}}, {"b", {6, int64_array()}}, {"c", {7, int64_array()}}}, {{6, 7}}), false,
           "shares_memory");
}

TEST_F(StepsCertainlyEqual, ErrorsValuesScalarsAndWhatItLeavesToTheSteps) {
    using test_support::int64_array;
    observation raised = seen({{"a", {1, int64_array()}}});
    raised.result.error = "IndexError";
    expect(raised, raised, true, "");
    expect(raised, seen({{"a", {1, int64_array()}}}), false, "error");
    observation valued = seen({});
    valued.result.value = json::parse(R"({"dtype": "int64", "value": 3})");
    observation other_value = valued;
    other_value.result.value["value"] = 3.0;  // numbers by value
    expect(valued, other_value, true, "");
    other_value.result.value["value"] = true;  // booleans never equal numbers
    expect(valued, other_value, false, "value");
    observation scalar = seen({});
    scalar.state.names["s"].what = binding::kind::numpy_scalar;
    scalar.state.names["s"].scalar = json::parse(R"({"dtype": "float64", "value": "nan"})");
    expect(scalar, scalar, true, "");
    observation other_scalar = scalar;
    other_scalar.state.names["s"].scalar["dtype"] = "float32";
    expect(scalar, other_scalar, false, "scalars.s.dtype");
    // Names bound to something a step leaves out (a module, a function), on one side only.
    observation with_module = seen({{"a", {1, int64_array()}}});
    with_module.state.names["np"].what = binding::kind::other;
    with_module.state.names["zz"].what = binding::kind::other;
    expect(with_module, seen({{"a", {5, int64_array()}}}), true, "");
    expect(seen({{"a", {5, int64_array()}}}), with_module, true, "");
    // Left to the steps: an id(X) in the value (named per side), a masked name.
    observation with_id = seen({{"a", {1, int64_array()}}});
    with_id.result.value = json{{"id", object_key{1}}};
    observation with_other_id = seen({{"a", {5, int64_array()}}});
    with_other_id.result.value = json{{"id", object_key{5}}};
    expect(with_id, with_other_id, false, "");
    observation masked = seen({{"a", {1, int64_array()}}});
    masked.masked.names = {"a"};
    expect(masked, seen({{"a", {1, int64_array()}}}), false, "arrays.a.values");
    // Masked on both sides: the values are left out, the rest compared.
    observation other_masked = seen({{"a", {5, int64_array()}}});
    other_masked.state.arrays[5].values = json::array({7});
    other_masked.masked.names = {"a"};
    expect(masked, other_masked, true, "");
    other_masked.state.arrays[5].strides = {16};
    expect(masked, other_masked, false, "arrays.a.strides");
    observation masked_scalar = scalar, other_masked_scalar = scalar;
    masked_scalar.masked.names = other_masked_scalar.masked.names = {"s"};
    other_masked_scalar.state.names["s"].scalar["value"] = 2.5;
    expect(masked_scalar, other_masked_scalar, true, "");
    other_masked_scalar.state.names["s"].scalar["dtype"] = "float32";
    expect(masked_scalar, other_masked_scalar, false, "scalars.s.dtype");
}

}  // namespace
}  // namespace conformance
