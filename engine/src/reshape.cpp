// Reshape: when NumPy can give a.reshape(...) (and a.shape = ...) as a view of the same memory, with which
// strides, and what it does when it cannot.
//
// Reading an array in C order (F order for order='F') lists its elements as one sequence; reshaping keeps
// that sequence and cuts it into new axes. NumPy decides in three steps (PyArray_Newshape):
//
// 1. An unchanged shape (compared before -1 is resolved) is a plain view: strides stay exactly as they were.
// 2. An array of at most one element, or one already contiguous in the requested order, needs no analysis:
//    the view gets the strides of a fresh contiguous array of the new shape (NumPy passes no strides and
//    lets array creation fill them in), so a length-1 axis gets the product of the extents inside it.
// 3. Otherwise _attempt_nocopy_reshape tries to find strides. Old axes of length 1 are dropped first —
//    they address nothing, so their strides are arbitrary. The remaining old axes and the new axes are then
//    walked together in the smallest groups of consecutive axes whose element counts agree: (6,4) -> (2,3,4)
//    groups old {6} with new {2,3}, then old {4} with new {4}. A new axis of length 1 at the start of a
//    group does not yet complete it, so the walk sweeps it into the group that follows; one after the last
//    group is left over. Inside an old group the elements must form one strided run in the requested
//    order — every outer axis steps exactly over a whole run of its inner neighbour — or no single stride
//    per new axis can address them, and NumPy copies. If they do, the new group cuts the same run
//    differently: its innermost axis takes the innermost old stride, and each axis further out steps over a
//    whole run of its inner neighbour. That is why a length-1 axis inside a group gets the stride of the
//    block it encloses, (inner stride × inner extent), as in a contiguous array. Length-1 axes left over
//    after the last group get the last group's innermost stride (C order), or that stride times its extent
//    (F order: the step just past the group).
//
// When step 3 fails NumPy copies the array in the requested order into a fresh array and returns a view of
// that copy with contiguous strides. The result therefore does not own its data and its base is the unnamed
// temporary — `x.T.reshape(6).base` is neither None nor x. (ravel, by contrast, returns such copies directly.)
// a.shape = ... runs the same three steps in C order, and refuses with AttributeError where a copy would be
// needed, since the object must keep its memory. ravel is a reshape to one axis where the data is contiguous
// in the requested order (or dense in stride order, for K), and otherwise flatten's fresh copy.
#include <optional>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/reshape.hpp"
#include "engine/result_layout.hpp"

namespace engine {

namespace {

// NumPy's convert_shape_to_string for reshape's message: leading unknown (negative) dimensions are
// omitted, later ones print as "newaxis", and only a one-entry shape gets a trailing comma.
std::string requested_shape_text(const dims& requested) {
    std::size_t i = 0;
    while (i < requested.size() && requested[i] < 0) ++i;
    if (i == requested.size()) return "()";
    std::string text = std::to_string(requested[i++]);
    for (; i < requested.size(); ++i) text += requested[i] < 0 ? ",newaxis" : "," + std::to_string(requested[i]);
    return requested.size() == 1 ? "(" + text + ",)" : "(" + text + ")";
}

[[noreturn]] void raise_size_mismatch(const dims& requested, std::int64_t size) {
    raise(error_category::value_error,
          "cannot reshape array of size " + std::to_string(size) + " into shape " + requested_shape_text(requested));
}

// Replaces the one unknown dimension (any negative entry, not only -1) by whatever makes the element count
// come out at `size`. The known dimensions are multiplied in order and an overflow is a mismatch at once.
dims resolve_unknown_dimension(const dims& requested, std::int64_t size) {
    dims shape = requested;
    std::optional<std::size_t> unknown;
    std::int64_t known = 1;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] < 0) {
            if (unknown) raise(error_category::value_error, "can only specify one unknown dimension");
            unknown = i;
        } else if (__builtin_mul_overflow(known, shape[i], &known)) {
            raise_size_mismatch(requested, size);
        }
    }
    if (unknown) {
        if (known == 0 || size % known != 0) raise_size_mismatch(requested, size);
        shape[*unknown] = size / known;
    } else if (known != size) {
        raise_size_mismatch(requested, size);
    }
    return shape;
}

struct axis_layout {
    std::int64_t extent;
    std::int64_t stride;
};

// Whether old axes [first, last) address one strided run when read in order `o`: in C order each axis steps
// over a whole run of the next one, in F order over a whole run of the previous one.
bool forms_one_run(const std::vector<axis_layout>& axes, std::size_t first, std::size_t last, order o) {
    for (std::size_t k = first; k + 1 < last; ++k) {
        const axis_layout& outer = o == order::F ? axes[k + 1] : axes[k];
        const axis_layout& inner = o == order::F ? axes[k] : axes[k + 1];
        if (outer.stride != wrapping_multiply(inner.extent, inner.stride)) return false;
    }
    return true;
}

// Step 3 of the essay above. Requires more than one element (so neither axis list runs out early).
std::optional<dims> regrouped_strides(const dims& shape, const dims& strides, const dims& new_shape, order o) {
    std::vector<axis_layout> old_axes;
    for (std::size_t i = 0; i < shape.size(); ++i)
        if (shape[i] != 1) old_axes.push_back({shape[i], strides[i]});

    dims new_strides(new_shape.size());
    std::size_t oi = 0, ni = 0;  // first old / new axis of the current group
    while (ni < new_shape.size() && oi < old_axes.size()) {
        std::size_t oj = oi + 1, nj = ni + 1;  // one past the group's last axis
        std::int64_t old_count = old_axes[oi].extent, new_count = new_shape[ni];
        while (old_count != new_count) {
            if (new_count < old_count) new_count *= new_shape[nj++];
            else old_count *= old_axes[oj++].extent;
        }
        if (!forms_one_run(old_axes, oi, oj, o)) return std::nullopt;
        if (o == order::F) {
            new_strides[ni] = old_axes[oi].stride;
            for (std::size_t nk = ni + 1; nk < nj; ++nk)
                new_strides[nk] = wrapping_multiply(new_strides[nk - 1], new_shape[nk - 1]);
        } else {
            new_strides[nj - 1] = old_axes[oj - 1].stride;
            for (std::size_t nk = nj - 1; nk > ni; --nk)
                new_strides[nk - 1] = wrapping_multiply(new_strides[nk], new_shape[nk]);
        }
        ni = nj;
        oi = oj;
    }
    // Length-1 axes after the last group.
    std::int64_t trailing = new_strides[ni - 1];
    if (o == order::F) trailing = wrapping_multiply(trailing, new_shape[ni - 1]);
    for (std::size_t nk = ni; nk < new_shape.size(); ++nk) new_strides[nk] = trailing;
    return new_strides;
}

// What a reshape of `a` to `requested` produces: the resolved shape and, when NumPy gives a view, its strides.
struct reshape_outcome {
    dims shape;
    std::optional<dims> view_strides;
};

reshape_outcome plan_reshape(const ndarray& a, const dims& requested, order o) {
    if (requested == a.shape()) return {a.shape(), a.strides()};
    dims shape = resolve_unknown_dimension(requested, a.size());
    check_array_size(shape, a.itemsize());
    auto strides = reshaped_view_strides(a.shape(), a.strides(), a.itemsize(), shape, o);
    return {std::move(shape), std::move(strides)};
}

}  // namespace

std::optional<dims> reshaped_view_strides(const dims& shape, const dims& strides, std::int64_t itemsize,
                                          const dims& new_shape, order o) {
    const bool contiguous = o == order::F ? is_f_contiguous(shape, strides, itemsize)
                                          : is_c_contiguous(shape, strides, itemsize);
    if (element_count(shape) <= 1 || contiguous) return contiguous_strides(new_shape, itemsize, o);
    return regrouped_strides(shape, strides, new_shape, o);
}

array reshape(const array& a, const dims& shape, order o, copy_mode copy) {
    if (o == order::K) raise(error_category::value_error, "order 'K' is not permitted for reshaping");
    o = resolve_order_a(*a, o);
    reshape_outcome outcome = plan_reshape(*a, shape, o);
    if (outcome.view_strides && copy != copy_mode::always)
        return ndarray::view_of(a, a->type(), outcome.shape, *outcome.view_strides);
    if (copy == copy_mode::never) raise(error_category::value_error, "Unable to avoid creating a copy while reshaping.");
    const array temporary = copy_of(*a, o);
    return ndarray::view_of(temporary, a->type(), outcome.shape,
                            contiguous_strides(outcome.shape, a->itemsize(), o));
}

void set_shape(const array& a, const dims& shape) {
    reshape_outcome outcome = plan_reshape(*a, shape, order::C);
    if (!outcome.view_strides)
        raise(error_category::attribute_error,
              "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.");
    a->set_layout(std::move(outcome.shape), std::move(*outcome.view_strides));
}

// ---- Flattening ----

array ravel(const array& a, order o) {
    if (o == order::K) {
        if (a->c_contiguous()) o = order::C;
        else if (a->f_contiguous()) o = order::F;
    } else {
        o = resolve_order_a(*a, o);
    }
    if ((o == order::C && a->c_contiguous()) || (o == order::F && a->f_contiguous())) return reshape(a, {-1}, o);
    if (o == order::K && is_dense_in_stride_order(*a))
        return ndarray::view_of(a, a->type(), {a->size()}, {a->itemsize()});
    return flatten(a, o);
}

array flatten(const array& a, order o) {
    o = resolve_order_a(*a, o);
    const array flat = ndarray::allocate(a->type(), {a->size()});
    flat->set_descriptor(a->descriptor());  // PyArray_Flatten: a new array of a's descriptor itself
    // The flat result described with a's shape, so that one strided copy lays a's elements out in order o.
    const array flat_as_source = ndarray::view_of(flat, a->type(), a->shape(), flat_strides(*a, o));
    assign(*flat_as_source, *a);
    return flat;
}

}  // namespace engine
