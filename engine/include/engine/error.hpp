// The engine's one exception type: a category mirroring the Python exception NumPy raises, and a message.
// Every failing operation throws it before changing any array, so a raising statement leaves state as it was.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace engine {

// The categories the contract compares exceptions by (first match in the Python MRO): error_categories.def.
enum class error_category {
#define ENGINE_ERROR_CATEGORY(enumerator, python_name) enumerator,
#include "engine/error_categories.def"
#undef ENGINE_ERROR_CATEGORY
};

// The Python class name of a category ("IndexError", ...).
std::string_view category_name(error_category category);

class error : public std::runtime_error {
public:
    error(error_category category, const std::string& message)
        : std::runtime_error(message), category_(category) {}
    error_category category() const noexcept { return category_; }

private:
    error_category category_;
};

[[noreturn]] inline void raise(error_category category, const std::string& message) {
    throw error(category, message);
}

}  // namespace engine
