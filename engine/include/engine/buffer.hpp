// The owned block of memory behind one or more arrays: aligned, zero-filled, never resized.
// Arrays hold it by shared_ptr, so a view keeps its memory alive exactly as long as NumPy's base chain would.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

namespace engine {

class buffer {
public:
    static constexpr std::size_t alignment = 64;

    explicit buffer(std::size_t nbytes);
    ~buffer();
    buffer(const buffer&) = delete;
    buffer& operator=(const buffer&) = delete;

    std::byte* data() const noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }

private:
    std::byte* data_;
    std::size_t size_;
};

inline std::shared_ptr<buffer> allocate_buffer(std::size_t nbytes) { return std::make_shared<buffer>(nbytes); }

}  // namespace engine
