// The NumPy 2 negative loop of negative_loop.hpp: NumPy's iteration of the two operands, then its kernel choice.
#include "negative_loop.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"
#include "engine/strided_loop.hpp"
#include "loop_overlap.hpp"

namespace engine::detail {

namespace {

template <class E>
E negated(E x) {
    if constexpr (std::is_floating_point_v<E>) return -x;  // the sign bit flipped, NaN included
    else return static_cast<E>(std::make_unsigned_t<E>{0} - static_cast<std::make_unsigned_t<E>>(x));
}

template <class E>
void negate_one(std::byte* to, const std::byte* from) {
    E x;
    std::memcpy(&x, from, sizeof x);
    const E result = negated(x);
    std::memcpy(to, &result, sizeof result);
}

// One call of NumPy's loop on a run of n elements.
template <class E>
void negative_run(std::byte* op, std::int64_t ostep, const std::byte* ip, std::int64_t istep, std::int64_t n,
                  const semantics& profile) {
    constexpr std::int64_t size = sizeof(E);
    const bool slips = istep == size * size && ostep != size &&
                       (ostep > 0 || profile.negative_loop_misreads_for_backward_outputs) &&
                       numpy_loop_sees_apart(ip, istep, op, ostep, n);
    if (!slips) {  // every other kernel negates the elements where they are
        for (std::int64_t i = 0; i < n; ++i, op += ostep, ip += istep) negate_one<E>(op, ip);
        return;
    }
    const std::int64_t lanes = profile.negative_loop_vector_bytes / size;
    const std::int64_t unroll = profile.negative_loop_vector_bytes == 16 ? 4 : 2;
    std::vector<E> vector(static_cast<std::size_t>(lanes));
    // A vector: `lanes` elements loaded one after another from ip, then stored at the output's step.
    const auto one_vector = [&] {
        std::memcpy(vector.data(), ip, static_cast<std::size_t>(lanes * size));
        for (std::int64_t l = 0; l < lanes; ++l, op += ostep) {
            const E result = negated(vector[static_cast<std::size_t>(l)]);
            std::memcpy(op, &result, sizeof result);
        }
        ip += lanes * size;
    };
    for (; n >= lanes * unroll; n -= lanes * unroll)
        for (std::int64_t u = 0; u < unroll; ++u) one_vector();
    for (; n >= lanes; n -= lanes) one_vector();
    for (; n > 0; --n, ip += size, op += ostep) negate_one<E>(op, ip);
}

// The runs NumPy's iterator hands the loop: axes in its order (nditer_order), an axis both operands walk backwards
// turned around, then coalesce() (length-1 axes dropped, neighbours merged where both operands walk them as one run).
struct numpy_runs {
    std::array<std::byte*, 2> start;  // out, in
    strided_iteration it;
};

numpy_runs runs_of(const ndarray& out, const std::byte* in_data, const dims& in_strides) {
    const dims& shape = out.shape();
    const axis_order order = nditer_order(shape, {out.strides(), in_strides}, true);
    std::array<std::byte*, 2> start{out.data(), const_cast<std::byte*>(in_data)};
    dims ordered_shape, out_steps, in_steps;
    for (const std::size_t axis : order.outer_to_inner) {
        std::int64_t o = out.strides()[axis], i = in_strides[axis];
        if (order.reversed[axis]) {
            start[0] += o * (shape[axis] - 1);
            start[1] += i * (shape[axis] - 1);
            o = -o;
            i = -i;
        }
        ordered_shape.push_back(shape[axis]);
        out_steps.push_back(o);
        in_steps.push_back(i);
    }
    return {start, coalesce(ordered_shape, {out_steps, in_steps})};
}

// Whether NumPy 2.4's iterator copies the operands through its buffers (8,192 elements) instead of handing the
// loop the arrays' own steps: for runs that do not coalesce into one, unless there are at most two of them or a run
// fills a third of a buffer (measured on NumPy 2.4.6: 2 x 5 and 3 x 2731 unbuffered, 3 x 2730 and 2 x 2 x 3
// buffered). Buffers are contiguous, and the loop then negates the right elements.
bool numpy_buffers(const strided_iteration& it) {
    constexpr std::int64_t buffer_elements = 8192;
    if (it.shape.size() <= 1) return false;
    std::int64_t outer = 1;
    for (std::size_t d = 0; d + 1 < it.shape.size(); ++d) outer *= it.shape[d];
    return outer > 2 && it.shape.back() * 3 < buffer_elements;
}

template <class E>
void run_runs(const numpy_runs& r, const semantics& profile) {
    for_each_inner_run<2>(r.it, r.start,
                          [&](std::array<std::byte*, 2> p, std::array<std::int64_t, 2> steps, std::int64_t n) {
                              negative_run<E>(p[0], steps[0], p[1], steps[1], n, profile);
                          });
}

}  // namespace

bool run_numpy_negative_loop(dtype loop, const ndarray& out, const std::byte* in_data, const dims& in_strides) {
    const semantics& profile = active_semantics();
    if (profile.negative_loop_vector_bytes == 0 || out.size() == 0) return false;
    // Only an input stepping itemsize elements along some axis can slip; every other call is the caller's to run.
    const std::int64_t slipping_step = itemsize(loop) * itemsize(loop);
    const auto can_slip = [&](std::int64_t s) { return s == slipping_step || s == -slipping_step; };
    if (std::none_of(in_strides.begin(), in_strides.end(), can_slip)) return false;
    // Aligned operands only (a start and steps of whole elements): NumPy buffers an unaligned one.
    const auto aligned = [&](const std::byte* data, const dims& strides) {
        const std::int64_t size = itemsize(loop);
        return reinterpret_cast<std::uintptr_t>(data) % static_cast<std::uintptr_t>(size) == 0 &&
               std::all_of(strides.begin(), strides.end(), [&](std::int64_t s) { return s % size == 0; });
    };
    if (!aligned(out.data(), out.strides()) || !aligned(in_data, in_strides)) return false;
    const numpy_runs runs = runs_of(out, in_data, in_strides);
    if (numpy_buffers(runs.it)) return false;
    switch (loop) {
        case dtype::int32: run_runs<element_t<dtype::int32>>(runs, profile); return true;
        case dtype::uint32: run_runs<element_t<dtype::uint32>>(runs, profile); return true;
        case dtype::int64: run_runs<element_t<dtype::int64>>(runs, profile); return true;
        case dtype::uint64: run_runs<element_t<dtype::uint64>>(runs, profile); return true;
        case dtype::float32: run_runs<element_t<dtype::float32>>(runs, profile); return true;
        case dtype::float64: run_runs<element_t<dtype::float64>>(runs, profile); return true;
        default: return false;
    }
}

}  // namespace engine::detail
