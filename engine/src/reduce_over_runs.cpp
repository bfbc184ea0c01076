// Float and complex sums and products, float maxima and minima, of NumPy's add, multiply, maximum and minimum
// reduce (reduce_over_runs.hpp).
//
// NumPy reduces through an iterator over the input and the output, whose strides are 0 along the reduced axes. The
// iterator orders the axes by the operands' strides (nditer_order, never turning an axis round: reductions ask it
// not to), coalesces them, and hands its loop runs (buffered_iteration.hpp): NumPy 2.4 grows a core by cost but
// stops one axis past the first where the output's stride turns between 0 and not 0; NumPy 1.24 hands runs of at
// most 8,192 elements that restart at each output element. The output starts at the identity (+0.0 for add, so a
// sum of -0.0 alone is +0.0; 1 for multiply). The loop is called with (out, in, out):
//   - a run along which the output stays put (its stride 0) is a reduce call: add adds the run's pairwise sum to
//     the output (loops_utils.h.src, pairwise_sum): fewer than 8 elements added one by one to -0.0; up to 128, eight
//     running sums r[0..7] of the elements i = j mod 8, combined as ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 +
//     r7)), then the last n mod 8 one by one; more, split at n/2 rounded down to a multiple of 8, each half summed
//     so, the two added. Complex numbers do the same on their parts, counting floats. multiply multiplies the run
//     into the output one element after another (complex: its running product's kernel). float16 computes in float
//     and stores back as float16 at the end of the call.
//   - maximum and minimum start from each output's first element (copied; the output's first run skips it): a
//     reduce call over a contiguous float32/float64 run is NumPy's vector loop (vector_extremum), a strided one its
//     scalar loop unrolled by eight; x86's compare returns the second operand on a tie, so lanes, halving order
//     and unrolling decide which of 0.0 and -0.0 comes out (extremum_of).
//   - a run along which the output moves is the plain add or multiply loop, out[i] = out[i] OP x[i], with the steps
//     the iterator hands it (a buffered operand's contiguous): the engine runs its own model of those loops (which
//     kernel, which NaN) on views of the run.
//
// Which NaN comes out where two meet in a reduce call follows x86's rule (the first operand's) in the order NumPy's
// compiled loops put them: the running value first, except that float16's loops (compiled apart, computing in
// float) take the new element's in the eight running sums and in products (measured: a 16-element float16 sum passes
// on the NaN of element 8).
#include "reduce_over_runs.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

#include "engine/float16.hpp"
#include "engine/layout.hpp"
#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"
#include "engine/strided_loop.hpp"
#include "engine/ufunc.hpp"
#include "buffered_iteration.hpp"
#include "cast_run.hpp"
#include "ufunc_elements.hpp"

namespace engine::detail {

namespace {

using elements::ordered_product;
using elements::ordered_sum;

// How one element type is read, summed and stored: R the arithmetic (float for float16), `lanes` 1 or 2 (complex).
template <class Storage, class R, int Lanes>
struct element_rules {
    using real = R;
    using storage = Storage;
    static constexpr int lanes = Lanes;
    static constexpr bool half = std::is_same_v<Storage, std::uint16_t>;
    static constexpr bool element_by_element = false;
    static R value(Storage s) {
        if constexpr (half) return float_from_half_bits(s);
        else return s;
    }
    static R load(const std::byte* p, int lane) {
        Storage s;
        std::memcpy(&s, p + lane * sizeof(Storage), sizeof(Storage));
        return value(s);
    }
    // Stores a real into a one-lane element (float16 rounded as NumPy's float-to-half does).
    static void store(std::byte* p, R v) {
        if constexpr (half) {
            const std::uint16_t bits = half_bits_from_double(static_cast<double>(v));
            std::memcpy(p, &bits, sizeof bits);
        } else {
            const Storage s = v;
            std::memcpy(p, &s, sizeof s);
        }
    }
};

// Integer sums, products and extrema and complex extrema, which reduce_runs walks only for the write-back of an out=
// of another dtype: each reduce call meets its elements in turn (their loops' order shows in nothing else than which
// NaN a complex extremum keeps, and that is the order met here).
struct element_by_element_rules {
    using real = double;  // (run_values' type; not used)
    static constexpr bool element_by_element = true;
};

// NumPy's maximum (`max`) or minimum of two float elements as its loops compare them (loops_minmax.dispatch.c.src):
// x86's maxsd/maxpd give the second operand unless the first is greater, and NumPy blends a NaN first operand back,
// so a NaN first operand wins, then the greater, and a tie (0.0 and -0.0) gives the second. float16's loop
// (HALF_maximum, loops.c.src: x >= y || isnan(x) ? x : y) keeps the first on a tie. The element is passed on as it
// is (its NaN payload, its zero's sign).
template <class Rules>
typename Rules::storage extremum_of(typename Rules::storage a, typename Rules::storage b, bool max) {
    const auto x = Rules::value(a), y = Rules::value(b);
    if (std::isnan(x)) return a;
    if constexpr (Rules::half) return (max ? x >= y : x <= y) ? a : b;
    else return (max ? x > y : x < y) ? a : b;
}

// NumPy's vector reduce loop for float32/float64 max/min over a contiguous run x[0..n) into `out`
// (simd_reduce_c_max_f64 and its kin): `lanes` running extrema start as the output; blocks of eight vectors are
// combined pairwise ((v0, v1), (v2, v3), then those, then into the running lanes), then single vectors; if any lane
// holds a NaN the result is the positive quiet NaN (npyv_reduce_maxn), else the lanes are halved down to one, each
// step comparing one half's lanes with the other's. Which half comes first decides a tie: AVX-512's loops reduce
// through the compiler's _mm512_reduce_max_pd/ps (GCC: the upper half first for the first two halvings, then the
// lower), the AVX2 and baseline loops through NumPy's own (the lower half first throughout); measured against both
// NumPys on random signs of zeros at every length to 140, each CPU target. The elements after the last whole
// vector are compared one by one (the scalar loop).
template <class Rules>
typename Rules::storage vector_extremum(typename Rules::storage out, const typename Rules::storage* x,
                                        std::int64_t n, std::int64_t lanes, bool max) {
    using S = typename Rules::storage;
    const auto combine = [max](std::vector<S>& into, const S* a, const S* b) {
        for (std::size_t k = 0; k < into.size(); ++k) into[k] = extremum_of<Rules>(a[k], b[k], max);
    };
    const auto width = static_cast<std::size_t>(lanes);
    std::vector<S> acc(width, out), r01(width), r23(width), r45(width), r67(width);
    std::int64_t i = 0;
    for (; n - i >= 8 * lanes; i += 8 * lanes) {
        const S* v = x + i;
        combine(r01, v, v + lanes);
        combine(r23, v + 2 * lanes, v + 3 * lanes);
        combine(r45, v + 4 * lanes, v + 5 * lanes);
        combine(r67, v + 6 * lanes, v + 7 * lanes);
        combine(r01, r01.data(), r23.data());
        combine(r45, r45.data(), r67.data());
        combine(r01, r01.data(), r45.data());
        combine(acc, acc.data(), r01.data());
    }
    for (; n - i >= lanes; i += lanes) combine(acc, acc.data(), x + i);
    S result;
    if (std::any_of(acc.begin(), acc.end(), [](S v) { return std::isnan(Rules::value(v)); })) {
        result = std::numeric_limits<S>::quiet_NaN();
    } else {
        const bool upper_first = lanes * static_cast<std::int64_t>(sizeof(S)) == 64;
        for (int halving = 0; acc.size() > 1; ++halving) {
            const std::size_t h = acc.size() / 2;
            for (std::size_t k = 0; k < h; ++k)
                acc[k] = upper_first && halving < 2 ? extremum_of<Rules>(acc[h + k], acc[k], max)
                                                    : extremum_of<Rules>(acc[k], acc[h + k], max);
            acc.resize(h);
        }
        result = acc[0];
    }
    for (; i < n; ++i) result = extremum_of<Rules>(result, x[i], max);
    return result;
}

// Which compiled copy of NumPy's pairwise sum runs a call: the function itself, or one of the copies of it its
// compiler inlined for the function's two halves (whose own halves call the function again).
enum class pairwise_copy { function, first_half, second_half };

// NumPy's pairwise sum of the reals x[0..n), `new_first`: float16's loop, whose eight running sums take the new
// element's NaN and whose halves add in order. Which NaN comes out of the others' adds follows their copies
// (semantics::pairwise_sum_first_half_adds_second_first).
template <class R>
R pairwise_sum(const R* x, std::int64_t n, bool new_first, pairwise_copy copy = pairwise_copy::function) {
    if (n < 8) {
        R res = -0.0;
        for (std::int64_t i = 0; i < n; ++i) res = ordered_sum(res, x[i]);
        return res;
    }
    const semantics& rules = active_semantics();
    if (n <= 128) {
        R r[8];
        for (int j = 0; j < 8; ++j) r[j] = x[j];
        std::int64_t i = 8;
        for (; i < n - n % 8; i += 8)
            for (int j = 0; j < 8; ++j)
                r[j] = new_first ? ordered_sum(x[i + j], r[j]) : ordered_sum(r[j], x[i + j]);
        const bool r3_first = !new_first && copy == pairwise_copy::function && rules.pairwise_sum_combines_r3_first;
        const R r23 = r3_first ? ordered_sum(r[3], r[2]) : ordered_sum(r[2], r[3]);
        R res = ordered_sum(ordered_sum(ordered_sum(r[0], r[1]), r23),
                            ordered_sum(ordered_sum(r[4], r[5]), ordered_sum(r[6], r[7])));
        for (; i < n; ++i) res = ordered_sum(res, x[i]);
        return res;
    }
    std::int64_t n2 = n / 2;
    n2 -= n2 % 8;
    const bool inlined = copy == pairwise_copy::function;
    const R first = pairwise_sum(x, n2, new_first, inlined ? pairwise_copy::first_half : pairwise_copy::function);
    const R second =
        pairwise_sum(x + n2, n - n2, new_first, inlined ? pairwise_copy::second_half : pairwise_copy::function);
    const bool second_first = !new_first && (copy == pairwise_copy::second_half ||
                                             (copy == pairwise_copy::first_half &&
                                              rules.pairwise_sum_first_half_adds_second_first));
    return second_first ? ordered_sum(second, first) : ordered_sum(first, second);
}

// The same for complex numbers stored as (re, im) pairs, n counting floats (twice the elements), as NumPy's complex
// pairwise sum walks them: four running sums of each part, r0 r2 r4 r6 (the real parts of elements i = j mod 4) and
// r1 r3 r5 r7. NumPy 2.4's compiler laid the function and its two inlined copies out apart (fitted to 2,800 sums of
// 4 to 1,000 elements with NaNs of distinct payloads, complex64 and complex128, both NumPy 2 builds: no mismatch,
// 2026-12-06): the function combines them as (r2 + r0) + (r6 + r4), the copy for the first half as (r0 + r2) + (r4 +
// r6), the copy for the second half as (r4 + r6) + (r2 + r0), whose complex64 build also adds each new element
// first (to the running sums and in the tail); every copy adds its halves first half first. NumPy 1.24 keeps the
// source's order throughout.
template <class R>
std::array<R, 2> complex_pairwise_sum(const R* x, std::int64_t n, pairwise_copy copy = pairwise_copy::function) {
    if (n < 8) {
        std::array<R, 2> res{R(-0.0), R(-0.0)};
        for (std::int64_t i = 0; i < n; i += 2) {
            res[0] = ordered_sum(res[0], x[i]);
            res[1] = ordered_sum(res[1], x[i + 1]);
        }
        return res;
    }
    const bool numpy_2 = active_semantics().complex_loops != semantics::complex_loop_build::numpy_1_24;
    const bool new_first = numpy_2 && copy == pairwise_copy::second_half && std::is_same_v<R, float>;
    const auto add = [new_first](R running, R element) {
        return new_first ? ordered_sum(element, running) : ordered_sum(running, element);
    };
    if (n <= 128) {
        R r[8];
        for (int j = 0; j < 8; ++j) r[j] = x[j];
        std::int64_t i = 8;
        for (; i < n - n % 8; i += 8)
            for (int j = 0; j < 8; ++j) r[j] = add(r[j], x[i + j]);
        std::array<R, 2> res;
        for (int part = 0; part < 2; ++part) {
            const R a = r[part], b = r[part + 2], c = r[part + 4], d = r[part + 6];
            if (!numpy_2 || copy == pairwise_copy::first_half)
                res[part] = ordered_sum(ordered_sum(a, b), ordered_sum(c, d));
            else if (copy == pairwise_copy::function)
                res[part] = ordered_sum(ordered_sum(b, a), ordered_sum(d, c));
            else
                res[part] = ordered_sum(ordered_sum(c, d), ordered_sum(b, a));
        }
        for (; i < n; i += 2) {
            res[0] = add(res[0], x[i]);
            res[1] = add(res[1], x[i + 1]);
        }
        return res;
    }
    std::int64_t n2 = n / 2;
    n2 -= n2 % 8;
    const bool inlined = copy == pairwise_copy::function;
    const auto a = complex_pairwise_sum(x, n2, inlined ? pairwise_copy::first_half : pairwise_copy::function);
    const auto b = complex_pairwise_sum(x + n2, n - n2, inlined ? pairwise_copy::second_half : pairwise_copy::function);
    return {ordered_sum(a[0], b[0]), ordered_sum(a[1], b[1])};
}

// The pointers of a run's elements, and whether they step evenly (one stride).
struct run_pointers {
    std::vector<std::byte*> at;
    bool even() const {
        for (std::size_t i = 2; i < at.size(); ++i)
            if (at[i] - at[i - 1] != at[1] - at[0]) return false;
        return true;
    }
    std::int64_t step() const { return at.size() > 1 ? at[1] - at[0] : 0; }
};

// A run of one operand as the loop is handed it: a view of its elements (one stride) or a contiguous copy of them
// (buffered), written back by `done` where the loop writes it.
struct run_operand {
    array view;
    bool copied = false;
    run_operand(const array& memory, dtype t, const run_pointers& p, bool buffered) {
        const auto n = static_cast<std::int64_t>(p.at.size());
        copied = buffered || !p.even();
        if (!copied) {
            view = ndarray::view_of(memory, t, {n}, {p.step()}, p.at.front() - memory->data());
            return;
        }
        view = ndarray::allocate(t, {n});
        for (std::int64_t i = 0; i < n; ++i)
            std::memcpy(view->data() + i * itemsize(t), p.at[static_cast<std::size_t>(i)], itemsize(t));
    }
    void done(const run_pointers& p) const {
        if (!copied) return;
        const std::int64_t size = itemsize(view->type());
        for (std::size_t i = 0; i < p.at.size(); ++i)
            std::memcpy(p.at[i], view->data() + static_cast<std::int64_t>(i) * size, size);
    }
};

// NumPy's reduction iteration of an array of `shape`: the axes in nditer order over the output's strides and the
// input's (none turned round), coalesced for the runs NumPy hands its loops, and an odometer that walks N operands
// laid out on that shape (`walked`) element by element in that order, as byte offsets from their element 0: the runs
// follow each other in C order over the ordered axes. A where= mask (`mask_strides`, broadcast to the shape) is the
// iterator's third operand.
template <std::size_t N>
class reduction_walk {
public:
    reduction_walk(const dims& shape, const dims& out_strides, const dims& a_strides,
                   const std::array<const dims*, N>& walked, const dims* mask_strides = nullptr) {
        std::vector<dims> operands{out_strides, a_strides};
        if (mask_strides) operands.push_back(*mask_strides);
        const axis_order o = nditer_order(shape, operands, false);
        std::vector<dims> decided(operands.size());
        for (const std::size_t d : o.outer_to_inner) {
            shape_.push_back(shape[d]);
            for (std::size_t k = 0; k < operands.size(); ++k) decided[k].push_back(operands[k][d]);
            for (std::size_t k = 0; k < N; ++k) steps_[k].push_back((*walked[k])[d]);
        }
        iteration_ = coalesce(shape_, decided);
        index_.assign(shape_.size(), 0);
    }
    // Operand 0 is the output, 1 the input.
    const strided_iteration& iteration() const { return iteration_; }
    std::int64_t at(std::size_t k) const { return at_[k]; }
    void advance() {
        for (std::size_t d = shape_.size(); d-- > 0;) {
            for (std::size_t k = 0; k < N; ++k) at_[k] += steps_[k][d];
            if (++index_[d] < shape_[d]) return;
            for (std::size_t k = 0; k < N; ++k) at_[k] -= steps_[k][d] * shape_[d];
            index_[d] = 0;
        }
    }

private:
    dims shape_;
    std::array<dims, N> steps_;
    strided_iteration iteration_;
    dims index_;
    std::array<std::int64_t, N> at_{};
};

template <class Rules>
std::vector<scalar> reduce_runs(reduce_op op, const ndarray& a, const array& values, dtype accumulator,
                                const std::vector<bool>& reduced, const dims& out_strides, bool cast,
                                std::optional<dtype> out_type,
                                const std::function<scalar(const scalar&, const scalar&)>& running_step,
                                reduce_start start, const ndarray* mask) {
    const std::int64_t size = itemsize(accumulator);
    const dims& shape = a.shape();
    const std::size_t nd = shape.size();

    // The output as the loop writes it: one element per output element of the accumulator dtype, laid out in the
    // output's axis order and directions (its steps pick the loop's kernel), starting at the identity.
    std::vector<std::size_t> kept;
    for (std::size_t d = 0; d < nd; ++d)
        if (!reduced[d]) kept.push_back(d);
    std::stable_sort(kept.begin(), kept.end(), [&](std::size_t i, std::size_t j) {
        return std::abs(out_strides[i]) > std::abs(out_strides[j]);
    });
    dims acc_strides(nd, 0), keepdims_shape(nd, 1);
    std::int64_t step = size, offset = 0, positions = 1;
    for (std::size_t k = kept.size(); k-- > 0;) {
        const std::size_t d = kept[k];
        keepdims_shape[d] = shape[d];
        acc_strides[d] = out_strides[d] < 0 ? -step : step;
        if (out_strides[d] < 0) offset += (shape[d] - 1) * step;
        step *= shape[d];
        positions *= shape[d];
    }
    const array acc_memory = ndarray::allocate(accumulator, {positions});
    if (op == reduce_op::multiply && !start.first_copied)
        for (std::int64_t i = 0; i < positions; ++i)
            store_element(accumulator, acc_memory->data() + i * size, scalar{dtype::float64, 1.0}.cast_to(accumulator));
    std::byte* const acc_start = acc_memory->data() + offset;
    // Without an identity NumPy copies each output element's first element (index 0 along the reduced axes) and
    // skips it on the output's first visit (reduction.c, PyArray_CopyInitialReduceValues; ufunc_object.c's
    // reduce_loop): a reduce call drops the run's first element, a run along the output all of it. Where
    // `start.values` are given the output starts from them: those first elements as an out= of another dtype holds
    // them (still skipped), or initial= (every element then reduced into it).
    const bool extremum = op == reduce_op::maximum || op == reduce_op::minimum;
    const std::vector<scalar>* const start_values = start.values;
    // An output's value as out holds it after NumPy's last write into out, until the loop changes it again.
    std::vector<std::optional<scalar>> in_out(static_cast<std::size_t>(positions));
    const auto slot = [&](const std::byte* p) { return static_cast<std::size_t>((p - acc_memory->data()) / size); };
    const std::vector<std::int64_t> c_order_at = c_order_offsets(keepdims_shape, acc_strides);
    if (start_values) {
        for (std::size_t i = 0; i < c_order_at.size(); ++i) {
            store_element(accumulator, acc_start + c_order_at[i], (*start_values)[i].cast_to(accumulator));
            in_out[slot(acc_start + c_order_at[i])] = (*start_values)[i];
        }
    }
    std::vector<char> visited(start.first_copied ? static_cast<std::size_t>(positions) : 0, 0);
    const auto first_visit = [&](const std::byte* p) {
        if (!start.first_copied) return false;
        char& seen = visited[static_cast<std::size_t>((p - acc_memory->data()) / size)];
        const bool first = seen == 0;
        seen = 1;
        return first;
    };
    const binary_op loop_op = op == reduce_op::add        ? binary_op::add
                              : op == reduce_op::multiply ? binary_op::multiply
                              : op == reduce_op::maximum  ? binary_op::maximum
                                                          : binary_op::minimum;

    // The walk's operands: the accumulator image, the values, and out's own offsets; the mask's in a walk of its own
    // in the same order (kept out of the unmasked walk, whose every step it would slow down).
    const dims* const mask_strides = mask ? &mask->strides() : nullptr;
    reduction_walk<3> walk(shape, out_strides, a.strides(), {&acc_strides, &values->strides(), &out_strides},
                           mask_strides);
    std::optional<reduction_walk<1>> mask_walk;
    if (mask)
        mask_walk.emplace(shape, out_strides, a.strides(), std::array<const dims*, 1>{mask_strides}, mask_strides);
    const strided_iteration& it = walk.iteration();
    // The loop's steps for the output along a run: 0 (a reduce call) or not (the elementwise loop).
    const bool reduce_calls = it.shape.empty() || it.strides[0].back() == 0;
    iteration_operands operands{.reduced_into = 0};
    operands.cast = {out_type.has_value(), cast};
    const std::vector<buffered_run> runs = numpy_buffered_runs(it, operands);
    // A cast output is buffered: each fill of the buffers reads the output elements it meets from out through the
    // cast into the accumulator's dtype (meet), and writes them back through the cast into out's when it ends
    // (write_back_held), so a value out of out's range is what the next fill starts from (an int64 maximum of 300
    // comes back from an int8 out as 44), unless the fill keeps the last one's buffer (keeps_output_buffer: NumPy
    // 2.4's reusable buffer of a reduce core, NumPy 1.24's reused reduce loops or one element reduced again; a 1-d
    // float32 out of a float64 sum of 20,000 elements is rounded once under 1.24, at every fill under 2.4). NumPy 2.4
    // writes a buffer back as one cast call over the output elements it holds (a reduce core's fill holds its cores'
    // outputs), which decides how a value out of range converts (float -> uint32 by the run). NumPy 1.24 writes a
    // native out back element by element (measured: uint32 outs of float sums, products and maxima), a swapped one
    // as NumPy 2 does (its swapping cast's contiguous buffer: -inf into '>u4' takes the vector rule from four
    // elements on).
    const bool writes_back = out_type.has_value();
    const bool numpy_2 = active_semantics().buffered_iteration_picks_a_core;
    const std::int64_t out_size = out_type ? itemsize(*out_type) : 0;
    std::vector<std::byte*> held;         // the accumulator elements a buffer holds, in its order
    std::vector<std::int64_t> held_in_out;  // their offsets in out
    std::vector<std::byte> acc_run, out_run;
    const auto write_back_held = [&] {
        const auto n = static_cast<std::int64_t>(held.size());
        // The cast loop is handed out's own step between the elements (its kernels pick by it), into scratch laid
        // out with that step; elements that do not sit one step apart, or a step too wide for the scratch, go one by
        // one, and so does a native out under NumPy 1.24. A swapped out's cast goes through a contiguous buffer of
        // its own whatever out's step, so its scratch is contiguous.
        std::int64_t step = n > 1 ? held_in_out[1] - held_in_out[0] : out_size;
        for (std::size_t i = 2; i < held_in_out.size(); ++i)
            if (held_in_out[i] - held_in_out[i - 1] != step) step = 0;
        const bool swapped = is_byte_swapped(*out_type);
        if (swapped && step != 0) step = out_size;
        if (std::abs(step) > 64 * out_size || (!numpy_2 && !swapped)) step = 0;
        const std::int64_t pitch = step == 0 ? out_size : std::abs(step);
        acc_run.resize(static_cast<std::size_t>(n * size));
        out_run.assign(static_cast<std::size_t>(n * pitch), std::byte{0});
        for (std::int64_t i = 0; i < n; ++i) std::memcpy(acc_run.data() + i * size, held[static_cast<std::size_t>(i)], size);
        std::byte* const first = out_run.data() + (step < 0 ? (n - 1) * pitch : 0);
        const std::int64_t signed_pitch = step < 0 ? -pitch : pitch;
        if (step != 0) cast_run(first, step, *out_type, acc_run.data(), size, accumulator, n, true);
        else
            for (std::int64_t i = 0; i < n; ++i)
                cast_run(first + i * pitch, out_size, *out_type, acc_run.data() + i * size, size, accumulator, 1, true);
        for (std::int64_t i = 0; i < n; ++i) {
            in_out[slot(held[static_cast<std::size_t>(i)])] = load_element(*out_type, first + i * signed_pitch);
        }
        held.clear();
        held_in_out.clear();
    };
    // The fill of the buffers the loop is in (numbered from 1), and the fill each output element was last read in.
    std::uint32_t fill = 0;
    std::vector<std::uint32_t> read_in_fill(writes_back ? static_cast<std::size_t>(positions) : 0, 0);
    // The loop meets output element `p`: a fill's first meeting reads it from out, as out holds it.
    const auto meet = [&](std::byte* p) {
        if (!writes_back) return;
        std::uint32_t& read = read_in_fill[slot(p)];
        if (read == fill) return;
        read = fill;
        if (const std::optional<scalar>& written = in_out[slot(p)])
            store_element(accumulator, p, written->cast_to(accumulator));
    };
    // NumPy 1.24 writes a fill of reduce calls back line by line along the first axis out moves along, from the
    // inside (PyArray_TransferStridedToNDim over the reduce outer axis), one cast call a line; NumPy 2.4 writes the
    // fill back at once. `line_elements`: the iteration's elements per line of that axis (`it`'s axes from it inwards),
    // 0 where out moves along no axis.
    std::int64_t line_elements = 0;
    if (!numpy_2 && it.shape.size() >= 2)
        for (std::size_t d = it.shape.size() - 1; d-- > 0 && line_elements == 0;)
            if (it.strides[0][d] != 0)
                line_elements = element_count(dims(it.shape.begin() + static_cast<std::ptrdiff_t>(d), it.shape.end()));
    const auto ends_line = [&](const buffered_run& run) {
        return line_elements > 0 && (run.first + run.length) % line_elements == 0;
    };
    // After a reduce call into `p` (`changed`: the loop met an element; a first visit alone leaves it as copied).
    const auto store_back = [&](std::byte* p, std::int64_t offset_in_out, const buffered_run& run, bool changed) {
        if (changed) in_out[slot(p)].reset();
        if (!writes_back) return;
        held.push_back(p);
        held_in_out.push_back(offset_in_out);
        if (run.ends_buffer || ends_line(run)) write_back_held();
    };

    const auto acc_at = [&] { return acc_start + walk.at(0); };
    const auto value_at = [&] { return values->data() + walk.at(1); };
    const auto out_at = [&] { return walk.at(2); };  // the offset in out of the output element acc_at stands for
    const auto advance = [&] {
        walk.advance();
        if (mask_walk) mask_walk->advance();
    };
    run_pointers outs, ins;
    std::vector<typename Rules::real> run_values;  // a float reduce call's values
    bool fill_ended = true;
    // The lengths of a run's stretches of unmasked and masked elements, alternately, unmasked first (one stretch,
    // the whole run, without a mask): NumPy's masked loop calls the loop on each unmasked stretch.
    const auto stretches_of = [&](std::int64_t length) {
        if (!mask) return std::vector<std::int64_t>{length};
        std::vector<std::int64_t> stretches{0};
        reduction_walk<1> peek = *mask_walk;
        for (std::int64_t i = 0; i < length; ++i, peek.advance()) {
            const bool taken = *(mask->data() + peek.at(0)) != std::byte{0};
            if (taken != (stretches.size() % 2 == 1)) stretches.push_back(0);
            ++stretches.back();
        }
        return stretches;
    };
    for (const buffered_run& run : runs) {
        if (fill_ended && !run.keeps_output_buffer) ++fill;
        fill_ended = run.ends_buffer;
        if (run.length == 0) continue;
        if (!reduce_calls) {
            const std::vector<std::int64_t> stretches = stretches_of(run.length);
            outs.at.clear();
            ins.at.clear();
            std::vector<std::int64_t> outs_in_out;
            for (std::int64_t i = 0; i < run.length; ++i, advance()) {
                meet(acc_at());
                outs.at.push_back(acc_at());
                ins.at.push_back(value_at());
                outs_in_out.push_back(out_at());
            }
            // A first visit skips the run (its outputs hold their first elements); the buffer is written back all
            // the same, so a first element copied into an out= of another dtype comes back through the loop's dtype
            // (2**64 - 3e9 in a uint64 out of a float64 loop rounds to a multiple of 2048).
            const bool skipped = first_visit(outs.at.front());
            if (skipped) {
                for (std::size_t i = 0; i < outs.at.size(); ++i) {
                    first_visit(outs.at[i]);
                    if (!start_values) std::memcpy(outs.at[i], ins.at[i], static_cast<std::size_t>(size));
                }
            }
            std::size_t from = 0;
            for (std::size_t k = 0; k < stretches.size() && !skipped;
                 from += static_cast<std::size_t>(stretches[k++])) {
                if (k % 2 == 1 || stretches[k] == 0) continue;
                const auto to = from + static_cast<std::size_t>(stretches[k]);
                const bool whole = from == 0 && to == outs.at.size();
                run_pointers part_outs, part_ins;
                if (!whole) {
                    part_outs.at.assign(outs.at.begin() + static_cast<std::ptrdiff_t>(from),
                                        outs.at.begin() + static_cast<std::ptrdiff_t>(to));
                    part_ins.at.assign(ins.at.begin() + static_cast<std::ptrdiff_t>(from),
                                       ins.at.begin() + static_cast<std::ptrdiff_t>(to));
                }
                const run_pointers& stretch_outs = whole ? outs : part_outs;
                const run_operand out(acc_memory, accumulator, stretch_outs, run.buffered[0]);
                const run_operand in(values, accumulator, whole ? ins : part_ins, run.buffered[1]);
                call(loop_op, out.view, in.view,
                     ufunc_keywords{.out = out.view,
                                    .where = std::nullopt,
                                    .loop_dtype = std::nullopt,
                                    .rule = casting::same_kind,
                                    .loop_descriptor = {}});
                out.done(stretch_outs);
                for (std::byte* p : stretch_outs.at) in_out[slot(p)].reset();
            }
            if (writes_back && run.ends_buffer) {
                // The outputs the buffer holds (over reduce cores: the core's, reused along the outer reduce axis),
                // as one stretch where out walks them with one stride, else line by line along the inner axis.
                const std::int64_t line = it.shape.back();
                for (std::size_t i = 0; i < outs.at.size(); ++i) {
                    held.push_back(outs.at[i]);
                    held_in_out.push_back(outs_in_out[i]);
                    const std::int64_t g = run.first + static_cast<std::int64_t>(i) + 1;
                    if (i + 1 == outs.at.size() || (!run.single_stride[0] && g % line == 0)) write_back_held();
                }
            }
            continue;
        }
        // A reduce call: the output stays put along the run, so only the run's values are gathered.
        std::byte* const target = acc_at();
        const std::int64_t target_in_out = out_at();
        meet(target);
        std::int64_t run_length = run.length;
        if (first_visit(target)) {
            if (!start_values) std::memcpy(target, value_at(), static_cast<std::size_t>(size));
            advance();
            --run_length;
        }
        // One loop call over the next `length` values into the target.
        const auto reduce_call = [&](std::int64_t length) {
            // Each element into the output in turn, by running_step: a complex product (its running product's
            // kernel), and every reduction of element_by_element_rules.
            const auto in_turn = [&] {
                scalar result = load_element(accumulator, target);
                for (std::int64_t i = 0; i < length; ++i, advance())
                    result = running_step(result, load_element(accumulator, value_at()));
                store_element(accumulator, target, result);
            };
            if constexpr (Rules::element_by_element) {
                in_turn();
            } else {
                using R = typename Rules::real;
                constexpr int lanes = Rules::lanes;
                if (extremum) {
                    if constexpr (lanes == 1) {
                        // NumPy's maximum/minimum reduce loop: a contiguous run (as handed: buffered, or in place with
                        // a stride of one item) of float32/float64 goes through its vector loop (vector_extremum);
                        // float16's, and every strided run, through the scalar loop, unrolled by eight where the run
                        // has eight or more.
                        using S = typename Rules::storage;
                        const bool max = op == reduce_op::maximum;
                        const std::int64_t in_step =
                            run.buffered[1] ? size : it.shape.empty() ? 0 : it.strides[1].back();
                        std::vector<S> rest(static_cast<std::size_t>(length));
                        for (S& v : rest) {
                            std::memcpy(&v, value_at(), sizeof v);
                            advance();
                        }
                        S result;
                        std::memcpy(&result, target, sizeof result);
                        if (!Rules::half && in_step == size && length > 0) {
                            result = vector_extremum<Rules>(result, rest.data(), length,
                                                            active_semantics().minmax_reduce_vector_bytes / size, max);
                        } else {
                            std::size_t i = 0;
                            if (!Rules::half && rest.size() >= 8) {
                                // The strided loop's scalar unrolling: eight running extrema of the elements
                                // i = j mod 8 over whole blocks of 8, combined pairwise (0 with 1, 2 with 3, ...,
                                // then 0 with 2, 4 with 6, then 0 with 4) and into the output; the first operand's
                                // NaN wins each step, so of several NaNs the lowest lane's comes out, not the first
                                // met.
                                std::array<S, 8> m;
                                for (std::size_t j = 0; j < 8; ++j) m[j] = rest[j];
                                for (i = 8; i + 8 <= rest.size(); i += 8)
                                    for (std::size_t j = 0; j < 8; ++j)
                                        m[j] = extremum_of<Rules>(m[j], rest[i + j], max);
                                for (std::size_t j = 0; j < 8; j += 2) m[j] = extremum_of<Rules>(m[j], m[j + 1], max);
                                m[0] = extremum_of<Rules>(m[0], m[2], max);
                                m[4] = extremum_of<Rules>(m[4], m[6], max);
                                result = extremum_of<Rules>(result, extremum_of<Rules>(m[0], m[4], max), max);
                            }
                            for (; i < rest.size(); ++i) result = extremum_of<Rules>(result, rest[i], max);
                        }
                        std::memcpy(target, &result, sizeof result);
                    }
                    return;
                }
                if (lanes == 2 && op == reduce_op::multiply) {
                    in_turn();
                    return;
                }
                run_values.clear();
                for (std::int64_t i = 0; i < length; ++i, advance())
                    for (int lane = 0; lane < lanes; ++lane) run_values.push_back(Rules::load(value_at(), lane));
                if constexpr (lanes == 2) {
                    // The loop adds the run's sum into the output with the sum as the first operand (rl_im[0] += rr
                    // as both NumPys' compilers emitted it: the sum's NaN passes first; measured with distinct
                    // payloads).
                    const auto s = complex_pairwise_sum(run_values.data(), 2 * length);
                    const R parts[2] = {ordered_sum(s[0], Rules::load(target, 0)),
                                        ordered_sum(s[1], Rules::load(target, 1))};
                    std::memcpy(target, parts, sizeof(parts));
                } else {
                    R total = Rules::load(target, 0);
                    if (op == reduce_op::add) {
                        // NumPy 1.24's float16 loop adds a run's sum into the output with the sum first (a float16
                        // sum of more than 8,192 elements passes on the later run's NaN; measured 2026-12-06).
                        const R run_sum = pairwise_sum(run_values.data(), length, Rules::half);
                        total = Rules::half && !numpy_2 ? ordered_sum(run_sum, total) : ordered_sum(total, run_sum);
                    } else {
                        for (const R v : run_values)
                            total = Rules::half ? ordered_product(v, total) : ordered_product(total, v);
                    }
                    Rules::store(target, total);
                }
            }
        };
        const std::vector<std::int64_t> stretches = stretches_of(run_length);
        bool changed = false;
        for (std::size_t k = 0; k < stretches.size(); ++k) {
            if (k % 2 == 1) {
                for (std::int64_t i = 0; i < stretches[k]; ++i) advance();
            } else if (stretches[k] > 0) {
                reduce_call(stretches[k]);
                changed = true;
            }
        }
        store_back(target, target_in_out, run, changed);
    }
    // The results, in C order over the kept axes.
    std::vector<scalar> result;
    result.reserve(static_cast<std::size_t>(positions));
    for (const std::int64_t q : c_order_at) {
        const std::optional<scalar>& written = in_out[slot(acc_start + q)];
        result.push_back(written ? *written : load_element(accumulator, acc_start + q));
    }
    return result;
}

}  // namespace

std::vector<scalar> numpy_reduce_over_runs(reduce_op op, const ndarray& a, const array& values, dtype accumulator,
                                           const std::vector<bool>& reduced, const dims& out_strides, bool cast,
                                           std::optional<dtype> out_type,
                                           const std::function<scalar(const scalar&, const scalar&)>& running_step,
                                           reduce_start start, const ndarray* mask) {
    const auto run = [&](auto rules) {
        return reduce_runs<decltype(rules)>(op, a, values, accumulator, reduced, out_strides, cast, out_type,
                                            running_step, start, mask);
    };
    const bool extremum = op == reduce_op::maximum || op == reduce_op::minimum;
    if (extremum && is_complex(accumulator)) return run(element_by_element_rules{});
    switch (accumulator) {
        case dtype::float16: return run(element_rules<std::uint16_t, float, 1>{});
        case dtype::float32: return run(element_rules<float, float, 1>{});
        case dtype::float64: return run(element_rules<double, double, 1>{});
        case dtype::complex64: return run(element_rules<float, float, 2>{});
        case dtype::complex128: return run(element_rules<double, double, 2>{});
        default: return run(element_by_element_rules{});
    }
}

array cast_as_numpy_buffers(const ndarray& a, dtype accumulator, const dims& out_strides, std::optional<dtype> out_type,
                            const ndarray* mask) {
    const dims& shape = a.shape();
    const array values = ndarray::allocate(accumulator, shape, order::C, initial_contents::unwritten);
    if (a.size() == 0) return values;
    reduction_walk<2> walk(shape, out_strides, a.strides(), {&a.strides(), &values->strides()},
                           mask ? &mask->strides() : nullptr);
    const strided_iteration& it = walk.iteration();
    iteration_operands operands{.reduced_into = 0};
    operands.cast = {out_type.has_value(), true};
    const std::int64_t line = it.shape.empty() ? 1 : it.shape.back();
    const std::int64_t a_step = it.shape.empty() ? 0 : it.strides[1].back();
    const std::int64_t size = itemsize(accumulator);
    const bool numpy_2 = active_semantics().buffered_iteration_picks_a_core;
    const bool aligned = a.uint_aligned();
    std::vector<std::byte> stretch;
    const auto cast_stretch = [&](std::int64_t n) {
        stretch.resize(static_cast<std::size_t>(n * size));
        cast_run(stretch.data(), size, accumulator, a.data() + walk.at(0), a_step, a.type(), n, aligned);
        for (std::int64_t i = 0; i < n; ++i, walk.advance())
            std::memcpy(values->data() + walk.at(1), stretch.data() + i * size, size);
    };
    // Under NumPy 2.4's reduce logic an input that stays put along the outer reduce axis (a broadcast: stride 0
    // there) is buffered one core a fill, which the loop then reads again along that axis
    // (npyiter_fill_buffercopy_params copies only the core): one cast of the core's elements serves the whole fill.
    const auto repeats_along_outer_axis = [&](std::int64_t core) {
        std::int64_t inner = 1;
        for (std::size_t d = it.shape.size(); d-- > 0; inner *= it.shape[d])
            if (inner == core) return it.strides[1][d] == 0;
        return false;
    };
    std::int64_t fill_first = 0, core = 0;
    for (const buffered_run& run : numpy_buffered_runs(it, operands)) {
        if (run.first == fill_first) core = run.length;
        if (!run.ends_buffer) continue;  // a reduce core's block is filled at once
        const std::int64_t end = run.first + run.length;
        if (numpy_2 && run.single_stride[1] && run.reduce_core && end - fill_first > core &&
            repeats_along_outer_axis(core)) {
            cast_stretch(core);
            for (std::int64_t g = core; g < end - fill_first; ++g, walk.advance())
                std::memcpy(values->data() + walk.at(1), stretch.data() + g % core * size, size);
        } else if (numpy_2 && run.single_stride[1]) {
            cast_stretch(end - fill_first);
        } else
            for (std::int64_t g = fill_first; g < end;) {
                const std::int64_t to = std::min(end, (g / line + 1) * line);
                cast_stretch(to - g);
                g = to;
            }
        fill_first = end;
    }
    return values;
}

}  // namespace engine::detail
