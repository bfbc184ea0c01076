// The owned block of memory behind one or more arrays: aligned, zero-filled unless its first writer fills
// every byte itself, never resized.
// Arrays hold it by shared_ptr, so a view keeps its memory alive exactly as long as NumPy's base chain would.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

namespace engine {

// What a fresh buffer holds: zeros, or nothing yet because its first writer writes every byte before
// anything reads it (a copy or a ufunc's output: zero-filling first would write the memory twice).
enum class initial_contents { zeros, unwritten };

class buffer {
public:
    // NumPy's data comes from malloc: 16 bytes on x86-64, more than any supported dtype's alignment (8). A wider
    // alignment would make the allocator split blocks (memalign), which costs more than small copies do.
    static constexpr std::size_t alignment = 16;

    explicit buffer(std::size_t nbytes, initial_contents contents = initial_contents::zeros);
    ~buffer();
    buffer(const buffer&) = delete;
    buffer& operator=(const buffer&) = delete;

    std::byte* data() const noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }

private:
    std::byte* data_;
    std::size_t size_;
    void* block_ = nullptr;  // what calloc returned, when the block came from it (data_ is aligned inside)
};

inline std::shared_ptr<buffer> allocate_buffer(std::size_t nbytes,
                                               initial_contents contents = initial_contents::zeros) {
    return std::make_shared<buffer>(nbytes, contents);
}

}  // namespace engine
