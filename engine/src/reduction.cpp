// Reductions as NumPy's ufunc reduce runs them (reduction.c, _methods.py): accumulator dtype (small integers and
// bools sum as int64/uint64, mean of integers in float64 and of float16 in float32), result allocated in the
// input's stride order (PyArray_CreateSortedStridePerm over the remaining axes), out= checked for its number of
// dimensions and shape and written with unsafe casting, values computed before anything is written (so an out
// overlapping the input reads as if copied first).
#include "engine/reduction.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "engine/broadcast.hpp"
#include "engine/creation.hpp"
#include "engine/element_addresses.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/layout.hpp"
#include "engine/long_long.hpp"
#include "engine/reshape.hpp"
#include "engine/semantics.hpp"
#include "engine/ufunc.hpp"
#include "engine/shares_memory.hpp"
#include "engine/result_layout.hpp"
#include "complex_loop_order.hpp"
#include "reduce_over_runs.hpp"
#include "ufunc_elements.hpp"

namespace engine {

namespace {

std::string ufunc_of(reduction r) {
    switch (r) {
        case reduction::sum: return "add";
        case reduction::prod: return "multiply";
        case reduction::min: return "minimum";
        case reduction::max: return "maximum";
        case reduction::any: return "logical_or";
        case reduction::all: return "logical_and";
        case reduction::mean: return "add";
    }
    return "add";
}

// The dtype values are accumulated in: add/multiply reduce small integers and bools as the C long (int64) or
// its unsigned twin; mean adds integers as float64 and float16 as float32.
dtype accumulator_type(reduction r, dtype t, std::optional<dtype> requested) {
    if (requested) return *requested;
    switch (r) {
        case reduction::sum:
        case reduction::prod:
            if (t == dtype::bool_ || (kind_of(t) == dtype_kind::signed_int && itemsize(t) < 8)) return dtype::int64;
            if (kind_of(t) == dtype_kind::unsigned_int && itemsize(t) < 8) return dtype::uint64;
            return t;
        case reduction::mean:
            if (!is_inexact(t)) return dtype::float64;
            return t == dtype::float16 ? dtype::float32 : t;
        case reduction::any:
        case reduction::all: return dtype::bool_;
        default: return t;
    }
}

// The result's dtype: the accumulator's, except that mean of float16 comes back as float16 and any/all as bool.
dtype result_type_of(reduction r, dtype t, dtype accumulator, std::optional<dtype> requested) {
    if (r == reduction::mean && !requested && t == dtype::float16) return dtype::float16;
    return accumulator;
}

// NumPy 2's complex product at element i of a run of n its multiply loop takes in a vector branch (or in the scalar
// loop its compiler vectorised), as ufunc.cpp's loop computes it: the parts and cross products in the order of the
// vector the element falls in (complex_loop_order.hpp), fused where its build fuses.
scalar vector_branch_product(dtype t, const scalar& acc, const scalar& x, const detail::complex_sum_branch& branch,
                             std::int64_t n, std::int64_t i) {
    const semantics& rules = active_semantics();
    const std::int64_t size = itemsize(t);
    const bool parts_y_first = detail::vectors_with_y_parts_first::of_product(branch, n, size)(i);
    const bool cross_y_first = rules.complex_cross_products_y_first &&
                               !detail::vectors_with_x_cross_products_first::of_product(branch, n, size)(i);
    const bool fused = rules.complex_products != semantics::complex_product_fusion::nowhere;
    const auto product = [&](auto a, auto b) {
        using R = typename decltype(a)::value_type;
        return fused ? elements::complex_multiply_fused<R>(a, b, cross_y_first, parts_y_first)
                     : elements::complex_multiply<R>(a, b, cross_y_first, parts_y_first);
    };
    if (t == dtype::complex64)
        return scalar{dtype::complex128, std::complex<double>(product(std::complex<float>(acc.as_complex()),
                                                                      std::complex<float>(x.as_complex())))}
            .cast_to(t);
    return scalar{dtype::complex128, product(acc.as_complex(), x.as_complex())};
}

// The NaN an x86 sum or product of a and b passes on (quieted): the NaN operand's, and where both are NaN the first
// source operand's. The C++ `a + b` leaves that to the compiler, which may swap the operands.
double nan_of_sum_or_product(double first, double second) {
    return elements::quieted(std::isnan(first) ? first : second);
}

// One accumulation in the accumulator's own arithmetic. `new_element_first`: NumPy's loop adds or multiplies with
// the new element as its first operand, so that where both are NaN the new element's NaN passes on (float16's loops,
// which compute in float, do; NumPy's float32 and float64 loops and reductions keep the running value's; a complex
// sum's by the branch of NumPy's add loop, accumulate below).
scalar combine(reduction r, dtype t, const scalar& acc, const scalar& x, bool new_element_first = false) {
    switch (kind_of(t)) {
        case dtype_kind::boolean: {
            const bool a = acc.as_bool(), b = x.as_bool();
            const bool v = r == reduction::all || r == reduction::prod || r == reduction::min ? (a && b) : (a || b);
            return make_bool(v);
        }
        case dtype_kind::signed_int:
        case dtype_kind::unsigned_int: {
            const std::uint64_t a = acc.as_uint64(), b = x.as_uint64();
            const bool is_signed = kind_of(t) == dtype_kind::signed_int;
            switch (r) {
                case reduction::sum:
                case reduction::mean: return scalar{dtype::uint64, a + b}.cast_to(t);
                case reduction::prod: return scalar{dtype::uint64, a * b}.cast_to(t);
                case reduction::min:
                    return is_signed ? (acc.as_int64() <= x.as_int64() ? acc : x) : (a <= b ? acc : x);
                case reduction::max:
                    return is_signed ? (acc.as_int64() >= x.as_int64() ? acc : x) : (a >= b ? acc : x);
                default: return make_bool(acc.as_bool() || x.as_bool()).cast_to(t);
            }
        }
        case dtype_kind::floating: {
            const double a = acc.as_double(), b = x.as_double();
            double v = a;
            switch (r) {
                case reduction::sum:
                case reduction::mean: v = a + b; break;
                case reduction::prod: v = a * b; break;
                // NaN propagates: the first NaN met stays.
                case reduction::min: v = std::isnan(a) ? a : (std::isnan(b) || b < a ? b : a); break;
                case reduction::max: v = std::isnan(a) ? a : (std::isnan(b) || b > a ? b : a); break;
                default: break;
            }
            const bool sum_or_product = r == reduction::sum || r == reduction::mean || r == reduction::prod;
            if (sum_or_product && (std::isnan(a) || std::isnan(b)))
                v = new_element_first ? nan_of_sum_or_product(b, a) : nan_of_sum_or_product(a, b);
            // float32 and float16 accumulate in float: each step rounds to float.
            if (t != dtype::float64) v = static_cast<double>(static_cast<float>(v));
            return scalar{t, v};
        }
        case dtype_kind::complex: {
            const std::complex<double> a = acc.as_complex(), b = x.as_complex();
            std::complex<double> v = a;
            if (r == reduction::sum || r == reduction::mean) {
                // Each part passes on the first NaN in the loop's order: the running value's, or the new element's.
                const std::complex<double>& first = new_element_first ? b : a;
                const std::complex<double>& second = new_element_first ? a : b;
                v = {elements::ordered_sum(first.real(), second.real()),
                     elements::ordered_sum(first.imag(), second.imag())};
            }
            else if (r == reduction::prod) {
                // NumPy's multiply loop, called with the running product as its first input and its output: complex64
                // plain in float under both NumPys, complex128 fused under NumPy 1.24 only
                // (complex_running_products_fused; property test, seed 703: a complex cumprod under 1.24 with AVX512F).
                // Its output overlaps that input, so the loop runs as compiled without vectors: the cross products
                // x's part first, but for complex128 in NumPy 2's AVX2 build (measured 2026-12-08, cumprod of
                // numbers with NaN imaginary parts of distinct payloads).
                const semantics& rules = active_semantics();
                const bool y_first = t == dtype::complex128 && rules.complex_cross_products_y_first &&
                                     rules.complex_loops == semantics::complex_loop_build::numpy_2_x86_v3;
                if (t == dtype::complex64)
                    return scalar{dtype::complex128, std::complex<double>(elements::complex_multiply<float>(
                                                         std::complex<float>(a), std::complex<float>(b), y_first))}
                        .cast_to(t);
                v = rules.complex_running_products_fused ? elements::complex_multiply_fused<double>(a, b, y_first)
                                                         : elements::complex_multiply<double>(a, b, y_first);
            }
            else if (r == reduction::min || r == reduction::max) {
                // Lexicographic, NaNs propagating (NumPy's complex maximum/minimum).
                const bool a_nan = std::isnan(a.real()) || std::isnan(a.imag());
                const bool b_nan = std::isnan(b.real()) || std::isnan(b.imag());
                const bool b_before = b.real() < a.real() || (b.real() == a.real() && b.imag() < a.imag());
                const bool b_after = b.real() > a.real() || (b.real() == a.real() && b.imag() > a.imag());
                if (!a_nan && (b_nan || (r == reduction::min ? b_before : b_after))) v = b;
            }
            return scalar{dtype::complex128, v}.cast_to(t);
        }
    }
    return acc;
}

scalar identity_of(reduction r, dtype t) {
    switch (r) {
        case reduction::prod: return make_int64(1).cast_to(t);
        case reduction::all: return make_bool(true);
        default: return make_int64(0).cast_to(t);
    }
}


// The strides of a fresh result in the keepdims shape: the reduction's iterator orders the axes by the input's
// strides and a where= mask's (broadcast to the input; axes of length 1 in the input have no say) and allocates the
// keepdims shape (the reduced axes are then dropped without keepdims).
dims result_strides(const ndarray& a, const dims& keepdims_shape, std::int64_t item, const ndarray* mask) {
    std::vector<dims> votes{a.strides()};
    if (mask) votes.push_back(mask->strides());
    for (dims& v : votes)
        for (std::size_t i = 0; i < v.size(); ++i)
            if (a.shape()[i] == 1) v[i] = 0;
    return iterator_output_strides(keepdims_shape, votes, item);
}

// The C-order numbers of a's elements in the order NumPy's reduction iterator visits them: axes ordered by the
// input's, the output's and a where= mask's strides (nditer_order), none turned round. Empty where `count` is 0
// (nothing to visit).
std::vector<std::size_t> reduction_order(const dims& shape, const dims& strides, const dims& out_strides,
                                         const ndarray* mask, std::size_t count) {
    if (count == 0) return {};
    dims c_step(shape.size(), 1);  // C-order element numbers as strides
    for (std::size_t d = shape.size(); d-- > 1;) c_step[d - 1] = c_step[d] * shape[d];
    std::vector<dims> operands{out_strides, strides};
    if (mask) operands.push_back(mask->strides());
    const std::vector<std::int64_t> numbers = offsets_in_order(shape, c_step, nditer_order(shape, operands, false));
    return {numbers.begin(), numbers.end()};
}

// mean's division (_methods._mean): true_divide(sum, count), count an np.intp. NumPy 2 (NEP 50: the intp is no weak
// scalar) divides in float64 or complex128; NumPy 1.24 divides an array in its own dtype (value-based casting of
// the intp), a scalar (scalar math) in float64 or complex128, and an array by an array of counts (where=, the
// counts per output element) in float64 or complex128 too. Complex division is Smith's, as the loop's: it
// multiplies by the reciprocal of the count (not the same as dividing each part by it).
scalar mean_quotient(const scalar& sum, std::int64_t count, bool array_result, bool count_is_array = false) {
    const bool own_dtype = array_result && !count_is_array && !active_semantics().nep50_weak_python_scalars;
    if (is_complex(sum.type)) {
        if (own_dtype && sum.type == dtype::complex64) {
            const auto q = elements::complex_divide<float>(std::complex<float>(sum.as_complex()),
                                                           {static_cast<float>(count), 0.0F});
            return scalar{dtype::complex128, std::complex<double>(q)}.cast_to(dtype::complex64);
        }
        return scalar{dtype::complex128,
                      elements::complex_divide<double>(sum.as_complex(), {static_cast<double>(count), 0.0})};
    }
    if (own_dtype && sum.type == dtype::float32)
        return scalar{dtype::float32,
                      static_cast<double>(static_cast<float>(sum.as_double()) / static_cast<float>(count))};
    return make_float64(sum.as_double() / static_cast<double>(count));
}

// Scratch memory laid out as `like` (its strides), so that a copy into it meets NumPy's cast loops as a copy into
// `like` itself would; a dense one in like's order where its elements lie too far apart for that.
array scratch_laid_out_like(const array& like) {
    std::int64_t low = 0, high = like->itemsize();
    for (std::size_t d = 0; d < like->shape().size(); ++d) {
        if (like->shape()[d] == 0) return empty_like(like);
        const std::int64_t span = (like->shape()[d] - 1) * like->strides()[d];
        (span < 0 ? low : high) += span;
    }
    if (high - low > 4 * like->size() * like->itemsize() + 4096) return empty_like(like);
    const array bytes = ndarray::allocate(dtype::uint8, {high - low}, order::C, initial_contents::unwritten);
    return ndarray::view_of(bytes, like->type(), like->shape(), like->strides(), -low);
}

// initial= as NumPy packs one value into an element of dtype t (PyArray_Pack; assign_element).
scalar packed_initial(const assigned_value& initial, dtype t) {
    const array cell = ndarray::allocate(t, {});
    assign_element(cell, initial);
    return load_element(t, cell->data());
}

// The input is the reduction's first operand: its descriptor is kept for a result of its type and C type, the C
// type dtype= names ('q' or 'l') when it was given.
descriptor_handle reduction_result_descriptor(const ndarray& source, dtype result_type,
                                              const std::optional<dtype>& accumulate_as,
                                              const descriptor_handle& accumulate_descriptor) {
    if (!accumulate_as) return descriptor_kept_from(source, result_type);
    return descriptor_kept_from(source, result_type, is_long_long(accumulate_descriptor));
}

}  // namespace

std::variant<array, scalar> reduce(reduction r, const array& a, const reduction_options& options) {
    // where= is converted with the arguments (_wheremask_converter): a bool array, or one that casts to bool safely.
    // mean counts its items first (_count_reduce_items: add.reduce of the mask as given, broadcast to the input, in
    // intp and cast unsafely), so there a mask that does not broadcast is a ValueError before that.
    const auto check_mask_is_boolean = [&] {
        if (options.where && (*options.where)->type() != dtype::bool_ &&
            !can_cast((*options.where)->type(), dtype::bool_, casting::safe))
            raise_cannot_cast("array data", (*options.where)->type(), dtype::bool_, casting::safe);
    };
    const bool mean_counts_mask = r == reduction::mean && options.where;
    const array* const counted_mask = !mean_counts_mask ? nullptr
                                      : options.where_as_given ? &*options.where_as_given
                                                               : &*options.where;
    if (!mean_counts_mask) check_mask_is_boolean();
    else broadcast_strides((*counted_mask)->shape(), (*counted_mask)->strides(), a->shape());
    // The ufunc's reduce reads dtype= with its arguments; mean counts the items per axis first (below).
    if (r != reduction::mean) check_signature_dtype(options.accumulate_as);
    const auto ndim = static_cast<std::int64_t>(a->ndim());
    std::vector<bool> reduced(static_cast<std::size_t>(ndim), !options.axes.has_value());
    // A 0-d array takes a lone integer axis 0 or -1 as axis=None in the ufunc's reduce (a tuple gets no such
    // pass, nor does mean, which counts the items per axis first, normalising each axis; with where= it counts
    // them with the ufunc's reduce too).
    const bool zero_d_whole = (r != reduction::mean || options.where) && ndim == 0 && options.axes &&
                              !options.axes_from_tuple && options.axes->size() == 1 &&
                              (options.axes->front() == 0 || options.axes->front() == -1);
    if (options.axes && !zero_d_whole) {
        for (std::int64_t axis : *options.axes) {
            const std::int64_t k = normalize_axis(axis, ndim);
            if (reduced[static_cast<std::size_t>(k)]) raise(error_category::value_error, "duplicate value in 'axis'");
            reduced[static_cast<std::size_t>(k)] = true;
        }
    }
    if (mean_counts_mask) check_mask_is_boolean();
    if (r == reduction::mean) check_signature_dtype(options.accumulate_as);
    // With out= and no dtype=, NumPy's reduce promotes the input with out for its loop (mean only where _mean
    // passes no dtype of its own: inexact inputs other than float16); any/all keep their boolean loop.
    // Types are resolved in native byte order (flat_values reads a swapped input in native order).
    const dtype input_type = native_order(a->type());
    const bool out_joins_the_loop = options.out && !options.accumulate_as && r != reduction::any &&
                                    r != reduction::all &&
                                    (r != reduction::mean || (is_inexact(input_type) && input_type != dtype::float16));
    const dtype accumulator = out_joins_the_loop ? promote_types(input_type, (*options.out)->type())
                                                 : accumulator_type(r, input_type, options.accumulate_as);
    const dtype result_dtype = result_type_of(r, input_type, accumulator, options.accumulate_as);

    dims shape, keepdims_shape;
    for (std::int64_t k = 0; k < ndim; ++k) {
        const auto i = static_cast<std::size_t>(k);
        keepdims_shape.push_back(reduced[i] ? 1 : a->shape()[i]);
        if (reduced[i]) continue;
        shape.push_back(a->shape()[i]);
    }
    const dims& result_shape = options.keepdims ? keepdims_shape : shape;

    // Where each output starts: the identity (sum, prod, mean, any, all), initial=, or (max and min, and
    // initial=None) its first element, copied. Only a reduction that starts from a value can take a mask.
    const bool no_identity =
        !options.initial && (options.no_initial || r == reduction::min || r == reduction::max);
    const bool numpy_2_initial = active_semantics().reduction_initial_from_array_method;
    const auto refuse_mask_without_identity = [&] {
        if (options.where && no_identity)
            raise(error_category::value_error, "reduction operation '" + ufunc_of(r) +
                                                   "' does not have an identity, so to use a where mask one has to "
                                                   "specify 'initial'");
    };
    if (!numpy_2_initial) refuse_mask_without_identity();

    if (options.out) {
        const ndarray& out = **options.out;
        if (out.ndim() != static_cast<std::int64_t>(result_shape.size()))
            raise(error_category::value_error, "output parameter for reduction operation " + ufunc_of(r) +
                                                   " has the wrong number of dimensions: Found " +
                                                   std::to_string(out.ndim()) + " but expected " +
                                                   std::to_string(result_shape.size()));
        // The iterator checks out's writeability before its shape (the check also ends np.broadcast_arrays'
        // warn-on-write mark of out and its bases, even where the shape then fails: measured on NumPy 1.24; property
        // test probe after seed 1839).
        out.require_writeable("output array is read-only");
        if (out.shape() != result_shape)
            raise(error_category::value_error, "output parameter for reduction operation " + ufunc_of(r) +
                                                   " has a non-matching shape");
    }
    // The mask is the iterator's third operand, broadcast to the input (a mask of more dimensions is refused).
    const auto broadcast_to_input = [&](const array& m) {
        return ndarray::view_of(m, m->type(), a->shape(), broadcast_strides(m->shape(), m->strides(), a->shape()), 0);
    };
    std::optional<array> mask;
    if (options.where) mask = broadcast_to_input(*options.where);
    const ndarray* const mask_view = mask ? mask->get() : nullptr;
    std::optional<dtype> out_type;
    if (options.out && (*options.out)->type() != accumulator) out_type = (*options.out)->type();
    // initial=: NumPy 2 packs it into the loop's dtype and assigns it into the result (an out= of another dtype
    // through a cast); NumPy 1.24 fills the result with it (out= itself).
    std::optional<scalar> start;
    if (options.initial) {
        start = packed_initial(*options.initial, numpy_2_initial ? accumulator : out_type.value_or(accumulator));
        if (numpy_2_initial && out_type) start = start->cast_to(*out_type);
    }
    if (numpy_2_initial) refuse_mask_without_identity();

    std::int64_t count = 1;
    for (std::int64_t k = 0; k < ndim; ++k)
        if (reduced[static_cast<std::size_t>(k)]) count *= a->shape()[static_cast<std::size_t>(k)];
    if (count == 0 && no_identity && a->size() == 0)
        raise(error_category::value_error, "zero-size array to reduction operation " + ufunc_of(r) +
                                               " which has no identity");

    // Values, accumulated in C order over the reduced axes for every remaining position.
    std::int64_t positions = 1;
    for (std::int64_t n : shape) positions *= n;
    std::vector<scalar> values(static_cast<std::size_t>(positions), start.value_or(scalar{}));
    std::vector<bool> started(values.size(), start.has_value());
    // The output's strides in a's shape, 0 along the reduced axes: with a's, they order NumPy's reduction iterator.
    dims out_strides(static_cast<std::size_t>(ndim), 0);
    if (options.out) {
        const ndarray& out = **options.out;
        for (std::size_t i = 0, k = 0; i < out_strides.size(); ++i) {
            if (reduced[i] && !options.keepdims) continue;
            if (!reduced[i]) out_strides[i] = out.strides()[k];
            ++k;
        }
    } else {
        out_strides = result_strides(*a, keepdims_shape, itemsize(result_dtype), mask_view);
        for (std::size_t i = 0; i < out_strides.size(); ++i)
            if (reduced[i]) out_strides[i] = 0;
    }
    // Cast into the accumulator's dtype as an array, as NumPy's buffered iterator does (see accumulate below); a
    // float or complex input into an integer loop fill by fill, where the cast loop's runs show.
    const array in_accumulator_type =
        a->type() == accumulator                           ? a
        : is_inexact(a->type()) && is_integer(accumulator)
            ? detail::cast_as_numpy_buffers(*a, accumulator, out_strides, out_type, mask_view)
                                                           : copy_of(*a, order::K, accumulator);
    // Float and complex sums and products, float maxima and minima: over the runs of NumPy's reduction iterator
    // (reduce_over_runs.cpp).
    const bool float_accumulator =
        accumulator == dtype::float16 || accumulator == dtype::float32 || accumulator == dtype::float64;
    // The other sums, products and extrema too where they go into an out= of another dtype: NumPy writes out back
    // through its cast a buffer at a time and reads it back (an int64 maximum of 300 cast into an int8 out after
    // 8,192 elements comes back from it as 44, which the next hundred then beat).
    const bool plain_sum_or_extremum =
        r == reduction::sum || r == reduction::prod || r == reduction::min || r == reduction::max;
    const bool over_runs =
        ((r == reduction::sum || r == reduction::mean || r == reduction::prod) &&
         (float_accumulator || is_complex(accumulator))) ||
        ((r == reduction::min || r == reduction::max) && float_accumulator && count > 0) ||
        (plain_sum_or_extremum && out_type && count > 0);
    const std::vector<scalar> elements = over_runs ? std::vector<scalar>{} : flat_values(*in_accumulator_type);
    // The result position (C order of the remaining axes) of the input's element number `flat` (C order).
    const auto position_of = [&](std::size_t flat) {
        std::size_t rest = flat, position = 0, scale = 1;
        for (std::int64_t k = ndim - 1; k >= 0; --k) {
            const auto i = static_cast<std::size_t>(k);
            const auto extent = static_cast<std::size_t>(a->shape()[i]);
            const std::size_t index = rest % extent;
            rest /= extent;
            if (reduced[i]) continue;
            position += index * scale;
            scale *= extent;
        }
        return position;
    };
    // min and max into an out= of another dtype: NumPy copies each position's first element into out itself
    // (PyArray_CopyInitialReduceValues: an array assignment from a's dtype to out's, with its cast loops), and its
    // loop reads them back through the buffer's cast into the loop's dtype: an int64 -2**63 first comes back from an
    // int32 out as 0, the maximum of negative numbers then (both NumPys). `initial`: those values in out's dtype (C
    // order of the kept axes); a position with nothing more to reduce keeps its value as out holds it.
    // An initial= is each position's start there too (in out's dtype, as out holds it).
    std::optional<std::vector<scalar>> initial;
    if (start) initial = std::vector<scalar>(values.size(), *start);
    if (no_identity && out_type && count > 0) {
        const ndarray& out = **options.out;
        dims first_strides;
        for (std::size_t i = 0; i < reduced.size(); ++i)
            if (options.keepdims || !reduced[i]) first_strides.push_back(reduced[i] ? 0 : a->strides()[i]);
        const array first = ndarray::view_of(a, a->type(), out.shape(), first_strides, 0);
        const array copied = scratch_laid_out_like(*options.out);
        assign(*copied, *first);
        initial = flat_values(*copied);
    }
    // min and max have no identity: NumPy copies each position's first element as it is (a plain transfer) and runs
    // the loop over the rest, so where one element is reduced a bool byte other than 0 and 1 stays (0xC0, not 1).
    std::vector<std::byte> copied_bool_bytes;
    if (no_identity && accumulator == dtype::bool_ && count == 1)
        for (const std::byte* address : element_addresses(*in_accumulator_type)) copied_bool_bytes.push_back(*address);
    if (over_runs) {
        // NumPy's iterator casts (and buffers) an input of another dtype or byte order, or an unaligned one.
        const bool cast = a->type() != accumulator || !a->aligned();
        const auto running_step = [r, accumulator](const scalar& acc, const scalar& x) {
            return combine(r, accumulator, acc, x);
        };
        const detail::reduce_op op = r == reduction::prod  ? detail::reduce_op::multiply
                                     : r == reduction::max ? detail::reduce_op::maximum
                                     : r == reduction::min ? detail::reduce_op::minimum
                                                           : detail::reduce_op::add;
        const detail::reduce_start starts{.values = initial ? &*initial : nullptr, .first_copied = no_identity};
        values = detail::numpy_reduce_over_runs(op, *a, in_accumulator_type, accumulator, reduced, out_strides, cast,
                                                out_type, running_step, starts, mask_view);
        std::fill(started.begin(), started.end(), true);
    }
    // Every other reduction (none into an out= of another dtype: those run over runs, `initial` with them) meets the
    // elements in the iterator's order (min/max meet their first NaN so; integer sums and products, any and all come
    // out the same in any order).
    // The mask's elements, C order, where the loop below or mean's counts read them (the runs read the mask itself).
    const bool mean = r == reduction::mean;
    const std::vector<scalar> selected =
        mask && (!over_runs || mean) ? flat_values(**mask) : std::vector<scalar>{};
    // mean's count per output element: `count`, or with where= the elements it reduces (_count_reduce_items sums
    // the mask, broadcast to the input, over the axes: an array of counts unless the mean is one scalar).
    std::vector<std::int64_t> counts(mean ? values.size() : 0, mask ? 0 : count);
    if (counted_mask) {
        const std::vector<scalar> given =
            options.where_as_given ? flat_values(*broadcast_to_input(*options.where_as_given)) : std::vector<scalar>{};
        const std::vector<scalar>& numbers = options.where_as_given ? given : selected;
        for (std::size_t flat = 0; flat < numbers.size(); ++flat) {
            std::int64_t& c = counts[position_of(flat)];  // add's int64 loop wraps
            c = static_cast<std::int64_t>(static_cast<std::uint64_t>(c) +
                                          static_cast<std::uint64_t>(numbers[flat].cast_to(dtype::int64).as_int64()));
        }
    }
    const bool count_is_array = mask && (!result_shape.empty() || options.keepdims);
    for (const std::size_t flat :
         reduction_order(a->shape(), a->strides(), out_strides, mask_view, elements.size())) {
        if (mask && !selected[flat].as_bool()) continue;
        const std::size_t position = position_of(flat);
        const scalar x = elements[flat].cast_to(accumulator);
        scalar& acc = values[position];
        if (started[position]) acc = combine(r, accumulator, acc, x);
        else acc = r == reduction::any || r == reduction::all ? make_bool(x.as_bool()) : x;
        started[position] = true;
    }
    for (std::size_t p = 0; p < values.size(); ++p) {
        // mean of nothing divides the sum 0 by the count 0 below: the NaN the CPU makes (x86's is negative), whose
        // bits a byteswap or a view shows.
        if (!started[p]) values[p] = identity_of(r, accumulator);
        if (r == reduction::mean && !options.out) {
            const bool array_result = !result_shape.empty() || options.keepdims;
            values[p] = mean_quotient(values[p], counts[p], array_result, count_is_array);
            // An array's quotient is stored in the sum's dtype first (true_divide's out=), a scalar's is not.
            if (array_result) values[p] = values[p].cast_to(accumulator);
        }
        // A value that comes back as out holds it (numpy_reduce_over_runs, initial) goes into out as it is (read in
        // native order: a scalar of a swapped out's dtype is native).
        if (!options.out || values[p].type != native_order((*options.out)->type()))
            values[p] = values[p].cast_to(result_dtype);
    }

    const descriptor_handle result_descriptor =
        reduction_result_descriptor(*a, result_dtype, options.accumulate_as, options.accumulate_descriptor);
    if (!options.out && result_shape.empty()) return of_c_type(values.front(), result_descriptor);
    array result = options.out ? *options.out : array{};
    // mean of float16 sums in float32 and converts that array with float16(...): a copy in its order K, laid out
    // from the float32 array's strides (a length-1 axis of keepdims makes them differ).
    const bool converted_float16_mean = !result && r == reduction::mean && result_dtype != accumulator;
    if (!result) {
        const std::int64_t item = itemsize(converted_float16_mean ? accumulator : result_dtype);
        const dims full = result_strides(*a, keepdims_shape, item, mask_view);
        dims strides;
        for (std::size_t i = 0; i < full.size(); ++i)
            if (options.keepdims || !reduced[i]) strides.push_back(full[i]);
        if (converted_float16_mean) {
            const array sums = ndarray::allocate_strided(accumulator, result_shape, strides);
            result = copy_of(*sums, order::K, result_dtype);
        } else {
            result = ndarray::allocate_strided(result_dtype, result_shape, strides);
        }
        result->set_descriptor(result_descriptor);
    }
    // Store position by position (C order of the remaining axes), cast unsafely into the result's dtype.
    std::vector<std::int64_t> index(result_shape.size(), 0);
    for (std::size_t p = 0; p < values.size(); ++p) {
        std::int64_t offset = 0;
        for (std::size_t d = 0; d < result_shape.size(); ++d) offset += index[d] * result->strides()[d];
        if (!copied_bool_bytes.empty() && result->type() == dtype::bool_) result->data()[offset] = copied_bool_bytes[p];
        else store_element(result->type(), result->data() + offset, values[p]);
        for (std::size_t d = result_shape.size(); d-- > 0;) {
            if (++index[d] < result_shape[d]) break;
            index[d] = 0;
        }
    }
    if (r == reduction::mean && options.out) {
        // _mean with out=: the sum lands in out, then true_divide(out, count, out=out, casting='unsafe') divides
        // what out holds, by the ufunc's own rules: its loop from out's dtype and the count's (an integer out
        // divides its wrapped sum as float64; NumPy 1.24 keeps a float32 out's dtype against a scalar count, not
        // against an array of counts or with a 0-d out), and its cast back into out (a NaN of 0 / 0 into uint32).
        // The count is an np.intp, or with where= an intp array of the counts per output element.
        operand divisor = make_int64(count);
        if (mask && !count_is_array) divisor = make_int64(counts.front());  // a 0-d mean's one count
        if (count_is_array) {
            const array per_element = ndarray::allocate(dtype::int64, result_shape);
            for (std::size_t p = 0; p < counts.size(); ++p)
                store_element(dtype::int64, per_element->data() + 8 * static_cast<std::int64_t>(p),
                              make_int64(counts[p]));
            divisor = per_element;
        }
        call(binary_op::true_divide, result, divisor,
             ufunc_keywords{.out = result,
                            .where = std::nullopt,
                            .loop_dtype = std::nullopt,
                            .rule = casting::unsafe,
                            .loop_descriptor = {}});
    }
    return result;
}

// An out= as NumPy's accumulate walks it with its outer iterator (the input's ndim axes mapped one to one through
// op_axes, out first, out not broadcast): out's first ndim axes must exist and match the input's shape, where the
// input broadcasts along its length-1 axes (not along `axis`, whose length stays the input's: only that many
// positions of out are written); axes of out beyond those are never walked (out[..., 0] is written). Returns the
// part of out written and the input broadcast to it, or raises the iterator's messages.
namespace {

std::pair<array, array> accumulation_out_as_iterated(const array& out_handle, const array& source, std::size_t axis) {
    const ndarray& out = *out_handle;
    const std::size_t ndim = source->ndim();
    const dims& in_shape = source->shape();
    for (std::size_t d = 0; d < ndim; ++d)
        if (static_cast<std::int64_t>(d) >= out.ndim())
            raise(error_category::value_error,
                  "Iterator input op_axes[0][" + std::to_string(ndim - d - 1) + "] (==" + std::to_string(d) +
                      ") is not a valid axis of op[0], which has " + std::to_string(out.ndim()) + " dimensions ");
    const dims out_mapped(out.shape().begin(), out.shape().begin() + static_cast<std::ptrdiff_t>(ndim));
    dims broadcast = out_mapped;
    for (std::size_t d = 0; d < ndim; ++d) {
        if (broadcast[d] == 1) broadcast[d] = in_shape[d];
        else if (broadcast[d] != in_shape[d] && in_shape[d] != 1)
            raise(error_category::value_error, "operands could not be broadcast together with remapped shapes "
                                               "[original->remapped]: " + shape_text(out.shape()) + "->" +
                                                   shape_text(out_mapped) + " " + shape_text(in_shape) + "->" +
                                                   shape_text(in_shape) + " ");
    }
    if (out_mapped != broadcast) {
        const dims reversed(out_mapped.rbegin(), out_mapped.rend());  // NumPy's message lists them backwards
        raise(error_category::value_error, "non-broadcastable output operand with shape " + shape_text(out.shape()) +
                                               " [remapped to " + shape_text(reversed) +
                                               "] doesn't match the broadcast shape " + shape_text(broadcast));
    }
    dims walked_shape = broadcast;
    walked_shape[axis] = in_shape[axis];
    const dims out_strides(out.strides().begin(), out.strides().begin() + static_cast<std::ptrdiff_t>(ndim));
    const array walked = ndarray::view_of(out_handle, out.type(), walked_shape, out_strides, 0);
    const array broadcast_source = ndarray::view_of(
        source, source->type(), walked_shape, broadcast_strides(in_shape, source->strides(), walked_shape), 0);
    return {walked, broadcast_source};
}

}  // namespace

array accumulate(reduction r, const array& a, const accumulation_options& options) {
    // PyArray_CheckAxis: axis=None ravels; a 0-d array is made 1-d.
    array source = a;
    // NumPy 1.24 reads axis=32 (its NPY_MAXDIMS, which was NPY_RAVEL_AXIS) as axis=None.
    const bool ravels = !options.axis || (active_semantics().maxdims_axis_means_none && *options.axis == 32);
    if (ravels && a->ndim() > 1) source = ravel(a, order::C);  // PyArray_CheckAxis leaves 0-d and 1-d arrays as they are
    if (source->ndim() == 0) source = ndarray::view_of(source, source->type(), {1}, {0});
    const auto ndim = static_cast<std::int64_t>(source->ndim());
    const auto axis = static_cast<std::size_t>(normalize_axis(ravels ? 0 : *options.axis, ndim));

    // The loop: dtype=, else the common type of the input and out (reducelike promotion), else sum's widening.
    const dtype loop = native_order(options.accumulate_as ? *options.accumulate_as
                                    : options.out         ? promote_types(source->type(), (*options.out)->type())
                                                          : accumulator_type(r, source->type(), std::nullopt));
    // Where the sums go: out itself, or the part of it NumPy's outer iterator walks.
    array target;
    if (options.out) {
        const ndarray& out = **options.out;
        const bool outer_iterator = ndim > 1 || !source->aligned() || !out.aligned() || source->type() != loop ||
                                    out.type() != loop || may_share_memory(out, *source);
        if (active_semantics().accumulate_checks_out_writeable || outer_iterator)
            out.require_writeable("output array is read-only");
        if (outer_iterator) {
            const auto [walked, broadcast_source] = accumulation_out_as_iterated(*options.out, source, axis);
            target = walked;
            source = broadcast_source;
        } else {
            // Without an iterator (PyUFunc_Accumulate): nothing to do for an empty axis or an empty out, whatever
            // out's shape; otherwise its shape must be the input's.
            if (source->shape()[axis] == 0 || out.size() == 0) return *options.out;
            if (out.shape() != source->shape())
                raise(error_category::value_error, "provided out is the wrong size for the accumulation.");
            target = *options.out;
        }
    }
    const dims& shape = source->shape();

    // NumPy's outer iterator replaces an operand that needs a cast (or is unaligned, or an out overlapping the
    // input) by a temporary in the loop's dtype, laid out in the iteration's order over out and the input
    // (npyiter_new_temp_array): the input copied in (PyArray_CopyInto), out copied back at the end
    // (WRITEBACKIFCOPY: PyArray_CopyAnyInto, an array assignment for equal shapes). Those copies run NumPy's cast
    // loops, whose answers for values the type cannot hold (a float beyond uint32) depend on where the element sits
    // in a contiguous run: cast as arrays, not value by value.
    const dims temp_strides = iterator_output_strides(
        shape, nditer_operands(shape, target ? std::vector<dims>{target->strides(), source->strides()}
                                             : std::vector<dims>{source->strides()}),
        itemsize(loop));
    array in_loop_type = source;
    if (source->type() != loop) {
        in_loop_type = ndarray::allocate_strided(loop, shape, temp_strides);
        assign(*in_loop_type, *source);
    }
    // Every value first (in C order), so an out overlapping the input reads it as it was.
    std::vector<scalar> values = flat_values(*in_loop_type);
    std::int64_t line_step = 1;  // C-order distance between neighbours along the axis
    for (std::size_t d = axis + 1; d < shape.size(); ++d) line_step *= shape[d];
    const std::int64_t extent = shape[axis];
    // Each sum is stored in the loop's dtype and read back as the next step's input (the accumulate loop's output is
    // its next input), so a float16 running sum rounds to float16 at every step, unlike a reduction's float sum.
    alignas(16) std::byte cell[16];
    const auto in_loop_dtype = [&](const scalar& v) {
        store_element(loop, cell, v);
        return load_element(loop, cell);
    };
    const auto position_in_line = [&](std::size_t f) { return (static_cast<std::int64_t>(f) / line_step) % extent; };
    const auto first_of_line = [&](std::size_t f) { return position_in_line(f) == 0; };
    // NumPy copies each line's first element with a plain transfer (copy_info), not through the loop: a bool byte
    // other than 0 and 1 (of a view) stays as it is (property test, NumPy 1.24, seed 329), kept here before any write.
    std::vector<std::byte> first_bool_bytes;
    if (loop == dtype::bool_)
        for (const std::byte* address : element_addresses(*in_loop_type)) first_bool_bytes.push_back(*address);
    const auto store = [&](std::size_t f, dtype type, std::byte* address) {
        if (type == dtype::bool_ && !first_bool_bytes.empty() && first_of_line(f)) *address = first_bool_bytes[f];
        else store_element(type, address, values[f]);
    };
    array result = target;
    if (!result) {
        // NumPy allocates through its iterator when there is more than one dimension: order K, as for a ufunc
        // (an empty result gets zero strides); one dimension is a plain new array.
        dims strides = ndim > 1 ? iterator_output_strides(shape, nditer_operands(shape, {source->strides()}), itemsize(loop))
                                : contiguous_strides(shape, itemsize(loop), order::C);
        if (source->size() == 0) strides.assign(strides.size(), 0);
        result = ndarray::allocate_strided(loop, shape, strides);
        result->set_descriptor(
            reduction_result_descriptor(*source, loop, options.accumulate_as, options.accumulate_descriptor));
    }
    // The array the loop writes: the result, or the temporary (above) that stands for an out= of another dtype,
    // unaligned or overlapping the input.
    const bool through_temporary =
        options.out && (result->type() != loop || !result->aligned() || may_share_memory(*result, *source));
    const array written = through_temporary ? ndarray::allocate_strided(loop, shape, temp_strides) : result;

    // NumPy's loop runs along each line with (the previous output, the input, the output): a complex sum passes on
    // the NaN the branch of NumPy's add loop those steps pick does (complex_sum_branch), x the previous output. A
    // product's output overlaps that input (combine's running product), except in a line of two elements under
    // NumPy 2, whose overlap test spans the one element: its multiply loop then takes a vector branch.
    std::optional<detail::complex_sum_branch> line_branch;
    const bool complex_sum_or_product =
        (r == reduction::sum || r == reduction::mean || r == reduction::prod) && is_complex(loop);
    if (complex_sum_or_product && extent > 1) {
        const std::int64_t out_step = written->strides()[axis], in_step = in_loop_type->strides()[axis];
        line_branch.emplace(std::array<std::byte*, 3>{written->data() + out_step, written->data(),
                                                      const_cast<std::byte*>(in_loop_type->data()) + in_step},
                            std::array<std::int64_t, 3>{out_step, out_step, in_step}, extent - 1, itemsize(loop));
    }
    const bool vector_products = r == reduction::prod && line_branch &&
                                 line_branch->branch() != detail::complex_sum_branch::scalar_loop_aliased &&
                                 active_semantics().complex_loops != semantics::complex_loop_build::numpy_1_24;
    for (std::size_t f = 0; f < values.size(); ++f) {
        values[f] = in_loop_dtype(values[f].cast_to(loop));
        if (first_of_line(f)) continue;
        const scalar& previous = values[f - static_cast<std::size_t>(line_step)];
        if (vector_products) {
            values[f] = in_loop_dtype(
                vector_branch_product(loop, previous, values[f], *line_branch, extent - 1, position_in_line(f) - 1));
            continue;
        }
        const bool new_element_first = loop == dtype::float16 || (r != reduction::prod && line_branch &&
                                                                   line_branch->y_first(position_in_line(f) - 1));
        values[f] = in_loop_dtype(combine(r, loop, previous, values[f], new_element_first));
    }

    if (through_temporary) {
        // The temporary copied back as an array assignment: in out's memory order (axes walked backwards turned
        // around); where out's elements alias each other, that decides which value stays (property seed 852); a
        // cast runs NumPy's cast loops over the temporary's runs (property seed 509, NumPy 2).
        const array& computed = written;
        const std::vector<std::byte*> cells = element_addresses(*computed);
        for (std::size_t f = 0; f < values.size(); ++f) store(f, loop, cells[f]);
        assign(*result, *computed);
        return *options.out;
    }
    const std::vector<std::byte*> targets = element_addresses(*result);
    for (std::size_t f = 0; f < values.size(); ++f) store(f, result->type(), targets[f]);
    return options.out ? *options.out : result;
}

}  // namespace engine
