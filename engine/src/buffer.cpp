// Aligned, zero-initialised allocation for array data.
// Zero-filling makes `empty` deterministic for the engine; the runner never compares uninitialised values anyway.
#include "engine/buffer.hpp"

#include <cstring>
#include <new>

namespace engine {

buffer::buffer(std::size_t nbytes) : size_(nbytes) {
    // At least one byte so that every buffer has a distinct address (NumPy allocates 1 byte for size 0).
    const std::size_t rounded = ((nbytes == 0 ? 1 : nbytes) + alignment - 1) / alignment * alignment;
    data_ = static_cast<std::byte*>(::operator new(rounded, std::align_val_t{alignment}));
    std::memset(data_, 0, rounded);
}

buffer::~buffer() { ::operator delete(data_, std::align_val_t{alignment}); }

}  // namespace engine
