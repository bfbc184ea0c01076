// Layouts are numbered by their bytes (identity, data address, itemsize, shape, strides), once per program.
#include "contract/sharing_cache.hpp"

namespace conformance {

void sharing_cache::forget_program() {
    layout_numbers_.clear();
    layout_number_of_.clear();
    answers_.clear();
}

std::uint32_t sharing_cache::number_of(object_key key, const array_layout& layout) {
    std::string& bytes = layout_bytes_;
    bytes.clear();
    auto append = [&](auto value) { bytes.append(reinterpret_cast<const char*>(&value), sizeof value); };
    append(key);
    append(layout.data);
    append(layout.itemsize);
    append(layout.shape.size());
    for (std::size_t axis = 0; axis < layout.shape.size(); ++axis) {
        append(layout.shape[axis]);
        append(layout.strides[axis]);
    }
    if (const auto known = layout_numbers_.find(bytes); known != layout_numbers_.end()) return known->second;
    const auto next = static_cast<std::uint32_t>(layout_numbers_.size());
    layout_numbers_.emplace(bytes, next);
    return next;
}

}  // namespace conformance
