// Indexing, a[idx] and a[idx] = v, as NumPy 1.24's mapping.c does it.
//
// Normalising the index. Each item of the index tuple is classified in one left-to-right pass:
// integers (and 0-d integer arrays, which NumPy treats as integers), slices, newaxis, at most one
// ellipsis, and arrays. An integer array is an "advanced" index on one axis. A boolean array of k
// dimensions is replaced by the k coordinate arrays of its True entries (np.nonzero), each an advanced
// index on one axis; a 0-d boolean (Python True/False) becomes a length-1/length-0 advanced index that
// takes no axis at all, which is why x[True] adds a dimension of length 1. If the index does not reach
// every axis, an ellipsis is appended (or the written one is widened), so after the pass every axis is
// named by exactly one item. Only then are the whole-index checks made, in NumPy's order: too many
// indices, the 32-dimension limit, and the lengths of the boolean dimensions.
//
// View or copy. With no advanced item the result is a view: integers drop an axis and move the start,
// slices rescale a stride (clamped like Python's slice.indices; an empty slice keeps the start), newaxis
// inserts a length-1 axis of stride 0. Two special cases: an index of integers only gives a scalar (a[()]
// on a 0-d array too), and a 0-d integer *array* in an otherwise basic index makes NumPy copy the view.
// A single boolean mask shaped exactly like the array is NumPy's fast path: a fresh 1-d array of the
// selected elements in C order. Any other advanced index gives a copy built as below.
//
// Where the advanced dimensions go. All index arrays broadcast together to one "index shape". Its axes
// replace the indexed axes in place when the advanced items (integers count as advanced here) sit next
// to each other in the index; otherwise they go first. x[:, [0, 1]] keeps them in the middle, while
// x[0, :, [0, 1]] puts them first.
//
// Why the result is a transposed view of a temporary. NumPy's map iterator always works in "advanced
// dimensions first" order: it allocates a temporary shaped (index shape..., remaining axes...) and fills
// it. When the advanced dimensions belong first, the temporary is the result (base None). When they
// belong in the middle, NumPy returns a transposed view of the temporary, so the result's base is that
// temporary and its strides are not C-ordered: on a (2,3,4) int64 array, x[:, [0,1]] has strides
// (32, 64, 8). The temporary's own layout follows NumPy too: the remaining axes keep the memory order of
// the array's view (order K), the index dimensions are C-ordered outside them, except that when only one
// element remains per index position the index dimensions follow the index arrays' memory order as
// NumPy's nditer would choose it. Every freshly allocated empty array has all strides 0 in NumPy 1.24.
//
// Assignment runs the same machinery backwards: the value is broadcast to the index result, transposed
// into the temporary's "advanced first" order, and written element by element through the index, so a
// repeated index keeps the value written last in NumPy's iteration order. NumPy does not copy a value
// that overlaps the destination, so each element is read just before it is written (a mask moves runs
// of consecutive selected elements as blocks, as NumPy's memmove does). Everything that can fail —
// read-only destination, index, value shape, index bounds, in that order — is checked before the first
// write.
#include "engine/index.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <numeric>
#include <optional>
#include <string>

#include "engine/broadcast.hpp"
#include "engine/element_setitem.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/long_long.hpp"
#include "engine/shares_memory.hpp"
#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"
#include "engine/strided_loop.hpp"
#include "cast_run.hpp"

namespace engine {

namespace {

// NumPy's NPY_MAXDIMS (semantics.hpp), and the longest index tuple it accepts.
std::int64_t max_result_dims() { return active_semantics().max_dimensions; }
std::size_t max_index_items() { return 2 * static_cast<std::size_t>(max_result_dims()); }
constexpr std::int64_t max_int64 = std::numeric_limits<std::int64_t>::max();

std::vector<std::size_t> inverse(const std::vector<std::size_t>& perm) {
    std::vector<std::size_t> inv(perm.size());
    for (std::size_t i = 0; i < perm.size(); ++i) inv[perm[i]] = i;
    return inv;
}

template <class Sequence>
Sequence permuted(const Sequence& v, const std::vector<std::size_t>& perm) {
    Sequence out(perm.size());
    for (std::size_t i = 0; i < perm.size(); ++i) out[i] = v[perm[i]];
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Normalising the index.

enum class part_kind {
    integer,    // picks one position of an axis and drops the axis
    slice,      // keeps an axis, re-strided
    newaxis,    // inserts a length-1 axis
    ellipsis,   // keeps `count` axes
    positions,  // advanced: an integer array of positions along one axis
    true_false, // advanced: a 0-d boolean, a positions array of length 1 or 0 along no axis
};

struct index_part {
    explicit index_part(part_kind k, std::int64_t n = 0) : kind(k), integer(n) {}

    part_kind kind;
    std::int64_t integer = 0;       // integer: the index; ellipsis: the number of axes it stands for
    slice_spec slice{};
    array positions;                // positions / true_false
    std::int64_t mask_length = -1;  // positions that came from a mask: the length of that mask dimension
    std::size_t axis = 0;           // the first axis of the indexed array this part consumes
};

struct parsed_index {
    std::vector<index_part> parts;
    array whole_mask;            // the index is one boolean array shaped like the indexed array
    bool full_integer = false;   // integers for every axis and nothing else: the result is a scalar
    bool has_advanced = false;
    bool copies_basic = false;   // a 0-d integer array in a basic index: NumPy copies the view
    std::int64_t index_ndim = 0; // dimensions of the broadcast index arrays
};

bool is_advanced(part_kind k) { return k == part_kind::positions || k == part_kind::true_false; }

// Axes of the indexed array that a part consumes.
std::int64_t axes_used(const index_part& p) {
    switch (p.kind) {
        case part_kind::ellipsis: return p.integer;
        case part_kind::newaxis:
        case part_kind::true_false: return 0;
        default: return 1;
    }
}

// The C-order positions (0 .. size-1) of a boolean array's True entries.
std::vector<std::size_t> true_positions(const ndarray& mask) {
    std::vector<std::size_t> out;
    const auto offsets = c_order_offsets(mask.shape(), mask.strides());
    for (std::size_t i = 0; i < offsets.size(); ++i)
        if (load_element(dtype::bool_, mask.data() + offsets[i]).as_bool()) out.push_back(i);
    return out;
}

// np.nonzero(mask): one coordinate array per mask dimension, True entries in C order.
std::vector<array> mask_coordinates(const ndarray& mask) {
    const auto& shape = mask.shape();
    std::vector<std::vector<std::int64_t>> coords(shape.size());
    for (const std::size_t position : true_positions(mask)) {
        auto rest = static_cast<std::int64_t>(position);
        for (std::size_t ax = shape.size(); ax-- > 0;) {
            coords[ax].push_back(rest % shape[ax]);
            rest /= shape[ax];
        }
    }
    std::vector<array> out;
    for (auto& c : coords) out.push_back(int64_index_array(c));
    return out;
}

// `whole_masks`: a boolean array shaped like `a` alone is a mask (NumPy's HAS_BOOL) rather than its nonzero()
// positions (ufunc.at's prepare_index allows no boolean index, so it always takes the positions).
parsed_index parse(const ndarray& a, const index_expr& idx, bool whole_masks = true) {
    if (idx.size() > max_index_items()) raise(error_category::index_error, "too many indices for array");
    parsed_index p;
    std::int64_t used = 0;         // axes of `a` named so far
    std::int64_t basic_ndim = 0;   // result axes from slices, newaxis and the ellipsis
    std::ptrdiff_t ellipsis_at = -1;
    bool has_newaxis = false, has_scalar_array = false;

    for (const auto& item : idx) {
        if (const auto* i = std::get_if<std::int64_t>(&item)) {
            p.parts.emplace_back(part_kind::integer, *i);
            ++used;
        } else if (const auto* s = std::get_if<slice_spec>(&item)) {
            index_part part{part_kind::slice};
            part.slice = *s;
            p.parts.push_back(part);
            ++used;
            ++basic_ndim;
        } else if (std::holds_alternative<newaxis_index>(item)) {
            p.parts.emplace_back(part_kind::newaxis);
            has_newaxis = true;
            ++basic_ndim;
        } else if (std::holds_alternative<ellipsis_index>(item)) {
            if (ellipsis_at >= 0)
                raise(error_category::index_error, "an index can only have a single ellipsis ('...')");
            ellipsis_at = static_cast<std::ptrdiff_t>(p.parts.size());
            p.parts.emplace_back(part_kind::ellipsis);
        } else {
            const array& arr = std::get<array>(item);
            if (arr->type() == dtype::bool_) {
                if (whole_masks && idx.size() == 1 && arr->shape() == a.shape()) {
                    p.whole_mask = arr;
                    return p;
                }
                p.has_advanced = true;
                p.index_ndim = std::max<std::int64_t>(p.index_ndim, 1);
                if (arr->ndim() == 0) {
                    const bool selected = load_element(dtype::bool_, arr->data()).as_bool();
                    index_part part{part_kind::true_false};
                    part.positions = int64_index_array(std::vector<std::int64_t>(selected ? 1 : 0, 0));
                    p.parts.push_back(part);
                    continue;
                }
                auto coords = mask_coordinates(*arr);
                if (p.parts.size() + coords.size() >= max_index_items())
                    raise(error_category::index_error, "too many indices for array");
                for (std::size_t d = 0; d < coords.size(); ++d) {
                    index_part part{part_kind::positions};
                    part.positions = std::move(coords[d]);
                    part.mask_length = arr->shape()[d];
                    p.parts.push_back(part);
                    ++used;
                }
            } else if (is_integer(arr->type())) {
                // prepare_index converts every 0-d integer array through a Python int, which must fit a C long
                // (whatever the indexed array's dimensions), in either byte order (property test, NumPy 2, seed 1071).
                if (arr->ndim() == 0 && native_order(arr->type()) == dtype::uint64 &&
                    load_element(arr->type(), arr->data()).as_uint64() > std::uint64_t{max_int64})
                    raise(error_category::overflow_error, "Python int too large to convert to C long");
                if (arr->ndim() == 0 && a.ndim() != 0) {
                    const scalar value = load_element(arr->type(), arr->data());
                    p.parts.emplace_back(part_kind::integer, value.as_int64());
                    has_scalar_array = true;
                } else {
                    index_part part{part_kind::positions};
                    part.positions = arr;
                    p.parts.push_back(part);
                    p.has_advanced = true;
                    p.index_ndim = std::max(p.index_ndim, arr->ndim());
                }
                ++used;
            } else {
                raise(error_category::index_error, "arrays used as indices must be of integer (or boolean) type");
            }
        }
    }

    if (used < a.ndim()) {
        if (ellipsis_at < 0) {
            ellipsis_at = static_cast<std::ptrdiff_t>(p.parts.size());
            p.parts.emplace_back(part_kind::ellipsis);
        }
        p.parts[static_cast<std::size_t>(ellipsis_at)].integer = a.ndim() - used;
        basic_ndim += a.ndim() - used;
    } else if (used > a.ndim()) {
        raise(error_category::index_error, "too many indices for array: array is " + std::to_string(a.ndim()) +
                                               "-dimensional, but " + std::to_string(used) + " were indexed");
    }
    p.full_integer = std::all_of(p.parts.begin(), p.parts.end(),
                                 [](const index_part& part) { return part.kind == part_kind::integer; });
    p.copies_basic = has_scalar_array && !p.has_advanced && !p.full_integer;

    if ((has_newaxis || p.has_advanced) && basic_ndim + p.index_ndim > max_result_dims())
        raise(error_category::index_error, "number of dimensions must be within [0, " +
                                               std::to_string(max_result_dims()) + "], indexing result would have " +
                                               std::to_string(basic_ndim + p.index_ndim));

    std::size_t axis = 0;
    for (auto& part : p.parts) {
        part.axis = axis;
        axis += static_cast<std::size_t>(axes_used(part));
    }
    // A mask dimension of length 0 is not checked, as in NumPy.
    for (const auto& part : p.parts)
        if (part.mask_length > 0 && part.mask_length != a.shape()[part.axis])
            raise(error_category::index_error,
                  "boolean index did not match indexed array along dimension " + std::to_string(part.axis) +
                      "; dimension is " + std::to_string(a.shape()[part.axis]) +
                      " but corresponding boolean dimension is " + std::to_string(part.mask_length));
    return p;
}

// ---------------------------------------------------------------------------------------------------
// Basic indexing: the view.

std::int64_t checked_index(std::int64_t index, std::int64_t size, std::size_t axis) {
    if (index < -size || index >= size)
        raise(error_category::index_error, "index " + std::to_string(index) + " is out of bounds for axis " +
                                               std::to_string(axis) + " with size " + std::to_string(size));
    return index < 0 ? index + size : index;
}

struct slice_range {
    std::int64_t start, step, length;
};

// Python's slice.indices (PySlice_Unpack + PySlice_AdjustIndices) for an axis of `size`; an empty
// selection starts at 0 with step 1, as NumPy lays out empty slices.
slice_range resolve_slice(const slice_spec& s, std::int64_t size) {
    std::int64_t step = s.step.value_or(1);
    if (step == 0) raise(error_category::value_error, "slice step cannot be zero");
    if (step < -max_int64) step = -max_int64;
    auto clamp = [&](std::optional<std::int64_t> v, std::int64_t missing) {
        std::int64_t x = v.value_or(missing);
        if (x < 0) {
            x += size;
            if (x < 0) x = step < 0 ? -1 : 0;
        } else if (x >= size) {
            x = step < 0 ? size - 1 : size;
        }
        return x;
    };
    const std::int64_t start = clamp(s.start, step < 0 ? max_int64 : 0);
    const std::int64_t stop = clamp(s.stop, step < 0 ? std::numeric_limits<std::int64_t>::min() : max_int64);
    std::int64_t length = 0;
    if (step < 0 && stop < start) length = (start - stop - 1) / -step + 1;
    if (step > 0 && start < stop) length = (stop - start - 1) / step + 1;
    if (length == 0) return {0, 1, 0};
    return {start, step, length};
}

// The view selected by the basic parts. Advanced parts are skipped here (a positions part skips its axis),
// so with an advanced index this is NumPy's "subspace": the array still to be indexed by the arrays.
array basic_view(const array& a, const parsed_index& p) {
    dims shape, strides;
    std::int64_t offset = 0;
    std::size_t axis = 0;
    for (const auto& part : p.parts) {
        switch (part.kind) {
            case part_kind::integer:
                offset += checked_index(part.integer, a->shape()[axis], axis) * a->strides()[axis];
                ++axis;
                break;
            case part_kind::slice: {
                const auto r = resolve_slice(part.slice, a->shape()[axis]);
                offset += r.start * a->strides()[axis];
                shape.push_back(r.length);
                strides.push_back(r.step * a->strides()[axis]);
                ++axis;
                break;
            }
            case part_kind::newaxis:
                shape.push_back(1);
                strides.push_back(0);
                break;
            case part_kind::ellipsis:
                for (std::int64_t k = 0; k < part.integer; ++k, ++axis) {
                    shape.push_back(a->shape()[axis]);
                    strides.push_back(a->strides()[axis]);
                }
                break;
            case part_kind::positions: ++axis; break;
            case part_kind::true_false: break;
        }
    }
    return ndarray::view_of(a, a->type(), shape, strides, offset);
}

// ---------------------------------------------------------------------------------------------------
// Advanced indexing: where each index position points, and the layout of the result.

struct advanced_plan {
    std::vector<const index_part*> arrays;  // the advanced parts, in index order
    dims index_shape;                       // their broadcast shape
    std::size_t insert_at = 0;              // result axis of the index dimensions (0 also when they go first)
    array subspace;                         // the basic view: what each index position selects from

    bool selects_nothing() const { return element_count(index_shape) * subspace->size() == 0; }
    // The shape of NumPy's temporary: the index dimensions first, then the subspace's.
    dims temporary_shape() const {
        dims shape = index_shape;
        shape.insert(shape.end(), subspace->shape().begin(), subspace->shape().end());
        return shape;
    }
};

// Where the index dimensions land: at the first advanced (or integer) item's result axis when all those
// items are adjacent, else at the front.
std::size_t insertion_axis(const parsed_index& p) {
    std::size_t result_axis = 0, insert_at = 0;
    enum { none_yet, in_run, after_run } state = none_yet;
    for (const auto& part : p.parts) {
        const bool joins_run = is_advanced(part.kind) || part.kind == part_kind::integer;
        if (joins_run) {
            if (state == none_yet) {
                insert_at = result_axis;
                state = in_run;
            } else if (state == after_run) {
                return 0;
            }
        } else if (state == in_run) {
            state = after_run;
        }
        if (part.kind == part_kind::ellipsis) result_axis += static_cast<std::size_t>(part.integer);
        else if (part.kind == part_kind::slice || part.kind == part_kind::newaxis) ++result_axis;
    }
    return insert_at;
}

// The permutation that takes the temporary's axes (index dims first) to the result's axes.
std::vector<std::size_t> temporary_to_result(std::size_t index_ndim, std::size_t insert_at, std::size_t ndim) {
    std::vector<std::size_t> perm;
    for (std::size_t i = index_ndim; i < index_ndim + insert_at; ++i) perm.push_back(i);
    for (std::size_t i = 0; i < index_ndim; ++i) perm.push_back(i);
    for (std::size_t i = index_ndim + insert_at; i < ndim; ++i) perm.push_back(i);
    return perm;
}

// Index values must be inside their axis unless the result is empty (then NumPy only warns), checked after
// everything else about the index and the value. The order matters only for which bad value is reported:
// NumPy checks each array in turn in its memory order (nditer's, which walks reversed axes forwards;
// a 1-d int64 array is walked plainly), except that a lone index array being read is checked as the
// read walks it: in C order when each position selects a block, else in nditer order (never reversed,
// because the result is being allocated).
void check_bounds(const ndarray& a, const advanced_plan& plan, bool reading) {
    // NumPy 1.x skips the check whenever nothing is selected; NumPy 2 only when the broadcast index arrays are
    // empty (their values then never matter), so an empty subspace no longer hides a bad index.
    if (active_semantics().empty_result_checks_index_bounds ? element_count(plan.index_shape) == 0
                                                            : plan.selects_nothing())
        return;
    const bool checked_by_read = reading && plan.arrays.size() == 1;
    for (const auto* part : plan.arrays) {
        if (part->kind != part_kind::positions) continue;
        const ndarray& pos = *part->positions;
        const bool plain_walk = checked_by_read ? plan.subspace->size() != 1
                                                : pos.ndim() <= 1 && pos.type() == dtype::int64;
        const auto order = plain_walk ? c_order(pos.shape().size())
                                      : nditer_order(pos.shape(), {pos.strides()}, !checked_by_read);
        for (auto off : offsets_in_order(pos.shape(), pos.strides(), order))
            checked_index(load_element(pos.type(), pos.data() + off).as_int64(), a.shape()[part->axis], part->axis);
    }
}

// Per index position (C order over the index shape), the byte offset its element or block starts at,
// relative to the subspace's first element. Only meaningful once the bounds are checked (and empty when
// nothing is selected, as out-of-bounds values are then allowed).
std::vector<std::int64_t> position_offsets(const ndarray& a, const advanced_plan& plan) {
    std::vector<std::int64_t> offsets(static_cast<std::size_t>(element_count(plan.index_shape)), 0);
    if (plan.selects_nothing()) return offsets;
    for (const auto* part : plan.arrays) {
        if (part->kind != part_kind::positions) continue;
        const ndarray& pos = *part->positions;
        const auto size = a.shape()[part->axis];
        const auto stride = a.strides()[part->axis];
        const dims stretched = broadcast_strides(pos.shape(), pos.strides(), plan.index_shape);
        const auto walk = c_order_offsets(plan.index_shape, stretched);
        for (std::size_t k = 0; k < walk.size(); ++k) {
            const auto v = load_element(pos.type(), pos.data() + walk[k]).as_int64();
            offsets[k] += (v < 0 ? v + size : v) * stride;
        }
    }
    return offsets;
}

advanced_plan plan_advanced(const array& a, const parsed_index& p) {
    advanced_plan plan;
    plan.subspace = basic_view(a, p);

    std::vector<dims> shapes;
    for (const auto& part : p.parts)
        if (is_advanced(part.kind)) {
            plan.arrays.push_back(&part);
            shapes.push_back(part.positions->shape());
        }
    const auto most_index_arrays = static_cast<std::size_t>(active_semantics().max_iterator_operands - 1);
    if (plan.subspace->ndim() == 0 && plan.arrays.size() > most_index_arrays)
        raise(error_category::index_error,
              "when no subspace is given, the number of index arrays cannot be above " +
                  std::to_string(most_index_arrays) + ", but " + std::to_string(plan.arrays.size()) +
                  " index arrays found");
    try {
        plan.index_shape = broadcast_shapes(shapes);
    } catch (const error&) {
        std::string msg = "shape mismatch: indexing arrays could not be broadcast together with shapes ";
        for (const auto& s : shapes) msg += shape_text(s) + " ";
        raise(error_category::index_error, msg);
    }
    plan.insert_at = insertion_axis(p);
    return plan;
}

// The index arrays' strides broadcast to the index shape (the operands of NumPy's outer iteration).
std::vector<dims> index_operand_strides(const advanced_plan& plan) {
    std::vector<dims> out;
    for (const auto* part : plan.arrays)
        out.push_back(broadcast_strides(part->positions->shape(), part->positions->strides(), plan.index_shape));
    return out;
}

// The temporary NumPy's map iterator fills: shape (index shape..., subspace shape...).
array allocate_temporary(const advanced_plan& plan) {
    const ndarray& sub = *plan.subspace;
    const std::int64_t itemsize = sub.itemsize();
    dims strides = sub.size() == 1
        ? iterator_output_strides(plan.index_shape, nditer_operands(plan.index_shape, index_operand_strides(plan)),
                                  itemsize)
        : contiguous_strides(plan.index_shape, itemsize * sub.size(), order::C);
    const dims sub_strides = strides_keeping_order(sub, sub.type());
    strides.insert(strides.end(), sub_strides.begin(), sub_strides.end());
    array temporary = ndarray::allocate_strided(sub.type(), plan.temporary_shape(), strides);
    temporary->set_descriptor(sub.descriptor());  // the result's dtype is the array's own descriptor
    return temporary;
}

array advanced_getitem(const array& a, const parsed_index& p) {
    const advanced_plan plan = plan_advanced(a, p);
    check_bounds(*a, plan, true);
    const ndarray& sub = *plan.subspace;
    const array temp = allocate_temporary(plan);

    const auto sub_offsets = c_order_offsets(sub.shape(), sub.strides());
    const auto temp_offsets = c_order_offsets(temp->shape(), temp->strides());
    const auto itemsize = static_cast<std::size_t>(sub.itemsize());
    std::size_t k = 0;
    for (auto base : position_offsets(*a, plan))
        for (auto off : sub_offsets) std::memcpy(temp->data() + temp_offsets[k++], sub.data() + base + off, itemsize);

    if (plan.insert_at == 0) return temp;
    const auto perm = temporary_to_result(plan.index_shape.size(), plan.insert_at, temp->shape().size());
    return ndarray::view_of(temp, temp->type(), permuted(temp->shape(), perm), permuted(temp->strides(), perm));
}

// The value's strides over the temporary's shape: leading dims beyond the result's are reshaped away,
// the result-ordered value is transposed into index-dims-first order, then broadcast.
// `strict` (ufunc.at's PyArray_MapIterSwapAxes then PyArray_BroadcastToShape): no dimension is dropped, and the
// error is "array is not broadcastable to correct shape".
dims value_strides_in_temporary(const ndarray& value, const dims& temp_shape, const advanced_plan& plan,
                                bool strict = false) {
    const std::size_t nd = temp_shape.size();
    const auto to_result = temporary_to_result(plan.index_shape.size(), plan.insert_at, nd);
    auto mismatch = [&]() {
        if (strict) raise(error_category::value_error, "array is not broadcastable to correct shape");
        raise(error_category::value_error, "shape mismatch: value array of shape " + shape_text(value.shape()) +
                                               " could not be broadcast to indexing result of shape " +
                                               shape_text(permuted(temp_shape, to_result)));
    };
    dims shape = value.shape(), strides = value.strides();
    if (shape.size() > nd && strict) mismatch();
    if (shape.size() > nd) {
        const dims trailing(shape.end() - static_cast<std::ptrdiff_t>(nd), shape.end());
        if (element_count(trailing) != value.size()) mismatch();
        shape = trailing;
        strides.erase(strides.begin(), strides.end() - static_cast<std::ptrdiff_t>(nd));
    }
    if (plan.insert_at != 0) {
        shape.insert(shape.begin(), nd - shape.size(), 1);
        strides.insert(strides.begin(), nd - strides.size(), 0);
        const auto to_temp = inverse(to_result);
        shape = permuted(shape, to_temp);
        strides = permuted(strides, to_temp);
    }
    try {
        return broadcast_strides(shape, strides, temp_shape);
    } catch (const error&) {
        mismatch();
    }
    return {};
}

// NumPy 1.24's map iterator reads a same-dtype value in place only where its outer nditer never buffers it
// (nditer_constr.c sets BUFNEVER): the iteration, coalesced over every operand, has at most one axis, or the
// value's strides chain into one run from the innermost axis outwards (each axis longer than 1 steps by the
// inner axes' extent times their stride; a 0-d value never does). Otherwise the buffer is filled from the
// value before the writes, so an overlapping value is read as it was (exact up to the 8,192-element buffer).
// `operand_strides` are the index arrays' and, last, the value's over the index positions; `order` the walk.
bool map_iterator_reads_value_in_place(const dims& index_shape, const std::vector<dims>& operand_strides,
                                       const axis_order& order, bool value_is_0d) {
    dims shape;
    std::vector<dims> strides(operand_strides.size());
    for (const std::size_t axis : order.outer_to_inner) {
        shape.push_back(index_shape[axis]);
        for (std::size_t k = 0; k < operand_strides.size(); ++k)
            strides[k].push_back(order.reversed[axis] ? -operand_strides[k][axis] : operand_strides[k][axis]);
    }
    if (coalesce(shape, strides).shape.size() <= 1) return true;
    if (value_is_0d) return false;
    const dims& value = strides.back();
    std::optional<std::int64_t> run_stride;
    std::int64_t run_length = 1;
    for (std::size_t i = shape.size(); i-- > 0;) {
        if (shape[i] == 1) continue;
        if (run_stride && *run_stride * run_length != value[i]) return false;
        if (!run_stride) run_stride = value[i];
        run_length *= shape[i];
    }
    return true;
}

void advanced_setitem(const array& a, const parsed_index& p, const array& given_value) {
    // A value of another dtype reaches NumPy's map iterator through a buffered cast, converted before the
    // writes begin (in one buffer up to 8,192 elements, beyond which this is not exact), so only a value of
    // a's own dtype is read as the writes go.
    // When each position selects a block, the subspace iterator is not buffered: NumPy casts the value with its
    // transfer function one inner run of the block at a time, element by element, so under NumPy 1.24 (which does
    // not copy an overlapping value) each element is read as the writes before it left it (property test seeds
    // 155, 255, 257), save where its compiled loop reads a vector's worth ahead (cast_run.hpp), and the cast loop's
    // rule for the run's steps applies (float -> uint32).
    const advanced_plan plan = plan_advanced(a, p);
    const ndarray& sub = *plan.subspace;
    const dims temp_shape = plan.temporary_shape();
    const std::size_t index_ndim = plan.index_shape.size();
    // The order NumPy walks the index positions in when each selects one element: nditer order over the index
    // arrays and the value as it holds them. NumPy 2 first copies an index array that overlaps the destination
    // (PyArray_Copy: C order) and an overlapping value (below), and walks the copies.
    std::vector<dims> index_strides = index_operand_strides(plan);
    if (active_semantics().fancy_setitem_copies_overlapping_index)
        for (std::size_t k = 0; k < plan.arrays.size(); ++k) {
            const ndarray& index = *plan.arrays[k]->positions;
            if (may_share_memory(index, *a))
                index_strides[k] = broadcast_strides(
                    index.shape(), contiguous_strides(index.shape(), index.itemsize(), order::C), plan.index_shape);
        }
    const auto position_walk = [&](const dims& value_strides) {
        auto operands = index_strides;
        operands.emplace_back(value_strides.begin(), value_strides.begin() + static_cast<std::ptrdiff_t>(index_ndim));
        const bool single_1d_index = plan.arrays.size() == 1 && plan.arrays[0]->positions->ndim() == 1;
        return std::pair{nditer_order(plan.index_shape, operands, !single_1d_index), operands};
    };
    const bool overlaps = may_share_memory(*given_value, *a);
    bool copies_overlap = overlaps && active_semantics().fancy_setitem_copies_overlapping_value;
    // NumPy 1.24's buffer holds the value's elements, walked as the value itself lays them out.
    std::optional<dims> buffered_value_strides;
    if (overlaps && !copies_overlap && sub.size() == 1 && given_value->type() == a->type()) {
        dims given_strides = value_strides_in_temporary(*given_value, temp_shape, plan);
        const auto [order, operands] = position_walk(given_strides);
        if (!map_iterator_reads_value_in_place(plan.index_shape, operands, order, given_value->ndim() == 0)) {
            copies_overlap = true;
            buffered_value_strides = std::move(given_strides);
        }
    }
    // Into blocks, a value differing only in byte order is not cast through a buffer: NumPy 1.24's subspace
    // transfer swaps each element as it copies it, so the value is read element by element as the writes go
    // (property test seed 155).
    const bool differs = given_value->type() != a->type();
    const bool swap_only = differs && native_order(given_value->type()) == native_order(a->type());
    const bool swapped_as_written = swap_only && !copies_overlap && sub.size() != 1;
    const bool cast_as_written = differs && !swap_only && !copies_overlap && sub.size() != 1;
    const bool copy_first = copies_overlap || (differs && !cast_as_written && !swapped_as_written);
    // NumPy 2's copy of an overlapping value is PyArray_NewCopy(value, NPY_ANYORDER): Fortran order only for a
    // Fortran-contiguous value, else C (property test NumPy 2, seed 523: a reversed F-ordered value walked in C
    // order with an F-ordered index); its walk follows that copy.
    const order copy_order = copies_overlap && !buffered_value_strides ? order::A : order::K;
    const array value = copy_first ? copy_of(*given_value, copy_order, a->type()) : given_value;
    const dims value_strides = value_strides_in_temporary(*value, temp_shape, plan);
    check_bounds(*a, plan, false);

    // NumPy walks the index positions in C order when each selects a block, else in nditer order over the
    // index arrays and the value; with repeated positions the last write wins, so the order matters. Under
    // NumPy 1.24 each element is read just before it is written: a value overlapping the destination is not
    // copied (NumPy 2 copies it above), unless its map iterator buffers it (map_iterator_reads_value_in_place).
    // The walk follows the value NumPy's iterator reads: its own copy of an overlapping value (laid out as the value
    // is), else the value itself, also where it is cast (the iterator's buffer casts it in the walk's order, which
    // nditer chose from the value's own strides: a negative stride shared with the index flips the walk).
    const auto walked_value_strides = [&] {
        if (buffered_value_strides) return *buffered_value_strides;
        return copies_overlap ? value_strides : value_strides_in_temporary(*given_value, temp_shape, plan);
    };
    const axis_order position_order = sub.size() == 1 ? position_walk(walked_value_strides()).first : c_order(index_ndim);
    // Position numbers (C order) in walking order: the offsets of a layout whose elements are 1 byte apart.
    const dims numbering = contiguous_strides(plan.index_shape, 1, order::C);
    const auto positions = offsets_in_order(plan.index_shape, numbering, position_order);

    // The value's element for position `pos` (C-order number) and block element q sits at
    // value_position_offsets[pos] + value_block_offsets[q]: the temporary's shape is the index shape followed by
    // the block's, so its C-order offsets are those sums (two short lists, where one list of every element of a
    // broadcast value held index size x block size offsets: 34 million for a 33-d block, fuzz slow unit).
    const auto index_end = value_strides.begin() + static_cast<std::ptrdiff_t>(index_ndim);
    const dims value_index_strides(value_strides.begin(), index_end);
    const dims value_block_strides(index_end, value_strides.end());
    const auto value_position_offsets = c_order_offsets(plan.index_shape, value_index_strides);
    const auto value_block_offsets = c_order_offsets(sub.shape(), value_block_strides);
    const auto starts = position_offsets(*a, plan);
    const auto sub_offsets = c_order_offsets(sub.shape(), sub.strides());
    const std::size_t block = sub_offsets.size();
    // NumPy 1.24's map iterator reads a lone index array in place when it walks the whole iteration with one
    // stride in the walk's order (nditer's BUFNEVER: contiguous, or one axis longer than 1, or F-ordered beside an
    // F-ordered value, ...); any other index it copies into its buffer first (measured: (4,2,2) C-contiguous and
    // (3,1)[::-1] are read live, (4,2)[::-1] and (2,4).T beside a C-ordered value are not, a (4,3) F-ordered index
    // beside an F-ordered value is). An index sharing memory with the destination then sees the writes made before
    // it. NumPy 2 copies an overlapping index always.
    const index_part* lone = plan.arrays.size() == 1 ? plan.arrays[0] : nullptr;
    const auto walks_in_one_stride = [&](const ndarray& index) {
        const dims steps = broadcast_strides(index.shape(), index.strides(), plan.index_shape);
        dims walk_shape, walk_steps;
        for (const std::size_t axis : position_order.outer_to_inner) {
            walk_shape.push_back(plan.index_shape[axis]);
            walk_steps.push_back(position_order.reversed[axis] ? -steps[axis] : steps[axis]);
        }
        return coalesce(walk_shape, {walk_steps}).shape.size() <= 1;
    };
    const bool live_index = !active_semantics().fancy_setitem_copies_overlapping_index && lone != nullptr &&
                            lone->kind == part_kind::positions && lone->positions->type() == dtype::int64 &&
                            walks_in_one_stride(*lone->positions) && may_share_memory(*lone->positions, *a);
    // Where each position's index element sits, to read it when its turn comes (only for a live index).
    const std::vector<std::int64_t> live_offsets =
        live_index ? c_order_offsets(plan.index_shape, broadcast_strides(lone->positions->shape(),
                                                                          lone->positions->strides(), plan.index_shape))
                   : std::vector<std::int64_t>{};
    auto start_of = [&](std::size_t pos) {
        if (!live_index) return starts[pos];
        const ndarray& index = *lone->positions;
        const std::int64_t size = a->shape()[lone->axis];
        const std::int64_t requested = load_element(index.type(), index.data() + live_offsets[pos]).as_int64();
        const std::int64_t v = requested < 0 ? requested + size : requested;
        // Checked again as it is read: an index rewritten out of bounds is an IndexError after the writes so far.
        if (v < 0 || v >= size) {
            raise(error_category::index_error, "index " + std::to_string(requested) +
                                                   " is out of bounds for axis 0 with size " + std::to_string(size));
        }
        return v * a->strides()[lone->axis];
    };
    // Within a block NumPy's subspace iterator walks the subspace and the value in nditer order (order K over both:
    // negative strides flipped, axes sorted by stride). Into a destination whose elements overlap each other that
    // decides which write lands last; `walk` lists the block's elements (C-order numbers) in that order.
    const auto block_operands = nditer_operands(sub.shape(), {sub.strides(), value_block_strides});
    const axis_order block_order = nditer_order(sub.shape(), block_operands, true);
    const auto walk = offsets_in_order(sub.shape(), contiguous_strides(sub.shape(), 1, order::C), block_order);
    // NumPy picks its aligned cast loops where the array and the value both pass IsUintAligned.
    const bool aligned = a->uint_aligned() && value->uint_aligned();
    // The walk's runs, as NumPy's subspace iterator hands them to its transfer function: the block's axes in the
    // walk's order (flipped where it walks them backwards), coalesced (each continuing both operands' steps: a
    // contiguous (2, 3) block of a stride-0 value is one call of 6); each operand starts at the walk's first element,
    // `first` bytes from its element 0.
    dims run_shape;
    std::vector<dims> run_steps(2);
    std::array<std::int64_t, 2> first{0, 0};
    for (const std::size_t axis : block_order.outer_to_inner) {
        const std::int64_t sign = block_order.reversed[axis] ? -1 : 1, extent = sub.shape()[axis];
        run_shape.push_back(extent);
        run_steps[0].push_back(sign * sub.strides()[axis]);
        run_steps[1].push_back(sign * value_block_strides[axis]);
        if (sign < 0) {
            first[0] += (extent - 1) * sub.strides()[axis];
            first[1] += (extent - 1) * value_block_strides[axis];
        }
    }
    const strided_iteration transfer_runs = coalesce(run_shape, run_steps);
    // `inner_run` consecutive elements of `walk` are one call of NumPy's loop. A value swapped as written is read once
    // per run where it repeats along the run (NumPy's swapping copy for a source stride of 0 reads its element once
    // per call; property tests NumPy 1.24, seeds 187 and 915), else element by element: `repeat_run` is the run's
    // length then, else 0, the copy's read-once rule permitting (stride0_copy_reads_once; seed 915: an unaligned 0-d
    // value 2 bytes into the array it is written into is read again for each element).
    const bool no_runs = transfer_runs.shape.empty();
    const std::size_t inner_run = no_runs ? 1 : static_cast<std::size_t>(transfer_runs.shape.back());
    const bool value_repeats = inner_run > 1 && transfer_runs.strides[1].back() == 0;
    const std::size_t repeat_run =
        swapped_as_written && detail::stride0_copy_reads_once(sub.type(), aligned) && value_repeats ? inner_run : 0;
    const auto item = static_cast<std::size_t>(sub.itemsize());
    // A value cast as it is written, or of the array's own dtype, goes through NumPy's transfer function in those
    // runs. Of one dtype the transfer is a memmove of a run contiguous on both sides (read whole before it is
    // written, which shows where NumPy 1.24 reads a value overlapping its destination: property tests NumPy 1.24,
    // seeds 37 and 493), a value repeated along the run read once, else element by element (cast_run).
    const bool same_type = value->type() == sub.type();
    const bool by_runs = cast_as_written || (same_type && repeat_run == 0 && sub.size() != 1);
    for (const std::int64_t position : positions) {
        const auto pos = static_cast<std::size_t>(position);
        std::byte* dst = sub.data() + start_of(pos);
        if (by_runs) {
            if (block == 0) continue;
            const std::array<std::byte*, 2> at{
                dst + first[0], const_cast<std::byte*>(value->data()) + value_position_offsets[pos] + first[1]};
            for_each_inner_run<2>(transfer_runs, at, [&](auto p, auto steps, std::int64_t n) {
                detail::cast_run(p[0], steps[0], sub.type(), p[1], steps[1], value->type(), n, aligned);
            });
            continue;
        }
        // Element q of the block as the array's bytes: of one dtype, NumPy's transfer copies the value's bytes (a bool
        // byte other than 0 and 1, a NaN's payload stay as they are; property test seed 84); else the value cast.
        // memmove: a value viewing the destination with a step shorter than its items overlaps the very element it
        // writes (NumPy 1.24 reads such a value in place), and NumPy moves each element whole.
        const auto write_element = [&](std::size_t q, std::byte* into) {
            const std::byte* from = value->data() + value_position_offsets[pos] + value_block_offsets[q];
            if (same_type) std::memmove(into, from, item);
            else store_element(sub.type(), into, load_element(value->type(), from));
        };
        std::optional<scalar> run_value;  // the repeated value of the current inner run (repeat_run)
        for (std::size_t w = 0; w < walk.size(); ++w) {
            const auto q = static_cast<std::size_t>(walk[w]);
            if (repeat_run > 0) {
                if (w % repeat_run == 0)
                    run_value = load_element(value->type(), value->data() + value_position_offsets[pos] +
                                                                value_block_offsets[q]);
                store_element(sub.type(), dst + sub_offsets[q], *run_value);
            } else {
                write_element(q, dst + sub_offsets[q]);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// The single-mask fast path.

array mask_getitem(const ndarray& a, const ndarray& mask) {
    const auto a_offsets = c_order_offsets(a.shape(), a.strides());
    const auto selected = true_positions(mask);
    const array out = ndarray::allocate(a.type(), {static_cast<std::int64_t>(selected.size())});
    out->set_descriptor(a.descriptor());
    for (std::size_t k = 0; k < selected.size(); ++k)
        std::memcpy(out->data() + static_cast<std::int64_t>(k) * a.itemsize(), a.data() + a_offsets[selected[k]],
                    static_cast<std::size_t>(a.itemsize()));
    return out;
}

// a[mask] = value. NumPy copies each run of consecutive True entries within one inner loop with a single
// transfer call, which for same-dtype contiguous data is a memmove; otherwise element by element. Both are
// reproduced, because they give different results when the value overlaps the destination.
void mask_setitem(const array& a, const ndarray& mask, const array& value) {
    if (value->ndim() > 1)
        raise(error_category::type_error, "NumPy boolean array indexing assignment requires a 0 or 1-dimensional "
                                          "input, input has " + std::to_string(value->ndim()) + " dimensions");
    const auto a_offsets = c_order_offsets(a->shape(), a->strides());
    const auto selected = true_positions(mask);
    const auto count = static_cast<std::int64_t>(selected.size());
    const bool repeats = value->ndim() == 0 || value->shape()[0] == 1;
    if (!repeats && value->shape()[0] != count)
        raise(error_category::value_error, "NumPy boolean array indexing assignment cannot assign " +
                                               std::to_string(value->shape()[0]) + " input values to the " +
                                               std::to_string(count) + " output values where the mask is true");

    // NumPy's iterator over (a, mask) hands its inner loop the coalesced innermost dimension.
    const strided_iteration walk = coalesce(a->shape(), {a->strides(), mask.strides()});
    const auto loop = static_cast<std::size_t>(walk.shape.empty() ? 1 : walk.shape.back());
    const std::int64_t itemsize = a->itemsize();
    const std::int64_t inner_stride = walk.shape.empty() ? itemsize : walk.strides[0].back();
    const std::int64_t step = repeats ? 0 : value->strides()[0];
    const bool runs_move = value->type() == a->type() && step == itemsize && inner_stride == itemsize;

    for (std::size_t k = 0; k < selected.size();) {
        std::size_t end = k + 1;
        if (runs_move)
            while (end < selected.size() && selected[end] == selected[end - 1] + 1 &&
                   selected[end] / loop == selected[k] / loop)
                ++end;
        std::byte* dst = a->data() + a_offsets[selected[k]];
        const std::byte* src = value->data() + static_cast<std::int64_t>(k) * step;
        if (runs_move) std::memmove(dst, src, (end - k) * static_cast<std::size_t>(itemsize));
        else if (value->type() == a->type()) std::memmove(dst, src, static_cast<std::size_t>(itemsize));  // its bytes
        else store_element(a->type(), dst, load_element(value->type(), src));
        k = end;
    }
}

// a[idx] as an array; a full integer index gives the 0-d view of its element (getitem reads the scalar
// from it).
array index_as_array(const array& a, const parsed_index& p) {
    if (p.whole_mask) return mask_getitem(*a, *p.whole_mask);
    if (p.has_advanced) return advanced_getitem(a, p);
    const array view = basic_view(a, p);
    return p.copies_basic ? copy_of(*view, order::K) : view;
}

}  // namespace

array int64_index_array(const std::vector<std::int64_t>& positions) {
    array out = ndarray::allocate(dtype::int64, {static_cast<std::int64_t>(positions.size())});
    if (!positions.empty()) std::memcpy(out->data(), positions.data(), positions.size() * sizeof(std::int64_t));
    return out;
}

getitem_result getitem(const array& a, const index_expr& idx) {
    const parsed_index p = parse(*a, idx);
    array result = index_as_array(a, p);
    if (p.full_integer) return element_scalar(*result, result->data());
    return result;
}

array getitem_array(const array& a, const index_expr& idx) { return index_as_array(a, parse(*a, idx)); }

array check_index_for_assignment(const array& a, const index_expr& idx) {
    const parsed_index p = parse(*a, idx);
    return p.whole_mask ? a : basic_view(a, p);
}

void setitem(const array& a, const index_expr& idx, const array& value) {
    a->require_writeable();
    const parsed_index p = parse(*a, idx);
    if (p.whole_mask) return mask_setitem(a, *p.whole_mask, value);
    if (p.has_advanced) return advanced_setitem(a, p, value);
    const array view = basic_view(a, p);
    if (p.full_integer) return pack_array_element(*view, *value);
    assign(*view, *value);
}

indexed_walk_result indexed_walk(const array& a, const index_expr& idx, const ndarray* value) {
    const parsed_index p = parse(*a, idx, false);
    const advanced_plan plan = plan_advanced(a, p);
    const ndarray& sub = *plan.subspace;
    // NumPy's map iterator walks the subspace with a read-write iterator only when it holds other than one
    // element: only then is a read-only (or read-only-for-now) destination refused. The subspace is a view, so
    // the check clears the warn-on-write marks of its base chain, not of `a` when `a` is a view itself.
    if (sub.size() != 1) sub.require_writeable("operand array with iterator write flag set is read-only");
    check_bounds(*a, plan, false);

    const dims temp_shape = plan.temporary_shape();
    indexed_walk_result walk;
    const bool has_subspace = std::any_of(p.parts.begin(), p.parts.end(), [](const index_part& part) {
        return !is_advanced(part.kind);
    });
    walk.value_reshaped = value != nullptr && has_subspace && plan.insert_at != 0 &&
                          static_cast<std::size_t>(value->ndim()) != temp_shape.size();
    const std::vector<std::int64_t> value_offsets =
        value != nullptr ? c_order_offsets(temp_shape, value_strides_in_temporary(*value, temp_shape, plan, true))
                         : std::vector<std::int64_t>{};
    if (plan.selects_nothing()) return walk;

    const auto sub_offsets = c_order_offsets(sub.shape(), sub.strides());
    std::size_t k = 0;
    for (const std::int64_t start : position_offsets(*a, plan)) {
        for (const std::int64_t off : sub_offsets) {
            const std::byte* v = value != nullptr ? value->data() + value_offsets[k] : nullptr;
            walk.elements.push_back({sub.data() + start + off, v});
            ++k;
        }
    }
    return walk;
}

}  // namespace engine
