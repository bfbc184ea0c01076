// NumPy's array_strides_set, array_descr_set and array_imag_set (getset.c) on the engine's arrays.
#include "engine/attribute_setters.hpp"

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

#include "engine/creation.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/layout.hpp"
#include "engine/memory_views.hpp"
#include "engine/buffer.hpp"

namespace engine {

void resize_in_place(const array& a, const dims& shape, bool refcheck, std::int64_t program_references) {
    const bool c = a->c_contiguous(), f = a->f_contiguous();
    if (!c && !f) raise(error_category::value_error, "resize only works on single-segment arrays");
    for (const std::int64_t n : shape)
        if (n < 0) raise(error_category::value_error, "negative dimensions not allowed");
    const std::int64_t new_bytes = element_count(shape) * a->itemsize(), old_bytes = a->nbytes();
    const dims strides = contiguous_strides(shape, a->itemsize(), f && !c ? order::F : order::C);
    // PyArray_Resize recomputes the contiguity flags only for a shape with dimensions (_array_fill_strides).
    const auto keep_flags_for_0d = [&] {
        if (shape.empty()) a->keep_contiguity_flags(c, f);
    };
    if (new_bytes == old_bytes) {
        a->set_layout(shape, strides);
        keep_flags_for_0d();
        return;
    }
    if (!a->owndata()) raise(error_category::value_error, "cannot resize this array: it does not own its data");
    if (refcheck && program_references + 1 > 2)
        raise(error_category::value_error,
              "cannot resize an array that references or is referenced\nby another object in this way.\nUse the "
              "np.resize function to get a new resized copy or\n set refcheck=False to disable this check");
    // PyDataMem_UserRENEW: the old bytes kept; the new ones zeroed only for a writeable array.
    auto memory = allocate_buffer(static_cast<std::size_t>(std::max<std::int64_t>(new_bytes, 1)),
                                  a->writeable() ? initial_contents::zeros : initial_contents::unwritten);
    std::memcpy(memory->data(), a->data(), static_cast<std::size_t>(std::min(old_bytes, new_bytes)));
    a->replace_memory(std::move(memory), shape, strides);
    keep_flags_for_0d();
}

void set_strides(const array& a, const dims& strides) {
    if (static_cast<std::int64_t>(strides.size()) != a->ndim())
        raise(error_category::value_error, "strides must be  same length as shape (" + std::to_string(a->ndim()) + ")");
    // NumPy walks the chain of array bases to its end; the memory available is that array's own extent
    // (its base, if any, is a non-array object without a buffer NumPy could ask).
    array owner = a;
    while (array next = owner->base_array()) owner = std::move(next);
    const auto [owner_lower, owner_upper] = offset_bounds_from_strides(owner->itemsize(), owner->shape(), owner->strides());
    const std::int64_t offset = (a->data() - owner->data()) - owner_lower;
    std::int64_t available = owner_upper - owner_lower;
    // PyArray_CheckStrides: no bytes at all means "the bytes a's own shape needs".
    if (available == 0) available = wrapping_multiply(element_count(a->shape()), a->itemsize());
    const auto [lower, upper] = offset_bounds_from_strides(a->itemsize(), a->shape(), strides);
    if (upper > available - offset || lower < -offset)
        raise(error_category::value_error, "strides is not compatible with available memory");
    a->set_layout(a->shape(), strides);
    a->recompute_aligned();
}

void set_dtype(const array& a, dtype t, descriptor_handle descriptor) {
    auto [shape, strides] = retyped_layout(*a, t);
    a->set_type_and_layout(t, std::move(shape), std::move(strides));
    // The descriptor is the one assigned: np.asarray(a, dtype=t) is then `a` itself for a built-in one, whatever
    // descriptor a had before.
    a->set_descriptor(std::move(descriptor));
}

array imag_for_assignment(const array& a) {
    if (!is_complex(a->type())) raise(error_category::type_error, "array does not have imaginary part to set");
    return imag(a);
}

void assign_part(const array& part, const array& value) {
    // PyArray_CopyInto: an unsafe copyto, so an array assigned onto exactly itself is skipped before the
    // read-only check (a.real = a on a read-only real array is no error).
    copyto(part, value, casting::unsafe);
}

void setflags(const array& a, std::optional<bool> write, std::optional<bool> align, std::optional<bool> uic) {
    const bool was_aligned = a->aligned();
    const auto put_back = [&] {
        if (was_aligned) a->recompute_aligned();
        else a->set_aligned(false);
    };
    if (align) a->set_aligned(*align);
    if (uic && *uic) {
        put_back();
        raise(error_category::value_error, "cannot set WRITEBACKIFCOPY flag to True");
    }
    if (write) {
        try {
            a->set_writeable(*write);
        } catch (...) {
            put_back();
            throw;
        }
    }
}

}  // namespace engine
