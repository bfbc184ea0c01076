// Decides whether two strided memory regions can touch a common byte, or one region a byte twice.
// Our own implementation of NumPy 1.24's mem_overlap.c algorithm; answers and max_work accounting match it.

/*
 * How the overlap question is answered
 * ====================================
 *
 * The problem.  A region R touches the bytes
 *
 *     R.start + sum_k R.strides[k] * i_k + p,     0 <= i_k < R.shape[k],   0 <= p < R.itemsize.
 *
 * Regions A and B share memory exactly when one byte is reachable from both, i.e. when integers i, j, p, q
 * in those ranges satisfy
 *
 *     A.start + sum_k A.strides[k] i_k + p  ==  B.start + sum_k B.strides[k] j_k + q.
 *
 * The item size is therefore just one more "axis" with stride 1 and length itemsize.
 *
 * Reduction to a bounded equation with positive coefficients.  Substituting i_k -> (n_k - 1) - i_k flips
 * the sign of a stride, so every stride can be made positive; an axis of length <= 1 or stride 0 moves
 * nothing and is dropped.  Choose the flips so that A's variables measure distance upward from A's lowest
 * byte and B's variables measure distance downward from B's highest byte.  The equation becomes
 *
 *     sum_i a_i x_i == b,     a_i > 0,   0 <= x_i <= ub_i,
 *
 * with b = (B's highest byte) - (A's lowest byte).  The mirror choice gives A's highest minus B's lowest;
 * both are non-negative once the extents are known to intersect, and we (as NumPy) keep the smaller one.
 * The extents test itself is the fast path: disjoint extents answer `no` before any arithmetic on
 * strides, and max_work == 0 stops right after it ("bounds only").
 *
 * Simplification.  Terms are sorted by decreasing coefficient.  Terms with equal coefficients merge into
 * one, summing their bounds: a x + a y with 0 <= x <= u, 0 <= y <= v takes exactly the values a z with
 * 0 <= z <= u + v.  No x_i can exceed b / a_i, so bounds are clipped to that, and a term whose bound drops
 * to 0 is removed (its variable is forced to 0).  None of this changes whether a solution exists.
 *
 * The search (P. Ramachandran, "Use of Extended Euclidean Algorithm in Solving a System of Linear
 * Diophantine Equations with Bounded Variables", ANTS 2006).  Let g_k = gcd(a_0, ..., a_k).  The first k+1
 * terms only ever contribute multiples of g_k, so they can be replaced by a single term g_k * y_k with
 * 0 <= y_k <= (g_{k-1}/g_k) Y_{k-1} + (a_k/g_k) ub_k =: Y_k, a valid (if loose) bound.  These gcds, bounds and
 * the Bezout pair of each step (extended Euclid) are precomputed once.  The depth-first search starts at
 * the last term (smallest coefficient) and at each level v solves the two-variable equation
 *
 *     g_{v-1} y + a_v x_v == rhs_v
 *
 * exactly: it is solvable only if g_v divides rhs_v, and then all solutions are one particular solution
 * (Bezout pair times rhs_v / g_v) plus t times a fixed step, t integer.  Intersecting with 0 <= y <= Y_{v-1}
 * and 0 <= x_v <= ub_v leaves an interval of t, i.e. a list of candidate values of x_v, tried from the
 * largest down; each one recurses to level v-1 with rhs_{v-1} = rhs_v - a_v x_v.  At level 1 the equation
 * is a_0 x_0 + a_1 x_1 == rhs_1 itself, so any t in the interval is a genuine solution of the whole
 * problem.  If every branch dies, there is provably no solution.  The problem is NP-hard; the combined
 * bounds are loose, so some instances enumerate many dead candidates.
 *
 * Internal overlap.  A region overlaps itself when two different (index, byte) tuples land on the same
 * address: sum a x == sum a x' with x != x'.  Flipping signs as above and setting z = x + x' turns this
 * into sum |a| z == sum |a| ub with 0 <= z <= 2 ub, excluding the "midpoint" solution z = ub which every
 * region has (x == x').  The terms are sorted but not merged or clipped, since that would change which
 * solution is the midpoint.  A zero stride on an axis of length >= 2 answers yes directly; empty and
 * C-contiguous regions answer no before any work, as NumPy's contiguity fast path does.
 *
 * Counting work.  max_work must mean the same here as in NumPy, so we count exactly as it does: one unit
 * each time a search level gives up on its subproblem (gcd does not divide, empty t interval, all
 * candidates exhausted, or the only solution found is the excluded midpoint).  The budget is checked on
 * entry to every level: once the count has reached max_work (max_work >= 0) that level answers too_hard,
 * which propagates up.  Consequences worth knowing: problems with at most one term never look at the
 * budget; a problem left with two terms after simplification is decided by one level, so any
 * max_work >= 1 suffices; max_work < 0 never gives up.  Only the order of the terms affects the count, so
 * terms with equal coefficients keep their original order (NumPy's qsort is glibc's stable merge sort for
 * such small arrays).
 *
 * Overflow.  Everything is 64-bit with checked arithmetic, and overflow is a distinct answer rather than a
 * wrong one.  It can arise (a) in stride x (length-1) products and their sums while computing extents -
 * NumPy computes these unchecked, so where they overflow NumPy's answer is meaningless and ours is
 * `overflow`; (b) when b does not fit in int64; (c) for a stride of INT64_MIN, whose magnitude has no
 * int64; (d) when merged bounds, combined gcd-chain bounds Y_k, the internal-overlap target sum or doubled
 * bounds overflow; (e) in the search, where the particular solution and the t interval are computed in
 * 128-bit arithmetic (|Bezout coefficient| < a/g and rhs/g < 2^63 keep them below 2^127) and must come
 * back into int64, and when updating rhs.
 */

#include "engine/overlap.hpp"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <limits>
#include <optional>
#include <stdexcept>
#include <utility>

namespace engine {
namespace {

static_assert(sizeof(std::intptr_t) == sizeof(std::int64_t),
              "addresses and strides are both treated as 64-bit integers");

// Exact for any product of two int64 values plus an int64, which is all the search needs.
// (__extension__ keeps -Wpedantic quiet about the GCC/Clang 128-bit type.)
__extension__ typedef __int128 wide_int;

constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();

std::optional<std::int64_t> checked_add(std::int64_t x, std::int64_t y) {
    std::int64_t sum;
    if (__builtin_add_overflow(x, y, &sum)) return std::nullopt;
    return sum;
}

std::optional<std::int64_t> checked_sub(std::int64_t x, std::int64_t y) {
    std::int64_t difference;
    if (__builtin_sub_overflow(x, y, &difference)) return std::nullopt;
    return difference;
}

std::optional<std::int64_t> checked_mul(std::int64_t x, std::int64_t y) {
    std::int64_t product;
    if (__builtin_mul_overflow(x, y, &product)) return std::nullopt;
    return product;
}

std::optional<std::int64_t> narrow(wide_int value) {
    if (value > int64_max || value < int64_min) return std::nullopt;
    return static_cast<std::int64_t>(value);
}

// Rounding divisions by a positive divisor (C++ '/' truncates toward zero).
wide_int floor_div(wide_int numerator, std::int64_t divisor) {
    assert(divisor > 0);
    wide_int quotient = numerator / divisor;
    if (numerator % divisor != 0 && numerator < 0) --quotient;
    return quotient;
}

wide_int ceil_div(wide_int numerator, std::int64_t divisor) {
    assert(divisor > 0);
    wide_int quotient = numerator / divisor;
    if (numerator % divisor != 0 && numerator > 0) ++quotient;
    return quotient;
}

void validate(const strided_region& region) {
    if (region.shape.size() != region.strides.size())
        throw std::invalid_argument("strided_region: shape and strides differ in length");
    if (region.itemsize < 0) throw std::invalid_argument("strided_region: negative itemsize");
    for (std::int64_t length : region.shape)
        if (length < 0) throw std::invalid_argument("strided_region: negative axis length");
}

bool is_empty(const strided_region& region) {
    return std::find(region.shape.begin(), region.shape.end(), 0) != region.shape.end();
}

// NumPy 1.24's C-contiguity flag under relaxed strides: axes of length 1 may have any stride.
// Precondition: the region is not empty (NumPy calls every empty array contiguous).
bool is_c_contiguous(const strided_region& region) {
    std::int64_t expected_stride = region.itemsize;
    bool expected_stride_overflowed = false;  // a region that large cannot be contiguous anyway
    for (std::size_t axis = region.shape.size(); axis-- > 0;) {
        if (region.shape[axis] == 1) continue;
        if (expected_stride_overflowed || region.strides[axis] != expected_stride) return false;
        if (auto next = checked_mul(expected_stride, region.shape[axis]))
            expected_stride = *next;
        else
            expected_stride_overflowed = true;
    }
    return true;
}

// Offsets from region.start of the lowest byte and one past the highest byte; nullopt when they do not
// fit in int64.  Empty regions touch nothing and get the empty range [0, 0).
std::optional<memory_extent> byte_offset_range(const strided_region& region) {
    if (is_empty(region)) return memory_extent{0, 0};
    std::int64_t low = 0;
    std::int64_t high = 0;
    for (std::size_t axis = 0; axis < region.shape.size(); ++axis) {
        const auto reach = checked_mul(region.strides[axis], region.shape[axis] - 1);
        if (!reach) return std::nullopt;
        const auto moved = *reach > 0 ? checked_add(high, *reach) : checked_add(low, *reach);
        if (!moved) return std::nullopt;
        (*reach > 0 ? high : low) = *moved;
    }
    const auto end = checked_add(high, region.itemsize);
    if (!end) return std::nullopt;
    return memory_extent{low, *end};
}

std::optional<memory_extent> checked_extent_of(const strided_region& region) {
    const auto offsets = byte_offset_range(region);
    if (!offsets) return std::nullopt;
    const auto low = checked_add(region.start, offsets->low);
    const auto high = checked_add(region.start, offsets->high);
    if (!low || !high) return std::nullopt;
    return memory_extent{*low, *high};
}

// One term  coefficient * x  of  sum coefficient_i * x_i == rhs  with  0 <= x <= bound.
struct term {
    std::int64_t coefficient;
    std::int64_t bound;
};

bool by_decreasing_coefficient(const term& lhs, const term& rhs) { return lhs.coefficient > rhs.coefficient; }

// Appends one term per axis (coefficient |stride|, bound length-1).  With skip_inert, axes that cannot
// move the address (length <= 1 or stride 0) are left out.  Returns false for a stride of INT64_MIN.
bool append_axis_terms(const strided_region& region, bool skip_inert, std::vector<term>& terms) {
    for (std::size_t axis = 0; axis < region.shape.size(); ++axis) {
        const std::int64_t stride = region.strides[axis];
        const std::int64_t length = region.shape[axis];
        if (skip_inert && (length <= 1 || stride == 0)) continue;
        if (stride == int64_min) return false;
        terms.push_back({stride < 0 ? -stride : stride, length - 1});
    }
    return true;
}

// Merges equal coefficients, clips bounds to rhs / coefficient and drops forced-zero variables; the
// problem stays solvable iff it was.  Expects bounds >= 1 and rhs >= 0.  Returns false on overflow.
bool simplify(std::vector<term>& terms, std::int64_t rhs) {
    std::stable_sort(terms.begin(), terms.end(), by_decreasing_coefficient);

    std::vector<term> merged;
    for (const term& next : terms) {
        if (!merged.empty() && merged.back().coefficient == next.coefficient) {
            const auto bound = checked_add(merged.back().bound, next.bound);
            if (!bound) return false;
            merged.back().bound = *bound;
        } else {
            merged.push_back(next);
        }
    }

    terms.clear();
    for (term t : merged) {
        t.bound = std::min(t.bound, rhs / t.coefficient);
        if (t.bound != 0) terms.push_back(t);
    }
    return true;
}

// Extended Euclid: gcd(x, y) == first * x + second * y, with |first| <= y/gcd and |second| <= x/gcd so
// nothing overflows.  Which Bezout pair is used changes no answer and no work count, but it does change
// intermediate magnitudes, so we produce the same pair as NumPy's euclid() (the standard remainder sequence).
struct bezout {
    std::int64_t gcd, first, second;
};

bezout extended_euclid(std::int64_t x, std::int64_t y) {
    assert(x > 0 && y > 0);
    std::int64_t r0 = x, s0 = 1, t0 = 0;
    std::int64_t r1 = y, s1 = 0, t1 = 1;
    while (r1 != 0) {
        const std::int64_t q = r0 / r1;
        r0 = std::exchange(r1, r0 - q * r1);
        s0 = std::exchange(s1, s0 - q * s1);
        t0 = std::exchange(t1, t0 - q * t1);
    }
    return {r0, s0, t0};
}

// Level k of the gcd chain: terms 0..k+1 folded into gcd * y with 0 <= y <= bound, and the Bezout pair
// relating the previous fold (or term 0) and term k+1.
struct chain_link {
    std::int64_t gcd;
    std::int64_t bound;  // unused, and left 0, for the last link
    std::int64_t bezout_folded;
    std::int64_t bezout_next;
};

// nullopt when a combined bound overflows.
std::optional<std::vector<chain_link>> build_gcd_chain(const std::vector<term>& terms) {
    assert(terms.size() >= 2);
    std::vector<chain_link> chain;
    chain.reserve(terms.size() - 1);
    std::int64_t folded_coefficient = terms[0].coefficient;
    std::int64_t folded_bound = terms[0].bound;
    for (std::size_t k = 1; k < terms.size(); ++k) {
        const bezout step = extended_euclid(folded_coefficient, terms[k].coefficient);
        chain_link link{step.gcd, 0, step.first, step.second};
        // The search never reads the last fold's bound, so (as NumPy) it is not computed and cannot overflow.
        if (k + 1 < terms.size()) {
            const auto from_folded = checked_mul(folded_coefficient / step.gcd, folded_bound);
            const auto from_next = checked_mul(terms[k].coefficient / step.gcd, terms[k].bound);
            const auto bound = (from_folded && from_next) ? checked_add(*from_folded, *from_next) : std::nullopt;
            if (!bound) return std::nullopt;
            link.bound = *bound;
        }
        chain.push_back(link);
        folded_coefficient = link.gcd;
        folded_bound = link.bound;
    }
    return chain;
}

// The depth-first search described at the top of the file.
class euclid_search {
public:
    euclid_search(const std::vector<term>& terms, std::vector<chain_link> chain, std::int64_t max_work,
                  bool exclude_midpoint)
        : terms_(terms),
          chain_(std::move(chain)),
          max_work_(max_work),
          exclude_midpoint_(exclude_midpoint),
          solution_(terms.size(), 0) {}

    overlap run(std::int64_t rhs) { return visit(terms_.size() - 1, rhs); }

private:
    // A level gave up on its subproblem: that is the unit of work.
    overlap dead_end() {
        ++work_;
        return overlap::no;
    }

    bool solution_is_midpoint() const {
        for (std::size_t i = 0; i < terms_.size(); ++i)
            if (solution_[i] != terms_[i].bound / 2) return false;
        return true;
    }

    // Solves  folded_coefficient * y + terms_[level].coefficient * x == rhs  for the candidates x of
    // variable `level`, recursing on each; y is term 0 itself at level 1, the gcd fold of terms
    // 0..level-1 above that.
    overlap visit(std::size_t level, std::int64_t rhs) {
        if (max_work_ >= 0 && work_ >= max_work_) return overlap::too_hard;

        const bool innermost = level == 1;
        const std::int64_t folded_coefficient = innermost ? terms_[0].coefficient : chain_[level - 2].gcd;
        const std::int64_t folded_bound = innermost ? terms_[0].bound : chain_[level - 2].bound;
        const term& current = terms_[level];
        const chain_link& link = chain_[level - 1];

        // Can only fail at the top level: a deeper level is handed rhs = (fold gcd) * y by its caller.
        if (rhs % link.gcd != 0) return dead_end();
        const std::int64_t scale = rhs / link.gcd;
        // Moving along the solution line: y grows by y_step while x shrinks by x_step.
        const std::int64_t y_step = current.coefficient / link.gcd;
        const std::int64_t x_step = folded_coefficient / link.gcd;
        const wide_int y_particular = static_cast<wide_int>(link.bezout_folded) * scale;
        const wide_int x_particular = static_cast<wide_int>(link.bezout_next) * scale;

        // t range keeping 0 <= y <= folded_bound and 0 <= x <= current.bound.
        const wide_int t_low = std::max(ceil_div(-y_particular, y_step),
                                        ceil_div(x_particular - current.bound, x_step));
        const wide_int t_high = std::min(floor_div(folded_bound - y_particular, y_step),
                                         floor_div(x_particular, x_step));
        if (t_low > t_high) return dead_end();

        const auto first_t = narrow(t_low);
        const auto last_t = narrow(t_high);
        if (!first_t || !last_t) return overlap::overflow;
        const auto y_first = narrow(y_particular + static_cast<wide_int>(y_step) * *first_t);
        const auto x_first = narrow(x_particular - static_cast<wide_int>(x_step) * *first_t);
        const auto extra_candidates = checked_sub(*last_t, *first_t);
        if (!y_first || !x_first || !extra_candidates) return overlap::overflow;

        if (innermost) {
            // Every t in range solves the full problem.  Only the first is examined; for the midpoint
            // problem the t range is symmetric about the midpoint, so if the first is the midpoint it is
            // also the only one.
            solution_[0] = *y_first;
            solution_[1] = *x_first;
            if (exclude_midpoint_ && solution_is_midpoint()) return dead_end();
            return overlap::yes;
        }

        for (std::int64_t k = 0;; ++k) {
            // Stays within [0, current.bound] by construction of the t range.
            solution_[level] = *x_first - x_step * k;
            const auto used = checked_mul(current.coefficient, solution_[level]);
            const auto remaining = used ? checked_sub(rhs, *used) : std::nullopt;
            if (!remaining) return overlap::overflow;
            const overlap below = visit(level - 1, *remaining);
            if (below != overlap::no) return below;
            if (k == *extra_candidates) break;
        }
        return dead_end();
    }

    const std::vector<term>& terms_;
    const std::vector<chain_link> chain_;
    const std::int64_t max_work_;
    const bool exclude_midpoint_;
    std::int64_t work_ = 0;
    std::vector<std::int64_t> solution_;
};

// Is  sum coefficient_i x_i == rhs,  0 <= x_i <= bound_i  solvable?  Coefficients must be positive and
// sorted decreasingly.  With exclude_midpoint the rhs argument is ignored: the target is
// sum coefficient_i * bound_i / 2 (all bounds even) and the solution x_i = bound_i / 2 does not count.
overlap solve_bounded(const std::vector<term>& terms, std::int64_t rhs, std::int64_t max_work,
                      bool exclude_midpoint) {
    for (const term& t : terms) {
        assert(t.coefficient > 0);
        if (t.bound < 0) return overlap::no;
    }

    if (exclude_midpoint) {
        // NumPy reports an overflow here as a generic error; it is an overflow.
        std::int64_t midpoint_sum = 0;
        for (const term& t : terms) {
            assert(t.bound % 2 == 0);
            const auto contribution = checked_mul(t.coefficient, t.bound / 2);
            const auto sum = contribution ? checked_add(midpoint_sum, *contribution) : std::nullopt;
            if (!sum) return overlap::overflow;
            midpoint_sum = *sum;
        }
        rhs = midpoint_sum;
    }
    if (rhs < 0) return overlap::no;

    // Zero or one variable: solved directly, without consulting the budget (as NumPy).  The midpoint
    // is then the only possible solution.
    if (terms.empty()) return !exclude_midpoint && rhs == 0 ? overlap::yes : overlap::no;
    if (terms.size() == 1) {
        if (exclude_midpoint) return overlap::no;
        const term& only = terms[0];
        return rhs % only.coefficient == 0 && rhs / only.coefficient <= only.bound ? overlap::yes : overlap::no;
    }

    auto chain = build_gcd_chain(terms);
    if (!chain) return overlap::overflow;
    return euclid_search(terms, std::move(*chain), max_work, exclude_midpoint).run(rhs);
}

}  // namespace

memory_extent extent_of(const strided_region& region) {
    validate(region);
    const auto extent = checked_extent_of(region);
    if (!extent) throw std::overflow_error("strided_region: memory extent does not fit in intptr_t");
    return *extent;
}

overlap solve_may_share_memory(const strided_region& a, const strided_region& b, std::int64_t max_work) {
    validate(a);
    validate(b);
    // Empty regions touch nothing, whatever their strides (checked first so absurd strides on an empty
    // region do not turn a plain `no` into `overflow`).
    if (is_empty(a) || is_empty(b)) return overlap::no;

    const auto extent_a = checked_extent_of(a);
    const auto extent_b = checked_extent_of(b);
    if (!extent_a || !extent_b) return overlap::overflow;
    const bool extents_intersect = extent_a->low < extent_b->high && extent_b->low < extent_a->high &&
                                   extent_a->low < extent_a->high && extent_b->low < extent_b->high;
    if (!extents_intersect) return overlap::no;
    if (max_work == 0) return overlap::too_hard;

    // b's highest byte minus a's lowest, or the mirror; both >= 0 here, and the smaller is the easier rhs.
    const wide_int rhs_wide = std::min(static_cast<wide_int>(extent_b->high) - 1 - extent_a->low,
                                       static_cast<wide_int>(extent_a->high) - 1 - extent_b->low);
    const auto rhs = narrow(rhs_wide);
    if (!rhs) return overlap::overflow;

    std::vector<term> terms;
    if (!append_axis_terms(a, true, terms) || !append_axis_terms(b, true, terms)) return overlap::overflow;
    if (a.itemsize > 1) terms.push_back({1, a.itemsize - 1});
    if (b.itemsize > 1) terms.push_back({1, b.itemsize - 1});

    if (!simplify(terms, *rhs)) return overlap::overflow;
    return solve_bounded(terms, *rhs, max_work, false);
}

overlap solve_may_have_internal_overlap(const strided_region& a, std::int64_t max_work) {
    validate(a);
    if (is_empty(a) || is_c_contiguous(a)) return overlap::no;

    std::vector<term> all_terms;
    if (!append_axis_terms(a, false, all_terms)) return overlap::overflow;
    if (a.itemsize > 1) all_terms.push_back({1, a.itemsize - 1});

    std::vector<term> terms;
    for (const term& t : all_terms) {
        if (t.bound == 0) continue;  // a length-1 axis cannot produce a second element
        if (t.coefficient == 0) return overlap::yes;  // two elements at the same address
        terms.push_back(t);
    }

    // z = x + x' ranges over [0, 2 ub].
    for (term& t : terms) {
        const auto doubled = checked_mul(t.bound, 2);
        if (!doubled) return overlap::overflow;
        t.bound = *doubled;
    }
    std::stable_sort(terms.begin(), terms.end(), by_decreasing_coefficient);
    return solve_bounded(terms, 0, max_work, true);
}

}  // namespace engine
