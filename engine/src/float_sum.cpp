// The float sums of NumPy's add.reduce (float_sum.hpp).
//
// NumPy reduces through an iterator over the input and the output, whose strides are 0 along the reduced axes. The
// iterator orders the axes by the operands' strides (nditer_order, never turning an axis round: reductions ask it
// not to), coalesces them, and hands its loop runs (buffered_iteration.hpp): NumPy 2.4 grows a core by cost but
// stops one axis past the first where the output's stride turns between 0 and not 0; NumPy 1.24 hands runs of at
// most 8,192 elements that restart at each output element. The output starts at add's identity, +0.0 (so a sum
// of -0.0 alone is +0.0). A run along which the output stays put (its stride 0) is a reduce call: the loop adds
// the run's pairwise sum to the output (loops_utils.h.src, pairwise_sum):
//   - fewer than 8 elements: added one by one to -0.0;
//   - up to 128: eight running sums r[0..7] of the elements i = j mod 8 (from the first 8 elements on), combined as
//     ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)), then the last n mod 8 added one by one;
//   - more: split at n/2 rounded down to a multiple of 8, each half summed so, the two added.
// Complex numbers do the same on their parts, counting floats: fewer than 4 elements one by one, up to 64 four
// running sums per part combined as (r0 + r2) + (r4 + r6), longer runs split at a multiple of 4 elements. A run
// along which the output moves is a plain elementwise add (out[i] = out[i] + x[i]). float16 elements are summed in
// float and stored back as float16 after each loop call; elementwise each add is stored back.
//
// Which NaN comes out where two meet follows x86's rule (the first operand's) in the order NumPy's compiled loops
// put them: the running value first, except that float16's loops (compiled apart, computing in float) take the new
// element's in the eight running sums and in the elementwise add (measured: a 16-element float16 sum passes on the
// NaN of element 8, a float16 sum over an outer axis the last row's).
#include "float_sum.hpp"

#include <bit>
#include <cmath>
#include <cstring>

#include "engine/float16.hpp"
#include "engine/layout.hpp"
#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"
#include "engine/strided_loop.hpp"
#include "buffered_iteration.hpp"
#include "ufunc_elements.hpp"

namespace engine::detail {

namespace {

// x + y with x86's choice of NaN: the first NaN operand's, quieted.
template <class R> R add(R x, R y) {
    if (std::isnan(x)) return elements::quieted(x);
    if (std::isnan(y)) return elements::quieted(y);
    return x + y;
}

// How one element type is read, summed and stored: R the arithmetic (float for float16), `lanes` 1 or 2 (complex).
template <class Storage, class R, int Lanes>
struct element_rules {
    using real = R;
    static constexpr int lanes = Lanes;
    static constexpr bool half = std::is_same_v<Storage, std::uint16_t>;
    static R load(const std::byte* p, int lane) {
        Storage s;
        std::memcpy(&s, p + lane * sizeof(Storage), sizeof(Storage));
        if constexpr (half) return float_from_half_bits(s);
        else return s;
    }
    // The value a store into the element keeps.
    static R stored(R v) {
        if constexpr (half) return float_from_half_bits(half_bits_from_double(static_cast<double>(v)));
        else return v;
    }
};

// NumPy's pairwise sum of the reals x[0], x[step], ... (n of them), `new_first`: the eight running sums take the new
// element's NaN.
template <class R>
R pairwise_sum(const R* x, std::int64_t n, std::int64_t step, bool new_first) {
    if (n < 8) {
        R res = -0.0;
        for (std::int64_t i = 0; i < n; ++i) res = add(res, x[i * step]);
        return res;
    }
    if (n <= 128) {
        R r[8];
        for (int j = 0; j < 8; ++j) r[j] = x[j * step];
        std::int64_t i = 8;
        for (; i < n - n % 8; i += 8)
            for (int j = 0; j < 8; ++j)
                r[j] = new_first ? add(x[(i + j) * step], r[j]) : add(r[j], x[(i + j) * step]);
        R res = add(add(add(r[0], r[1]), add(r[2], r[3])), add(add(r[4], r[5]), add(r[6], r[7])));
        for (; i < n; ++i) res = add(res, x[i * step]);
        return res;
    }
    std::int64_t n2 = n / 2;
    n2 -= n2 % 8;
    return add(pairwise_sum(x, n2, step, new_first), pairwise_sum(x + n2 * step, n - n2, step, new_first));
}

// The same for complex numbers stored as (re, im) pairs, n counting floats (twice the elements), as NumPy's complex
// pairwise sum walks them.
template <class R>
std::array<R, 2> complex_pairwise_sum(const R* x, std::int64_t n) {
    if (n < 8) {
        std::array<R, 2> res{R(-0.0), R(-0.0)};
        for (std::int64_t i = 0; i < n; i += 2) {
            res[0] = add(res[0], x[i]);
            res[1] = add(res[1], x[i + 1]);
        }
        return res;
    }
    if (n <= 128) {
        R r[8];
        for (int j = 0; j < 8; ++j) r[j] = x[j];
        std::int64_t i = 8;
        for (; i < n - n % 8; i += 8)
            for (int j = 0; j < 8; ++j) r[j] = add(r[j], x[i + j]);
        std::array<R, 2> res{add(add(r[0], r[2]), add(r[4], r[6])), add(add(r[1], r[3]), add(r[5], r[7]))};
        for (; i < n; i += 2) {
            res[0] = add(res[0], x[i]);
            res[1] = add(res[1], x[i + 1]);
        }
        return res;
    }
    std::int64_t n2 = n / 2;
    n2 -= n2 % 8;
    const auto a = complex_pairwise_sum(x, n2), b = complex_pairwise_sum(x + n2, n - n2);
    return {add(a[0], b[0]), add(a[1], b[1])};
}

// A running sum as a scalar of the accumulator dtype, and back.
template <class Rules>
scalar scalar_of(const std::array<typename Rules::real, 2>& v, dtype accumulator) {
    if constexpr (Rules::lanes == 2) {
        return scalar{dtype::complex128, std::complex<double>(v[0], v[1])}.cast_to(accumulator);
    } else if constexpr (Rules::half) {
        const std::uint16_t bits = half_bits_from_double(static_cast<double>(v[0]));
        return load_element(accumulator, reinterpret_cast<const std::byte*>(&bits));
    } else {
        return load_element(accumulator, reinterpret_cast<const std::byte*>(&v[0]));
    }
}
template <class Rules>
std::array<typename Rules::real, 2> running_sum_of(const scalar& s) {
    alignas(16) std::byte cell[16];
    store_element(s.type, cell, s);
    return {Rules::load(cell, 0), Rules::lanes == 2 ? Rules::load(cell, 1) : typename Rules::real(0)};
}

template <class Rules>
std::vector<scalar> sums(const ndarray& a, const ndarray& values, dtype accumulator, const std::vector<bool>& reduced,
                         const dims& out_strides, bool cast, std::optional<dtype> out_type) {
    using R = typename Rules::real;
    constexpr int lanes = Rules::lanes;
    // An output of another dtype is buffered: each loop call's sums are stored back into it (cast there and back).
    const auto store_back = [&](std::array<R, 2>& v) {
        if (out_type) v = running_sum_of<Rules>(scalar_of<Rules>(v, accumulator).cast_to(*out_type).cast_to(accumulator));
    };
    const dims& shape = a.shape();
    const std::size_t nd = shape.size();
    // Output elements numbered in C order over the kept axes.
    dims position_step(nd, 0);
    std::int64_t positions = 1;
    for (std::size_t d = nd; d-- > 0;) {
        if (reduced[d]) continue;
        position_step[d] = positions;
        positions *= shape[d];
    }
    const axis_order o = nditer_order(shape, {out_strides, a.strides()}, false);
    dims order_shape, order_value_step, order_position_step;
    std::vector<dims> decided(2);
    for (const std::size_t d : o.outer_to_inner) {
        order_shape.push_back(shape[d]);
        decided[0].push_back(out_strides[d]);
        decided[1].push_back(a.strides()[d]);
        order_value_step.push_back(values.strides()[d]);
        order_position_step.push_back(position_step[d]);
    }
    iteration_operands operands{.reduced_into = 0};
    operands.cast = {out_type.has_value(), cast};
    const std::vector<buffered_run> runs = numpy_buffered_runs(coalesce(order_shape, decided), operands);

    std::vector<std::array<R, 2>> acc(static_cast<std::size_t>(positions), std::array<R, 2>{R(0), R(0)});
    // An odometer over the ordered axes: the runs follow each other in that (C) order.
    dims index(order_shape.size(), 0);
    const std::byte* value = values.data();
    std::int64_t position = 0;
    const auto advance = [&] {
        for (std::size_t d = order_shape.size(); d-- > 0;) {
            value += order_value_step[d];
            position += order_position_step[d];
            if (++index[d] < order_shape[d]) return;
            value -= order_value_step[d] * order_shape[d];
            position -= order_position_step[d] * order_shape[d];
            index[d] = 0;
        }
    };
    std::vector<R> run_values;
    std::vector<std::int64_t> run_positions;
    for (const buffered_run& run : runs) {
        run_values.clear();
        run_positions.clear();
        for (std::int64_t i = 0; i < run.length; ++i) {
            for (int lane = 0; lane < lanes; ++lane) run_values.push_back(Rules::load(value, lane));
            run_positions.push_back(position);
            advance();
        }
        const bool reduce_call = run.length > 1 && run_positions.front() == run_positions.back();
        if (reduce_call) {
            std::array<R, 2>& out = acc[static_cast<std::size_t>(run_positions.front())];
            if constexpr (lanes == 2) {
                const auto s = complex_pairwise_sum(run_values.data(), 2 * run.length);
                out = {add(out[0], s[0]), add(out[1], s[1])};
            } else {
                out[0] = Rules::stored(add(out[0], pairwise_sum(run_values.data(), run.length, 1, Rules::half)));
            }
            // NumPy 2.4 writes a cast output back after each loop call, except over reduce cores; NumPy 1.24 (and
            // 2.4 between reduce cores) keeps reusing its buffer while it holds the same output elements: the
            // engine rounds those only at the end (measured: a 1-d float32 out of a float64 sum of 20,000
            // elements; a float32 out of a sum over axes 0 and 2).
            if (active_semantics().buffered_iteration_picks_a_core && !run.reduce_core) store_back(out);
            continue;
        }
        for (std::int64_t i = 0; i < run.length; ++i) {
            std::array<R, 2>& out = acc[static_cast<std::size_t>(run_positions[static_cast<std::size_t>(i)])];
            for (int lane = 0; lane < lanes; ++lane) {
                const R x = run_values[static_cast<std::size_t>(i * lanes + lane)];
                out[lane] = Rules::stored(Rules::half ? add(x, out[lane]) : add(out[lane], x));
            }
        }
    }
    std::vector<scalar> result;
    result.reserve(acc.size());
    for (const auto& v : acc) result.push_back(scalar_of<Rules>(v, accumulator));
    return result;
}

}  // namespace

std::vector<scalar> numpy_float_sums(const ndarray& a, const ndarray& values, dtype accumulator,
                                     const std::vector<bool>& reduced, const dims& out_strides, bool cast,
                                     std::optional<dtype> out_type) {
    switch (accumulator) {
        case dtype::float16:
            return sums<element_rules<std::uint16_t, float, 1>>(a, values, accumulator, reduced, out_strides, cast, out_type);
        case dtype::float32:
            return sums<element_rules<float, float, 1>>(a, values, accumulator, reduced, out_strides, cast, out_type);
        case dtype::float64:
            return sums<element_rules<double, double, 1>>(a, values, accumulator, reduced, out_strides, cast, out_type);
        case dtype::complex64:
            return sums<element_rules<float, float, 2>>(a, values, accumulator, reduced, out_strides, cast, out_type);
        case dtype::complex128:
            return sums<element_rules<double, double, 2>>(a, values, accumulator, reduced, out_strides, cast, out_type);
        default: break;
    }
    return {};
}

}  // namespace engine::detail
