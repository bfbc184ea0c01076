// NumPy's buffered iteration (buffered_iteration.hpp). How NumPy 2.4 chooses its runs is read from nditer_constr.c
// (npyiter_find_buffering_setup); NumPy 1.24's was measured with loops whose results show their runs.
#include "buffered_iteration.hpp"

#include <algorithm>

#include "engine/layout.hpp"
#include "engine/semantics.hpp"

namespace engine::detail {

bool walks_with_one_stride(const strided_iteration& it, std::size_t operand) {
    const dims& steps = it.strides[operand];
    for (std::size_t d = it.shape.size() - 1; d > 0; --d)
        if (steps[d - 1] != steps[d] * it.shape[d]) return false;
    return true;
}

namespace {

// NumPy 2.4: the iterator grows its core outward axis by axis, counting the operands that stop walking it with one
// stride (each then needs a buffer; a cast operand is buffered from the start), and keeps the axis where
// (1 + buffered operands) per element of the run (the run capped at the buffer where something is buffered) is
// least, ties to the outer axis. Those operands are buffered, the others read in place; a run is the core times
// the kept axis, cut to a multiple of the core under the buffer, and never crosses an index of the axes outside.
// A reduction's output stops the growth one axis past the first where its stride turns between 0 and not 0 (the
// "outer reduce dim"; that turn also counts as a buffer); where that axis is kept, the loop is called once per
// core (so a sum over axes 0 and 2 of a C-ordered (a, b, c) array adds each row of c on its own).
std::vector<buffered_run> numpy_2_buffered_runs(const strided_iteration& it, const iteration_operands& operands) {
    const std::size_t n = it.shape.size();
    const auto axis = [&](std::size_t numpy_dim) { return n - 1 - numpy_dim; };  // NumPy counts from the inner axis
    const std::size_t count = it.strides.size();
    std::array<std::size_t, 4> single_stride_dims{1, 1, 1, 1};
    std::int64_t cost = 1 + std::count(operands.cast.begin(), operands.cast.begin() + count, true);
    std::int64_t size = it.shape[axis(0)];
    std::int64_t best_cost = cost, best_size = size, best_core = 1;
    std::size_t best_dim = 0, outer_reduce_dim = 0;
    for (std::size_t dim = 1; dim < n; ++dim) {
        if (outer_reduce_dim != 0) break;
        if (size >= ufunc_buffer_size && cost > 1) break;  // past the buffer: only unbuffered growth helps
        for (std::size_t k = 0; k < count; ++k) {
            const std::int64_t inner = it.strides[k][axis(dim - 1)], outer = it.strides[k][axis(dim)];
            if (single_stride_dims[k] == dim) {
                if (inner * it.shape[axis(dim - 1)] == outer) {
                    ++single_stride_dims[k];
                    continue;
                }
                if (!operands.cast[k]) ++cost;
            }
            if (operands.reduced_into == k && (inner == 0) != (outer == 0)) outer_reduce_dim = dim;
        }
        const std::int64_t core = size;
        size *= it.shape[axis(dim)];
        const std::int64_t run = size > ufunc_buffer_size && cost > 1 ? ufunc_buffer_size : size;
        // Compared in double as NumPy does (products of extents).
        if (static_cast<double>(cost) * static_cast<double>(best_size) <=
            static_cast<double>(best_cost) * static_cast<double>(run)) {
            best_cost = cost;
            best_core = core;
            best_size = size;
            best_dim = dim;
        }
    }
    const bool reduce_core = outer_reduce_dim != 0 && best_dim == outer_reduce_dim;
    // With reduce logic an operand is iterated core by core in place (as a reduce operand) where it walks the core
    // with one stride, or steps 0 along the outer reduce axis: only the others are buffered.
    std::array<bool, 4> buffered{};
    for (std::size_t k = 0; k < count; ++k) {
        const bool outer_stride_zero = n > best_dim && it.strides[k][axis(best_dim)] == 0;
        const bool reduce_operand =
            reduce_core && ((operands.reduced_into == k) || (single_stride_dims[k] == best_dim && !operands.cast[k]) ||
                            (outer_stride_zero && single_stride_dims[k] <= best_dim));
        buffered[k] = operands.cast[k] || single_stride_dims[k] + (reduce_operand ? 1 : 0) <= best_dim;
    }
    const bool any_buffered = std::find(buffered.begin(), buffered.end(), true) != buffered.end();
    const std::int64_t block = best_size;  // the core times the kept axis: runs never cross it
    std::int64_t run = any_buffered && best_size > ufunc_buffer_size ? best_core * (ufunc_buffer_size / best_core)
                                                                       : best_size;
    if (reduce_core) run = best_core;
    std::vector<buffered_run> runs;
    const std::int64_t total = element_count(it.shape);
    for (std::int64_t outer = 0; outer < total; outer += block)
        for (std::int64_t first = outer; first < outer + block; first += run)
            runs.push_back({first, std::min(run, outer + block - first), buffered, reduce_core});
    return runs;
}

// NumPy 1.24 (measured): runs of 8,192 elements from wherever the last ended, the operands not walking the whole
// iteration with one stride buffered, except that a run whose elements all lie in the rest of the current row
// takes that whole rest in place (GROWINNER). A reduction grows no run past the buffer (GROWINNER is off for
// reductions) nor across a change of its output element: runs of 8,192 restart at each output element (the inner
// axes along which the output's stride is 0).
std::vector<buffered_run> numpy_1_24_buffered_runs(const strided_iteration& it, const iteration_operands& operands) {
    const std::int64_t total = element_count(it.shape);
    std::array<bool, 4> buffered{};
    for (std::size_t k = 0; k < it.strides.size(); ++k)
        buffered[k] = operands.cast[k] || !walks_with_one_stride(it, k);
    std::vector<buffered_run> runs;
    if (operands.reduced_into) {
        const dims& out = it.strides[*operands.reduced_into];
        std::int64_t segment = 1;
        std::size_t segment_axes = 0;
        for (std::size_t d = it.shape.size(); d-- > 0 && out[d] == 0; ++segment_axes) segment *= it.shape[d];
        if (segment == 1) {  // the output moves every element
            segment = it.shape.empty() ? 1 : it.shape.back();
            segment_axes = 1;
        }
        // An operand is buffered where it is cast or does not walk the segment's axes with one stride (measured:
        // reversed rows reduced along them are read in place).
        for (std::size_t k = 0; k < it.strides.size(); ++k) {
            bool one_stride = true;
            for (std::size_t i = 1; i < segment_axes && i < it.shape.size(); ++i) {
                const std::size_t d = it.shape.size() - 1 - i;
                if (it.strides[k][d] != it.strides[k][d + 1] * it.shape[d + 1]) one_stride = false;
            }
            buffered[k] = operands.cast[k] || !one_stride;
        }
        for (std::int64_t outer = 0; outer < total; outer += segment)
            for (std::int64_t first = outer; first < outer + segment; first += ufunc_buffer_size)
                runs.push_back({first, std::min(ufunc_buffer_size, outer + segment - first), buffered});
        return runs;
    }
    const std::int64_t row = it.shape.back();
    for (std::int64_t first = 0; first < total;) {
        const std::int64_t transfer = std::min(ufunc_buffer_size, total - first), rest_of_row = row - first % row;
        const bool in_place = rest_of_row >= transfer;
        runs.push_back({first, in_place ? rest_of_row : transfer, in_place ? std::array<bool, 4>{} : buffered});
        first += runs.back().length;
    }
    return runs;
}

}  // namespace

std::vector<buffered_run> numpy_buffered_runs(const strided_iteration& it, const iteration_operands& operands) {
    const bool cast = std::find(operands.cast.begin(), operands.cast.end(), true) != operands.cast.end();
    if (it.shape.size() < 2 && !cast && !operands.reduced_into) return {buffered_run{0, element_count(it.shape), {}}};
    if (it.shape.empty()) return {buffered_run{0, 1, operands.cast}};
    return active_semantics().buffered_iteration_picks_a_core ? numpy_2_buffered_runs(it, operands)
                                                               : numpy_1_24_buffered_runs(it, operands);
}

}  // namespace engine::detail
