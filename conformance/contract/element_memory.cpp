// Reading elements in place: the one decoder of element values into the contract's encoding (both systems
// write their traces through it) and the in-place equality walk the step comparison runs on memory.
#include "contract/element_memory.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
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

// A float16's exact value (every half is a double).
double half_value(std::uint16_t bits) {
    const int exponent = (bits >> 10) & 0x1f;
    const int fraction = bits & 0x3ff;
    double magnitude = 0;
    if (exponent == 0x1f) {
        magnitude = fraction != 0 ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    } else if (exponent == 0) {
        magnitude = std::ldexp(fraction, -24);  // subnormal: 0.fraction x 2^-14
    } else {
        magnitude = std::ldexp(fraction + 1024, exponent - 25);  // 1.fraction x 2^(exponent - 15)
    }
    return (bits & 0x8000) != 0 ? -magnitude : magnitude;
}

// A float element's value, from bytes in this machine's order.
double float_value(std::int64_t itemsize, const std::byte* address) {
    switch (itemsize) {
        case 2: return half_value(load<std::uint16_t>(address));
        case 4: return load<float>(address);
        default: return load<double>(address);
    }
}

// An element's bytes in this machine's order: a copy, each number's bytes reversed (each part of a complex on
// its own) when the memory holds the other order.
struct native_element {
    std::byte bytes[16];
};

native_element native(const std::byte* address, std::int64_t itemsize, element_kind kind, bool swapped) {
    native_element element;
    std::memcpy(element.bytes, address, static_cast<std::size_t>(itemsize));
    if (swapped) {
        const std::int64_t part = kind == element_kind::complex ? itemsize / 2 : itemsize;
        for (std::int64_t at = 0; at < itemsize; at += part) std::reverse(element.bytes + at, element.bytes + at + part);
    }
    return element;
}

// Whether the elements at x and y (bytes in this machine's order) are equal under the contract's rules, given
// that their bytes differ.
bool same_despite_bytes(element_kind kind, std::int64_t itemsize, const std::byte* x, const std::byte* y) {
    switch (kind) {
        case element_kind::boolean: return (load<std::uint8_t>(x) != 0) == (load<std::uint8_t>(y) != 0);
        case element_kind::signed_int:
        case element_kind::unsigned_int: return false;
        case element_kind::floating: return same_float(float_value(itemsize, x), float_value(itemsize, y));
        case element_kind::complex: {
            const std::int64_t half = itemsize / 2;
            return same_float(float_value(half, x), float_value(half, y)) &&
                   same_float(float_value(half, x + half), float_value(half, y + half));
        }
    }
    return false;
}

// One run of `count` elements: equal bytes in one byte order are equal values, so bytes are compared first (a
// whole contiguous run with memcmp) and only unequal elements are decoded. Returns the position of the first
// unequal element.
template <std::int64_t Size>
std::int64_t first_unequal_in_run(const element_memory& a, const std::byte* x, std::int64_t xs, const element_memory& b,
                                  const std::byte* y, std::int64_t ys, std::int64_t count) {
    const bool same_order = a.swapped == b.swapped;
    if (same_order && xs == Size && ys == Size && std::memcmp(x, y, static_cast<std::size_t>(count * Size)) == 0) {
        return count;
    }
    for (std::int64_t i = 0; i < count; ++i, x += xs, y += ys) {
        if (same_order && std::memcmp(x, y, Size) == 0) continue;
        const native_element nx = native(x, Size, a.kind, a.swapped);
        const native_element ny = native(y, Size, a.kind, b.swapped);
        if (std::memcmp(nx.bytes, ny.bytes, Size) != 0 && !same_despite_bytes(a.kind, Size, nx.bytes, ny.bytes)) return i;
    }
    return count;
}

using run_comparer = std::int64_t (*)(const element_memory&, const std::byte*, std::int64_t, const element_memory&,
                                      const std::byte*, std::int64_t, std::int64_t);

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
        case 'f':
            return itemsize == 2 || itemsize == 4 || itemsize == 8 ? std::optional(element_kind::floating) : std::nullopt;
        case 'c': return itemsize == 8 || itemsize == 16 ? std::optional(element_kind::complex) : std::nullopt;
    }
    return std::nullopt;
}

nlohmann::ordered_json element_text(const element_memory& memory, const std::byte* address) {
    const native_element element = native(address, memory.itemsize, memory.kind, memory.swapped);
    const std::byte* bytes = element.bytes;
    switch (memory.kind) {
        case element_kind::boolean: return load<std::uint8_t>(bytes) != 0;
        case element_kind::signed_int:
            switch (memory.itemsize) {
                case 1: return load<std::int8_t>(bytes);
                case 2: return load<std::int16_t>(bytes);
                case 4: return load<std::int32_t>(bytes);
                default: return load<std::int64_t>(bytes);
            }
        case element_kind::unsigned_int:
            switch (memory.itemsize) {
                case 1: return load<std::uint8_t>(bytes);
                case 2: return load<std::uint16_t>(bytes);
                case 4: return load<std::uint32_t>(bytes);
                default: return load<std::uint64_t>(bytes);
            }
        case element_kind::floating: return encode_float(float_value(memory.itemsize, bytes));
        case element_kind::complex: {
            const std::int64_t half = memory.itemsize / 2;
            return encode_complex(float_value(half, bytes), float_value(half, bytes + half));
        }
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
        for (std::int64_t i = 0; i < count; ++i, p += step) values.push_back(element_text(memory, p));
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
        const std::int64_t at = compare(a, x, as, b, y, bs, count);
        if (at == count) return true;
        if (first_difference != nullptr) *first_difference = flat + at;
        return false;
    });
}

}  // namespace conformance
