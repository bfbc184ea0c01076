// NumPy's buffered iteration (buffered_iteration.hpp). How NumPy 2.4 chooses its runs is read from nditer_constr.c
// (npyiter_find_buffering_setup); NumPy 1.24's was measured with loops whose results show their runs, and its
// reductions' read from nditer_api.c (npyiter_copy_to_buffers, npyiter_checkreducesize).
#include "buffered_iteration.hpp"

#include <algorithm>

#include "engine/error.hpp"
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

// The offset of operand `k` at element `index` (C order over the iteration's axes).
std::int64_t offset_of_index(const strided_iteration& it, std::size_t k, std::int64_t index) {
    std::int64_t offset = 0;
    for (std::size_t d = it.shape.size(); d-- > 0;) {
        offset += index % it.shape[d] * it.strides[k][d];
        index /= it.shape[d];
    }
    return offset;
}

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
    std::array<bool, 4> buffered{}, single_stride{};
    for (std::size_t k = 0; k < count; ++k) {
        const bool outer_stride_zero = n > best_dim && it.strides[k][axis(best_dim)] == 0;
        const bool reduce_operand =
            reduce_core && ((operands.reduced_into == k) || (single_stride_dims[k] == best_dim && !operands.cast[k]) ||
                            (outer_stride_zero && single_stride_dims[k] <= best_dim));
        single_stride[k] = single_stride_dims[k] + (reduce_operand ? 1 : 0) > best_dim;
        buffered[k] = operands.cast[k] || !single_stride[k];
    }
    const bool any_buffered = std::find(buffered.begin(), buffered.end(), true) != buffered.end();
    const std::int64_t block = best_size;  // the core times the kept axis: runs never cross it
    // A fill of the buffers: the block, cut to a multiple of the core under the buffer where anything is buffered;
    // the loop is handed the fill whole, or with reduce logic core by core.
    const std::int64_t fill = any_buffered && best_size > ufunc_buffer_size
                                  ? best_core * (ufunc_buffer_size / best_core)
                                  : best_size;
    const std::int64_t run = reduce_core ? best_core : fill;
    // With reduce logic the reduction's output buffer is not read again where the output's pointer is where the
    // last fill's began and that fill left the buffer reusable (npyiter_copy_to_buffers: BUF_REUSABLE, set by a
    // full fill or where the output steps 0 along the outer axis); without it the iterator drops its reduce flag
    // and every fill reads the output again.
    const std::optional<std::size_t> out = operands.reduced_into;
    const bool out_still_along_outer = out && n > best_dim && it.strides[*out][axis(best_dim)] == 0;
    std::optional<std::int64_t> last_out_offset;
    bool reusable = false;
    std::vector<buffered_run> runs;
    const std::int64_t total = element_count(it.shape);
    for (std::int64_t outer = 0; outer < total; outer += block)
        for (std::int64_t fill_first = outer; fill_first < outer + block; fill_first += fill) {
            const std::int64_t fill_end = std::min(fill_first + fill, outer + block);
            bool keeps_output = false;
            if (reduce_core && out) {
                const std::int64_t out_offset = offset_of_index(it, *out, fill_first);
                keeps_output = last_out_offset == out_offset && reusable;
                if (!keeps_output) reusable = fill_end - fill_first == fill || out_still_along_outer;
                last_out_offset = out_offset;
            }
            for (std::int64_t first = fill_first; first < fill_end; first += run)
                runs.push_back({first, std::min(run, fill_end - first), buffered, reduce_core, single_stride,
                                first + run >= fill_end, first == fill_first && keeps_output});
        }
    return runs;
}

// NumPy 1.24's reduction iterator (nditer_api.c: npyiter_copy_to_buffers and npyiter_checkreducesize; NumPy counts
// axes from the inner one, as `dim` does here). Each buffer fill covers `transfer` elements from the current index,
// cut so that no output element is met twice within one inner loop call: the inner run (`inner`) is the inner axes
// up to the first where the output's stride turns between 0 and not 0 (a whole block of them, from its start), or,
// where that block is longer than the buffer or the fill starts inside it, a flat stretch of at most 8,192 up to the
// block's end; with a whole block, an outer loop over the next axis (the `outer_dim`) repeats it within the fill.
// After a fill that started a block at index 0 of the outer axis, later fills reuse that structure and take the
// rest of the outer axis, up to the buffer. An operand needing no cast is read in place where it walks the whole
// iteration with one stride (BUFNEVER), where the fill lies within the rest of the inner axis, or where the outer
// loop is the second axis and the fill's blocks lie within the rest of it (the output, whose stride is 0 along the
// inner run, for any outer axis); otherwise it is buffered, so each run is handed to the loop contiguous.
struct numpy_1_24_reduce_fill {
    std::int64_t transfer = 0, inner = 0;
    std::size_t outer_dim = 0;
    bool reuse = false;  // NPY_ITFLAG_REUSE_REDUCE_LOOPS as checkreducesize leaves it
};

numpy_1_24_reduce_fill check_reduce_size(const strided_iteration& it, std::size_t out, const dims& coords,
                                         std::int64_t count, bool reuse) {
    const std::size_t n = it.shape.size();
    const auto shape = [&](std::size_t dim) { return it.shape[n - 1 - dim]; };
    const auto coord = [&](std::size_t dim) { return coords[n - 1 - dim]; };
    const auto out_stride = [&](std::size_t dim) { return it.strides[out][n - 1 - dim]; };
    numpy_1_24_reduce_fill fill{.reuse = reuse};
    if (n == 1 || count == 0) {
        fill.transfer = fill.inner = count;
        return fill;
    }
    bool stride0 = out_stride(0) == 0;
    std::int64_t space = shape(0) - coord(0), factor = shape(0);
    bool nonzero_coord = coord(0) != 0;
    std::size_t dim = 1;
    bool turned = false;
    for (; dim < n && space < count; ++dim) {
        if (stride0 != (out_stride(dim) == 0)) {
            if (count <= space) {
                fill.transfer = fill.inner = count;
                fill.reuse = true;
                return fill;
            }
            if (nonzero_coord) {
                fill.transfer = fill.inner = std::min(count, space);
                fill.reuse = false;
                return fill;
            }
            fill.inner = space;
            turned = true;
            break;
        }
        if (coord(dim) != 0) nonzero_coord = true;
        space += (shape(dim) - coord(dim) - 1) * factor;
        factor *= shape(dim);
    }
    if (!turned && (nonzero_coord || count < space || dim == n)) {
        fill.transfer = fill.inner = std::min(count, space);
        fill.reuse = false;
        return fill;
    }
    fill.inner = space;
    fill.reuse = coord(dim) == 0;
    count /= space;
    fill.outer_dim = dim;
    stride0 = out_stride(dim) == 0;
    std::int64_t outer_space = shape(dim) - coord(dim);
    factor = shape(dim);
    for (++dim; dim < n && outer_space < count; ++dim) {
        if (stride0 != (out_stride(dim) == 0)) {
            fill.transfer = std::min(count, outer_space) * fill.inner;
            return fill;
        }
        outer_space += (shape(dim) - coord(dim) - 1) * factor;
        factor *= shape(dim);
    }
    fill.transfer = std::min(count, outer_space) * fill.inner;
    return fill;
}

std::vector<buffered_run> numpy_1_24_reduction_runs(const strided_iteration& it, const iteration_operands& operands) {
    const std::size_t n = it.shape.size(), out = *operands.reduced_into;
    const auto shape = [&](std::size_t dim) { return it.shape[n - 1 - dim]; };
    const std::int64_t total = element_count(it.shape);
    std::array<bool, 4> never{};
    for (std::size_t k = 0; k < it.strides.size(); ++k) never[k] = n <= 1 || walks_with_one_stride(it, k);
    std::vector<buffered_run> runs;
    dims coords(n, 0);
    numpy_1_24_reduce_fill fill;
    std::int64_t out_offset = 0;  // where the output operand's pointer is at the fill's start
    for (std::int64_t index = 0; index < total; index += fill.transfer) {
        const std::int64_t previous_out_offset = out_offset;
        const std::int64_t previous_outer_size = index > 0 ? fill.transfer / fill.inner : 0;
        out_offset = offset_of_index(it, out, index);
        for (std::size_t d = n, rest = static_cast<std::size_t>(index); d-- > 0;) {
            coords[d] = static_cast<std::int64_t>(rest % static_cast<std::size_t>(it.shape[d]));
            rest /= static_cast<std::size_t>(it.shape[d]);
        }
        const auto coord = [&](std::size_t dim) { return coords[n - 1 - dim]; };
        std::int64_t transfer = std::min(ufunc_buffer_size, total - index);
        bool reuses_loops = index > 0 && fill.reuse;
        if (reuses_loops) {
            const std::int64_t outer_rest = shape(fill.outer_dim) - coord(fill.outer_dim);
            fill.transfer = outer_rest * fill.inner > ufunc_buffer_size ? transfer / fill.inner * fill.inner
                                                                          : outer_rest * fill.inner;
            // A fill longer than the last may hold more than the buffer kept.
            if (previous_outer_size < fill.transfer / fill.inner) reuses_loops = false;
        } else {
            fill = check_reduce_size(it, out, coords, transfer, fill.reuse);
        }
        // The output's buffer keeps the last fill's values (not read again from the array) where the loops are
        // reused or the fill reduces into one element, and the output's pointer has not moved since that fill.
        const bool one_element = it.strides[out][n - 1] == 0 && it.strides[out][n - 1 - fill.outer_dim] == 0;
        const bool keeps_output = index > 0 && out_offset == previous_out_offset && (reuses_loops || one_element);
        transfer = fill.transfer;
        if (transfer <= 0 || fill.inner <= 0)  // a fill always covers a block: never reached
            raise(error_category::runtime_error, "internal error: an empty fill of NumPy 1.24's reduction iterator");
        const bool one_stride = std::min(shape(0) - coord(0), total - index) >= transfer;
        const bool outer_fits =
            fill.outer_dim > 0 && transfer / fill.inner <= shape(fill.outer_dim) - coord(fill.outer_dim);
        std::array<bool, 4> buffered{};
        for (std::size_t k = 0; k < it.strides.size(); ++k) {
            const bool reduce_in_inner = k == out && it.strides[k][n - 1] == 0;
            const bool in_place = never[k] || one_stride || (outer_fits && (reduce_in_inner || fill.outer_dim == 1));
            buffered[k] = operands.cast[k] || !in_place;
        }
        for (std::int64_t first = index; first < index + transfer; first += fill.inner)
            runs.push_back({.first = first, .length = fill.inner, .buffered = buffered,
                            .ends_buffer = first + fill.inner >= index + transfer,
                            .keeps_output_buffer = first == index && keeps_output});
    }
    return runs;
}

// NumPy 1.24 (measured): runs of 8,192 elements from wherever the last ended, the operands not walking the whole
// iteration with one stride buffered, except that a run whose elements all lie in the rest of the current row
// takes that whole rest in place (GROWINNER), where no operand is cast (a cast always needs the buffer: an out=
// cast back from 8,193 results is two runs). Reductions: numpy_1_24_reduction_runs.
std::vector<buffered_run> numpy_1_24_buffered_runs(const strided_iteration& it, const iteration_operands& operands) {
    if (operands.reduced_into) return numpy_1_24_reduction_runs(it, operands);
    const std::int64_t total = element_count(it.shape);
    std::array<bool, 4> buffered{};
    for (std::size_t k = 0; k < it.strides.size(); ++k)
        buffered[k] = operands.cast[k] || !walks_with_one_stride(it, k);
    const bool cast = std::find(operands.cast.begin(), operands.cast.end(), true) != operands.cast.end();
    std::vector<buffered_run> runs;
    const std::int64_t row = it.shape.back();
    for (std::int64_t first = 0; first < total;) {
        const std::int64_t transfer = std::min(ufunc_buffer_size, total - first), rest_of_row = row - first % row;
        const bool in_place = rest_of_row >= transfer && !cast;
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
