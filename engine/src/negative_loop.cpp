// The NumPy 2 negative loop of negative_loop.hpp: NumPy's iteration of the two operands, then its kernel choice.
#include "negative_loop.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

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

template <class E>
void negative_loop_of(std::array<std::byte*, 2> p, std::array<std::int64_t, 2> steps, std::int64_t n) {
    negative_run<E>(p[0], steps[0], p[1], steps[1], n, active_semantics());
}

}  // namespace

negative_loop numpy_negative_loop(dtype loop) {
    if (active_semantics().negative_loop_vector_bytes == 0) return nullptr;
    switch (loop) {
        case dtype::int32: return &negative_loop_of<element_t<dtype::int32>>;
        case dtype::uint32: return &negative_loop_of<element_t<dtype::uint32>>;
        case dtype::int64: return &negative_loop_of<element_t<dtype::int64>>;
        case dtype::uint64: return &negative_loop_of<element_t<dtype::uint64>>;
        case dtype::float32: return &negative_loop_of<element_t<dtype::float32>>;
        case dtype::float64: return &negative_loop_of<element_t<dtype::float64>>;
        default: return nullptr;
    }
}

bool negative_loop_can_slip(dtype loop, const ndarray& out, const std::byte* in_data, const dims& in_strides) {
    if (numpy_negative_loop(loop) == nullptr || out.size() == 0) return false;
    const std::int64_t size = itemsize(loop), slipping_step = size * size;
    const auto can_slip = [&](std::int64_t s) { return s == slipping_step || s == -slipping_step; };
    if (std::none_of(in_strides.begin(), in_strides.end(), can_slip)) return false;
    const auto aligned = [&](const std::byte* data, const dims& strides) {
        return reinterpret_cast<std::uintptr_t>(data) % static_cast<std::uintptr_t>(size) == 0 &&
               std::all_of(strides.begin(), strides.end(), [&](std::int64_t s) { return s % size == 0; });
    };
    return aligned(out.data(), out.strides()) && aligned(in_data, in_strides);
}

}  // namespace engine::detail
