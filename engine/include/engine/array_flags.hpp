// An array's flags as NumPy's flags object (a.flags) holds them: the bits when it was made, and the flags NumPy
// derives from them in its getters (flagsobject.c), its quirks included.
#pragma once

#include "engine/array.hpp"

namespace engine {

struct array_flags {
    bool c_contiguous = false, f_contiguous = false, owndata = false, writeable = false, aligned = false;

    static array_flags of(const ndarray& a) {
        return {a.c_contiguous(), a.f_contiguous(), a.owndata(), a.writeable(), a.aligned()};
    }
    // A NumPy scalar's: contiguous both ways, owning its data, read-only, aligned.
    static constexpr array_flags of_scalar() { return {true, true, true, false, true}; }

    bool behaved() const { return aligned && writeable; }    // NPY_ARRAY_BEHAVED
    bool carray() const { return behaved() && c_contiguous; }  // NPY_ARRAY_CARRAY
    // NumPy's farray getter asks whether ANY of ALIGNED, WRITEABLE and F_CONTIGUOUS is set, so a read-only broadcast
    // view that is not C-contiguous reads True.
    bool farray() const { return (aligned || writeable || f_contiguous) && !c_contiguous; }
    bool fnc() const { return f_contiguous && !c_contiguous; }
    bool forc() const { return f_contiguous || c_contiguous; }

    friend bool operator==(const array_flags&, const array_flags&) = default;
};

}  // namespace engine
