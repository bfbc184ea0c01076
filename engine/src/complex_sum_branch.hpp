// Which NaN NumPy's complex add loop passes on where both operands' parts are NaN, by the branch of the loop that
// runs: for the ufunc loops (ufunc.cpp) and the accumulate loop (reduction.cpp), which NumPy calls alike.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "engine/semantics.hpp"
#include "loop_overlap.hpp"

namespace engine::detail {

// NumPy's complex add loop (loops_arithm_fp.dispatch.c.src) and which operand's NaN each of its branches passes on
// where both are NaN (semantics::complex_sums). The branch follows NumPy's tests in its order: the reduce branch (the
// output is x itself, both stepping 0), then its vector loops where every step is loadable, the output does not
// step 0 and stays apart from both inputs (nomemoverlap): all three contiguous, x repeated, y repeated; otherwise
// the scalar loop, which its compiler vectorises where the output's bytes stay clear of both inputs' (else it runs
// the loop as written, "aliased").
class complex_sum_branch {
public:
    enum kind { reduce, contiguous, x_repeated, y_repeated, scalar_loop, scalar_loop_aliased };

    complex_sum_branch(const std::array<std::byte*, 3>& p, const std::array<std::int64_t, 3>& strides, std::int64_t n,
                       std::int64_t size)
        : n_(n), complex64_(size == 8), kind_(branch_of(p, strides, n, size)),
          contiguous_repeat_(strides[0] == size && strides[1] + strides[2] == size) {}

    // Whether element i of the run passes on y's NaN first.
    bool y_first(std::int64_t i) const {
        const std::int64_t n = n_;
        switch (active_semantics().complex_sums) {
            case semantics::complex_sum_loop::x_first: return kind_ == reduce;
            case semantics::complex_sum_loop::numpy_2_x86_v3:
                switch (kind_) {
                    case reduce: return true;
                    case contiguous: return complex64_ ? i >= n - n % 8 + 4 : i >= n - n % 4;
                    case x_repeated: return false;
                    case y_repeated: return true;
                    case scalar_loop: {  // complex64 vectorised by four, then two, then one by one
                        if (!complex64_) return true;
                        const std::int64_t fours = n - n % 4;
                        return i < fours || !(n % 4 >= 2 && i < fours + 2);
                    }
                    case scalar_loop_aliased: return complex64_;
                }
                break;
            case semantics::complex_sum_loop::numpy_2_baseline: {
                const bool pairs = i < n - n % 2, odd_last = n % 2 == 1 && i == n - 1;
                switch (kind_) {
                    case reduce: return true;
                    case contiguous: return complex64_ ? pairs : true;
                    case x_repeated: return complex64_ && contiguous_repeat_ ? true : pairs;
                    case y_repeated: return complex64_ && contiguous_repeat_ ? false : odd_last;
                    case scalar_loop:
                    case scalar_loop_aliased: return false;
                }
                break;
            }
        }
        return false;
    }

private:
    static kind branch_of(const std::array<std::byte*, 3>& p, const std::array<std::int64_t, 3>& strides,
                          std::int64_t n, std::int64_t size) {
        if (strides[0] == 0 && strides[1] == 0 && p[0] == p[1]) return reduce;
        const std::int64_t part = size / 2;
        const bool loadable = strides[0] % part == 0 && strides[1] % part == 0 && strides[2] % part == 0;
        // The X86_V3 build's complex64 loop leaves its vector loops for an input stepping backwards (measured, as
        // its multiply does: semantics::complex64_backward_inputs_take_scalar_kernel); its baseline build does not.
        const bool backward_complex64 =
            size == 8 && active_semantics().complex_sums == semantics::complex_sum_loop::numpy_2_x86_v3 &&
            (strides[1] < 0 || strides[2] < 0);
        if (loadable && !backward_complex64 && strides[0] != 0 && numpy_loop_sees_apart(p[1], strides[1], p[0], strides[0], n) &&
            numpy_loop_sees_apart(p[2], strides[2], p[0], strides[0], n)) {
            if (strides[0] == size && strides[1] == size && strides[2] == size) return contiguous;
            if (strides[1] == 0) return x_repeated;
            if (strides[2] == 0) return y_repeated;
        }
        const auto bytes = [&](std::size_t k) {
            const auto start = reinterpret_cast<std::intptr_t>(p[k]);
            const std::intptr_t span = strides[k] * (n - 1);
            return std::pair{start + std::min<std::intptr_t>(span, 0), start + std::max<std::intptr_t>(span, 0) + size};
        };
        const auto clear = [&](std::size_t k) {
            const auto [low, high] = bytes(k);
            const auto [out_low, out_high] = bytes(0);
            return high <= out_low || out_high <= low;
        };
        return clear(1) && clear(2) ? scalar_loop : scalar_loop_aliased;
    }

    std::int64_t n_;
    bool complex64_;
    kind kind_;
    bool contiguous_repeat_;  // a repeated input's branch with the other input and the output contiguous
};

}  // namespace engine::detail
