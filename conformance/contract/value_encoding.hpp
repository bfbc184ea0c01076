// The contract's encoding of numbers in traces, written once for every system: floats as JSON numbers except
// "nan", "inf" and "-inf" (strings: JSON has none of them), complex numbers as [real, imag].
#pragma once

#include <cmath>
#include <complex>

#include "contract/implementation.hpp"

namespace conformance {

inline json encode_float(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    return value;
}

inline json encode_complex(double real, double imag) { return json::array({encode_float(real), encode_float(imag)}); }
inline json encode_complex(std::complex<double> c) { return encode_complex(c.real(), c.imag()); }

}  // namespace conformance
