// Lane-by-lane sorting with NumPy's total order (NaN last, complex lexicographic), reading each lane from
// memory just before writing it back.
#include "engine/sort.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <tuple>
#include <vector>

#include "engine/byteswap.hpp"
#include "engine/creation.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/layout.hpp"
#include "engine/reshape.hpp"
#include "engine/scalar.hpp"
#include "engine/semantics.hpp"

namespace engine {

namespace {

// NumPy's sort order as a strict weak ordering on elements of one dtype.
bool sorts_before(const scalar& x, const scalar& y) {
    if (is_complex(x.type)) {
        const auto key = [](const std::complex<double>& c) {
            const bool re_nan = std::isnan(c.real()), im_nan = std::isnan(c.imag());
            return std::make_tuple(re_nan, re_nan ? 0.0 : c.real(), im_nan, im_nan ? 0.0 : c.imag());
        };
        return key(x.as_complex()) < key(y.as_complex());
    }
    if (kind_of(x.type) == dtype_kind::floating) {
        const double a = x.as_double(), b = y.as_double();
        if (std::isnan(a)) return false;
        if (a == 0 && b == 0 && x.type == dtype::float16 && active_semantics().sort_float16_negative_zero_first)
            return std::signbit(a) && !std::signbit(b);
        return std::isnan(b) || a < b;
    }
    if (kind_of(x.type) == dtype_kind::unsigned_int) return x.as_uint64() < y.as_uint64();
    if (x.type == dtype::bool_) return !x.as_bool() && y.as_bool();
    return x.as_int64() < y.as_int64();
}

// The NaN that NumPy's vectorised sort writes for every NaN of the lane (semantics.hpp), as raw bytes; none
// where this dtype's NaNs keep their bits.
std::optional<std::vector<std::byte>> canonical_sort_nan(dtype t) {
    const semantics& s = active_semantics();
    const auto bytes_of = [](auto bits) {
        std::vector<std::byte> out(sizeof bits);
        std::memcpy(out.data(), &bits, sizeof bits);
        return out;
    };
    if (t == dtype::float16 && s.sort_canonicalises_float16_nan) return bytes_of(std::uint16_t{0x7c01});
    if (t == dtype::float32 && s.sort_canonicalises_float32_nan) return bytes_of(std::uint32_t{0x7fc00000});
    if (t == dtype::float64 && s.sort_canonicalises_float64_nan) return bytes_of(std::uint64_t{0x7ff8000000000000});
    return std::nullopt;
}

}  // namespace

void sort_in_place(const array& a, std::int64_t axis) {
    const std::int64_t along = normalize_axis(axis, a->ndim());
    a->require_writeable();
    const std::int64_t extent = a->shape()[along], stride = a->strides()[along];
    // _new_sortlike returns before making its iterator when there is nothing to sort.
    if (element_count(a->shape()) == 0 || extent <= 1) return;
    check_legacy_iterator_dimensions(a->ndim());
    std::vector<scalar> lane(static_cast<std::size_t>(extent));
    // NumPy sorts bool elements as the bytes they are (a bool view may hold bytes other than 0 and 1).
    const dtype lane_type = a->type() == dtype::bool_ ? dtype::uint8 : a->type();
    // A lane in swapped byte order is sorted as NumPy does it, in a native buffer: the NaN it writes is the
    // native type's, swapped on the way back.
    std::optional<std::vector<std::byte>> canonical_nan = canonical_sort_nan(native_order(lane_type));
    if (canonical_nan && is_byte_swapped(lane_type)) reverse_element_bytes(lane_type, canonical_nan->data());
    const bool copy_then_swap = is_byte_swapped(lane_type) && active_semantics().sort_copies_back_then_swaps;
    std::vector<std::byte> native(copy_then_swap ? static_cast<std::size_t>(extent * itemsize(lane_type)) : 0);
    for_each_lane(*a, along, [&](std::byte* start) {
        for (std::int64_t k = 0; k < extent; ++k) lane[k] = load_element(lane_type, start + k * stride);
        std::stable_sort(lane.begin(), lane.end(), sorts_before);
        if (copy_then_swap) {
            for (std::int64_t k = 0; k < extent; ++k) {
                std::byte* element = native.data() + k * itemsize(lane_type);
                if (canonical_nan && std::isnan(lane[k].as_double()))
                    std::memcpy(element, canonical_nan->data(), canonical_nan->size());
                else
                    store_element(lane_type, element, lane[k]);
                reverse_element_bytes(lane_type, element);  // swapped order to the buffer's native bytes
            }
            copy_native_then_swap_in_place(lane_type, start, stride, native.data(), extent);
            return;
        }
        for (std::int64_t k = 0; k < extent; ++k) {
            std::byte* element = start + k * stride;
            if (canonical_nan && std::isnan(lane[k].as_double()))
                std::memcpy(element, canonical_nan->data(), canonical_nan->size());
            else
                store_element(lane_type, element, lane[k]);
        }
    });
}

array sorted_copy(const array& a, std::optional<std::int64_t> axis) {
    const array copy = axis ? copy_of(*a, order::K) : flatten(a);
    sort_in_place(copy, axis.value_or(-1));
    return copy;
}

}  // namespace engine
