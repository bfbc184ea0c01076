// Strided element loops. A call first coalesces dimensions (merging any pair that is contiguous in every
// operand, dropping length-1 dims), then picks one typed inner loop for the (dst, src) dtype pair from a
// dtype-by-dtype table built at compile time, and runs it over the remaining outer dimensions with a small odometer.
// A 2-D copy whose operands are contiguous along different axes (a transpose) is done in tiles so
// both sides stay in cache.
#include "engine/kernels.hpp"

#include "engine/layout.hpp"
#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"

#include <algorithm>
#include <array>
#include <complex>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <optional>

#include "engine/broadcast.hpp"
#include "engine/byteswap.hpp"
#include "engine/error.hpp"
#include "engine/overlap.hpp"
#include "engine/shares_memory.hpp"
#include "engine/strided_loop.hpp"
#include "cast_run.hpp"
#include "transpose_tiles.hpp"

namespace engine {

namespace {

// One element converted from S to D. Fast paths for exact conversions; the rest goes through the scalar
// cast, which carries NumPy's rules for out-of-range floats, complex -> real and -> bool.
template <dtype D, dtype S>
inline void convert_one(std::byte* d, const std::byte* s) {
    using DT = element_t<D>;
    using ST = element_t<S>;
    if constexpr (D == S) {
        std::memmove(d, s, sizeof(DT));  // an element may overlap itself (a view stepping less than its items)
    } else if constexpr (D == dtype::bool_) {
        ST v;
        std::memcpy(&v, s, sizeof v);
        const std::uint8_t b = v != ST{};
        std::memcpy(d, &b, 1);
    } else if constexpr (S == dtype::bool_) {
        std::uint8_t v;
        std::memcpy(&v, s, 1);
        const DT out = static_cast<DT>(v != 0);
        std::memcpy(d, &out, sizeof out);
    } else if constexpr (std::is_integral_v<ST> && (std::is_integral_v<DT> || std::is_floating_point_v<DT>)) {
        ST v;
        std::memcpy(&v, s, sizeof v);
        const DT out = static_cast<DT>(v);  // integer wrap / int -> float rounding: both defined
        std::memcpy(d, &out, sizeof out);
    } else if constexpr (S == dtype::float16 && (D == dtype::float32 || D == dtype::complex64)) {
        half v;
        std::memcpy(&v, s, sizeof v);
        const DT out{float_from_half_bits(v.bits)};  // a signaling NaN stays one, as in NumPy's half -> float loop
        std::memcpy(d, &out, sizeof out);
    } else if constexpr (std::is_floating_point_v<ST> && std::is_floating_point_v<DT>) {
        ST v;
        std::memcpy(&v, s, sizeof v);
        const DT out = static_cast<DT>(v);
        std::memcpy(d, &out, sizeof out);
    } else {
        store_element(D, d, load_element(S, s));
    }
}

// float -> uint32 of a value uint32 cannot hold is undefined in C, and NumPy's answer depends on where the
// element sits. Its contiguous cast loop is vectorised by the compiler four elements at a time: the vector
// body converts through int32 (x >= 2**31 shifted down by 2**31 and the top bit flipped back; NaN, -inf and
// other out-of-range values give 2**31), the scalar tail through int64 and then wraps (as convert_one
// does). Strided loops are not vectorised. This lane reproduces the vector body without UB.
inline std::uint32_t uint32_like_vector_lane(double x) {
    constexpr double two_31 = 2147483648.0;
    const auto to_int32 = [](double v) -> std::uint32_t {  // cvttps2dq / cvttpd2dq: out of range gives INT_MIN
        return (v >= -two_31 && v < two_31) ? static_cast<std::uint32_t>(static_cast<std::int32_t>(v)) : 0x80000000u;
    };
    return x >= two_31 ? to_int32(x - two_31) ^ 0x80000000u : to_int32(x);
}

// One element as the vector body of NumPy's contiguous cast loop converts it: as convert_one, except float and
// complex -> uint32, which go through int32 lanes (uint32_like_vector_lane).
template <dtype D, dtype S>
inline void convert_in_vector_body(std::byte* d, const std::byte* s) {
    constexpr bool complex_source = S == dtype::complex64 || S == dtype::complex128;
    if constexpr (D == dtype::uint32 && (S == dtype::float32 || S == dtype::float64 || complex_source)) {
        element_t<S> v;
        std::memcpy(&v, s, sizeof v);
        double x;
        if constexpr (complex_source) x = static_cast<double>(v.real());
        else x = static_cast<double>(v);
        const std::uint32_t out = uint32_like_vector_lane(x);
        std::memcpy(d, &out, sizeof out);
    } else {
        convert_one<D, S>(d, s);
    }
}

using inner_loop = void (*)(std::byte* d, std::int64_t ds, const std::byte* s, std::int64_t ss, std::int64_t n);

template <dtype D, dtype S>
void strided_loop(std::byte* d, std::int64_t ds, const std::byte* s, std::int64_t ss, std::int64_t n) {
    constexpr auto dsize = static_cast<std::int64_t>(sizeof(element_t<D>));
    if constexpr (D == S) {
        if (ds == dsize && ss == dsize) {
            std::memmove(d, s, static_cast<std::size_t>(n * dsize));
            return;
        }
        // Walking down both sides reads no element it wrote unless the source starts above the destination
        // (then earlier writes show in later reads, which memmove would not reproduce); compared as addresses.
        if (ds == -dsize && ss == -dsize && n > 1 &&
            reinterpret_cast<std::uintptr_t>(s) <= reinterpret_cast<std::uintptr_t>(d)) {
            std::memmove(d - (n - 1) * dsize, s - (n - 1) * dsize, static_cast<std::size_t>(n * dsize));
            return;
        }
        // A stride-0 source read once, or element by element after each write (stride0_copy_reads_once; property
        // test, NumPy 1.24, seed 865: np.frombuffer(v, count=1, offset=1) assigned to the int64 array v it lies
        // across). The run's own addresses decide alignment: for every type but complex (never read once) the uint
        // alignment is the itemsize, so where both sides are aligned no write reaches part of the source, and a run
        // that looks aligned inside a misaligned array copies alike either way.
        constexpr auto alignment = static_cast<std::uintptr_t>(uint_alignment(D));
        const bool aligned = reinterpret_cast<std::uintptr_t>(s) % alignment == 0 &&
                             reinterpret_cast<std::uintptr_t>(d) % alignment == 0 &&
                             static_cast<std::uintptr_t>(ds) % alignment == 0;
        if (ss == 0 && detail::stride0_copy_reads_once(D, aligned)) {
            std::byte value[sizeof(element_t<S>)];
            std::memcpy(value, s, sizeof value);
            for (std::int64_t i = 0; i < n; ++i, d += ds) std::memcpy(d, value, sizeof value);
            return;
        }
    }
    constexpr bool complex_source = S == dtype::complex64 || S == dtype::complex128;
    if constexpr (D == dtype::uint32 && (S == dtype::float32 || S == dtype::float64 || complex_source)) {
        if (ds == dsize && ss == static_cast<std::int64_t>(sizeof(element_t<S>))) {
            // A real loop vectorises every whole block of four. A complex loop reads every other value (the
            // real parts), so the compiler keeps at least one element for the scalar epilogue and only
            // vectorises runs long enough to pay (semantics.hpp).
            std::int64_t vector_body = n - n % 4;
            if constexpr (complex_source) {
                const std::int64_t shortest = S == dtype::complex64
                                                  ? active_semantics().complex64_to_uint32_shortest_vector_run
                                                  : active_semantics().complex128_to_uint32_shortest_vector_run;
                vector_body = n >= shortest ? (n - 1) / 4 * 4 : 0;
            }
            for (std::int64_t i = 0; i < vector_body; ++i, d += ds, s += ss) convert_in_vector_body<D, S>(d, s);
            n -= vector_body;
        }
    }
    for (std::int64_t i = 0; i < n; ++i, d += ds, s += ss) convert_one<D, S>(d, s);
}

// A dtype-by-dtype table of loops, built at compile time: table[d][s] = pick.operator()<d, s>().
template <class Loop, std::size_t... I, std::size_t... J, class Pick>
constexpr auto make_pair_table(std::index_sequence<I...>, std::index_sequence<J...> js, Pick pick) {
    std::array<std::array<Loop, sizeof...(J)>, sizeof...(I)> table{};
    auto row = [&]<std::size_t Di>(std::integral_constant<std::size_t, Di>) {
        ((table[Di][J] = pick.template operator()<static_cast<dtype>(Di), static_cast<dtype>(J)>()), ...);
    };
    (row(std::integral_constant<std::size_t, I>{}), ...);
    (void)js;
    return table;
}

template <class Loop, class Pick>
constexpr auto make_pair_table(Pick pick) {
    return make_pair_table<Loop>(std::make_index_sequence<dtype_count>{}, std::make_index_sequence<dtype_count>{},
                                 pick);
}

constexpr auto loop_table = make_pair_table<inner_loop>([]<dtype D, dtype S>() { return &strided_loop<D, S>; });

// NumPy 1.24's contiguous cast loops as Debian's build compiles them (GCC 12, SSE baseline, strict aliasing).
// Where the two C types cannot alias (neither is a char type, not one integer type signed and unsigned, not both
// float) the compiler vectorises the aligned loop with no overlap test: its vector body reads `lanes` source
// elements before it writes any of them, some pairs then take one half-width chunk, and the elements left go one by
// one. Complex sources (every other float read) leave at least the last element to the one-by-one loop (the half
// chunk too). The other loops are not vectorised, or test for overlap first and run one by one where it would show,
// with scalar conversions (which shows in float -> uint32: see cast_run).
// Visible only where the writes reach source elements still to be read: NumPy 1.24's fancy assignment into blocks
// from an overlapping value. Measured on NumPy 1.24.2 for every pair of dtypes by simulating each candidate schedule
// (chunks of the lanes, a half and a quarter chunk, then one by one) byte by byte against NumPy on 30 random layouts
// per run length, 1 to 33: this table's schedule survives at every length.
struct cast_vector_body {
    std::int64_t lanes = 1;  // 1: no vector body
    bool keeps_last = false;
    bool half_chunk = false;
};

constexpr cast_vector_body numpy_1_24_cast_vector_body(dtype d, dtype s) {
    using enum dtype;
    const auto in = [](dtype t, std::initializer_list<dtype> set) {
        for (const dtype u : set)
            if (t == u) return true;
        return false;
    };
    const bool to_short = in(d, {int16, uint16}), to_int = in(d, {int32, uint32});
    const bool to_eight_bytes = in(d, {int64, uint64, float64, complex128});  // complex128: one float64 a lane
    switch (s) {
        case int16: case uint16:
            if (in(d, {int32, uint32, float32, complex64})) return {.lanes = 8, .half_chunk = true};
            return {.lanes = to_eight_bytes ? 8 : 1};
        case int32: case uint32:
            if (to_short || ((d == float32 || d == complex64) && s == int32))
                return {.lanes = to_short ? 8 : 4, .half_chunk = true};
            return {.lanes = to_eight_bytes || d == float32 || d == complex64 ? 4 : 1};
        case int64: case uint64:
            return {.lanes = to_short ? 8 : to_int ? 4 : 1};
        case float32:
            if (to_short) return {.lanes = 8, .half_chunk = true};
            return {.lanes = to_int || d == float64 || d == complex128 ? 4 : 1};
        case float64:
            return {.lanes = to_short ? 8 : to_int || d == float32 || d == complex64 ? 4 : 1};
        case complex64:
            if (d == complex128) return {.lanes = 2};
            if (to_short) return {.lanes = 8, .keeps_last = true, .half_chunk = true};
            return {.lanes = to_int || d == float64 ? 4 : 1, .keeps_last = true};
        case complex128:
            if (d == complex64) return {.lanes = 2};
            return {.lanes = to_short ? 8 : to_int || d == float32 ? 4 : 1, .keeps_last = true};
        default:
            return {};
    }
}

// contiguous_cast_loop's plan for n elements: `body` elements in chunks of `lanes`, then one chunk of `half` (or
// none), then one by one.
struct cast_chunks {
    std::int64_t lanes, body, half;
};

cast_chunks chunks_of(const cast_vector_body& v, std::int64_t n) {
    if (v.lanes <= 1) return {1, 0, 0};
    const std::int64_t body = v.keeps_last ? (n - 1) / v.lanes * v.lanes : n - n % v.lanes;
    const std::int64_t left_for_half = v.lanes / 2 + (v.keeps_last ? 1 : 0);
    return {v.lanes, body, v.half_chunk && n - body >= left_for_half ? v.lanes / 2 : 0};
}

// A contiguous run as NumPy 1.24's compiled cast loop takes it (`plan`): each chunk of source elements is read
// before any of it is written and converted as the vector body converts (convert_in_vector_body), the rest one by
// one with scalar conversions (convert_one).
using contiguous_loop = void (*)(std::byte* d, const std::byte* s, std::int64_t n, const cast_chunks& plan);

template <dtype D, dtype S>
void contiguous_cast_loop(std::byte* d, const std::byte* s, std::int64_t n, const cast_chunks& plan) {
    constexpr std::int64_t dsize = sizeof(element_t<D>), ssize = sizeof(element_t<S>);
    alignas(16) std::byte chunk[16 * ssize];
    const auto run_chunk = [&](std::int64_t lanes) {
        std::memcpy(chunk, s, static_cast<std::size_t>(lanes * ssize));
        for (std::int64_t k = 0; k < lanes; ++k) convert_in_vector_body<D, S>(d + k * dsize, chunk + k * ssize);
        d += lanes * dsize;
        s += lanes * ssize;
    };
    for (std::int64_t done = 0; done < plan.body; done += plan.lanes) run_chunk(plan.lanes);
    if (plan.half > 0) run_chunk(plan.half);
    for (std::int64_t i = plan.body + plan.half; i < n; ++i, d += dsize, s += ssize) convert_one<D, S>(d, s);
}

constexpr auto contiguous_table =
    make_pair_table<contiguous_loop>([]<dtype D, dtype S>() { return &contiguous_cast_loop<D, S>; });

// The loop for two types in native byte order, or for one type in the same order on both sides (bytes moved
// as they are).
inner_loop loop_for(dtype d, dtype s) {
    return loop_table[static_cast<std::size_t>(native_order(d))][static_cast<std::size_t>(native_order(s))];
}

// One type in two byte orders is no cast but NumPy's byteswap loop itself (get_byteswap_loop), unbuffered: element
// by element, each moved (memmove) and then swapped in place, so a source the writes reach sees them (a view in the
// other order written from a strided or stride-0 part of itself; property test, NumPy 1.24, seed 1123), except
// that a stride-0 source is read once where the srcstride0 loops apply (stride0_copy_reads_once: aligned, not
// complex, whose swaps NumPy always takes unaligned).
void swap_only_run(std::byte* d, std::int64_t ds, dtype dst_type, const std::byte* s, std::int64_t ss, std::int64_t n) {
    const std::int64_t size = itemsize(dst_type);
    const auto alignment = static_cast<std::uintptr_t>(uint_alignment(dst_type));
    const bool aligned = reinterpret_cast<std::uintptr_t>(s) % alignment == 0 &&
                         reinterpret_cast<std::uintptr_t>(d) % alignment == 0 &&
                         static_cast<std::uintptr_t>(ds) % alignment == 0;
    if (ss == 0 && detail::stride0_copy_reads_once(dst_type, aligned)) {
        alignas(16) std::byte value[16];
        std::memcpy(value, s, static_cast<std::size_t>(size));
        reverse_element_bytes(dst_type, value);
        for (std::int64_t i = 0; i < n; ++i, d += ds) std::memcpy(d, value, static_cast<std::size_t>(size));
        return;
    }
    for (std::int64_t i = 0; i < n; ++i, d += ds, s += ss) {
        std::memmove(d, s, static_cast<std::size_t>(size));
        reverse_element_bytes(dst_type, d);
    }
}

// A cast where either side is in swapped byte order, as NumPy's wrapped cast does it: the run goes in blocks of
// 128 elements (NPY_LOWLEVEL_BUFFER_BLOCKSIZE); only the swapped side goes through a contiguous buffer (swapped
// into native order before the cast, or out of it after), while a native side is read or written where it is, so
// the native cast loop sees that side's own stride (a float -> uint32 cast answers by whether both sides are
// contiguous: a flipped float32 array cast to '>u4' takes the strided loop's rule; property test, NumPy 1.24,
// seed 141).
void swapping_cast_run(std::byte* d, std::int64_t ds, dtype dst_type, const std::byte* s, std::int64_t ss,
                       dtype src_type, std::int64_t n, inner_loop cast) {
    if (native_order(dst_type) == native_order(src_type)) return swap_only_run(d, ds, dst_type, s, ss, n);
    constexpr std::int64_t block = 128;
    const std::int64_t dsize = itemsize(dst_type), ssize = itemsize(src_type);
    const bool swap_in = is_byte_swapped(src_type), swap_out = is_byte_swapped(dst_type);
    alignas(16) std::byte in[block * 16], out[block * 16];
    for (std::int64_t done = 0; done < n; done += block) {
        const std::int64_t m = std::min(block, n - done);
        const std::byte* from = s;
        std::int64_t from_step = ss;
        if (swap_in) {
            for (std::int64_t k = 0; k < m; ++k) {
                std::memcpy(in + k * ssize, s + k * ss, static_cast<std::size_t>(ssize));
                reverse_element_bytes(src_type, in + k * ssize);
            }
            from = in;
            from_step = ssize;
        }
        s += m * ss;
        if (!swap_out) {
            cast(d, ds, from, from_step, m);
            d += m * ds;
            continue;
        }
        cast(out, dsize, from, from_step, m);
        for (std::int64_t k = 0; k < m; ++k, d += ds) {
            reverse_element_bytes(dst_type, out + k * dsize);
            std::memcpy(d, out + k * dsize, static_cast<std::size_t>(dsize));
        }
    }
}

}  // namespace

void detail::cast_run(std::byte* d, std::int64_t ds, dtype dst_type, const std::byte* s, std::int64_t ss,
                      dtype src_type, std::int64_t n, bool aligned) {
    const inner_loop loop = loop_for(dst_type, src_type);
    if (dst_type != src_type && (is_byte_swapped(dst_type) || is_byte_swapped(src_type))) {
        swapping_cast_run(d, ds, dst_type, s, ss, src_type, n, loop);
        return;
    }
    const std::int64_t dsize = itemsize(dst_type), ssize = itemsize(src_type);
    if (active_semantics().contiguous_casts_read_ahead && dst_type != src_type && ds == dsize && ss == ssize) {
        // The chunks the compiled loop reads, where they differ from the engine's usual loop.
        std::optional<cast_chunks> plan;
        if (aligned) {
            if (const cast_chunks vector = chunks_of(numpy_1_24_cast_vector_body(dst_type, src_type), n);
                vector.body > 0 || vector.half > 0)
                plan = vector;
        } else {
            // An unaligned loop of one item size is vectorised behind a test of the distance (a destination less
            // than one 16-byte vector ahead of its source runs one by one), one of two sizes behind a test of whether
            // the ranges meet. Compared as addresses: the source may be another allocation.
            const auto d_at = reinterpret_cast<std::intptr_t>(d), s_at = reinterpret_cast<std::intptr_t>(s);
            const bool one_by_one = dsize == ssize ? d_at - s_at > 0 && d_at - s_at < 16
                                                   : d_at < s_at + n * ssize && s_at < d_at + n * dsize;
            if (one_by_one) plan = cast_chunks{1, 0, 0};
        }
        if (plan) {
            contiguous_table[static_cast<std::size_t>(dst_type)][static_cast<std::size_t>(src_type)](d, s, n, *plan);
            return;
        }
    }
    loop(d, ds, s, ss, n);
}

namespace {

// A 2-D copy where dst is contiguous along one axis and src along the other, and only along the other: tile it.
// A source dense along dst's contiguous axis too (rows that overlap, as_strided(z, strides=(16, 16))) gains
// nothing from tiles, and cutting its runs would show: the float -> uint32 casts answer by position in a run.
bool is_transpose_pair(const strided_iteration& it, std::int64_t dsize, std::int64_t ssize) {
    if (it.shape.size() != 2) return false;
    const auto& ds = it.strides[0];
    const auto& ss = it.strides[1];
    return (ds[1] == dsize && ss[0] == ssize && ss[1] != ssize) || (ds[0] == dsize && ss[1] == ssize && ss[0] != ssize);
}

void blocked_transpose_copy(const strided_iteration& it, std::byte* d, const std::byte* s, inner_loop loop) {
    constexpr std::int64_t tile = 32;
    const auto& ds = it.strides[0];
    const auto& ss = it.strides[1];
    for (std::int64_t i0 = 0; i0 < it.shape[0]; i0 += tile) {
        const std::int64_t i1 = std::min(it.shape[0], i0 + tile);
        for (std::int64_t j0 = 0; j0 < it.shape[1]; j0 += tile) {
            const std::int64_t j1 = std::min(it.shape[1], j0 + tile);
            for (std::int64_t i = i0; i < i1; ++i)
                loop(d + i * ds[0] + j0 * ds[1], ds[1], s + i * ss[0] + j0 * ss[1], ss[1], j1 - j0);
        }
    }
}

// Tiles of 128 elements down the source's columns (1 KiB runs the prefetcher follows) by 16 along the
// destination's rows; measured at 10^6 to 10^8 elements against 32 x 32, 64 x 32 and 256 x 8 (scripts/bench).
// The destination is contiguous along its rows (d_row_step apart), the source along its columns (s_column_step apart).
void transpose_tiles_8(std::byte* d, std::int64_t d_row_step, const std::byte* s, std::int64_t s_column_step,
                       std::int64_t rows, std::int64_t cols) {
    constexpr std::int64_t tile_rows = 128, tile_cols = 16;
    for (std::int64_t i0 = 0; i0 < rows; i0 += tile_rows)
        for (std::int64_t j0 = 0; j0 < cols; j0 += tile_cols)
            detail::transpose_block_8(d + i0 * d_row_step + j0 * 8, d_row_step, s + i0 * 8 + j0 * s_column_step,
                                      s_column_step, std::min(tile_rows, rows - i0), std::min(tile_cols, cols - j0));
}

// The same tiles for 8-byte elements of one dtype, moved as they are (bits, never values) by the block
// transpose of transpose_tiles.hpp. Only for a destination whose elements do not overlap (the order of writes
// cannot show); false when the layout is not that.
bool blocked_transpose_copy_8(const strided_iteration& it, std::byte* d, const std::byte* s) {
    std::int64_t rows = it.shape[0], cols = it.shape[1];
    std::int64_t d0 = it.strides[0][0], d1 = it.strides[0][1], s0 = it.strides[1][0], s1 = it.strides[1][1];
    if (d1 != 8) {  // make the destination contiguous along the inner axis (and so the source along the outer)
        std::swap(rows, cols);
        std::swap(d0, d1);
        std::swap(s0, s1);
    }
    if (d1 != 8 || s0 != 8 || d0 < cols * 8) return false;
    transpose_tiles_8(d, d0, s, s1, rows, cols);
    return true;
}

// copy_elements' blocked transpose for a fresh C-order destination of 8-byte elements of the source's dtype, found
// without the general set-up (sorting the axes, coalescing into a strided_iteration), about a fifth of a
// 10^3-element transposed copy (perf). The source's axes merge from the innermost outward where one step is a whole
// run inside (the destination's always do); two groups left, the outer stepping 8 bytes and the inner not, is a
// transpose. False, having copied nothing, for any other layout.
bool fresh_c_order_transpose_copy_8(const ndarray& dst, const ndarray& src) {
    if (dst.itemsize() != 8 || src.type() != dst.type()) return false;
    const dims& shape = src.shape();
    const dims& steps = src.strides();
    std::int64_t extent[2] = {1, 1}, step[2] = {0, 0};
    int groups = 0;
    for (std::size_t axis = shape.size(); axis-- > 0;) {
        if (shape[axis] == 1) continue;
        if (groups > 0 && steps[axis] == step[groups - 1] * extent[groups - 1]) {
            extent[groups - 1] *= shape[axis];
        } else {
            if (groups == 2) return false;
            extent[groups] = shape[axis];
            step[groups] = steps[axis];
            ++groups;
        }
    }
    // Group 0 is the destination's rows (extent[0] elements, the source stepping step[0] along them), group 1 their count.
    if (groups != 2 || step[1] != 8 || step[0] == 8) return false;
    transpose_tiles_8(dst.data(), extent[0] * 8, src.data(), step[0], extent[1], extent[0]);
    return true;
}

// No two elements share a byte: a contiguous array at once, any other layout by the exact solver.
bool has_distinct_elements(const ndarray& a) {
    return is_c_contiguous(a.shape(), a.strides(), a.itemsize()) || is_f_contiguous(a.shape(), a.strides(), a.itemsize()) ||
           solve_may_have_internal_overlap(region_of(a), 1) == overlap::no;
}

bool same_memory_may_overlap(const ndarray& a, const ndarray& b) {
    if (a.memory() != b.memory()) return false;
    auto extent = [](const ndarray& x) {
        std::int64_t lo = 0, hi = 0;
        for (std::size_t i = 0; i < x.shape().size(); ++i) {
            if (x.shape()[i] == 0) return std::pair<std::int64_t, std::int64_t>{0, 0};
            const auto span = (x.shape()[i] - 1) * x.strides()[i];
            (span < 0 ? lo : hi) += span;
        }
        return std::pair<std::int64_t, std::int64_t>{x.offset() + lo, x.offset() + hi + x.itemsize()};
    };
    auto [alo, ahi] = extent(a);
    auto [blo, bhi] = extent(b);
    return alo < bhi && blo < ahi && alo != ahi && blo != bhi;
}

// NumPy's order for copying one array into another (PyArray_PrepareTwoRawArrayIter): axes sorted by the
// destination's absolute stride, largest outermost (ties keep their order), the destination's negative
// strides flipped (moving both start pointers to the other end), then coalesced. Which elements form an
// inner run matters beyond speed: the float -> uint32 loop answers by position within a contiguous run.
strided_iteration in_destination_memory_order(const dims& shape, const dims& dst_strides, const dims& src_strides,
                                              std::array<std::byte*, 2>& start) {
    if (std::none_of(dst_strides.begin(), dst_strides.end(), [](std::int64_t stride) { return stride < 0; }))
        return coalesce_in_memory_order(shape, {&dst_strides, &src_strides});  // nothing to flip: no copies
    dims flipped_dst = dst_strides, flipped_src = src_strides;
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        if (flipped_dst[axis] >= 0) continue;
        start[0] += flipped_dst[axis] * (shape[axis] - 1);
        start[1] += flipped_src[axis] * (shape[axis] - 1);
        flipped_dst[axis] = -flipped_dst[axis];
        flipped_src[axis] = -flipped_src[axis];
    }
    return coalesce_in_memory_order(shape, {&flipped_dst, &flipped_src});
}

}  // namespace

namespace {

// The value's shape and strides as assign() stretches them: NumPy drops leading length-1 dimensions of a value that
// has more dimensions than the destination, then checks that the rest broadcasts.
std::pair<dims, dims> checked_value_layout(const ndarray& dst, const ndarray& src) {
    dims sshape = src.shape(), sstrides = src.strides();
    while (sshape.size() > dst.shape().size() && sshape.front() == 1) {
        sshape.erase(sshape.begin());
        sstrides.erase(sstrides.begin());
    }
    check_stretches_to(sshape, dst.shape(), "input array");
    return {std::move(sshape), std::move(sstrides)};
}

}  // namespace

void check_assignable(const ndarray& dst, const ndarray& src) { checked_value_layout(dst, src); }

array stretched_for_assignment(const ndarray& dst, const array& src) {
    const auto [sshape, sstrides] = checked_value_layout(dst, *src);
    return ndarray::view_of(src, src->type(), dst.shape(), broadcast_strides(sshape, sstrides, dst.shape()));
}

namespace {

// Whose elements a copy writes: any array (its elements may alias, so which write lands last can show), or one
// just allocated for the copy (distinct elements, no overlap with the source).
enum class destination { any, fresh };

// assign()'s element copy once its checks are done: src's elements at `src_strides` (stretched to dst's shape),
// in NumPy's order (in_destination_memory_order), walked backwards where a one-run source reaches into dst from below.
void copy_elements(const ndarray& dst, const ndarray& src, const dims& src_strides, destination kind) {
    std::array<std::byte*, 2> start{dst.data(), const_cast<std::byte*>(src.data())};
    strided_iteration it = in_destination_memory_order(dst.shape(), dst.strides(), src_strides, start);
    // Compared as addresses: the source may be another allocation, where pointer arithmetic would not be valid.
    const auto dst_at = reinterpret_cast<std::intptr_t>(start[0]), src_at = reinterpret_cast<std::intptr_t>(start[1]);
    if (it.shape.size() == 1 && src_at < dst_at && src_at + it.shape[0] * it.strides[1][0] > dst_at) {
        start[0] += (it.shape[0] - 1) * it.strides[0][0];
        start[1] += (it.shape[0] - 1) * it.strides[1][0];
        it.strides[0][0] = -it.strides[0][0];
        it.strides[1][0] = -it.strides[1][0];
    }
    const inner_loop loop = loop_for(dst.type(), src.type());
    if (dst.type() != src.type() && (is_byte_swapped(dst.type()) || is_byte_swapped(src.type()))) {
        for_each_inner_run<2>(it, start, [&](auto p, auto inner, std::int64_t n) {
            swapping_cast_run(p[0], inner[0], dst.type(), p[1], inner[1], src.type(), n, loop);
        });
        return;
    }
    // The blocked transpose writes tile by tile, out of NumPy's order: only for a destination whose elements are
    // all distinct (with aliased elements, which write lands last is part of the result).
    // Moving 8-byte elements as bits pays at any size; the element loop in tiles only from 16 x 16 on.
    if (is_transpose_pair(it, dst.itemsize(), src.itemsize()) &&
        (kind == destination::fresh || has_distinct_elements(dst))) {
        if (dst.type() == src.type() && dst.itemsize() == 8 && blocked_transpose_copy_8(it, start[0], start[1]))
            return;
        if (it.shape[0] >= 16 && it.shape[1] >= 16) {
            blocked_transpose_copy(it, start[0], start[1], loop);
            return;
        }
    }
    for_each_inner_run<2>(it, start, [&](auto p, auto inner, std::int64_t n) {
        loop(p[0], inner[0], p[1], inner[1], n);
    });
}

}  // namespace

bool assignment_copies_source(const ndarray& dst, const ndarray& src) {
    const bool numpy_copies_overlap =
        src.ndim() == 0 || dst.ndim() > 1 || (dst.ndim() == 1 && dst.strides()[0] * src.strides().back() < 0);
    return numpy_copies_overlap && same_memory_may_overlap(dst, src);
}

void assign(const ndarray& dst, const ndarray& src) {
    const auto [sshape, sstrides] = checked_value_layout(dst, src);
    if (dst.size() == 0) return;
    // Where NumPy does not copy an overlapping source first (assignment_copies_source), its loop reads each source
    // element just before its write, in order, so earlier writes can show in later reads; it walks backwards when
    // the source starts below the destination and reaches into it.
    if (assignment_copies_source(dst, src)) {
        const array temp = copy_of(src, order::K);
        assign(dst, *temp);
        return;
    }
    copy_elements(dst, src, broadcast_strides(sshape, sstrides, dst.shape()), destination::any);
}

void fill(const ndarray& dst, const scalar& value) {
    if (dst.size() == 0) return;
    // One element holds the cast value; a zero-stride source then broadcasts it through the copy loop.
    alignas(16) std::byte cell[16];
    store_element(dst.type(), cell, value);
    // NumPy's raw_array_assign_scalar walks dst in its memory order (PyArray_PrepareOneRawArrayIter), which shows
    // where elements share bytes: the last write to a byte stays.
    std::array<std::byte*, 2> start{dst.data(), cell};
    const strided_iteration it =
        in_destination_memory_order(dst.shape(), dst.strides(), dims(dst.shape().size(), 0), start);
    const inner_loop loop = loop_for(dst.type(), dst.type());
    for_each_inner_run<2>(it, start, [&](auto p, auto inner, std::int64_t n) {
        loop(p[0], inner[0], p[1], 0, n);
    });
}

void masked_assign(const ndarray& out, const ndarray& result, const ndarray& mask, bool buffered) {
    if (out.size() == 0) return;
    if (buffered && active_semantics().buffered_zero_stride_output_is_one_cell && out.size() > 1 &&
        all_elements_one_cell(out.shape(), out.strides())) {
        constexpr std::size_t buffer_size = 8192;
        const auto values = c_order_offsets(out.shape(), result.strides());
        const auto selected = c_order_offsets(out.shape(), broadcast_strides(mask.shape(), mask.strides(), out.shape()));
        for (std::size_t chunk = 0; chunk < values.size(); chunk += buffer_size) {
            const std::byte* last = nullptr;
            for (std::size_t i = chunk; i < std::min(values.size(), chunk + buffer_size); ++i)
                if (std::to_integer<int>(mask.data()[selected[i]]) != 0) last = result.data() + values[i];
            if (std::to_integer<int>(mask.data()[selected[chunk]]) != 0)
                store_element(out.type(), out.data(), load_element(result.type(), last));
        }
        return;
    }
    std::array<std::byte*, 3> start{out.data(), const_cast<std::byte*>(result.data()),
                                    const_cast<std::byte*>(mask.data())};
    std::vector<dims> strides{out.strides(), result.strides(),
                              broadcast_strides(mask.shape(), mask.strides(), out.shape())};
    for (std::size_t axis = 0; axis < out.shape().size(); ++axis) {
        if (strides[0][axis] >= 0) continue;
        for (std::size_t k = 0; k < 3; ++k) {
            start[k] += strides[k][axis] * (out.shape()[axis] - 1);
            strides[k][axis] = -strides[k][axis];
        }
    }
    strided_iteration it = coalesce_in_memory_order(out.shape(), strides);
    // One run reaching into out from below is walked backwards, so each element is read before it is written over.
    const auto out_at = reinterpret_cast<std::intptr_t>(start[0]), result_at = reinterpret_cast<std::intptr_t>(start[1]);
    if (it.shape.size() == 1 && result_at < out_at && result_at + it.shape[0] * it.strides[1][0] > out_at) {
        for (std::size_t k = 0; k < 3; ++k) {
            start[k] += (it.shape[0] - 1) * it.strides[k][0];
            it.strides[k][0] = -it.strides[k][0];
        }
    }
    // NumPy's masked transfer hands each stretch of selected elements to the cast loop as one run.
    const bool aligned = out.uint_aligned() && result.uint_aligned();
    for_each_inner_run<3>(it, start, [&](std::array<std::byte*, 3> p, std::array<std::int64_t, 3> step, std::int64_t n) {
        for_each_selected_stretch(
            0, n, [&](std::int64_t i) { return std::to_integer<int>(p[2][i * step[2]]) != 0; },
            [&](std::int64_t first, std::int64_t count) {
                detail::cast_run(p[0] + first * step[0], step[0], out.type(), p[1] + first * step[1], step[1],
                                 result.type(), count, aligned);
            });
    });
}

order resolve_order_a(const ndarray& a, order o) {
    if (o == order::A) return (a.f_contiguous() && !a.c_contiguous()) ? order::F : order::C;
    return o;
}

namespace {

// copy_of's allocation and copy.
array copy_with_layout(const ndarray& src, order o, dtype as_type) {
    o = resolve_order_a(src, o);
    // assign() writes every element of the fresh array, so it is not zero-filled first.
    constexpr initial_contents unwritten = initial_contents::unwritten;
    // A contiguous source kept in its own layout and dtype is one block of memory, copied as such (assign()
    // would find the same single run, after more work than a small copy takes).
    if (as_type == src.type() && src.size() > 0) {
        const bool as_c = src.c_contiguous() && (o == order::K || o == order::C);
        const bool as_f = !as_c && src.f_contiguous() && (o == order::K || o == order::F);
        if (as_c || as_f) {
            array out = ndarray::allocate(as_type, src.shape(), as_c ? order::C : order::F, unwritten);
            std::memcpy(out->data(), src.data(), static_cast<std::size_t>(src.nbytes()));
            return out;
        }
    }
    array out;
    if (o == order::K) {
        if (src.c_contiguous()) out = ndarray::allocate(as_type, src.shape(), order::C, unwritten);
        else if (src.f_contiguous()) out = ndarray::allocate(as_type, src.shape(), order::F, unwritten);
        else out = ndarray::allocate_strided(as_type, src.shape(), strides_keeping_order(src, as_type), unwritten);
    } else {
        out = ndarray::allocate(as_type, src.shape(), o, unwritten);
    }
    // assign() without its checks: the shapes are equal and the fresh memory overlaps nothing.
    if (out->size() > 0 && !(out->c_contiguous() && fresh_c_order_transpose_copy_8(*out, src)))
        copy_elements(*out, src, src.strides(), destination::fresh);
    return out;
}

}  // namespace

array copy_of(const ndarray& src, order o, dtype as_type) {
    array out = copy_with_layout(src, o, as_type);
    if (as_type == src.type()) out->set_descriptor(src.descriptor());  // PyArray_NewLikeArray keeps the descriptor
    return out;
}

std::vector<scalar> flat_values(const ndarray& a) {
    std::vector<scalar> out;
    const auto n = a.size();
    out.reserve(static_cast<std::size_t>(n));
    if (n == 0) return out;
    const auto& shape = a.shape();
    const auto& strides = a.strides();
    const std::size_t nd = shape.size();
    dims counter(nd, 0);
    const std::byte* p = a.data();
    for (std::int64_t i = 0; i < n; ++i) {
        out.push_back(load_element(a.type(), p));
        for (std::size_t k = nd; k-- > 0;) {
            p += strides[k];
            if (++counter[k] < shape[k]) break;
            p -= strides[k] * shape[k];
            counter[k] = 0;
        }
    }
    return out;
}

}  // namespace engine
