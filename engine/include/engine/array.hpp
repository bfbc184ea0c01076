// The array object: metadata (dtype, shape, strides, offset) over a shared buffer, plus NumPy's
// identity semantics — an array is a heap object reached through a handle, and `b = a` shares the handle.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

#include "engine/buffer.hpp"
#include "engine/dtype.hpp"
#include "engine/layout.hpp"

namespace engine {

// Anything that can stand as an array's `.base`: another array, or a non-array object.
class object {
public:
    virtual ~object() = default;
};

class ndarray;
using array = std::shared_ptr<ndarray>;

// NumPy's dtype objects have identity. Each native type's built-in descriptor is a singleton, but a.newbyteorder()
// and a type spelled in swapped byte order ('>i8') make a descriptor of their own, which the views and copies of
// that array share. Only np.array/np.asarray look at it (the same array back for the identical descriptor, else a
// view). A null handle is the type's built-in descriptor. int64 and uint64 have a second built-in descriptor, C long
// long's (long_long.hpp), which is a descriptor_instance marked `long_long`, as are the descriptors made from it.
struct descriptor_instance {
    bool long_long = false;  // of C type long long ('q', 'Q') rather than long ('l', 'L'); int64 and uint64 only
};
using descriptor_handle = std::shared_ptr<const descriptor_instance>;
// NumPy's ensure_canonical for a result computed from `a`'s elements: a native descriptor stays itself, a swapped
// one gives a new native descriptor. Where NumPy keeps a first operand's descriptor (a ufunc's output of the same
// type, a reduction's, np.concatenate of one array), a result of a swapped or new-byte-order array is thus not the
// built-in singleton, and np.asarray(result, dtype='int32') makes a view.
descriptor_handle canonical_descriptor(const class ndarray& a);
// The descriptor of a result of type `result_type` computed from `first`, its first operand: first's made
// canonical when the types agree (in byte order aside) and, for a 64-bit integer, so do the C types (the result
// is long long when `long_long`), else the built-in one of the result's type and C type.
descriptor_handle descriptor_kept_from(const class ndarray& first, dtype result_type, bool long_long);
// The same where the result's C type is first's own when their types agree (unary loops, reductions).
descriptor_handle descriptor_kept_from(const class ndarray& first, dtype result_type);

// A base that is not an array, such as the DummyArray that np.lib.stride_tricks.as_strided wraps.
// It keeps the source alive; like DummyArray it exposes no writable buffer, so views of it can never
// be made writeable again once made read-only.
class foreign_base final : public object {
public:
    explicit foreign_base(array source) : source_(std::move(source)) {}
    const array& source() const { return source_; }

private:
    array source_;
};

class ndarray final : public object, public std::enable_shared_from_this<ndarray> {
    struct private_tag {};

public:
    // A fresh array that owns its data (base None), laid out in C or F order: zero-filled, or unwritten for a
    // caller that writes every element before anything reads it.
    static array allocate(dtype t, const dims& shape, order o = order::C,
                          initial_contents contents = initial_contents::zeros);
    // A fresh array with the given dense strides (a permutation of a contiguous layout, as order='K' makes).
    static array allocate_strided(dtype t, const dims& shape, const dims& strides,
                                  initial_contents contents = initial_contents::zeros);
    // A view of `parent`'s memory starting `byte_offset` bytes after parent's first element.
    // Its base is set with NumPy's collapsing rule and it is writeable exactly when `parent` is.
    static array view_of(const array& parent, dtype t, const dims& shape, const dims& strides,
                         std::int64_t byte_offset = 0);
    // A view whose base is a non-array object (as_strided's DummyArray).
    static array view_with_foreign_base(const array& source, dtype t, const dims& shape, const dims& strides,
                                        bool writeable);

    ndarray(private_tag, dtype t, dims shape, dims strides, std::shared_ptr<buffer> data, std::int64_t offset,
            std::shared_ptr<object> base, bool owndata, bool writeable);

    dtype type() const { return dtype_; }
    // The descriptor object behind type() (null: the built-in one); views of the same type share it.
    const descriptor_handle& descriptor() const { return descriptor_; }
    void set_descriptor(descriptor_handle d) { descriptor_ = std::move(d); }
    const dims& shape() const { return shape_; }
    const dims& strides() const { return strides_; }
    std::int64_t ndim() const { return static_cast<std::int64_t>(shape_.size()); }
    std::int64_t size() const;
    std::int64_t itemsize() const { return engine::itemsize(dtype_); }
    std::int64_t nbytes() const { return size() * itemsize(); }

    // Address of the element at index (0, ..., 0).
    std::byte* data() const { return buffer_->data() + offset_; }
    const std::shared_ptr<buffer>& memory() const { return buffer_; }
    std::int64_t offset() const { return offset_; }

    const std::shared_ptr<object>& base() const { return base_; }
    // The base as an array, or null when the base is None or a foreign object.
    array base_array() const;

    bool owndata() const { return owndata_; }
    bool writeable() const { return writeable_; }
    bool c_contiguous() const { return kept_contiguity_ ? kept_contiguity_->first : is_c_contiguous(shape_, strides_, itemsize()); }
    bool f_contiguous() const { return kept_contiguity_ ? kept_contiguity_->second : is_f_contiguous(shape_, strides_, itemsize()); }

    // flags.writeable = value, with NumPy's rule for re-enabling writes (ValueError when not allowed).
    // Setting it to true also clears the warn-on-write mark.
    void set_writeable(bool value);
    // PyArray_FailUnlessWriteable: raises ValueError `message` ("assignment destination is read-only" for
    // setitem) unless writeable; a write clears the warn-on-write flag of the array and its base chain (NumPy's
    // array_might_be_written).
    void require_writeable(const char* message = "assignment destination is read-only") const;
    // NumPy's internal WARN_ON_WRITE flag: set on the views np.broadcast_arrays stretched, inherited by every
    // view of them, cleared by the first write check (with a DeprecationWarning) and by flags.writeable = ...
    // While set, the array exports its memory read-only (__array_interface__), so as_strided of it is read-only.
    bool warn_on_write() const { return warn_on_write_; }
    void set_warn_on_write() { warn_on_write_ = true; }
    // NumPy's ALIGNED flag: the first element's address and the strides of every axis longer than 1 are multiples
    // of the dtype's alignment (always true without elements), unless flags.aligned = False cleared it; NumPy
    // works it out again for every new array and after `.strides =` / `.dtype =`.
    bool aligned() const;
    // NumPy's IsUintAligned, what its copy and cast loops ask: the same test with the alignment of the unsigned
    // integer of the item's size (8 for a 16-byte complex, 8 also for complex64, whose ALIGNED flag asks 4), the
    // flag's memory only (flags.aligned = False does not count).
    bool uint_aligned() const;
    // flags.aligned = value: False clears the flag; True sets it back, ValueError "cannot set aligned flag of
    // mis-aligned array to True" when the memory is not aligned.
    void set_aligned(bool value);
    // The flags NumPy recomputes after `.strides =` (PyArray_UpdateFlags with NPY_ARRAY_UPDATE_ALL).
    void recompute_aligned() { aligned_cleared_ = false; }
    // Replaces shape and strides in place (for `.shape =`); the caller has checked they address the same memory.
    void set_layout(dims shape, dims strides);
    // Replaces dtype, shape and strides in place (for `.dtype =`), under the same promise as set_layout.
    void set_type_and_layout(dtype t, dims shape, dims strides);
    // Moves an owning array onto new memory (a.resize's reallocation): its first element at the memory's start.
    void replace_memory(std::shared_ptr<buffer> memory, dims shape, dims strides);
    // a.resize(()) leaves NumPy's C/F-contiguous flags as they were (PyArray_Resize updates them only for a shape
    // with dimensions): the array reports these until its layout next changes.
    void keep_contiguity_flags(bool c, bool f) { kept_contiguity_ = std::pair{c, f}; }

private:
    dtype dtype_;
    descriptor_handle descriptor_;
    dims shape_;
    dims strides_;
    std::shared_ptr<buffer> buffer_;
    std::int64_t offset_;
    std::shared_ptr<object> base_;
    bool owndata_;
    bool writeable_;
    mutable bool warn_on_write_ = false;  // cleared by a write check, which is const for the array's metadata
    bool aligned_cleared_ = false;        // flags.aligned = False
    std::optional<std::pair<bool, bool>> kept_contiguity_;  // C and F flags left by a.resize(())
};

}  // namespace engine
