// SHA-1 of a byte string as lowercase hex: the name libFuzzer gives an input's artifact (crash-<sha1>), so
// that a finding's reproducer script can be written next to it under the same name.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace fuzzing {

std::string sha1_hex(std::span<const std::uint8_t> bytes);

}  // namespace fuzzing
