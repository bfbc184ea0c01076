// a.byteswap(inplace): every element's bytes reversed, as NumPy's copyswapn does it (each half of a complex on
// its own), either in the array itself or in a copy.
#pragma once

#include "engine/array.hpp"

namespace engine {

// inplace: `a` itself comes back, swapped (ValueError "array to be byte-swapped is read-only" first; an element
// that several positions share is swapped once per position, as NumPy's walk does). Otherwise a copy in order A
// (PyArray_NewCopy(a, NPY_ANYORDER)) is swapped and returned; a read-only `a` is fine then.
array byteswap(const array& a, bool inplace);

}  // namespace engine
