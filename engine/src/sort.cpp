// Lane-by-lane sorting with NumPy's total order (NaN last, complex lexicographic), reading each lane from
// memory just before writing it back.
#include "engine/sort.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <tuple>
#include <type_traits>
#include <vector>

#include "engine/byteswap.hpp"
#include "engine/creation.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/layout.hpp"
#include "engine/reshape.hpp"
#include "engine/scalar.hpp"
#include "engine/semantics.hpp"
#include "avx512_float32_quicksort_1_24.hpp"
#include "x86_simd_sort.hpp"

namespace engine {

namespace {

// NumPy's sort order as a strict weak ordering on elements of one dtype (its Tag::less). `negative_zero_first`:
// float16's -0.0 before 0.0, as NumPy 2's AVX512_ICL sort compares them (semantics.hpp).
bool sorts_before(const scalar& x, const scalar& y, bool negative_zero_first) {
    if (is_complex(x.type)) {
        // CFLOAT_LT: both parts numbers, then NaN imaginary part, then NaN real part, then both NaN.
        const auto key = [](const std::complex<double>& c) {
            const bool re_nan = std::isnan(c.real()), im_nan = std::isnan(c.imag());
            return std::make_tuple(re_nan, im_nan, re_nan ? 0.0 : c.real(), im_nan ? 0.0 : c.imag());
        };
        return key(x.as_complex()) < key(y.as_complex());
    }
    if (kind_of(x.type) == dtype_kind::floating) {
        const double a = x.as_double(), b = y.as_double();
        if (std::isnan(a)) return false;
        if (a == 0 && b == 0 && x.type == dtype::float16 && negative_zero_first)
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

// NumPy's heapsort (npysort/heapsort.hpp) of the n elements from `first`, element for element: it decides where
// equal elements end up.
template <class Element, class Less>
void numpy_heapsort(std::vector<Element>& lane, std::int64_t first, std::int64_t n_all, Less less) {
    const auto at = [&](std::int64_t one_based) -> Element& {
        return lane[static_cast<std::size_t>(first + one_based - 1)];
    };
    const auto sift_down = [&](Element tmp, std::int64_t i, std::int64_t n) {
        for (std::int64_t j = i << 1; j <= n;) {
            if (j < n && less(at(j), at(j + 1))) j += 1;
            if (!less(tmp, at(j))) break;
            at(i) = at(j);
            i = j;
            j += j;
        }
        at(i) = tmp;
    };
    for (std::int64_t l = n_all >> 1; l > 0; --l) sift_down(at(l), l, n_all);
    for (std::int64_t n = n_all; n > 1;) {
        const Element tmp = at(n);
        at(n) = at(1);
        n -= 1;
        sift_down(tmp, 1, n);
    }
}

// NumPy's introsort (npysort/quicksort.cpp's quicksort_, the same in 1.24 and 2.4), element for element: a
// median-of-three quicksort that keeps the larger side on a stack, insertion sort for stretches of at most 16
// elements, and heapsort past a depth of twice the highest bit of the length. Its swaps decide where elements that
// compare equal but differ in their bits end up, so the default sort of every lane NumPy's SIMD sort does not
// take (complex numbers, float16 without AVX512_ICL, NumPy 1.24's float64) is exact.
template <class Less>
void numpy_introsort(std::vector<scalar>& v, Less less) {
    constexpr std::int64_t small_quicksort = 15;  // SMALL_QUICKSORT: a partition step while pr - pl exceeds it
    const auto num = static_cast<std::int64_t>(v.size());
    const auto at = [&](std::int64_t i) -> scalar& { return v[static_cast<std::size_t>(i)]; };
    std::vector<std::int64_t> stack;
    std::vector<int> depth;
    std::int64_t pl = 0, pr = num - 1;
    int cdepth = (std::bit_width(static_cast<std::uint64_t>(num)) - 1) * 2;  // npy_get_msb(num) * 2; num >= 2
    for (;;) {
        if (cdepth < 0) {
            numpy_heapsort(v, pl, pr - pl + 1, less);
        } else {
            while (pr - pl > small_quicksort) {
                const std::int64_t pm = pl + ((pr - pl) >> 1);
                if (less(at(pm), at(pl))) std::swap(at(pm), at(pl));
                if (less(at(pr), at(pm))) std::swap(at(pr), at(pm));
                if (less(at(pm), at(pl))) std::swap(at(pm), at(pl));
                const scalar vp = at(pm);
                std::int64_t pi = pl, pj = pr - 1;
                std::swap(at(pm), at(pj));
                for (;;) {
                    do ++pi; while (less(at(pi), vp));
                    do --pj; while (less(vp, at(pj)));
                    if (pi >= pj) break;
                    std::swap(at(pi), at(pj));
                }
                std::swap(at(pi), at(pr - 1));
                // The larger side waits on the stack.
                if (pi - pl < pr - pi) {
                    stack.insert(stack.end(), {pi + 1, pr});
                    pr = pi - 1;
                } else {
                    stack.insert(stack.end(), {pl, pi - 1});
                    pl = pi + 1;
                }
                depth.push_back(--cdepth);
            }
            for (std::int64_t pi = pl + 1; pi <= pr; ++pi) {  // insertion sort
                const scalar vp = at(pi);
                std::int64_t pj = pi;
                for (; pj > pl && less(vp, at(pj - 1)); --pj) at(pj) = at(pj - 1);
                at(pj) = vp;
            }
        }
        if (stack.empty()) break;
        pr = stack.back();
        stack.pop_back();
        pl = stack.back();
        stack.pop_back();
        cdepth = depth.back();
        depth.pop_back();
    }
}

// A float lane sorted as the C type E (float or double) by one of NumPy's vectorised sorts, `sort(values)`: both
// first make every NaN +inf and at the end write a NaN over as many last elements (NaN payloads and signs lost;
// the store writes the canonical NaN's bytes). -0.0 and 0.0 survive the round trip through double.
template <class E, class Sort>
void sort_as(std::vector<scalar>& lane, Sort sort) {
    std::vector<E> values(lane.size());
    std::size_t nans = 0;
    for (std::size_t k = 0; k < lane.size(); ++k) {
        values[k] = static_cast<E>(lane[k].as_double());
        if (std::isnan(values[k])) {
            values[k] = std::numeric_limits<E>::infinity();
            ++nans;
        }
    }
    sort(values);
    for (std::size_t k = 0; k < lane.size(); ++k) {
        const bool nan = k + nans >= lane.size();
        lane[k].value = nan ? std::numeric_limits<double>::quiet_NaN() : static_cast<double>(values[k]);
    }
}

// NumPy 1.24's AVX-512 quicksort of one float32 lane (avx512_float32_quicksort_1_24.hpp), heapsort its fallback.
void sort_by_numpy_1_24_float32_kernel(std::vector<scalar>& lane) {
    sort_as<float>(lane, [](std::vector<float>& values) {
        const auto heapsort = [&values](std::int64_t first, std::int64_t count) {
            numpy_heapsort(values, first, count, [](float x, float y) { return x < y; });  // no NaN left: FLOAT_LT
        };
        detail::avx512_float32_quicksort_1_24(values, heapsort).sort();
    });
}

// NumPy 2's x86-simd-sort quicksort of one float32 or float64 lane (x86_simd_sort.hpp), element for element: its
// networks decide which of -0.0 and 0.0 each equal pair keeps.
void sort_by_x86_simd_sort(std::vector<scalar>& lane, const detail::x86_simd_sort_shape& shape) {
    const auto run = [&shape](auto& values) {
        detail::x86_simd_sort<typename std::decay_t<decltype(values)>::value_type>(values, shape).sort();
    };
    if (native_order(lane.front().type) == dtype::float32) sort_as<float>(lane, run);
    else sort_as<double>(lane, run);
}

}  // namespace

sort_kind sort_kind_of(const std::optional<std::string>& kind, std::optional<bool> stable) {
    if (kind && stable)
        raise(error_category::value_error,
              "`kind` and keyword parameters can't be provided at the same time. Use only one of them.");
    if (stable) return *stable ? sort_kind::stable : sort_kind::quicksort;
    if (!kind) return sort_kind::quicksort;
    switch (kind->empty() ? '\0' : kind->front()) {
        case 'q': case 'Q': return sort_kind::quicksort;
        case 'h': case 'H': return sort_kind::heapsort;
        case 'm': case 'M': case 's': case 'S': return sort_kind::stable;
        default:
            raise(error_category::value_error,
                  "sort kind must be one of 'quick', 'heap', or 'stable' (got '" + *kind + "')");
    }
}

void sort_in_place(const array& a, std::int64_t axis, sort_kind kind) {
    if (kind == sort_kind::heapsort && active_semantics().heapsort_kind_runs_the_default_sort)
        kind = sort_kind::quicksort;
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
    // Only the default kind runs the vectorised sorts, for the floats whose NaNs they rewrite: NumPy 2's float32 and
    // float64 lanes through x86-simd-sort, NumPy 1.24's float32 through its own AVX-512 quicksort, both replayed,
    // float16 stably with zeros by sign; the other lanes of the default kind go through NumPy's introsort.
    std::optional<std::vector<std::byte>> canonical_nan =
        kind == sort_kind::quicksort ? canonical_sort_nan(native_order(lane_type)) : std::nullopt;
    const bool simd_sort = canonical_nan.has_value();
    const std::optional<detail::x86_simd_sort_shape> simd_quicksort =
        simd_sort && (native_order(lane_type) == dtype::float32 || native_order(lane_type) == dtype::float64)
            ? detail::x86_simd_sort_shape_for(native_order(lane_type))
            : std::nullopt;
    const bool float32_kernel_1_24 = simd_sort && native_order(lane_type) == dtype::float32 &&
                                     active_semantics().sort_float32_by_numpy_1_24_avx512_kernel;
    const bool negative_zero_first = simd_sort && active_semantics().sort_float16_negative_zero_first;
    const auto less = [negative_zero_first](const scalar& x, const scalar& y) {
        return sorts_before(x, y, negative_zero_first);
    };
    if (canonical_nan && is_byte_swapped(lane_type)) reverse_element_bytes(lane_type, canonical_nan->data());
    const bool copy_then_swap = is_byte_swapped(lane_type) && active_semantics().sort_copies_back_then_swaps;
    std::vector<std::byte> native(copy_then_swap ? static_cast<std::size_t>(extent * itemsize(lane_type)) : 0);
    for_each_lane(*a, along, [&](std::byte* start) {
        for (std::int64_t k = 0; k < extent; ++k) lane[k] = load_element(lane_type, start + k * stride);
        if (kind == sort_kind::heapsort) numpy_heapsort(lane, 0, extent, less);
        else if (simd_quicksort) sort_by_x86_simd_sort(lane, *simd_quicksort);
        else if (float32_kernel_1_24) sort_by_numpy_1_24_float32_kernel(lane);
        else if (kind == sort_kind::quicksort && !simd_sort) numpy_introsort(lane, less);
        else std::stable_sort(lane.begin(), lane.end(), less);
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

array sorted_copy(const array& a, std::optional<std::int64_t> axis, sort_kind kind) {
    const array copy = axis ? copy_of(*a, order::K) : flatten(a);
    sort_in_place(copy, axis.value_or(-1), kind);
    return copy;
}

}  // namespace engine
