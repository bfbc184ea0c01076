// Construction of arrays and views, NumPy's base-collapsing rule, and the writeable-flag rule.
// Both rules are transcribed from NumPy's PyArray_SetBaseObject and _IsWriteable in behaviour.
#include "engine/array.hpp"

#include "engine/error.hpp"
#include "engine/long_long.hpp"
#include "engine/semantics.hpp"

#include <algorithm>
#include <string>

namespace engine {

ndarray::ndarray(private_tag, dtype t, dims shape, dims strides, std::shared_ptr<buffer> data, std::int64_t offset,
                 std::shared_ptr<object> base, bool owndata, bool writeable)
    : dtype_(t),
      shape_(std::move(shape)),
      strides_(std::move(strides)),
      buffer_(std::move(data)),
      offset_(offset),
      base_(std::move(base)),
      owndata_(owndata),
      writeable_(writeable) {
    // PyArray_NewFromDescr's limit on every array it makes, views included (NPY_MAXDIMS, semantics.hpp).
    const int max_dimensions = active_semantics().max_dimensions;
    if (static_cast<std::int64_t>(shape_.size()) > max_dimensions) {
        raise(error_category::value_error, "maximum supported dimension for an ndarray is " +
                                               std::string(max_dimensions > 32 ? "currently " : "") +
                                               std::to_string(max_dimensions) + ", found " +
                                               std::to_string(shape_.size()));
    }
}

std::int64_t ndarray::size() const { return element_count(shape_); }

array ndarray::allocate(dtype t, const dims& shape, order o, initial_contents contents) {
    return allocate_strided(t, shape, contiguous_strides(shape, engine::itemsize(t), o == order::F ? order::F : order::C),
                            contents);
}

array ndarray::allocate_strided(dtype t, const dims& shape, const dims& strides, initial_contents contents) {
    std::int64_t bytes = 0;
    const std::int64_t count = element_count(shape);
    if (__builtin_mul_overflow(count, engine::itemsize(t), &bytes))
        raise(error_category::value_error, "array is too big");
    // NumPy gives every freshly allocated empty array all-zero strides (views keep theirs).
    const dims layout = count == 0 ? dims(shape.size(), 0) : strides;
    return std::make_shared<ndarray>(private_tag{}, t, shape, layout, allocate_buffer(static_cast<std::size_t>(bytes), contents),
                                     0, nullptr, true, true);
}

array ndarray::view_of(const array& parent, dtype t, const dims& shape, const dims& strides, std::int64_t byte_offset) {
    // NumPy's collapse: a view's base is the first array up the chain that owns its data, stopping early at an
    // array whose own base is not an array (it would change the base's type). The walk also passes on
    // WARN_ON_WRITE from every array it visits, as PyArray_SetBaseObject does.
    array base = parent;
    bool warn_on_write = parent->warn_on_write_;
    while (!base->owndata_) {
        auto next = std::dynamic_pointer_cast<ndarray>(base->base_);
        if (!next) break;
        base = std::move(next);
        warn_on_write = warn_on_write || base->warn_on_write_;
    }
    array view = std::make_shared<ndarray>(private_tag{}, t, shape, strides, parent->buffer_,
                                           parent->offset_ + byte_offset, base, false, parent->writeable_);
    view->warn_on_write_ = warn_on_write;
    if (t == parent->dtype_) view->descriptor_ = parent->descriptor_;
    return view;
}

descriptor_handle canonical_descriptor(const ndarray& a) {
    if (is_byte_swapped(a.type())) return new_descriptor_like(a.descriptor());
    return a.descriptor();
}

descriptor_handle descriptor_kept_from(const ndarray& first, dtype result_type, bool long_long) {
    if (native_order(first.type()) == result_type && is_long_long(first) == long_long)
        return canonical_descriptor(first);
    return builtin_descriptor(result_type, long_long);
}

descriptor_handle descriptor_kept_from(const ndarray& first, dtype result_type) {
    return descriptor_kept_from(first, result_type, native_order(first.type()) == result_type && is_long_long(first));
}

array ndarray::view_with_foreign_base(const array& source, dtype t, const dims& shape, const dims& strides,
                                      bool writeable) {
    return std::make_shared<ndarray>(private_tag{}, t, shape, strides, source->buffer_, source->offset_,
                                     std::make_shared<foreign_base>(source), false, writeable);
}

array ndarray::base_array() const { return std::dynamic_pointer_cast<ndarray>(base_); }

void ndarray::require_writeable(const char* message) const {
    if (!writeable_) raise(error_category::value_error, message);
    for (const ndarray* a = this; a != nullptr && a->warn_on_write_;
         a = dynamic_cast<const ndarray*>(a->base_.get()))
        a->warn_on_write_ = false;
}

void ndarray::set_writeable(bool value) {
    warn_on_write_ = false;  // either way, as NumPy's flags setter does
    if (!value) {
        writeable_ = false;
        return;
    }
    // _IsWriteable, asked even when the array is writeable already: an owner (or an array without base) may always become writeable; otherwise walk the
    // chain of array bases — any writeable one allows it, the owner at the end decides, and a non-array
    // base (which exposes no writable buffer here) forbids it.
    bool allowed = false;
    if (!base_ || owndata_) {
        allowed = true;
    } else {
        std::shared_ptr<object> next = base_;
        bool decided = false;
        while (auto a = std::dynamic_pointer_cast<ndarray>(next)) {
            next = a->base_;
            if (a->writeable_) { allowed = true; decided = true; break; }
            if (!next || a->owndata_) { allowed = a->writeable_; decided = true; break; }
        }
        if (!decided) allowed = false;
    }
    if (!allowed) raise(error_category::value_error, "cannot set WRITEABLE flag to True of this array");
    writeable_ = true;
    warn_on_write_ = false;
}

void ndarray::replace_memory(std::shared_ptr<buffer> memory, dims shape, dims strides) {
    buffer_ = std::move(memory);
    offset_ = 0;
    set_layout(std::move(shape), std::move(strides));
}

void ndarray::set_layout(dims shape, dims strides) {
    kept_contiguity_.reset();
    shape_ = std::move(shape);
    strides_ = std::move(strides);
}

namespace {

// raw_array_is_aligned: the first element's address and the strides of every axis longer than 1 are multiples of
// `alignment` (always true without elements).
bool memory_is_aligned(const std::byte* data, const dims& shape, const dims& strides, std::int64_t alignment) {
    if (alignment <= 1) return true;
    auto bits = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(data));
    for (std::size_t d = 0; d < shape.size(); ++d) {
        if (shape[d] == 0) return true;
        if (shape[d] > 1) bits |= static_cast<std::uint64_t>(strides[d]);
    }
    return bits % static_cast<std::uint64_t>(alignment) == 0;
}

}  // namespace

bool ndarray::aligned() const {
    if (aligned_cleared_) return false;
    // The dtype's alignment (a complex number's is its parts').
    return memory_is_aligned(data(), shape_, strides_, is_complex(dtype_) ? itemsize() / 2 : itemsize());
}

bool ndarray::uint_aligned() const {
    return memory_is_aligned(data(), shape_, strides_, uint_alignment(dtype_));
}

void ndarray::set_aligned(bool value) {
    if (!value) {
        aligned_cleared_ = true;
        return;
    }
    aligned_cleared_ = false;
    if (!aligned()) {
        aligned_cleared_ = true;
        raise(error_category::value_error, "cannot set aligned flag of mis-aligned array to True");
    }
}

void ndarray::set_type_and_layout(dtype t, dims shape, dims strides) {
    aligned_cleared_ = false;
    dtype_ = t;
    set_layout(std::move(shape), std::move(strides));
}

}  // namespace engine
