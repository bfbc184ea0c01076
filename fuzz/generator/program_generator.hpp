// The one generator of random case programs, shared by the RapidCheck property tests and the libFuzzer
// target: it writes one valid case-language statement at a time, chosen for the arrays bound so far.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <absl/container/inlined_vector.h>

#include "case/numpy_surface.hpp"
#include "generator/choice_source.hpp"

namespace fuzzing {

// A shape or strides, inline up to 8 axes (as the contract's extents and the engine's layouts): a context lists
// every bound array before each statement.
using axis_values = absl::InlinedVector<std::int64_t, 8>;

// What the generator knows of one bound array (read from the oracle's state between statements).
struct live_array {
    std::string name;
    axis_values shape;
    axis_values strides;  // bytes, as NumPy reports them
    std::string dtype;    // NumPy's name, "int64"
    bool c_contiguous = true;
    bool writeable = true;
    bool values_known = true;  // false where the runner masks them: uninitialised memory (np.empty) nearby

    // A float or complex dtype (by NumPy's name): what exponent_for, and the rule that checks it, ask.
    bool inexact() const { return dtype.rfind("float", 0) == 0 || dtype.rfind("complex", 0) == 0; }
    // Whether writing size items contiguously from the first element stays inside the memory the array spans (no
    // negative strides, no overlapping windows): NumPy 2's np.choose may write out= so (docs/oracles.md), and
    // past that memory it corrupts the heap, so the generator gives out= only such an array, and the rule that
    // checks a shrunk program asks the same.
    bool contiguous_writes_stay_inside() const;
};

struct generation_context {
    std::vector<live_array> arrays;        // oldest binding first: the newest are the likeliest sources
    std::vector<std::string> bound_names;  // every bound name, arrays or not
    // Names bound to Python objects other than arrays, scalars and flat iterators (the list np.split returns, a
    // tuple, a dtype, None): the generator calls no method of theirs.
    std::vector<std::string> other_objects;

    // The array bound to `name`, or null when the name holds no array.
    const live_array* array_named(const std::string& name) const {
        for (const live_array& a : arrays)
            if (a.name == name) return &a;
        return nullptr;
    }
};

struct generator_limits {
    int max_dims = 6;  // of random shapes (the arrays made at NumPy's dimension limit aside)
    std::int64_t max_elements = 4096;  // per array the program makes
    int max_names = 12;
    int max_statements = 32;
    // A program goes on past the end of a finite choice source until it has this many statements (the source
    // then supplies the decisions: byte_choices with past_the_end::pseudo_random).
    int min_statements = 0;
    // Writes through an index array that aliases the array written (a[a] = ...). Off for NumPy 1.24, which reads
    // such an index in place after checking it, so a rewritten index can make NumPy itself write out of bounds.
    bool aliasing_index_writes = true;
    // Weight (out of 21) of creating an array at NumPy's dimension limit (31 to 65 axes, at most two elements).
    unsigned dimension_limit_weight = 1;
    // a.put(mode='wrap'/'clip'). Off for NumPy 1.24, whose put never stops in wrap mode and writes outside
    // the array in clip mode when the array is empty, which any array can become while a program shrinks.
    bool put_wrap_and_clip = true;
    // Python ints beyond 64 bits as operands of binary operators (2**70, -2**64). Off for NumPy 1.24, which makes
    // object arrays of them. (Those past int64 in uint64's range are drawn for both: np.ulonglong operands.)
    bool python_ints_beyond_64_bits = true;
    // The NumPy release whose surface (case/numpy_surface.hpp) programs are written in: what only the other has
    // (NumPy 2's array-API names, device=, stable=; NumPy 1.24's newbyteorder) is not drawn, and what moved is
    // spelled its way (np.lib.array_utils.byte_bounds or np.byte_bounds, np.reshape's shape= or newshape=).
    cases::numpy_release surface = cases::numpy_release::numpy_2;
    // np.multiply.at of a complex array. Off for NumPy 1.24: its ufunc.at hands the loop contiguous steps, and
    // where its iterator buffers the array (unaligned, byte-swapped) the loop's input and output are two small
    // heap buffers; AVX512F's vector loop runs where they lie 64 bytes apart or more, the scalar loop otherwise,
    // with another NaN or another rounding: NumPy's own answer changes from run to run (docs/oracles.md).
    bool complex_multiply_at = true;
    // Complex products of fewer than 8 elements between arrays (a * b, a *= b, np.multiply(a, b, out=c)). Off
    // for NumPy 1.24: its AVX512F product runs where every operand steps one element and the output starts 64
    // bytes or more from each input; operands in different blocks (another array, the iterator's buffers for an
    // unaligned, byte-swapped or cast operand) lie that far apart only from 56 bytes each, so below that NumPy's
    // answer (which NaN, which rounding) depends on its heap (property test, NumPy 1.24 seed 1985; docs/oracles.md).
    // A Python scalar operand steps 0 and takes the scalar loop anywhere: those products are drawn.
    bool small_complex_products = true;
    // np.nan as a scalar operand of arithmetic (a + np.nan, a *= np.nan). Off for NumPy 1.24: its float loops take
    // elements one by one until the output's address is a multiple of their vector (64 bytes with AVX512F), and
    // those pass on the scalar's NaN where the array's element is a NaN too, the vector loop the element's: which
    // elements that is depends on where the allocator put the output (property test, NumPy 1.24 seed 2059:
    // (-3 % v0) + np.nan, whose first element is -nan at an address 64-aligned and np.nan otherwise, 10 and 14 of
    // 24 runs; docs/oracles.md). np.inf is drawn instead.
    bool nan_scalar_operands = true;
};

// The kinds of statement the generator writes; tests count them, people read them in statistics.
enum class statement_family { creation, view, copy, arithmetic, mutation, query, alias };

// Each family's name and weight in the draw (out of the sum; creation's is doubled while fewer than two arrays
// are bound), one row per family in enum order: the draw, family_name and the statistics all read this table.
struct statement_family_row {
    statement_family family;
    std::string_view name;
    unsigned weight;
};
inline constexpr std::array<statement_family_row, 7> statement_families = {{
    {statement_family::creation, "creation", 2},
    {statement_family::view, "view", 11},
    {statement_family::copy, "copy", 5},
    {statement_family::arithmetic, "arithmetic", 3},
    {statement_family::mutation, "mutation", 7},
    {statement_family::query, "query", 3},
    {statement_family::alias, "alias", 1},
}};
inline constexpr int statement_family_count = static_cast<int>(statement_families.size());
constexpr bool families_in_enum_order() {
    for (int i = 0; i < statement_family_count; ++i)
        if (static_cast<int>(statement_families[i].family) != i) return false;
    return true;
}
static_assert(families_in_enum_order(), "statement_families lists the families in enum order");

inline std::string_view family_name(statement_family family) {
    return statement_families[static_cast<std::size_t>(family)].name;
}

struct generated_statement {
    std::string text;  // one line of the case language
    statement_family family;
};

// One alternative of a draw: its weight written beside what it writes (run only when drawn).
template <class Write>
struct weighted {
    unsigned weight;
    Write write;
};
template <class Write>
weighted(unsigned, Write) -> weighted<Write>;

class program_generator {
public:
    explicit program_generator(choice_source& choices, generator_limits limits = {})
        : choices_(choices), limits_(limits) {}

    // One statement for the state `context` describes. Statements that raise are generated on purpose
    // (out-of-range indices and axes, impossible reshapes and broadcasts, read-only writes, bad views).
    generated_statement next_statement(const generation_context& context);

    const generator_limits& limits() const { return limits_; }

private:
    using shape_t = axis_values;

    // Draws one of the alternatives by weight (one decision of the choice source) and runs it: every draw among
    // kinds of statement, index, value or argument is written this way, each alternative beside its weight.
    template <class... Writes>
    auto one_of(weighted<Writes>... alternatives) {
        const std::array<unsigned, sizeof...(Writes)> weights{alternatives.weight...};
        const std::size_t chosen = choices_.weighted(weights);
        using result = std::common_type_t<std::invoke_result_t<Writes&>...>;
        std::size_t index = 0;
        if constexpr (std::is_void_v<result>) {
            ((index++ == chosen ? alternatives.write() : void()), ...);
        } else {
            std::optional<result> written;
            ((index++ == chosen ? void(written = alternatives.write()) : void()), ...);
            return std::move(*written);
        }
    }

    std::string creation(const std::string& target);
    std::string view_of(const std::string& target, const live_array& source, const generation_context& context);
    std::string copy_of(const std::string& target, const live_array& source, const generation_context& context);
    std::string arithmetic(const std::string& target, const live_array& source, const generation_context& context);
    std::string mutation(const live_array& source, const generation_context& context);
    std::string query(const live_array& source, const generation_context& context);

    std::string new_or_reused_name(const generation_context& context);
    std::string operand_for(const live_array& source, const generation_context& context);
    std::string exponent_for(const live_array& source);
    std::string reduction_of(const live_array& source);
    std::string ufunc_into(const live_array& source, const generation_context& context);
    std::string ufunc_at(const live_array& source, const generation_context& context);
    std::string matrix_product(const live_array& source, const generation_context& context, bool into_source);
    std::string flat_index(const live_array& source);
    std::string partition_kth(const live_array& source);
    // The kind= (or NumPy 2's stable=) of a sort, with its leading ", ", or nothing (the default).
    std::string sort_kind();
    shape_t random_shape(std::int64_t max_elements);
    shape_t factorised_shape(std::int64_t size);
    std::string reshape_arguments(const live_array& source);
    std::string basic_index(const shape_t& shape);
    std::string advanced_index(const shape_t& shape);
    std::string any_index(const shape_t& shape);
    std::string index_list(std::int64_t extent);
    std::string slice_text(std::int64_t extent);
    std::string axis_text(std::size_t ndim);
    std::string scalar_value();
    // A list of random bools as long as s's last axis (one for a 0-d s): a where= mask that broadcasts to s.
    std::string last_axis_mask(const live_array& s);
    // scalar_value, or now and then a Python int outside small dtypes (past int64 where the limits allow): an
    // operand of a binary operator, compared by range against integers, OverflowError in integer loops.
    std::string operand_scalar();
    // scalar_value as an operand of arithmetic: np.nan only where the limits allow it (nan_scalar_operands).
    std::string arithmetic_scalar();
    std::string assigned_value(const live_array& target, const generation_context& context);
    std::string dtype_text();
    std::string order_text(bool with_k);
    std::string axes_permutation(std::size_t ndim);
    std::string strided_window(const live_array& original);
    // The views and metadata surface: np.diag, np.real/imag, the split family (lists of views), rollaxis,
    // sliding_window_view, broadcast_arrays, slice objects, nonzero/where/ix_ (tuples of views).
    std::string views_and_lists(const live_array& source, const generation_context& context);
    // np.take (out= overlapping the source), take_along_axis, the stack family (out= overlapping the
    // inputs), append, where/extract/compress/choose: fresh results or writes into `out`.
    std::string selections_and_joins(const live_array& source, const generation_context& context);
    // Writes by position, mask or attribute: a.put, putmask, place, fill_diagonal, put_along_axis (index
    // arrays that are the array written), a.real/a.imag/a.strides/a.dtype assignment.
    std::string positional_writes(const live_array& source, const generation_context& context);
    // An integer array that is (a view of) `source` when its values are known integers, for indices that
    // alias what they index; else nothing.
    std::optional<std::string> self_index(const live_array& source);
    // A write from one view of `source` into another that overlaps it without being it (shifted, reversed, two
    // axes swapped, integers read as the other signedness): setitem, np.copyto or the in-place operator drawn.
    std::string overlapping_write(const live_array& source, const std::string& in_place);
    // Whether the limits let `source` be multiplied by `other` (an operand's text: a bound array's name, a view of
    // source itself, or a scalar): false for a complex product of fewer than 8 elements between arrays where
    // generator_limits::small_complex_products is off.
    bool product_drawable(const live_array& source, const std::string& other, const generation_context& context) const;
    // The same for a product of two views of `source` into a destination of `elements` elements.
    bool self_product_drawable(const live_array& source, std::int64_t elements) const;
    // Whether limits_.surface has np.<path>, the method, the array attribute, or np.<path>'s parameter (the
    // surface's own answer; an entry the surface lacks is the generator's mistake: std::bad_optional_access).
    bool has_function(std::string_view path) const {
        return cases::numpy_function_available(path, limits_.surface).value();
    }
    bool has_method(std::string_view name) const {
        return cases::array_method_available(name, limits_.surface).value();
    }
    bool has_attribute(std::string_view name) const {
        return cases::array_attribute_available(name, limits_.surface).value();
    }
    bool has_parameter(std::string_view path, std::string_view name) const {
        return cases::numpy_function_parameter_available(path, name, limits_.surface).value();
    }

    choice_source& choices_;
    generator_limits limits_;
};

// Shape as Python text: "(2, 3)", "(4,)", "()".
std::string shape_literal(std::span<const std::int64_t> shape);

}  // namespace fuzzing
