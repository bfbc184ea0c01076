// Digits only, at most 19 of them: every such number fits in 64 bits.
#include "differential/environment_number.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace fuzzing {

std::optional<std::uint64_t> number_from_environment(const char* variable) {
    const char* text = std::getenv(variable);
    if (text == nullptr || *text == '\0') return std::nullopt;
    const std::string value = text;
    if (value.find_first_not_of("0123456789") != std::string::npos || value.size() > 19) {
        throw std::invalid_argument(std::string(variable) + " is not a number: " + value);
    }
    return std::stoull(value);
}

}  // namespace fuzzing
