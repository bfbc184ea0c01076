// Tests of the uninitialised-memory rule: what a statement is decided to read, write and clear, and the
// resulting null values in traces recorded from NumPy.
#include <gtest/gtest.h>

#include "systems/numpy/numpy_implementation.hpp"
#include "contract/step_recorder.hpp"
#include "contract/uninitialised.hpp"
#include "contract_test_support.hpp"

namespace conformance {
namespace {

// The trace NumPy gives for `text` (one statement per line).
json numpy_steps(const std::string& text) {
    static numpy_implementation numpy;
    return record_trace(test_support::parse(text), "case.py", numpy).trace["steps"];
}

uninitialised_effect effect_of(const std::string& statement) {
    return uninitialised_memory().analyse(test_support::parse(statement + "\n").statements.at(0));
}

TEST(RunnerUninitialised, EmptyIsASourceButItsMetadataIsNot) {
    EXPECT_TRUE(effect_of("e = np.empty(3)").rebinding_reads_uninitialised);
    EXPECT_TRUE(effect_of("e = np.empty_like(a) + 1").rebinding_reads_uninitialised);
    EXPECT_FALSE(effect_of("n = np.empty(3).shape").rebinding_reads_uninitialised);
    EXPECT_TRUE(effect_of("np.empty((2, 2))").value_reads_uninitialised);
    EXPECT_FALSE(effect_of("np.empty((2, 2)).strides").value_reads_uninitialised);
    EXPECT_FALSE(effect_of("np.empty(2).flags.owndata").value_reads_uninitialised);
    EXPECT_FALSE(effect_of("np.shares_memory(np.empty(2), a)").value_reads_uninitialised);
    EXPECT_FALSE(effect_of("np.empty(2) is None").value_reads_uninitialised);
    EXPECT_FALSE(effect_of("id(np.empty(2)) == id(a)").value_reads_uninitialised);
    EXPECT_FALSE(effect_of("z = np.zeros_like(np.empty(2))").rebinding_reads_uninitialised);
    EXPECT_TRUE(effect_of("z = np.full_like(a, np.empty(2)[0])").rebinding_reads_uninitialised);
}

TEST(RunnerUninitialised, AMaskedUfuncResultWithoutOutIsASource) {
    EXPECT_TRUE(effect_of("r = np.add(a, 1, where=m)").rebinding_reads_uninitialised);
    EXPECT_TRUE(effect_of("r = np.negative(a, where=a > 1)").rebinding_reads_uninitialised);
    EXPECT_EQ(effect_of("np.copyto(o, np.less(a, 3, where=m))").written_with_garbage, std::vector<std::string>{"o"});
    EXPECT_FALSE(effect_of("r = np.add(a, 1, out=o, where=m)").rebinding_reads_uninitialised);
    EXPECT_FALSE(effect_of("r = np.add(a, 1, o, where=m)").rebinding_reads_uninitialised);  // out by position
    EXPECT_FALSE(effect_of("r = np.add(a, 1, where=True)").rebinding_reads_uninitialised);
    EXPECT_FALSE(effect_of("r = np.copyto(o, a, where=m)").rebinding_reads_uninitialised);  // not a ufunc
}

TEST(RunnerUninitialised, WritesOfGarbageFlagTheArrayWrittenTo) {
    EXPECT_EQ(effect_of("m[1][2] = np.empty(1)[0]").written_with_garbage, std::vector<std::string>{"m"});
    EXPECT_EQ(effect_of("m += np.empty(3)").written_with_garbage, std::vector<std::string>{"m"});
    EXPECT_EQ(effect_of("m.T[0] -= np.empty(3)").written_with_garbage, std::vector<std::string>{"m"});
    EXPECT_EQ(effect_of("np.copyto(m[1:], np.empty(2))").written_with_garbage, std::vector<std::string>{"m"});
    EXPECT_EQ(effect_of("m.fill(np.empty(1)[0])").written_with_garbage, std::vector<std::string>{"m"});
    EXPECT_TRUE(effect_of("m[0] = 1").written_with_garbage.empty());
}

TEST(RunnerUninitialised, PositionalWritesAndOutArgumentsFlagTheirTarget) {
    EXPECT_EQ(effect_of("m.put([0], np.empty(1))").written_with_garbage, std::vector<std::string>{"m"});
    EXPECT_EQ(effect_of("np.putmask(m, t, np.empty(3))").written_with_garbage, std::vector<std::string>{"m"});
    EXPECT_EQ(effect_of("np.take(np.empty(3), [0], out=o)").written_with_garbage, std::vector<std::string>{"o"});
    EXPECT_EQ(effect_of("m.real = np.empty(3)").written_with_garbage, std::vector<std::string>{"m"});
    EXPECT_TRUE(effect_of("m.put([0], 1)").written_with_garbage.empty());
    EXPECT_TRUE(effect_of("np.place(m, t, 1)").written_in_full.empty());  // a partial write never clears
}

// Writes that move an array's own elements (sorting, partitioning: garbage only where the array reads it, below),
// ufunc.at and a ufunc's out by position.
TEST(RunnerUninitialised, InPlaceSortsUfuncAtAndPositionalOutsWriteTheirTarget) {
    EXPECT_TRUE(effect_of("m.sort()").written_with_garbage.empty());
    EXPECT_EQ(effect_of("np.add.at(m, [0], np.empty(1))").written_with_garbage, std::vector<std::string>{"m"});
    EXPECT_EQ(effect_of("np.add(np.empty(1), 1, o)").written_with_garbage, std::vector<std::string>{"o"});
    EXPECT_TRUE(effect_of("np.add(m, 1, o)").written_with_garbage.empty());
}

// Garbage written into an array reaches every array sharing its memory: a view a clean fill had cleared is flagged
// again, and stays left out once the written array's name is gone (e.sort() may move e's garbage into v).
TEST(RunnerUninitialised, GarbageWrittenIntoAnArrayFlagsEveryArraySharingIt) {
    const json steps = numpy_steps("e = np.empty(4)\nv = e[:3]\nv.fill(2)\ne.sort()\ne = np.zeros(1)\nw = v\n");
    EXPECT_EQ(steps[2]["arrays"]["v"]["values"], nullptr);  // still shares with the flagged e
    EXPECT_EQ(steps[3]["arrays"]["v"]["values"], nullptr);
    EXPECT_EQ(steps[4]["arrays"]["v"]["values"], nullptr);  // e rebound: v itself is flagged now
    EXPECT_EQ(steps[5]["arrays"]["w"]["values"], nullptr);
}

TEST(RunnerUninitialised, ArraysInsideAFlaggedListAreLeftOut) {
    const json steps = numpy_steps("parts = np.split(np.empty(4), 2)\nkept = np.split(np.zeros(4), 2)\n");
    EXPECT_TRUE(steps[1]["arrays"]["parts[0]"]["values"].is_null());
    EXPECT_EQ(steps[1]["arrays"]["kept[1]"]["values"], json::parse("[0.0, 0.0]"));
}

TEST(RunnerUninitialised, OnlyFullWritesOfANameClear) {
    EXPECT_EQ(effect_of("e[:] = 1").written_in_full, std::vector<std::string>{"e"});
    EXPECT_EQ(effect_of("e[...] = 1").written_in_full, std::vector<std::string>{"e"});
    EXPECT_EQ(effect_of("e[:, ...] = 1").written_in_full, std::vector<std::string>{"e"});
    EXPECT_EQ(effect_of("e.fill(0)").written_in_full, std::vector<std::string>{"e"});
    EXPECT_EQ(effect_of("np.copyto(e, 0)").written_in_full, std::vector<std::string>{"e"});
    EXPECT_TRUE(effect_of("e[0:] = 1").written_in_full.empty());
    EXPECT_TRUE(effect_of("e[:, 0] = 1").written_in_full.empty());
    EXPECT_TRUE(effect_of("e[[0, 1, 2]] = 1").written_in_full.empty());
    EXPECT_TRUE(effect_of("e[()] = 1").written_in_full.empty());
    EXPECT_TRUE(effect_of("e.T[:] = 1").written_in_full.empty());
    EXPECT_TRUE(effect_of("e[:] = np.empty(3)").written_in_full.empty());
}

TEST(RunnerUninitialised, EmptyArraysAndTheirViewsHaveNoValues) {
    const json steps = numpy_steps("a = np.arange(4)\ne = np.empty(4)\nv = e[1:]\nw = a[1:]\n");
    EXPECT_EQ(steps[1]["arrays"]["e"]["values"], nullptr);
    EXPECT_EQ(steps[2]["arrays"]["v"]["values"], nullptr);
    EXPECT_EQ(steps[3]["arrays"]["w"]["values"], json::array({1, 2, 3}));
    EXPECT_EQ(steps[3]["arrays"]["a"]["values"], json::array({0, 1, 2, 3}));
}

TEST(RunnerUninitialised, AFullWriteOfTheVeryObjectClearsItAndItsAliases) {
    const json steps = numpy_steps("e = np.empty(3)\nf = e\ne[:2] = 0\ne[:] = 1\nf\n");
    EXPECT_EQ(steps[2]["arrays"]["e"]["values"], nullptr);
    EXPECT_EQ(steps[3]["arrays"]["f"]["values"], json::array({1.0, 1.0, 1.0}));
    EXPECT_EQ(steps[4]["value"]["values"], json::array({1.0, 1.0, 1.0}));
}

TEST(RunnerUninitialised, AViewStaysUninitialisedUntilWrittenItself) {
    const json steps = numpy_steps("e = np.empty(3)\nv = e[1:]\ne.fill(2)\nv[...] = 5\n");
    EXPECT_EQ(steps[2]["arrays"]["e"]["values"], nullptr);  // v is still uninitialised and overlaps e
    EXPECT_EQ(steps[3]["arrays"]["e"]["values"], json::array({2.0, 5.0, 5.0}));
}

TEST(RunnerUninitialised, GarbageSpreadsThroughReadsAndWrites) {
    const json steps = numpy_steps("e = np.empty(3)\nc = e.copy()\ns = e[0]\na = np.zeros(3)\nnp.copyto(a, e)\n"
                                   "n = e.size\ne.shape\n");
    EXPECT_EQ(steps[1]["arrays"]["c"]["values"], nullptr);
    EXPECT_EQ(steps[2]["scalars"]["s"]["value"], nullptr);
    EXPECT_EQ(steps[2]["scalars"]["s"]["dtype"], "float64");
    EXPECT_EQ(steps[3]["arrays"]["a"]["values"], json::array({0.0, 0.0, 0.0}));
    EXPECT_EQ(steps[4]["arrays"]["a"]["values"], nullptr);
    EXPECT_EQ(steps[5]["scalars"]["n"]["value"], 3);
    EXPECT_EQ(steps[6]["value"], json::array({3}));
}

TEST(RunnerUninitialised, AFailedClearingWriteClearsNothing) {
    const json steps = numpy_steps("e = np.empty(3)\ne[:] = [1, 2]\ne.flags.writeable = False\ne.fill(1)\n");
    EXPECT_EQ(steps[1]["error"], "ValueError");
    EXPECT_EQ(steps[1]["arrays"]["e"]["values"], nullptr);
    EXPECT_EQ(steps[3]["error"], "ValueError");
    EXPECT_EQ(steps[3]["arrays"]["e"]["values"], nullptr);
}

TEST(RunnerUninitialised, RebindingToCleanDataUnflags) {
    const json steps = numpy_steps("e = np.empty(2)\ne = np.ones(2)\n");
    EXPECT_EQ(steps[1]["arrays"]["e"]["values"], json::array({1.0, 1.0}));
}

}  // namespace
}  // namespace conformance
