// Contiguity and stride rules shared by every array, as NumPy's _UpdateContiguousFlags computes them.
// Kept separate from the array object so that shape operations can test layouts before creating anything.
#include "engine/layout.hpp"

#include <string>

#include "engine/error.hpp"

namespace engine {

std::int64_t element_count(const dims& shape) {
    std::int64_t n = 1;
    for (auto d : shape) {
        if (d < 0) raise(error_category::value_error, "negative dimensions are not allowed");
        if (__builtin_mul_overflow(n, d, &n))
            raise(error_category::value_error, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
    }
    return n;
}

dims contiguous_strides(const dims& shape, std::int64_t itemsize, order o) {
    dims strides(shape.size());
    std::int64_t stride = itemsize;
    auto step = [&](std::size_t i) {
        strides[i] = stride;
        stride *= shape[i] > 0 ? shape[i] : 1;
    };
    if (o == order::F) {
        for (std::size_t i = 0; i < shape.size(); ++i) step(i);
    } else {
        for (std::size_t i = shape.size(); i-- > 0;) step(i);
    }
    return strides;
}

namespace {

bool is_empty(const dims& shape) {
    for (auto d : shape)
        if (d == 0) return true;
    return false;
}

}  // namespace

bool all_elements_one_cell(const dims& shape, const dims& strides) {
    for (std::size_t axis = 0; axis < shape.size(); ++axis)
        if (shape[axis] > 1 && strides[axis] != 0) return false;
    return true;
}

bool is_c_contiguous(const dims& shape, const dims& strides, std::int64_t itemsize) {
    if (is_empty(shape)) return true;
    std::int64_t expected = itemsize;
    for (std::size_t i = shape.size(); i-- > 0;) {
        if (shape[i] == 1) continue;
        if (strides[i] != expected) return false;
        expected *= shape[i];
    }
    return true;
}

bool is_f_contiguous(const dims& shape, const dims& strides, std::int64_t itemsize) {
    if (is_empty(shape)) return true;
    std::int64_t expected = itemsize;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] == 1) continue;
        if (strides[i] != expected) return false;
        expected *= shape[i];
    }
    return true;
}

std::int64_t normalize_axis(std::int64_t axis, std::int64_t ndim) {
    if (axis < -ndim || axis >= ndim)
        raise(error_category::value_error,
              "axis " + std::to_string(axis) + " is out of bounds for array of dimension " + std::to_string(ndim));
    return axis < 0 ? axis + ndim : axis;
}

void check_legacy_iterator_dimensions(std::int64_t ndim) {
    if (ndim > legacy_iterator_max_dimensions)
        raise(error_category::runtime_error, "this function only supports up to " +
                                                 std::to_string(legacy_iterator_max_dimensions) +
                                                 " dimensions but the array has " + std::to_string(ndim) + ".");
}

std::int64_t wrapping_multiply(std::int64_t a, std::int64_t b) {
    std::int64_t product;
    (void)__builtin_mul_overflow(a, b, &product);  // stores the product modulo 2^64 when it overflows
    return product;
}

std::int64_t wrapping_add(std::int64_t a, std::int64_t b) {
    std::int64_t sum;
    (void)__builtin_add_overflow(a, b, &sum);
    return sum;
}

void check_array_size(const dims& shape, std::int64_t itemsize) {
    // As PyArray_NewFromDescr: dimensions of length 0 are skipped, so an empty array still may not have
    // non-zero dimensions whose byte count would overflow (the dimension count is checked by ndarray itself).
    std::int64_t bytes = itemsize;
    for (const auto d : shape) {
        if (d == 0) continue;
        if (d < 0) raise(error_category::value_error, "negative dimensions are not allowed");
        if (__builtin_mul_overflow(bytes, d, &bytes))
            raise(error_category::value_error,
                  "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
    }
}

std::pair<std::int64_t, std::int64_t> offset_bounds_from_strides(std::int64_t itemsize, const dims& shape,
                                                                 const dims& strides) {
    std::int64_t lower = 0, upper = 0;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] == 0) return {0, 0};
        const std::int64_t reach = wrapping_multiply(strides[i], shape[i] - 1);
        (reach > 0 ? upper : lower) = wrapping_add(reach > 0 ? upper : lower, reach);
    }
    return {lower, wrapping_add(upper, itemsize)};
}

}  // namespace engine
