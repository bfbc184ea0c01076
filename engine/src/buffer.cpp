// Aligned (as malloc aligns), zero-initialised allocation for array data.
// Zero-filling makes `empty` deterministic for the engine; the runner never compares uninitialised values anyway.
// Large zero-filled blocks come from calloc (untouched pages read as zero); large blocks ask for huge pages.
#include "engine/buffer.hpp"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>

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

}  // namespace

buffer::buffer(std::size_t nbytes, initial_contents contents) : size_(nbytes) {
    // At least one byte so that every buffer has a distinct address (NumPy allocates 1 byte for size 0).
    const std::size_t rounded = ((nbytes == 0 ? 1 : nbytes) + alignment - 1) / alignment * alignment;
    if (contents == initial_contents::zeros && rounded >= huge_page_threshold) {
        // calloc, as NumPy's zeros: the allocator hands out freshly mapped pages without writing them (they read
        // as zero), so only what is written later is ever touched.
        block_ = std::calloc(rounded + alignment, 1);
        if (block_ == nullptr) throw std::bad_alloc();
        const auto at = reinterpret_cast<std::uintptr_t>(block_);
        data_ = static_cast<std::byte*>(block_) + ((alignment - at % alignment) % alignment);
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
    ::operator delete(data_, std::align_val_t{alignment});
}

}  // namespace engine
