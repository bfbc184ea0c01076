// The 8-byte block transpose of transpose_tiles.hpp, compiled for the baseline instruction set and, chosen once
// per process where the CPU has it (and STRIDED_DISABLE_CPU_FEATURES does not name it), for AVX2.
#include "transpose_tiles.hpp"

#include <cstring>

#include "cpu_features.hpp"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace engine::detail {

namespace {

void transpose_elements(std::byte* dst, std::int64_t dst_row_step, const std::byte* src, std::int64_t src_column_step,
                        std::int64_t row_first, std::int64_t row_end, std::int64_t col_first, std::int64_t col_end) {
    for (std::int64_t c = col_first; c < col_end; ++c)
        for (std::int64_t r = row_first; r < row_end; ++r)
            std::memcpy(dst + r * dst_row_step + c * 8, src + r * 8 + c * src_column_step, 8);
}

#if defined(__x86_64__) && defined(__GNUC__)
[[gnu::target("avx2")]] void transpose_block_8_avx2(std::byte* dst, std::int64_t dst_row_step, const std::byte* src,
                                                    std::int64_t src_column_step, std::int64_t rows,
                                                    std::int64_t cols) {
    const std::int64_t rows2 = rows - rows % 2, cols4 = cols - cols % 4;
    for (std::int64_t c = 0; c < cols4; c += 4) {
        const std::byte* column = src + c * src_column_step;
        for (std::int64_t r = 0; r < rows2; r += 2) {
            // Two rows of four columns: each register holds a 16-byte pair of one column in each half (the second
            // half loaded straight into place), and one unpack per row interleaves the columns.
            const std::byte* from = column + r * 8;
            const auto pair = [](const std::byte* at) { return _mm_loadu_pd(reinterpret_cast<const double*>(at)); };
            const __m256d even = _mm256_insertf128_pd(_mm256_castpd128_pd256(pair(from)),
                                                      pair(from + 2 * src_column_step), 1);
            const __m256d odd = _mm256_insertf128_pd(_mm256_castpd128_pd256(pair(from + src_column_step)),
                                                     pair(from + 3 * src_column_step), 1);
            std::byte* to = dst + r * dst_row_step + c * 8;
            _mm256_storeu_pd(reinterpret_cast<double*>(to), _mm256_unpacklo_pd(even, odd));
            _mm256_storeu_pd(reinterpret_cast<double*>(to + dst_row_step), _mm256_unpackhi_pd(even, odd));
        }
    }
    if (rows2 != rows) {
        // The odd last row, four columns per store (one element of each, two per 16-byte half): a block of 25 rows
        // (the 10^4 permuted copy) spent a seventh of its stores on it one element at a time.
        const std::byte* from = src + rows2 * 8;
        std::byte* to = dst + rows2 * dst_row_step;
        const auto two = [src_column_step](const std::byte* at) {
            return _mm_loadh_pd(_mm_load_sd(reinterpret_cast<const double*>(at)),
                                reinterpret_cast<const double*>(at + src_column_step));
        };
        for (std::int64_t c = 0; c < cols4; c += 4) {
            const std::byte* column = from + c * src_column_step;
            const __m256d four = _mm256_insertf128_pd(_mm256_castpd128_pd256(two(column)),
                                                      two(column + 2 * src_column_step), 1);
            _mm256_storeu_pd(reinterpret_cast<double*>(to + c * 8), four);
        }
    }
    transpose_elements(dst, dst_row_step, src, src_column_step, 0, rows, cols4, cols);
}

const bool cpu_has_avx2 = use_avx2();
#endif

}  // namespace

void transpose_block_8(std::byte* dst, std::int64_t dst_row_step, const std::byte* src, std::int64_t src_column_step,
                       std::int64_t rows, std::int64_t cols) {
#if defined(__x86_64__) && defined(__GNUC__)
    if (cpu_has_avx2) return transpose_block_8_avx2(dst, dst_row_step, src, src_column_step, rows, cols);
#endif
    transpose_elements(dst, dst_row_step, src, src_column_step, 0, rows, 0, cols);
}

}  // namespace engine::detail
