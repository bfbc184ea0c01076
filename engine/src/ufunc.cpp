// The binary ufuncs behind + - * and the comparisons, as NumPy 1.24 runs them: type resolution (legacy
// result_type, see promotion.cpp), broadcasting, the output's memory layout, and one typed loop chosen per
// call from an (operation, dtype) table and run over coalesced strided runs. Inputs whose dtype differs from
// the loop's are cast to temporaries first; the values are the same as NumPy's buffered casting.
//
// Output layout: NumPy first tries its "trivial" path (every non-0-d input of one shape, contiguous in one
// agreed order, no N-d input needing a cast, and every cast same_kind by dtype alone) and allocates a plain
// C or F array; otherwise its iterator allocates the output following the inputs' stride order (order='K').
// Both are reproduced, since they differ for layouts such as an F-contiguous array with a length-1 axis.
#include "engine/ufunc.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <type_traits>

#include "engine/broadcast.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/shares_memory.hpp"
#include "engine/promotion.hpp"
#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"
#include "engine/strided_loop.hpp"

namespace engine {

namespace {

constexpr std::size_t op_count = 9;

bool is_comparison(binary_op op) { return op != binary_op::add && op != binary_op::subtract && op != binary_op::multiply; }

std::string ufunc_name(binary_op op) {
    switch (op) {
        case binary_op::add: return "add";
        case binary_op::subtract: return "subtract";
        case binary_op::multiply: return "multiply";
        case binary_op::equal: return "equal";
        case binary_op::not_equal: return "not_equal";
        case binary_op::less: return "less";
        case binary_op::greater: return "greater";
        case binary_op::less_equal: return "less_equal";
        case binary_op::greater_equal: return "greater_equal";
    }
    return "";
}

// ---- Element operations -------------------------------------------------------------------------------

template <class E> struct is_complex_element : std::false_type {};
template <class R> struct is_complex_element<std::complex<R>> : std::true_type {};

// NumPy's complex ordering: lexicographic, except that a NaN imaginary part makes "less"/"greater" on the
// real parts false (the CLT/CGT macros of loops.c.src).
template <class R>
bool complex_before(std::complex<R> x, std::complex<R> y, bool or_equal) {
    const bool real_decides = x.real() < y.real() && !std::isnan(x.imag()) && !std::isnan(y.imag());
    return real_decides || (x.real() == y.real() && (or_equal ? x.imag() <= y.imag() : x.imag() < y.imag()));
}

template <binary_op Op, class E>
auto apply_element(E x, E y) {
    if constexpr (Op == binary_op::equal) return x == y;
    else if constexpr (Op == binary_op::not_equal) return x != y;
    else if constexpr (is_complex_element<E>::value) {
        if constexpr (Op == binary_op::less) return complex_before(x, y, false);
        else if constexpr (Op == binary_op::less_equal) return complex_before(x, y, true);
        else if constexpr (Op == binary_op::greater) return complex_before(y, x, false);
        else if constexpr (Op == binary_op::greater_equal) return complex_before(y, x, true);
        else if constexpr (Op == binary_op::add) return E(x.real() + y.real(), x.imag() + y.imag());
        else if constexpr (Op == binary_op::subtract) return E(x.real() - y.real(), x.imag() - y.imag());
        // The textbook product, as NumPy's loop computes it (no C99 Annex G recovery of infinities).
        else return E(x.real() * y.real() - x.imag() * y.imag(), x.real() * y.imag() + x.imag() * y.real());
    } else if constexpr (Op == binary_op::less) return x < y;
    else if constexpr (Op == binary_op::less_equal) return x <= y;
    else if constexpr (Op == binary_op::greater) return x > y;
    else if constexpr (Op == binary_op::greater_equal) return x >= y;
    else if constexpr (std::is_floating_point_v<E>) {
        if constexpr (Op == binary_op::add) return x + y;
        else if constexpr (Op == binary_op::subtract) return x - y;
        else return x * y;
    } else {
        // Integers wrap: the arithmetic is done on 64-bit unsigned values (defined modulo 2**64) and
        // truncated to the width.
        const auto ux = static_cast<std::uint64_t>(x), uy = static_cast<std::uint64_t>(y);
        if constexpr (Op == binary_op::add) return static_cast<E>(ux + uy);
        else if constexpr (Op == binary_op::subtract) return static_cast<E>(ux - uy);
        else return static_cast<E>(ux * uy);
    }
}

// Bool's + is logical or and * logical and (its - is rejected during type resolution). Comparisons read
// any nonzero byte as True, as NumPy's BOOL loops do: a bool view of other data holds bytes besides 0 and 1.
template <binary_op Op>
std::uint8_t apply_bool(std::uint8_t x, std::uint8_t y, bool x_as_is, bool y_as_is) {
    if constexpr (Op == binary_op::add) return (x || y) ? 1 : 0;
    else if constexpr (Op == binary_op::multiply) return (x && y) ? 1 : 0;
    else {
        const std::uint8_t a = x_as_is ? x : std::uint8_t{x != 0}, b = y_as_is ? y : std::uint8_t{y != 0};
        return apply_element<Op>(a, b) ? 1 : 0;
    }
}

// ---- Typed loops ----------------------------------------------------------------------------------------

using binary_loop = void (*)(std::array<std::byte*, 3> p, std::array<std::int64_t, 3> strides, std::int64_t n);

// Which input the output is, element for element: the output is a fresh array or exactly one of the inputs
// (apply_inplace copies any other input that overlaps it first), so each output element depends only on the
// inputs at its own position and a run may be computed in any order.
enum class output_is { neither, x, y, both };

// A dense run (every operand contiguous, or an input repeated through a zero stride) of a non-bool loop:
// typed element access that the compiler vectorises. Saying which input the output is lets it vectorise
// in place too (it checks only the other input for aliasing).
template <binary_op Op, class E, class Out, output_is Same, bool XRepeats, bool YRepeats>
[[gnu::always_inline]] inline void dense_body(std::byte* out, const std::byte* x, const std::byte* y, std::int64_t n) {
    if constexpr (Same == output_is::x || Same == output_is::both) x = out;
    if constexpr (Same == output_is::y || Same == output_is::both) y = out;
    constexpr auto in_size = static_cast<std::int64_t>(sizeof(E));
    constexpr auto out_size = static_cast<std::int64_t>(sizeof(Out));
    for (std::int64_t i = 0; i < n; ++i) {
        E a, b;
        std::memcpy(&a, x + (XRepeats ? 0 : i * in_size), sizeof a);  // memcpy: elements may be unaligned
        std::memcpy(&b, y + (YRepeats ? 0 : i * in_size), sizeof b);
        const Out result = static_cast<Out>(apply_element<Op>(a, b));
        std::memcpy(out + i * out_size, &result, sizeof result);
    }
}

// The body compiled twice: for the baseline instruction set and, where the CPU has it, for AVX2 (wider vectors,
// the same IEEE operations element by element, so the same results; no FMA is enabled, so nothing contracts).
template <binary_op Op, class E, class Out, output_is Same, bool XRepeats, bool YRepeats>
void dense_run_baseline(std::byte* out, const std::byte* x, const std::byte* y, std::int64_t n) {
    dense_body<Op, E, Out, Same, XRepeats, YRepeats>(out, x, y, n);
}

#if defined(__x86_64__) && defined(__GNUC__)
template <binary_op Op, class E, class Out, output_is Same, bool XRepeats, bool YRepeats>
[[gnu::target("avx2")]] void dense_run_avx2(std::byte* out, const std::byte* x, const std::byte* y, std::int64_t n) {
    dense_body<Op, E, Out, Same, XRepeats, YRepeats>(out, x, y, n);
}

const bool cpu_has_avx2 = __builtin_cpu_supports("avx2");
#endif

template <binary_op Op, class E, class Out, output_is Same, bool XRepeats, bool YRepeats>
void dense_run(std::byte* out, const std::byte* x, const std::byte* y, std::int64_t n) {
#if defined(__x86_64__) && defined(__GNUC__)
    if (cpu_has_avx2) return dense_run_avx2<Op, E, Out, Same, XRepeats, YRepeats>(out, x, y, n);
#endif
    dense_run_baseline<Op, E, Out, Same, XRepeats, YRepeats>(out, x, y, n);
}

template <binary_op Op, class E, class Out, bool XRepeats, bool YRepeats>
void dense_run_for(std::byte* out, const std::byte* x, const std::byte* y, std::int64_t n) {
    const bool out_is_x = !XRepeats && out == x, out_is_y = !YRepeats && out == y;
    if (out_is_x && out_is_y) dense_run<Op, E, Out, output_is::both, XRepeats, YRepeats>(out, x, y, n);
    else if (out_is_x) dense_run<Op, E, Out, output_is::x, XRepeats, YRepeats>(out, x, y, n);
    else if (out_is_y) dense_run<Op, E, Out, output_is::y, XRepeats, YRepeats>(out, x, y, n);
    else dense_run<Op, E, Out, output_is::neither, XRepeats, YRepeats>(out, x, y, n);
}

// Runs a dense run and says so, or says it is not one.
template <binary_op Op, class E, class Out>
bool ran_dense(std::array<std::byte*, 3> p, std::array<std::int64_t, 3> strides, std::int64_t n) {
    constexpr auto in_size = static_cast<std::int64_t>(sizeof(E));
    if (strides[0] != static_cast<std::int64_t>(sizeof(Out))) return false;
    const bool x_dense = strides[1] == in_size, y_dense = strides[2] == in_size;
    const bool x_repeats = strides[1] == 0, y_repeats = strides[2] == 0;
    if (x_dense && y_dense) dense_run_for<Op, E, Out, false, false>(p[0], p[1], p[2], n);
    else if (x_dense && y_repeats) dense_run_for<Op, E, Out, false, true>(p[0], p[1], p[2], n);
    else if (x_repeats && y_dense) dense_run_for<Op, E, Out, true, false>(p[0], p[1], p[2], n);
    else return false;
    return true;
}

template <binary_op Op, dtype T>
void typed_loop(std::array<std::byte*, 3> p, std::array<std::int64_t, 3> strides, std::int64_t n) {
    using E = element_t<T>;
    using Out = std::conditional_t<(Op == binary_op::add || Op == binary_op::subtract || Op == binary_op::multiply), E, std::uint8_t>;
    // Bool loops answer by position within a run (below), so they always take the element loop.
    if constexpr (T != dtype::bool_) {
        if (ran_dense<Op, E, Out>(p, strides, n)) return;
    }
    // Bool comparisons read nonzero bytes as True, except in the SIMD loop for a contiguous array against a
    // scalar (stride 0, contiguous output): NumPy 1.24 compares both bytes as they are, NumPy 2 only past the
    // last whole vector block of the run (semantics.hpp).
    [[maybe_unused]] const bool scalar_loop_x = strides[1] == 0 && strides[2] == 1 && strides[0] == 1;
    [[maybe_unused]] const bool scalar_loop_y = strides[2] == 0 && strides[1] == 1 && strides[0] == 1;
    [[maybe_unused]] std::int64_t raw_from = 0;
    if constexpr (T == dtype::bool_) {
        const std::int64_t block = active_semantics().bool_scalar_comparison_vector_block;
        raw_from = block > 0 ? n - n % block : 0;
    }
    for (std::int64_t i = 0; i < n; ++i, p[0] += strides[0], p[1] += strides[1], p[2] += strides[2]) {
        E x, y;
        std::memcpy(&x, p[1], sizeof x);
        std::memcpy(&y, p[2], sizeof y);
        Out result;
        if constexpr (T == dtype::bool_) {
            const bool raw = i >= raw_from;
            result = apply_bool<Op>(x, y, scalar_loop_x && raw, scalar_loop_y && raw);
        }
        else {
            result = static_cast<Out>(apply_element<Op>(x, y));
        }
        std::memcpy(p[0], &result, sizeof result);
    }
}

template <std::size_t... Ops, std::size_t... Types>
constexpr auto make_loop_table(std::index_sequence<Ops...>, std::index_sequence<Types...>) {
    std::array<std::array<binary_loop, sizeof...(Types)>, sizeof...(Ops)> table{};
    auto row = [&]<std::size_t Op>(std::integral_constant<std::size_t, Op>) {
        ((table[Op][Types] = &typed_loop<static_cast<binary_op>(Op), static_cast<dtype>(Types)>), ...);
    };
    (row(std::integral_constant<std::size_t, Ops>{}), ...);
    return table;
}

constexpr auto loop_table = make_loop_table(std::make_index_sequence<op_count>{}, std::make_index_sequence<13>{});

binary_loop loop_for(binary_op op, dtype t) {
    return loop_table[static_cast<std::size_t>(op)][static_cast<std::size_t>(t)];
}

// ---- Operands -------------------------------------------------------------------------------------------

const dims no_dims{};

const dims& shape_of(const operand& x) {
    if (const auto* a = std::get_if<array>(&x)) return (*a)->shape();
    return no_dims;
}

dtype dtype_of(const operand& x) {
    if (const auto* a = std::get_if<array>(&x)) return (*a)->type();
    return std::get<scalar>(x).type;
}

typed_operand describe(const operand& x) {
    if (const auto* s = std::get_if<scalar>(&x)) return {s->type, *s, s->is_python_number()};
    const ndarray& a = *std::get<array>(x);
    if (a.ndim() == 0) return {a.type(), load_element(a.type(), a.data())};
    return {a.type(), std::nullopt};
}

// The loop dtype, with NumPy's rejection of boolean subtraction; and the dtype the output's layout is decided
// for: the same, except that a comparison with a Python int outside the array's type runs NumPy 2's
// fixed-result loop on the array's own dtype (no cast), while the engine compares in a wider loop.
struct loop_types {
    dtype loop;
    dtype layout;
};

loop_types resolve_loop_types(binary_op op, const operand& a, const operand& b) {
    const std::array<typed_operand, 2> operands{describe(a), describe(b)};
    const dtype nominal = result_type(operands);
    dtype loop = nominal;
    if (active_semantics().nep50_weak_python_scalars) {
        for (const typed_operand& x : operands) {
            if (!x.python_number || !is_integer(x.type) || python_int_fits(*x.value, loop)) continue;
            if (!is_comparison(op)) check_python_int_fits(*x.value, loop);  // OverflowError
            // NumPy 2 compares a Python int outside the array's integer type by its true value: a loop wide
            // enough to hold both (int64 when it fits, else float64, whose rounding cannot flip a comparison
            // against a value outside the other operand's range) gives the same answers.
            const bool fits_int64 = !std::holds_alternative<std::uint64_t>(x.value->value);
            loop = fits_int64 && loop != dtype::uint64 ? dtype::int64 : dtype::float64;
        }
    }
    if (op == binary_op::subtract && loop == dtype::bool_)
        raise(error_category::type_error,
              "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, "
              "or the logical_xor function instead.");
    return {loop, nominal};
}

dtype output_type(binary_op op, dtype loop) { return is_comparison(op) ? dtype::bool_ : loop; }

// An input ready for the loop: memory in the loop dtype and strides broadcast to the iteration shape.
// Holds whatever temporary it had to make.
struct loop_input {
    const std::byte* data = nullptr;
    dims strides;
    array converted;                        // a cast copy of an array input
    alignas(16) std::byte cell[16] = {};   // a scalar (or 0-d value) in the loop dtype
};

void prepare_input(loop_input& in, const operand& x, dtype loop, const dims& shape) {
    const auto* a = std::get_if<array>(&x);
    if (!a || ((*a)->ndim() == 0 && (*a)->type() != loop)) {
        // One value, repeated through a zero stride.
        const scalar value = a ? load_element((*a)->type(), (*a)->data()) : std::get<scalar>(x);
        store_element(loop, in.cell, value);
        in.data = in.cell;
        in.strides = dims(shape.size(), 0);
        return;
    }
    const ndarray* source = a->get();
    if (source->type() != loop) {
        in.converted = copy_of(*source, order::K, loop);
        source = in.converted.get();
    }
    in.data = source->data();
    in.strides = broadcast_strides(source->shape(), source->strides(), shape);
}

// A 2-D iteration where an input walks across the output's grain (a.T + b): its inner steps are longer than
// its outer ones, so a row of the output touches a new cache line of it at every element.
bool input_crosses_the_grain(const strided_iteration& it) {
    if (it.shape.size() != 2 || it.shape[0] < 16 || it.shape[1] < 16) return false;
    for (std::size_t k = 1; k < it.strides.size(); ++k) {
        const std::int64_t outer = std::abs(it.strides[k][0]), inner = std::abs(it.strides[k][1]);
        if (outer != 0 && inner > outer) return true;
    }
    return false;
}

// The same runs cut into square tiles, so that the lines of the crossing input are reused from cache. Each
// output element still depends only on the inputs at its own position (see output_is), so the order in which
// the elements are computed cannot show.
void run_tiled(const strided_iteration& it, std::array<std::byte*, 3> start, binary_loop body) {
    constexpr std::int64_t tile = 32;
    const std::array<std::int64_t, 3> inner{it.strides[0][1], it.strides[1][1], it.strides[2][1]};
    for (std::int64_t i0 = 0; i0 < it.shape[0]; i0 += tile) {
        const std::int64_t i1 = std::min(it.shape[0], i0 + tile);
        for (std::int64_t j0 = 0; j0 < it.shape[1]; j0 += tile) {
            const std::int64_t n = std::min(it.shape[1], j0 + tile) - j0;
            for (std::int64_t i = i0; i < i1; ++i) {
                std::array<std::byte*, 3> p{};
                for (std::size_t k = 0; k < 3; ++k) p[k] = start[k] + i * it.strides[k][0] + j0 * it.strides[k][1];
                body(p, inner, n);
            }
        }
    }
}

void run_loop(binary_op op, dtype loop, const ndarray& out, const loop_input& a, const loop_input& b) {
    if (out.size() == 0) return;
    const binary_loop body = loop_for(op, loop);
    const std::array<std::byte*, 3> start{out.data(), const_cast<std::byte*>(a.data), const_cast<std::byte*>(b.data)};
    // A contiguous output with every input laid out as it is (or repeated through zero strides) is the single
    // run that coalescing would find, taken without it: small operations are dominated by such set-up.
    if (out.ndim() > 0 && (out.c_contiguous() || out.f_contiguous())) {
        const auto run_step = [&](const dims& strides) -> std::optional<std::int64_t> {
            if (strides == out.strides()) return out.itemsize();
            for (const std::int64_t stride : strides)
                if (stride != 0) return std::nullopt;
            return 0;
        };
        const auto a_step = run_step(a.strides), b_step = run_step(b.strides);
        if (a_step && b_step) {
            body(start, {out.itemsize(), *a_step, *b_step}, out.size());
            return;
        }
    }
    const strided_iteration it = coalesce_in_memory_order(out.shape(), {out.strides(), a.strides, b.strides});
    // Bool loops answer by position within a run (typed_loop), so their runs are never cut.
    if (loop != dtype::bool_ && input_crosses_the_grain(it)) {
        run_tiled(it, start, body);
        return;
    }
    for_each_inner_run<3>(it, start, [&](std::array<std::byte*, 3> p, std::array<std::int64_t, 3> strides, std::int64_t n) {
        body(p, strides, n);
    });
}

// ---- Output layout --------------------------------------------------------------------------------------

constexpr std::int64_t ufunc_buffer_size = 8192;  // NPY_BUFSIZE, in elements

// NumPy's try_trivial_single_output_loop (with check_for_trivial_loop): the plain C or F order of the
// output when the trivial path applies, nothing otherwise. `input_types` are the dtypes of all inputs,
// scalars included (as the 0-d arrays NumPy makes of them).
std::optional<order> trivial_output_order(const std::vector<const ndarray*>& inputs,
                                          const std::vector<dtype>& input_types, dtype loop) {
    // A cast to the loop dtype that is not same_kind by dtype alone (uint8_array + 5 casts int64 -> uint8,
    // allowed only by value) sends NumPy to the iterator.
    for (dtype t : input_types)
        if (!can_cast(t, loop, casting::same_kind)) return std::nullopt;
    const dims* common_shape = nullptr;
    int agreed_flags = 0;  // 1: C-contiguous, 2: F-contiguous
    for (const ndarray* a : inputs) {
        if (a->ndim() == 0) continue;
        // An input needing a cast is copied only when small and 1-D; otherwise the iterator takes over.
        if (a->type() != loop && (a->ndim() > 1 || a->size() > ufunc_buffer_size)) return std::nullopt;
        if (!common_shape) common_shape = &a->shape();
        else if (*common_shape != a->shape()) return std::nullopt;
        if (a->ndim() == 1) continue;
        const int flags = (a->c_contiguous() ? 1 : 0) | (a->f_contiguous() ? 2 : 0);
        if (flags == 0) return std::nullopt;
        if (agreed_flags == 0) agreed_flags = flags;
        else if (agreed_flags != flags) return std::nullopt;
    }
    if (!common_shape) return std::nullopt;
    return agreed_flags == 2 ? order::F : order::C;
}

array allocate_output(const operand& a, const operand& b, dtype loop, dtype out_type, const dims& shape) {
    std::vector<const ndarray*> inputs;
    for (const operand* x : {&a, &b})
        if (const auto* arr = std::get_if<array>(x)) inputs.push_back(arr->get());
    // Under NEP 50 a Python number is converted straight to the loop dtype, so it never blocks the trivial
    // path (NumPy 1.x made an int64/float64/complex128 0-d array of it first, which may need a cast).
    const auto input_type = [&](const operand& x) {
        const auto* s = std::get_if<scalar>(&x);
        return s && s->is_python_number() && active_semantics().nep50_weak_python_scalars ? loop : dtype_of(x);
    };
    // The loop writes every element of the output, so it is not zero-filled first.
    if (const auto o = trivial_output_order(inputs, {input_type(a), input_type(b)}, loop))
        return ndarray::allocate(out_type, shape, *o, initial_contents::unwritten);
    // The iterator ignores broadcast and length-1 axes of an input when ordering axes.
    std::vector<dims> votes;
    for (const ndarray* a : inputs) {
        dims st = broadcast_strides(a->shape(), a->strides(), shape);
        for (std::size_t i = 0; i < shape.size(); ++i)
            if (shape[i] == 1) st[i] = 0;
        votes.push_back(std::move(st));
    }
    return ndarray::allocate_strided(out_type, shape, iterator_output_strides(shape, votes, itemsize(out_type)),
                                     initial_contents::unwritten);
}

bool is_zero_dimensional(const operand& x) { return shape_of(x).empty(); }

// The iterator's message: every operand's shape (the output's too when there is one), each followed by a space.
[[noreturn]] void raise_not_broadcastable(const std::vector<dims>& shapes) {
    std::string message = "operands could not be broadcast together with shapes ";
    for (const auto& shape : shapes) message += shape_text(shape) + " ";
    raise(error_category::value_error, message);
}

}  // namespace

dtype result_type(const std::vector<operand>& operands) {
    std::vector<typed_operand> described;
    for (const auto& x : operands) described.push_back(describe(x));
    return engine::result_type(std::span<const typed_operand>(described));
}

std::variant<array, scalar> apply(binary_op op, const operand& a, const operand& b) {
    const auto [loop, layout_loop] = resolve_loop_types(op, a, b);
    const dtype out_type = output_type(op, loop);

    dims shape;
    try {
        shape = broadcast_shapes({shape_of(a), shape_of(b)});
    } catch (const error&) {
        // array == array that cannot broadcast is not an error in 1.24: the comparison "fails", Python falls
        // back to identity, and the result is False for == (True for !=). NumPy 2 raises.
        if (!active_semantics().unbroadcastable_comparison_raises) {
            if (op == binary_op::equal) return make_bool(false);
            if (op == binary_op::not_equal) return make_bool(true);
        }
        raise_not_broadcastable({shape_of(a), shape_of(b)});
    }

    loop_input in_a, in_b;
    prepare_input(in_a, a, loop, shape);
    prepare_input(in_b, b, loop, shape);

    if (is_zero_dimensional(a) && is_zero_dimensional(b)) {
        // Only scalars and 0-d arrays: NumPy hands back a scalar.
        const array cell = ndarray::allocate(out_type, {});
        run_loop(op, loop, *cell, in_a, in_b);
        return load_element(out_type, cell->data());
    }
    const array out = allocate_output(a, b, layout_loop, out_type, shape);
    run_loop(op, loop, *out, in_a, in_b);
    return out;
}

void apply_inplace(binary_op op, const array& target, const operand& b) {
    if (!target->writeable()) raise(error_category::value_error, "output array is read-only");
    const operand a = target;
    const dtype loop = resolve_loop_types(op, a, b).loop;
    const dtype out_type = output_type(op, loop);
    if (!can_cast(out_type, target->type(), casting::same_kind))
        raise(error_category::type_error, "Cannot cast ufunc '" + ufunc_name(op) + "' output from " +
                                              dtype_repr(out_type) + " to " + dtype_repr(target->type()) +
                                              " with casting rule 'same_kind'");
    dims shape;
    try {
        shape = broadcast_shapes({target->shape(), shape_of(b)});
    } catch (const error&) {
        raise_not_broadcastable({target->shape(), shape_of(b), target->shape()});  // the output is listed too
    }
    if (shape != target->shape())
        raise(error_category::value_error, "non-broadcastable output operand with shape " +
                                               shape_text(target->shape()) + " doesn't match the broadcast shape " +
                                               shape_text(shape));

    // As if the inputs were copied first: an input in target's memory, other than target itself element for
    // element, is read from a copy (NumPy's COPY_IF_OVERLAP; copying more often than strictly needed cannot
    // change a value).
    operand second = b;
    if (const auto* arr = std::get_if<array>(&b)) {
        const ndarray& x = **arr;
        const bool same_elements = x.data() == target->data() && x.shape() == target->shape() &&
                                   x.strides() == target->strides() && x.type() == target->type();
        if (x.memory() == target->memory() && !same_elements) second = copy_of(x, order::K);
    }

    loop_input in_a, in_b;
    prepare_input(in_a, a, loop, shape);
    prepare_input(in_b, second, loop, shape);
    // A target whose elements overlap each other (zero strides, as_strided windows) is written through a
    // temporary and copied back in order, as NumPy's iterator does (internal overlap, max_work 1).
    const bool target_overlaps_itself =
        solve_may_have_internal_overlap(region_of(*target), 1) != overlap::no;
    if (out_type == target->type() && !target_overlaps_itself) {
        run_loop(op, loop, *target, in_a, in_b);
        return;
    }
    // The loop writes its own dtype; the cast into target is unsafe (values wrap), as NumPy's output cast.
    const array result = ndarray::allocate(out_type, shape, order::C, initial_contents::unwritten);
    run_loop(op, loop, *result, in_a, in_b);
    assign(*target, *result);
}

}  // namespace engine
