// Names of the exception categories, as Python spells them.
// Kept out of the header so that the table exists once.
#include "engine/error.hpp"

namespace engine {

std::string_view category_name(error_category category) {
    switch (category) {
        case error_category::index_error: return "IndexError";
        case error_category::value_error: return "ValueError";
        case error_category::type_error: return "TypeError";
        case error_category::attribute_error: return "AttributeError";
        case error_category::key_error: return "KeyError";
        case error_category::overflow_error: return "OverflowError";
        case error_category::zero_division_error: return "ZeroDivisionError";
        case error_category::runtime_error: return "RuntimeError";
    }
    return "RuntimeError";
}

}  // namespace engine
