// Which NaN NumPy's complex add, multiply and square loops pass on where several meet, by the branch of the loop
// that runs and the element's place in it (semantics::complex_loops): for the ufunc loops (ufunc.cpp) and the
// accumulate loop (reduction.cpp), which NumPy calls alike.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "engine/semantics.hpp"
#include "loop_overlap.hpp"

namespace engine::detail {

// Whether the bytes two operands' runs of n elements of `size` bytes touch stay clear of each other: the test the
// compiler's vectorised copy of a scalar loop makes before it runs (else the loop runs as written).
inline bool bytes_clear(const std::byte* a, std::int64_t a_step, const std::byte* b, std::int64_t b_step,
                        std::int64_t n, std::int64_t size) {
    const auto bytes = [&](const std::byte* start, std::int64_t step) {
        const auto first = reinterpret_cast<std::intptr_t>(start);
        const std::intptr_t span = step * (n - 1);
        return std::pair{first + std::min<std::intptr_t>(span, 0), first + std::max<std::intptr_t>(span, 0) + size};
    };
    const auto [a_low, a_high] = bytes(a, a_step);
    const auto [b_low, b_high] = bytes(b, b_step);
    return a_high <= b_low || b_high <= a_low;
}

// NumPy's complex add loop (loops_arithm_fp.dispatch.c.src) and which operand's NaN each of its branches passes on
// where both are NaN (semantics::complex_loops). The branch follows NumPy's tests in its order: the reduce branch (the
// output is x itself, both stepping 0), then its vector loops where every step is loadable, the output does not
// step 0 and stays apart from both inputs (nomemoverlap): all three contiguous, x repeated, y repeated; otherwise
// the scalar loop, which its compiler vectorises where the output steps and its bytes stay clear of both inputs'
// (else it runs the loop as written, "aliased"). The multiply loop branches alike, without the reduce branch
// (vectors_with_y_parts_first).
class complex_sum_branch {
public:
    enum kind { reduce, contiguous, x_repeated, y_repeated, scalar_loop, scalar_loop_aliased };

    complex_sum_branch(const std::array<std::byte*, 3>& p, const std::array<std::int64_t, 3>& strides, std::int64_t n,
                       std::int64_t size)
        : n_(n), complex64_(size == 8), build_(active_semantics().complex_loops), kind_(branch_of(p, strides, n, size)),
          contiguous_repeat_(strides[0] == size && strides[1] + strides[2] == size),
          in_place_(strides[0] != 0 &&
                    (in_place_of(1, 2, p, strides, n, size) || in_place_of(2, 1, p, strides, n, size))) {}

    kind branch() const { return kind_; }
    // The output is one input itself, clear of the other (x *= y[::-1]): a loop the compiler still vectorises.
    bool in_place() const { return in_place_; }
    // In a repeated input's branch: the other input and the output contiguous (its first sub-branch).
    bool repeat_with_contiguous_operands() const { return contiguous_repeat_; }

    // Whether element i of the run passes on y's NaN first.
    bool y_first(std::int64_t i) const {
        const std::int64_t n = n_;
        switch (build_) {
            case semantics::complex_loop_build::numpy_1_24: return kind_ == reduce;
            case semantics::complex_loop_build::numpy_2_x86_v3:
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
            case semantics::complex_loop_build::numpy_2_baseline: {
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
    // Whether the output is input `k` itself and clear of input `other`.
    static bool in_place_of(std::size_t k, std::size_t other, const std::array<std::byte*, 3>& p,
                            const std::array<std::int64_t, 3>& strides, std::int64_t n, std::int64_t size) {
        return p[0] == p[k] && strides[0] == strides[k] &&
               bytes_clear(p[other], strides[other], p[0], strides[0], n, size);
    }

    static kind branch_of(const std::array<std::byte*, 3>& p, const std::array<std::int64_t, 3>& strides,
                          std::int64_t n, std::int64_t size) {
        if (strides[0] == 0 && strides[1] == 0 && p[0] == p[1]) return reduce;
        const std::int64_t part = size / 2;
        const bool loadable = strides[0] % part == 0 && strides[1] % part == 0 && strides[2] % part == 0;
        // The X86_V3 build's complex64 loop leaves its vector loops for an input stepping backwards (measured, as
        // its multiply does: semantics::complex64_backward_inputs_take_scalar_kernel); its baseline build does not.
        const bool backward_complex64 =
            size == 8 && active_semantics().complex_loops == semantics::complex_loop_build::numpy_2_x86_v3 &&
            (strides[1] < 0 || strides[2] < 0);
        const bool apart = numpy_loop_sees_apart(p[1], strides[1], p[0], strides[0], n) &&
                           numpy_loop_sees_apart(p[2], strides[2], p[0], strides[0], n);
        if (loadable && !backward_complex64 && strides[0] != 0 && apart) {
            if (strides[0] == size && strides[1] == size && strides[2] == size) return contiguous;
            if (strides[1] == 0) return x_repeated;
            if (strides[2] == 0) return y_repeated;
        }
        // An output stepping 0 (one element through NumPy's iterator, an out= of stride 0) takes the loop as
        // written too: measured on NumPy 2.4 (complex128 passes on x's NaN there, complex64 y's, at every length).
        return strides[0] != 0 && bytes_clear(p[1], strides[1], p[0], strides[0], n, size) &&
                       bytes_clear(p[2], strides[2], p[0], strides[0], n, size)
                   ? scalar_loop
                   : scalar_loop_aliased;
    }

    std::int64_t n_;
    bool complex64_;
    semantics::complex_loop_build build_;
    kind kind_;
    bool contiguous_repeat_;  // a repeated input's branch with the other input and the output contiguous
    bool in_place_;
};

// Where element i of a run of n falls in the vector loops of NumPy's complex arithmetic: rounds of two vectors of
// `lanes` elements each, then the rest one vector at a time, a first (full, or partial where fewer than `lanes`
// remain) and a second (partial). A bit each, for the tables below.
enum vector_place : unsigned {
    first_of_round = 1,
    second_of_round = 2,
    full_first_tail = 4,
    partial_first_tail = 8,
    second_tail = 16,
};
inline unsigned place_in_vector_loop(std::int64_t i, std::int64_t n, std::int64_t lanes) {
    const std::int64_t round = 2 * lanes, whole_rounds = n - n % round;
    if (i < whole_rounds) return i % round < lanes ? first_of_round : second_of_round;
    if (i - whole_rounds >= lanes) return second_tail;
    return n - whole_rounds >= lanes ? full_first_tail : partial_first_tail;
}

// The complex elements in one vector of NumPy 2.4's loops: AVX2's 32 bytes in its X86_V3 build, SSE's 16 at its
// baseline.
inline std::int64_t complex_lanes(std::int64_t itemsize) {
    const bool x86_v3 = active_semantics().complex_loops == semantics::complex_loop_build::numpy_2_x86_v3;
    const std::int64_t bytes = x86_v3 ? 32 : 16;
    return std::max<std::int64_t>(bytes / itemsize, 1);
}

// The elements of a run of n that fall in the vectors at `places` (vector_place bits) of NumPy 2.4's loops: the
// tables below, each a set of places chosen by build and branch, answer through it.
class vectors_at_places {
public:
    bool operator()(std::int64_t i) const {
        return places_ != 0 && (places_ & place_in_vector_loop(i, n_, lanes_)) != 0;
    }

protected:
    vectors_at_places(unsigned places, std::int64_t n, std::int64_t itemsize)
        : places_(places), n_(n), lanes_(complex_lanes(itemsize)) {}

private:
    unsigned places_;
    std::int64_t n_, lanes_;
};

// Which vectors of a run of NumPy 2.4's complex multiply or square loop compute with y's parts first (re takes br's
// NaN before ar's, im bi's before ar's): those whose compiled copy orders the operands so, by build, branch and
// place (measured with four payloads, 1 to 23 elements; the others keep x's first). Built once per run.
class vectors_with_y_parts_first : public vectors_at_places {
public:
    // A product in one of the multiply loop's branches.
    static vectors_with_y_parts_first of_product(const complex_sum_branch& branch, std::int64_t n,
                                                 std::int64_t itemsize) {
        const bool complex64 = itemsize == 8, contiguous_operands = branch.repeat_with_contiguous_operands();
        unsigned places = 0;
        switch (active_semantics().complex_loops) {
            case semantics::complex_loop_build::numpy_1_24: break;
            case semantics::complex_loop_build::numpy_2_x86_v3:
                if (branch.branch() == complex_sum_branch::contiguous && !complex64)
                    places = full_first_tail | partial_first_tail;
                if (branch.branch() == complex_sum_branch::x_repeated)
                    places = first_of_round | second_of_round | full_first_tail |
                             (complex64 || contiguous_operands ? partial_first_tail : 0u);
                break;
            case semantics::complex_loop_build::numpy_2_baseline:
                if (branch.branch() == complex_sum_branch::x_repeated && (!complex64 || contiguous_operands))
                    places = first_of_round | second_of_round;
                if (branch.branch() == complex_sum_branch::y_repeated && complex64)
                    places = partial_first_tail | second_tail;
                break;
        }
        return {places, n, itemsize};
    }
    // A square in the square loop's vector kernel, by which of its input and output is contiguous (the baseline
    // build squares plainly: no such vectors).
    static vectors_with_y_parts_first of_square(bool input_contiguous, bool output_contiguous, std::int64_t n,
                                                std::int64_t itemsize) {
        const bool complex64 = itemsize == 8;
        unsigned places = 0;
        if (active_semantics().complex_loops == semantics::complex_loop_build::numpy_2_x86_v3) {
            if (input_contiguous && output_contiguous)
                places = complex64 ? second_of_round | second_tail
                                   : second_of_round | full_first_tail | partial_first_tail | second_tail;
            else if (output_contiguous)
                places = second_of_round | full_first_tail | partial_first_tail | second_tail;
            else
                places = complex64 ? full_first_tail | partial_first_tail
                                   : full_first_tail | partial_first_tail | second_tail;
        }
        return {places, n, itemsize};
    }

private:
    vectors_with_y_parts_first(unsigned places, std::int64_t n, std::int64_t itemsize)
        : vectors_at_places(places, n, itemsize) {}
};

// Which vectors of a run of NumPy 2.4's complex multiply loop compute its cross products with x's part first (ai*bi
// and ai*br: the NaN of ai before bi's or br's, which shows where ar and br, or ar and bi, are numbers); the others
// take y's first (semantics::complex_cross_products_y_first). By build, branch and place: measured on NumPy 2.4.6
// with ai and bi, then ai and br, NaNs of two payloads and the other parts numbers, 1 to 23 elements, the contiguous
// branch, each repeated input beside a contiguous and a strided other, and the scalar loop of a strided output
// (2026-12-08; its X86_V4 build dispatches these loops as X86_V3). The contiguous branch takes y's first throughout;
// the repeated inputs' and the vectorised scalar loop's do not. (The loop as written, where the output steps 0 or
// meets an input, is the multiply's own: as_written in ufunc.cpp.)
class vectors_with_x_cross_products_first : public vectors_at_places {
public:
    static vectors_with_x_cross_products_first of_product(const complex_sum_branch& branch, std::int64_t n,
                                                          std::int64_t itemsize) {
        const bool complex64 = itemsize == 8, contiguous_operands = branch.repeat_with_contiguous_operands();
        constexpr unsigned rounds = first_of_round | second_of_round, first_tail = full_first_tail | partial_first_tail;
        unsigned places = 0;
        switch (active_semantics().complex_loops) {
            case semantics::complex_loop_build::numpy_1_24: break;
            case semantics::complex_loop_build::numpy_2_x86_v3:
                if (branch.branch() == complex_sum_branch::x_repeated && (complex64 || contiguous_operands))
                    places = first_tail;
                if (branch.branch() == complex_sum_branch::y_repeated) {
                    if (complex64) places = contiguous_operands ? second_of_round | first_tail : second_of_round;
                    else places = contiguous_operands ? 0u : first_tail | second_tail;
                }
                // The scalar loop as its compiler vectorised it: the output apart from both inputs, or one of them.
                if (!complex64 && (branch.branch() == complex_sum_branch::scalar_loop ||
                                   (branch.branch() == complex_sum_branch::scalar_loop_aliased && branch.in_place())))
                    places = full_first_tail;
                break;
            case semantics::complex_loop_build::numpy_2_baseline:  // one complex128 per vector: no partial tail
                if (branch.branch() == complex_sum_branch::x_repeated && !complex64) places = full_first_tail;
                if (branch.branch() == complex_sum_branch::y_repeated)
                    places = complex64 ? rounds | first_tail | second_tail : rounds;
                break;
        }
        return {places, n, itemsize};
    }

private:
    vectors_with_x_cross_products_first(unsigned places, std::int64_t n, std::int64_t itemsize)
        : vectors_at_places(places, n, itemsize) {}
};

// Whether NumPy 2.4's complex square, in its scalar kernel, passes on the imaginary part's NaN first in the
// imaginary part (semantics::complex64/complex128_square_passes_imaginary_nan_first), except in the copy its
// baseline build's compiler vectorised for complex64: from 22 elements on, the output clear of the input, it takes
// the real part's (measured, 2026-12-06).
inline bool scalar_square_passes_imaginary_nan_first(bool by_profile, const std::array<std::byte*, 2>& p,
                                                     const std::array<std::int64_t, 2>& strides, std::int64_t n,
                                                     std::int64_t itemsize) {
    if (active_semantics().complex_loops == semantics::complex_loop_build::numpy_2_baseline && itemsize == 8 &&
        n >= 22 && bytes_clear(p[1], strides[1], p[0], strides[0], n, itemsize))
        return false;
    return by_profile;
}

}  // namespace engine::detail
