// Byte order: reversing the bytes of elements as NumPy's copyswapn does it (each half of a complex on its own) for
// a.byteswap and for converting an element between orders, and a.newbyteorder's view in the other order.
#pragma once

#include <string_view>

#include "engine/array.hpp"
#include "engine/scalar.hpp"

namespace engine {

// Reverses the bytes of the one element of type `t` at `element` (each half of a complex on its own). Applied
// twice it restores the element: the same call converts native to swapped order and back.
void reverse_element_bytes(dtype t, std::byte* element);

// NumPy 1.24's copyswapn of a sorted lane back into an array in swapped byte order (_new_sortlike's buffer): the
// native bytes of all n elements copied to their places first (`native` holds them one after another), then every
// place swapped in place. Places that alias (a stride 0, overlapping elements) are swapped once per element that
// maps to them, so an even count leaves native bytes behind. NumPy 2 writes each element swapped once.
void copy_native_then_swap_in_place(dtype swapped, std::byte* start, std::int64_t stride, const std::byte* native,
                                    std::int64_t n);

// inplace: `a` itself comes back, swapped (ValueError "array to be byte-swapped is read-only" first; an element
// that several positions share is swapped once per position, as NumPy's walk does). Otherwise a copy in order A
// (PyArray_NewCopy(a, NPY_ANYORDER)) is swapped and returned; a read-only `a` is fine then.
array byteswap(const array& a, bool inplace);
// np.generic.byteswap(inplace): a NumPy scalar cannot change, so inplace=True is ValueError "cannot byteswap a
// scalar in-place"; otherwise the scalar read from its bytes reversed.
scalar byteswap(const scalar& s, bool inplace);

// dtype.newbyteorder(new_order): NumPy reads only the first character (PyArray_ByteorderConverter): S/s swap,
// B/b/> big, L/l/< little, N/n/= native, I/i/| leave as is; ValueError "byteorder not recognized" otherwise. A
// one-byte type stays as it is.
dtype with_new_byte_order(dtype t, std::string_view new_order);
// a.newbyteorder(new_order) (NumPy 1 only): a view of `a` (same shape, strides and memory) whose dtype is
// a.dtype.newbyteorder(new_order).
array newbyteorder(const array& a, std::string_view new_order);

}  // namespace engine
