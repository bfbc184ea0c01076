// The views that keep a's axes but re-describe its bytes. Each builds a new (dtype, shape, strides, offset)
// and hands it to ndarray::view_of, which applies NumPy's base-collapsing rule and inherits the writeable
// flag. Beyond the layout:
//
// - Identity. x.real of a non-complex x is x itself; everything else is a new array, even view().
// - Base. broadcast_to(x) and x.real have base x when x owns its data, and x's base when x is itself a view.
//   as_strided is the exception: NumPy builds it from a DummyArray holding x, so its base is a new non-array
//   object per call, and views of it stop there.
// - Writeable. broadcast_to clears it; as_strided keeps the source's (and clears it on request, for good: the
//   DummyArray base offers no writable buffer to re-enable it from).
// - Copies. x.imag of a real x is a fresh read-only zero array.
#include "engine/memory_views.hpp"

#include "engine/broadcast.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/layout.hpp"
#include "engine/result_layout.hpp"

namespace engine {

std::pair<dims, dims> retyped_layout(const ndarray& a, dtype t) {
    const std::int64_t old_size = a.itemsize(), new_size = itemsize(t);
    dims shape = a.shape(), strides = a.strides();
    if (new_size != old_size) {
        if (a.ndim() == 0)
            raise(error_category::value_error,
                  "Changing the dtype of a 0d array is only supported if the itemsize is unchanged");
        const std::size_t last = shape.size() - 1;
        if (shape[last] != 1 && a.size() != 0 && strides[last] != old_size)
            raise(error_category::value_error,
                  "To change to a dtype of a different size, the last axis must be contiguous");
        // Every engine itemsize is a power of two, so a smaller one always divides the old one.
        const std::int64_t last_axis_bytes = shape[last] * old_size;  // fits: the array's byte size does
        if (last_axis_bytes % new_size != 0)
            raise(error_category::value_error,
                  "When changing to a larger dtype, its size must be a divisor of the total size in bytes of "
                  "the last axis of the array.");
        shape[last] = last_axis_bytes / new_size;
        strides[last] = new_size;
    }
    return {std::move(shape), std::move(strides)};
}

namespace {

// The float type of a complex type's parts, in the same byte order (each part is swapped on its own).
dtype component_type(dtype complex_type) {
    const dtype part = native_order(complex_type) == dtype::complex64 ? dtype::float32 : dtype::float64;
    return is_byte_swapped(complex_type) ? swapped_order(part) : part;
}

// The real (byte_offset 0) or imaginary part of a complex array: the same strides over the component dtype.
array complex_part(const array& a, std::int64_t byte_offset) {
    return ndarray::view_of(a, component_type(a->type()), a->shape(), a->strides(), byte_offset);
}

}  // namespace

// ---- Views with another dtype ----

array view(const array& a) { return ndarray::view_of(a, a->type(), a->shape(), a->strides()); }

array view_as(const array& a, dtype t, descriptor_handle descriptor) {
    auto [shape, strides] = retyped_layout(*a, t);  // NumPy 1.24's array_descr_set on the new view
    const array result = ndarray::view_of(a, t, shape, strides);
    result->set_descriptor(std::move(descriptor));
    return result;
}

// ---- Views NumPy builds from explicit layouts ----

array broadcast_to(const array& a, const dims& shape) {
    if (shape.empty() && a->ndim() > 0)
        raise(error_category::value_error, "cannot broadcast a non-scalar to a scalar array");
    for (const auto d : shape)
        if (d < 0) raise(error_category::value_error, "all elements of broadcast shape must be non-negative");
    // NumPy takes the view from an nditer over `a` with the requested itershape: its broadcasting errors,
    // its size limit (the running product of the shape), and its zero stride on every length-1 axis,
    // stretched or not.
    dims strides = broadcast_strides(a->shape(), a->strides(), shape);
    std::int64_t iteration_size = 1;
    for (const auto d : shape)
        if (__builtin_mul_overflow(iteration_size, d, &iteration_size))
            raise(error_category::value_error, "iterator is too large");
    check_array_size(shape, a->itemsize());
    for (std::size_t i = 0; i < shape.size(); ++i)
        if (shape[i] == 1) strides[i] = 0;
    array result = ndarray::view_of(a, a->type(), shape, strides);
    result->set_writeable(false);
    return result;
}

array as_strided(const array& a, const std::optional<dims>& shape, const std::optional<dims>& strides,
                 bool writeable) {
    // NumPy goes through a.__array_interface__, which reports no strides for a C-contiguous array; the new
    // array then gets C strides for its (possibly new) shape, and otherwise a's strides, which must then
    // match the new shape in length.
    const dims new_shape = shape.value_or(a->shape());
    check_array_size(new_shape, a->itemsize());
    const dims new_strides = strides              ? *strides
                             : a->c_contiguous() ? contiguous_strides(new_shape, a->itemsize(), order::C)
                                                 : a->strides();
    if (new_strides.size() != new_shape.size())
        raise(error_category::value_error, "mismatch in length of strides and shape");
    // The interface reports a warn-on-write array (broadcast_arrays' views) read-only.
    array result = ndarray::view_with_foreign_base(a, a->type(), new_shape, new_strides,
                                                   a->writeable() && !a->warn_on_write() && writeable);
    // as_strided then sets `array.dtype = x.dtype`: the view holds a's descriptor object itself.
    result->set_descriptor(a->descriptor());
    return result;
}

// ---- Complex components ----

array real(const array& a) { return is_complex(a->type()) ? complex_part(a, 0) : a; }

array imag(const array& a) {
    if (is_complex(a->type())) return complex_part(a, itemsize(component_type(a->type())));
    // A real array has no imaginary memory: NumPy allocates zeros of the same dtype, Fortran-ordered when `a`
    // is (F- but not C-contiguous), and makes them read-only so writes cannot silently vanish. They keep a's own
    // descriptor (array_imag_get), so np.asanyarray(x.imag, dtype=x.dtype) of a non-canonical one is a view
    // (property test, NumPy 1.24, seed 375).
    array zeros = ndarray::allocate(a->type(), a->shape(), resolve_order_a(*a, order::A));
    zeros->set_descriptor(descriptor_kept_from(*a, a->type()));
    zeros->set_writeable(false);
    return zeros;
}

// ---- arrays over another array's buffer ----------------------------------------------------------------------

namespace {

// An array's memory as the buffer protocol exports it to NumPy (array_getbuffer): C-contiguous for a simple
// buffer, C- or F-contiguous when any contiguous one is asked for; writable when the array is writeable (asked
// first, through NumPy's write check), else read-only.
bool export_writeable(const array& a, bool any_contiguous) {
    if (any_contiguous ? !(a->c_contiguous() || a->f_contiguous()) : !a->c_contiguous())
        raise(error_category::value_error, any_contiguous ? "ndarray is not contiguous" : "ndarray is not C-contiguous");
    if (!a->writeable()) return false;
    a->require_writeable("buffer source array is read-only");
    return true;
}

array over_buffer(const array& buffer, bool writeable, dtype t, const dims& shape, const dims& strides,
                  std::int64_t offset, const descriptor_handle& descriptor) {
    array result = ndarray::view_of(buffer, t, shape, strides, offset);
    result->set_descriptor(descriptor);  // the dtype asked for, not the buffer array's
    if (!writeable) result->set_writeable(false);
    return result;
}

}  // namespace

array frombuffer(const array& buffer, dtype t, std::int64_t count, std::int64_t offset,
                 const descriptor_handle& descriptor) {
    const bool writeable = export_writeable(buffer, false);
    const std::int64_t length = buffer->nbytes();
    if (offset < 0 || offset > length)
        raise(error_category::value_error,
              "offset must be non-negative and no greater than buffer length (" + std::to_string(length) + ")");
    const std::int64_t rest = length - offset, size = itemsize(t);
    if (count < 0) {
        if (rest % size != 0) raise(error_category::value_error, "buffer size must be a multiple of element size");
        count = rest / size;
    } else if (count > rest / size) {
        raise(error_category::value_error, "buffer is smaller than requested size");
    }
    return over_buffer(buffer, writeable, t, {count}, {size}, offset, descriptor);
}

array ndarray_over_buffer(const array& buffer, dtype t, dims shape, std::int64_t offset,
                          const std::optional<dims>& strides, order o, const descriptor_handle& descriptor) {
    const bool writeable = export_writeable(buffer, true);
    const std::int64_t length = buffer->nbytes(), size = itemsize(t);
    if (strides) {
        if (strides->size() != shape.size())
            raise(error_category::value_error, "strides, if given, must be the same length as shape");
        // PyArray_CheckStrides: every byte inside the buffer (an empty buffer counts as the array's own size).
        const std::int64_t bytes = length == 0 ? element_count(shape) * size : length;
        const auto [lower, upper] = offset_bounds_from_strides(size, shape, *strides);
        if (lower < -offset || upper > bytes - offset)
            raise(error_category::value_error, "strides is incompatible with shape of requested array and size of buffer");
    }
    // An empty strides tuple reaches NumPy as no strides at all (a NULL pointer) past the check above.
    const bool no_strides = !strides || strides->empty();
    if (shape.size() == 1 && shape[0] == -1) shape[0] = (length - offset) / size;
    else if (no_strides && length < offset + size * element_count(shape))
        raise(error_category::type_error, "buffer is too small for requested array");
    element_count(shape);  // ValueError for a negative dimension (a -1 the buffer could not fill)
    const dims layout = !no_strides ? *strides : contiguous_strides(shape, size, o == order::F ? order::F : order::C);
    return over_buffer(buffer, writeable, t, shape, layout, offset, descriptor);
}

}  // namespace engine
