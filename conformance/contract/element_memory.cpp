// Reading elements in place: the one decoder of element values into the contract's encoding (both systems
// write their traces through it) and the in-place equality walk the step comparison runs on memory.
#include "contract/element_memory.hpp"

#include <cmath>
#include <cstring>
#include <vector>

#include "contract/readable_memory.hpp"
#include "contract/value_encoding.hpp"

namespace conformance {

namespace {

template <class T>
T load(const std::byte* address) {
    T value;
    std::memcpy(&value, address, sizeof value);  // as_strided can make elements unaligned
    return value;
}

// The shape and both operands' strides with length-1 axes dropped and neighbours that both walk as one run
// merged, in C order (so a flat position counts as in the unmerged array).
struct walk {
    std::vector<std::int64_t> shape, a, b;
};

walk coalesced(std::span<const std::int64_t> shape, std::span<const std::int64_t> a, std::span<const std::int64_t> b) {
    walk w;
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        if (shape[axis] == 1) continue;
        if (!w.shape.empty() && w.a.back() == a[axis] * shape[axis] && w.b.back() == b[axis] * shape[axis]) {
            w.shape.back() *= shape[axis];
            w.a.back() = a[axis];
            w.b.back() = b[axis];
            continue;
        }
        w.shape.push_back(shape[axis]);
        w.a.push_back(a[axis]);
        w.b.push_back(b[axis]);
    }
    if (w.shape.empty()) {  // a 0-d or all-ones array: one element
        w.shape.push_back(1);
        w.a.push_back(0);
        w.b.push_back(0);
    }
    return w;
}

// Calls run(a, b, count, flat_start) for every innermost run in C order; stops when it returns false.
template <class Run>
bool for_each_run(const walk& w, const std::byte* a, const std::byte* b, Run&& run) {
    const std::size_t nd = w.shape.size();
    for (const std::int64_t extent : w.shape)
        if (extent == 0) return true;
    const std::int64_t count = w.shape[nd - 1];
    std::vector<std::int64_t> index(nd, 0);
    std::int64_t flat = 0;
    for (;;) {
        if (!run(a, b, count, flat)) return false;
        flat += count;
        std::size_t axis = nd - 1;
        for (;;) {
            if (axis == 0) return true;
            --axis;
            a += w.a[axis];
            b += w.b[axis];
            if (++index[axis] < w.shape[axis]) break;
            a -= w.a[axis] * w.shape[axis];
            b -= w.b[axis] * w.shape[axis];
            index[axis] = 0;
        }
    }
}

template <class F>
bool same_float(F x, F y) {
    return x == y || (std::isnan(x) && std::isnan(y));
}

// Whether the elements at x and y are equal under the contract's rules, given that their bytes differ.
bool same_despite_bytes(element_kind kind, std::int64_t itemsize, const std::byte* x, const std::byte* y) {
    switch (kind) {
        case element_kind::boolean: return (load<std::uint8_t>(x) != 0) == (load<std::uint8_t>(y) != 0);
        case element_kind::signed_int:
        case element_kind::unsigned_int: return false;
        case element_kind::floating:
            return itemsize == 4 ? same_float(load<float>(x), load<float>(y)) : same_float(load<double>(x), load<double>(y));
        case element_kind::complex: {
            const std::int64_t half = itemsize / 2;
            return half == 4 ? same_float(load<float>(x), load<float>(y)) && same_float(load<float>(x + 4), load<float>(y + 4))
                             : same_float(load<double>(x), load<double>(y)) &&
                                   same_float(load<double>(x + 8), load<double>(y + 8));
        }
    }
    return false;
}

// One run of `count` elements: equal bytes are equal values, so bytes are compared first (a whole contiguous
// run with memcmp) and only unequal elements are decoded. Returns the position of the first unequal element.
template <std::int64_t Size>
std::int64_t first_unequal_in_run(element_kind kind, const std::byte* x, std::int64_t xs, const std::byte* y,
                                  std::int64_t ys, std::int64_t count) {
    if (xs == Size && ys == Size && std::memcmp(x, y, static_cast<std::size_t>(count * Size)) == 0) return count;
    for (std::int64_t i = 0; i < count; ++i, x += xs, y += ys) {
        if (std::memcmp(x, y, Size) != 0 && !same_despite_bytes(kind, Size, x, y)) return i;
    }
    return count;
}

using run_comparer = std::int64_t (*)(element_kind, const std::byte*, std::int64_t, const std::byte*, std::int64_t,
                                      std::int64_t);

run_comparer comparer_for(std::int64_t itemsize) {
    switch (itemsize) {
        case 1: return &first_unequal_in_run<1>;
        case 2: return &first_unequal_in_run<2>;
        case 4: return &first_unequal_in_run<4>;
        case 8: return &first_unequal_in_run<8>;
        default: return &first_unequal_in_run<16>;
    }
}

}  // namespace

std::optional<element_kind> decoded_kind(char numpy_kind, std::int64_t itemsize) {
    switch (numpy_kind) {
        case 'b': return itemsize == 1 ? std::optional(element_kind::boolean) : std::nullopt;
        case 'i':
        case 'u':
            if (itemsize == 1 || itemsize == 2 || itemsize == 4 || itemsize == 8) {
                return numpy_kind == 'i' ? element_kind::signed_int : element_kind::unsigned_int;
            }
            return std::nullopt;
        case 'f': return itemsize == 4 || itemsize == 8 ? std::optional(element_kind::floating) : std::nullopt;
        case 'c': return itemsize == 8 || itemsize == 16 ? std::optional(element_kind::complex) : std::nullopt;
    }
    return std::nullopt;
}

nlohmann::ordered_json element_text(element_kind kind, std::int64_t itemsize, const std::byte* address) {
    switch (kind) {
        case element_kind::boolean: return load<std::uint8_t>(address) != 0;
        case element_kind::signed_int:
            switch (itemsize) {
                case 1: return load<std::int8_t>(address);
                case 2: return load<std::int16_t>(address);
                case 4: return load<std::int32_t>(address);
                default: return load<std::int64_t>(address);
            }
        case element_kind::unsigned_int:
            switch (itemsize) {
                case 1: return load<std::uint8_t>(address);
                case 2: return load<std::uint16_t>(address);
                case 4: return load<std::uint32_t>(address);
                default: return load<std::uint64_t>(address);
            }
        case element_kind::floating:
            return itemsize == 4 ? encode_float(load<float>(address)) : encode_float(load<double>(address));
        case element_kind::complex:
            return itemsize == 8 ? encode_complex(load<float>(address), load<float>(address + 4))
                                 : encode_complex(load<double>(address), load<double>(address + 8));
    }
    return nullptr;
}

nlohmann::ordered_json elements_text(const element_memory& memory, std::span<const std::int64_t> shape,
                                     std::span<const std::int64_t> strides) {
    std::int64_t size = 1;
    for (const std::int64_t extent : shape) size *= extent;
    check_text_size(size);
    nlohmann::ordered_json values = nlohmann::ordered_json::array();
    if (size == 0) return values;
    values.get_ref<nlohmann::ordered_json::array_t&>().reserve(static_cast<std::size_t>(size));
    const walk w = coalesced(shape, strides, strides);
    for_each_run(w, memory.data, memory.data, [&](const std::byte* p, const std::byte*, std::int64_t count, std::int64_t) {
        const std::int64_t step = w.a.back();
        for (std::int64_t i = 0; i < count; ++i, p += step) values.push_back(element_text(memory.kind, memory.itemsize, p));
        return true;
    });
    return values;
}

bool same_elements(const element_memory& a, std::span<const std::int64_t> a_strides, const element_memory& b,
                   std::span<const std::int64_t> b_strides, std::span<const std::int64_t> shape,
                   std::int64_t* first_difference) {
    const walk w = coalesced(shape, a_strides, b_strides);
    const run_comparer compare = comparer_for(a.itemsize);
    const std::int64_t as = w.a.back(), bs = w.b.back();
    return for_each_run(w, a.data, b.data, [&](const std::byte* x, const std::byte* y, std::int64_t count, std::int64_t flat) {
        const std::int64_t at = compare(a.kind, x, as, y, bs, count);
        if (at == count) return true;
        if (first_difference != nullptr) *first_difference = flat + at;
        return false;
    });
}

}  // namespace conformance
