// Tests of assign_subscript (a[index] = value) and flat_assign_item (a.flat[index] = value): what NumPy refuses
// first, when the value is converted, and the one-element, view and fancy paths a value that is not an array takes.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "engine/flat_iterator.hpp"
#include "engine/semantics.hpp"
#include "engine/subscript_assignment.hpp"
#include "test_support.hpp"

namespace engine {
namespace {

using testing::expect_error;
using testing::iota;
using testing::ints;
using kind = assigned_value::kind;

nested number(double v) { return {from_python_number(make_float64(v))}; }
nested number(std::int64_t v) { return {from_python_number(make_int64(v))}; }

// A Python value whose conversions are counted.
struct counted {
    int conversions = 0;
    assigned_value of(kind what, nested contents, bool truth = true) {
        assigned_value v;
        v.what = what;
        v.truth = truth;
        v.contents = [this, contents](dtype) {
            ++conversions;
            return contents;
        };
        return v;
    }
};

index_expr at(std::initializer_list<std::int64_t> positions) {
    index_expr where;
    for (const std::int64_t p : positions) where.push_back(p);
    return where;
}

TEST(AssignSubscript, ReadOnlyFirstThenTheIndexThenTheValue) {
    const array a = iota({3});
    a->set_writeable(false);
    counted value;
    int index_conversions = 0;
    const auto index = [&] {
        ++index_conversions;
        return at({7});
    };
    expect_error([&] { assign_subscript(a, index, value.of(kind::scalar, number(std::int64_t{1}))); },
                 error_category::value_error, "assignment destination is read-only");
    EXPECT_EQ(index_conversions, 0);
    a->set_writeable(true);
    expect_error([&] { assign_subscript(a, index, value.of(kind::scalar, number(std::int64_t{1}))); },
                 error_category::index_error, "index 7 is out of bounds for axis 0 with size 3");
    EXPECT_EQ(value.conversions, 0);
}

TEST(AssignSubscript, OneElementRefusesASequenceWithoutConvertingIt) {
    const array a = iota({2, 2});
    counted value;
    const auto list = value.of(kind::list, {std::vector<nested>{number(std::int64_t{5})}});
    {
        scoped_semantics numpy_1_24(semantics::numpy_1_24());
        expect_error([&] { assign_subscript(a, [] { return at({1, 1}); }, list); }, error_category::value_error,
                     "setting an array element with a sequence.");
    }
    scoped_semantics numpy_2(semantics::numpy_2());
    expect_error([&] { assign_subscript(a, [] { return at({1, 1}); }, list); }, error_category::type_error,
                 "int() argument must be a string, a bytes-like object or a real number, not 'list'");
    const array z = ndarray::allocate(dtype::complex128, {2});
    expect_error([&] { assign_subscript(z, [] { return at({0}); }, value.of(kind::tuple, {std::vector<nested>{}})); },
                 error_category::type_error, "must be real number, not tuple");
    EXPECT_EQ(value.conversions, 0);
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{0, 1, 2, 3}));
}

TEST(AssignSubscript, OneBoolElementTakesTheTruthOfASequence) {
    const array b = ndarray::allocate(dtype::bool_, {2});
    counted value;
    assign_subscript(b, [] { return at({0}); }, value.of(kind::list, {std::vector<nested>{number(0.0)}}, true));
    assign_subscript(b, [] { return at({1}); }, value.of(kind::tuple, {std::vector<nested>{}}, false));
    EXPECT_EQ(ints(*b), (std::vector<std::int64_t>{1, 0}));  // a non-empty list is true, even of a zero
    EXPECT_EQ(value.conversions, 0);
}

// An array of one element with dimensions: NumPy 1.24 converts its element as a Python number, NumPy 2 refuses it;
// both take the truth of any array into a bool element, and 1.24 the truth of an empty one (False).
TEST(AssignElement, AnArrayWithDimensionsIsAPythonNumberUnder1_24AndRefusedUnder2) {
    const array one = iota({1}, dtype::float64);
    store_element(dtype::float64, one->data(), make_float64(2.5));
    const array empty = ndarray::allocate(dtype::float64, {0});
    const auto of = [](const array& values) { return assigned_value::of(values); };
    const array i = iota({2}, dtype::int16);
    const array b = ndarray::allocate(dtype::bool_, {2});
    const array z = ndarray::allocate(dtype::complex128, {1});
    {
        scoped_semantics numpy_1_24(semantics::numpy_1_24());
        assign_subscript(i, [] { return at({1}); }, of(one));
        EXPECT_EQ(ints(*i), (std::vector<std::int64_t>{0, 2}));  // int(2.5)
        store_element(dtype::bool_, b->data(), make_bool(true));
        assign_element(ndarray::view_of(b, dtype::bool_, {}, {}, 0), of(empty));
        EXPECT_EQ(ints(*b), (std::vector<std::int64_t>{0, 0}));
        expect_error([&] { assign_subscript(z, [] { return at({0}); }, of(empty)); }, error_category::type_error,
                     "only length-1 arrays can be converted to Python scalars");
    }
    scoped_semantics numpy_2(semantics::numpy_2());
    expect_error([&] { assign_subscript(i, [] { return at({0}); }, of(one)); }, error_category::value_error,
                 "setting an array element with a sequence.");
    expect_error([&] { assign_subscript(z, [] { return at({0}); }, of(one)); }, error_category::type_error,
                 "only 0-dimensional arrays can be converted to Python scalars");
    expect_error([&] { assign_subscript(b, [] { return at({0}); }, of(empty)); }, error_category::value_error,
                 "setting an array element with a sequence.");
    assign_subscript(b, [] { return at({1}); }, of(one));
    EXPECT_EQ(ints(*b), (std::vector<std::int64_t>{0, 1}));
    EXPECT_EQ(ints(*i), (std::vector<std::int64_t>{0, 2}));
}

TEST(AssignSubscript, ZeroDIntegerIndexArraysAreIntegersOfTheOneElementPath) {
    const array b = ndarray::allocate(dtype::bool_, {2, 2});
    counted value;
    const array row = iota({}, dtype::int8);
    store_element(dtype::int8, row->data(), scalar{dtype::int8, std::int64_t{-1}});
    // A list into one bool element is its truth; broadcast into two elements it would be refused (two values).
    assign_subscript(b, [&] { return index_expr{row, std::int64_t{0}}; },
                     value.of(kind::list, {std::vector<nested>{number(0.0), number(0.0)}}, true));
    EXPECT_EQ(ints(*b), (std::vector<std::int64_t>{0, 0, 1, 0}));
    EXPECT_EQ(value.conversions, 0);
}

TEST(AssignSubscript, AViewOfTheValuesShapeIsFilledElementByElement) {
    const array a = iota({3});
    counted value;
    const nested row{std::vector<nested>{number(7.0), number(std::nan("")), number(9.0)}};
    expect_error([&] { assign_subscript(a, [] { return index_expr{slice_spec{}}; }, value.of(kind::list, row)); },
                 error_category::value_error, "cannot convert float NaN to integer");
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{7, 1, 2}));  // the element before the NaN is written
    const nested deeper{std::vector<nested>{row}};
    expect_error([&] { assign_subscript(a, [] { return index_expr{slice_spec{}}; }, value.of(kind::list, deeper)); },
                 error_category::value_error,
                 "setting an array element with a sequence. The requested array would exceed the maximum number of "
                 "dimension of 1.");
}

TEST(AssignSubscript, AnotherShapeGoesThroughATemporaryFirst) {
    const array a = iota({2, 3});
    counted value;
    // A row broadcast to both rows: converted whole before anything is written, so a NaN leaves a untouched.
    const nested bad_row{std::vector<nested>{number(7.0), number(8.0), number(std::nan(""))}};
    expect_error([&] { assign_subscript(a, [] { return index_expr{slice_spec{}}; }, value.of(kind::list, bad_row)); },
                 error_category::value_error, "cannot convert float NaN to integer");
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{0, 1, 2, 3, 4, 5}));
    const nested row{std::vector<nested>{number(7.0), number(8.0), number(9.0)}};
    assign_subscript(a, [] { return index_expr{slice_spec{}}; }, value.of(kind::list, row));
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{7, 8, 9, 7, 8, 9}));
}

TEST(FlatAssignItem, OneBoolElementTakesTheValuesTruthWhateverTheIndexSpelling) {
    counted value;
    for (const auto& index : {flat_index{at({1})}, flat_index{true}}) {
        const array b = ndarray::allocate(dtype::bool_, {3});
        flat_assign_item(b, [&] { return index; }, value.of(kind::list, {std::vector<nested>{number(0.0)}}, true));
        EXPECT_EQ(ints(*b), (std::vector<std::int64_t>{std::holds_alternative<bool>(index) ? 1 : 0,
                                                        std::holds_alternative<bool>(index) ? 0 : 1, 0}));
    }
    EXPECT_EQ(value.conversions, 0);  // the truth, not the contents
    // Into another dtype one element refuses a sequence.
    const array i = ndarray::allocate(dtype::int16, {3});
    expect_error([&] { flat_assign_item(i, [] { return flat_index{at({1})}; },
                                        value.of(kind::list, {std::vector<nested>{number(1.0), number(2.0)}})); },
                 error_category::value_error, "Error setting single item of array.");
}

TEST(FlatAssignItem, ReadOnlyBeforeTheIndex) {
    const array b = ndarray::allocate(dtype::bool_, {3});
    b->set_writeable(false);
    int index_conversions = 0;
    counted value;
    expect_error([&] { flat_assign_item(b, [&] { ++index_conversions; return flat_index{true}; },
                                        value.of(kind::scalar, number(1.0))); },
                 error_category::value_error, "underlying array is read-only");
    EXPECT_EQ(index_conversions, 0);
}

}  // namespace
}  // namespace engine
