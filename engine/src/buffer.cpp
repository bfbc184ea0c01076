// Aligned (as malloc aligns), zero-initialised allocation for array data.
// Zero-filling makes `empty` deterministic for the engine; the runner never compares uninitialised values anyway.
// Large zero-filled blocks come from calloc (untouched pages read as zero); large blocks ask for huge pages, and
// the last one freed is reused by the next buffer of its size that starts unwritten.
#include "engine/buffer.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

#include <sys/mman.h>

namespace engine {

namespace {

// NumPy's allocator asks for huge pages from this size on (alloc.c): fewer faults on first touch.
constexpr std::size_t huge_page_threshold = std::size_t{4} << 20;

void advise_huge_pages(std::byte* data, std::size_t size) {
#ifdef MADV_HUGEPAGE
    if (size < huge_page_threshold) return;
    // madvise wants a page-aligned start: advise the whole pages inside the block (a hint; errors ignored).
    constexpr std::uintptr_t page = 4096;
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + page - 1) / page * page;
    const std::uintptr_t last = (begin + size) / page * page;
    if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool keeps_freed_blocks = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool keeps_freed_blocks = false;
#else
constexpr bool keeps_freed_blocks = true;
#endif
#else
constexpr bool keeps_freed_blocks = true;
#endif

// The last large block freed on this thread, kept for the next buffer of the same size whose writer fills every
// byte itself (a copy, a ufunc's output). A fresh block of megabytes costs the kernel's zeroing of each page on
// first touch, about as much as writing it, which an operation repeated on arrays of one size would pay every
// time. One block per thread at most, freed with the thread. Not in sanitizer builds: there a stale pointer
// into a freed block must still be caught.
class reusable_block {
public:
    reusable_block() = default;
    reusable_block(const reusable_block&) = delete;
    reusable_block& operator=(const reusable_block&) = delete;
    ~reusable_block() { release(); }

    std::byte* take(std::size_t size) {
        if (data_ == nullptr || size_ != size) return nullptr;
        return std::exchange(data_, nullptr);
    }
    void keep(std::byte* data, std::size_t size) {
        release();
        data_ = data;
        size_ = size;
    }

private:
    void release() {
        if (data_ != nullptr) ::operator delete(data_, std::align_val_t{buffer::alignment});
        data_ = nullptr;
    }
    std::byte* data_ = nullptr;
    std::size_t size_ = 0;
};

thread_local reusable_block last_freed_block;

std::size_t rounded_size(std::size_t nbytes) {
    // At least 64 bytes: every buffer has a distinct address (NumPy allocates 1 byte for size 0), and two live
    // buffers start a vector apart, so NumPy 1.24's AVX512F complex multiply, which asks the output's start to be
    // 64 bytes from each input's (ufunc.cpp's typed_loop reads the engine's addresses the same way), never depends
    // on where the engine's allocator put two small arrays. NumPy's answer there depends on its allocator: with
    // glibc's, 200 of 200 products of fresh 1-4 element arrays took the vector loop, as the engine always does;
    // under ASan's some did not.
    // And 64 bytes left unused past the end: NumPy's loops ask whether two operands' ranges meet counting up to one
    // step past the last item (NumPy 1.24's nomemoverlap), and glibc puts small blocks 16 bytes apart, so a fresh
    // output placed right below its reversed input looked overlapping now and then (np.absolute(z[::-1]) under
    // NumPy 1.24 took hypot in one corpus run of several). With the gap, buffers never meet for steps up to 64 bytes.
    constexpr std::size_t smallest = 64, gap_after = 64;
    return (std::max(nbytes, smallest) + buffer::alignment - 1) / buffer::alignment * buffer::alignment + gap_after;
}

}  // namespace

buffer::buffer(std::size_t nbytes, initial_contents contents) : size_(nbytes) {
    const std::size_t rounded = rounded_size(nbytes);
    if (contents == initial_contents::zeros && rounded >= huge_page_threshold) {
        // calloc, as NumPy's zeros: the allocator hands out freshly mapped pages without writing them (they read
        // as zero), so only what is written later is ever touched.
        block_ = std::calloc(rounded + alignment, 1);
        if (block_ == nullptr) throw std::bad_alloc();
        const auto at = reinterpret_cast<std::uintptr_t>(block_);
        data_ = static_cast<std::byte*>(block_) + ((alignment - at % alignment) % alignment);
    } else if (std::byte* kept = keeps_freed_blocks && contents == initial_contents::unwritten &&
                                         rounded >= huge_page_threshold
                                     ? last_freed_block.take(rounded)
                                     : nullptr) {
        data_ = kept;
        return;  // advised when first allocated
    } else {
        data_ = static_cast<std::byte*>(::operator new(rounded, std::align_val_t{alignment}));
        if (contents == initial_contents::zeros) std::memset(data_, 0, rounded);
    }
    advise_huge_pages(data_, rounded);
}

buffer::~buffer() {
    if (block_ != nullptr) {
        std::free(block_);
        return;
    }
    const std::size_t rounded = rounded_size(size_);
    if (keeps_freed_blocks && rounded >= huge_page_threshold) {
        last_freed_block.keep(data_, rounded);
        return;
    }
    ::operator delete(data_, std::align_val_t{alignment});
}

}  // namespace engine
