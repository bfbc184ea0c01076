// Reductions (sum, prod, min, max, any, all, mean) over chosen axes, with keepdims and out=: the result dtype
// NumPy picks, the result's layout (the input's stride order over the axes that remain), out's checks, and values.
#pragma once

#include <optional>
#include <variant>
#include <vector>

#include "engine/array.hpp"
#include "engine/dtype.hpp"
#include "engine/scalar.hpp"
#include "engine/subscript_assignment.hpp"

namespace engine {

enum class reduction { sum, prod, min, max, any, all, mean };

struct reduction_options {
    std::optional<std::vector<std::int64_t>> axes;  // nothing: every axis (axis=None)
    bool axes_from_tuple = false;                   // axis=(0,) rather than axis=0 (they differ for 0-d arrays)
    bool keepdims = false;
    std::optional<array> out;                       // written (cast unsafely) and returned
    std::optional<engine::dtype> accumulate_as;     // dtype=
    descriptor_handle accumulate_descriptor;        // the dtype object dtype= named ('q': a long long result)
    // initial= (sum, prod, min, max): what every output element starts from in place of the identity, packed as
    // NumPy packs it (semantics::reduction_initial_from_array_method); every element is then reduced into it.
    std::optional<assigned_value> initial;
    bool no_initial = false;                        // initial=None: no identity, as min and max have none
    // where= (every reduction): a mask that broadcasts to the input (a bool array, or one that casts to bool
    // safely); its False elements are left out. Needs an identity or initial= (ValueError for min and max without).
    std::optional<array> where;
    // where= as given, where it was Python values (np.asarray(where)): their truth made `where`, but mean counts its
    // items as the numbers they are (_count_reduce_items sums them in intp, cast unsafely: 0.5 counts 0, 2 counts 2).
    std::optional<array> where_as_given;
};

// a.sum(axis, dtype, out, keepdims) and its kin. A reduction over every axis without out= and keepdims gives a
// scalar. AxisError (ValueError) for an axis out of range, ValueError for a repeated axis, an out of the wrong
// shape or a read-only out, and for min/max over nothing ("zero-size array to reduction operation ...").
// Values: integers wrap in the accumulator dtype; float and complex sums (and mean's) and products are computed over
// the runs of NumPy's reduction iterator as its loops compute them (reduce_over_runs.cpp: pairwise sums, products
// in order, its add/multiply loop where a run moves along the output), so they agree to the last bit.
std::variant<array, scalar> reduce(reduction r, const array& a, const reduction_options& options);

struct accumulation_options {
    std::optional<std::int64_t> axis;           // nothing: along a.ravel() (axis=None)
    std::optional<engine::dtype> accumulate_as; // dtype=
    std::optional<array> out;                   // written (cast unsafely) and returned
    descriptor_handle accumulate_descriptor;    // the dtype object dtype= named ('q': a long long result)
};

// np.cumsum / np.cumprod (a.cumsum, a.cumprod): add.accumulate / multiply.accumulate along one axis, or along
// a.ravel() without one (a 0-d array counts as 1-d). The loop runs in dtype=, else in the common type of the
// input and out=, else in the input's dtype with small integers and bools widened to the C long as sum does.
// A fresh result is laid out as the iterator allocates it (order K, like a unary ufunc's; 1-d is contiguous);
// out= must have the result's shape and be writeable, and an out overlapping the input reads it as if copied.
array accumulate(reduction r, const array& a, const accumulation_options& options);

}  // namespace engine
