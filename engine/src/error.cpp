// Names of the exception categories, as Python spells them (from error_categories.def).
#include "engine/error.hpp"

namespace engine {

std::string_view category_name(error_category category) {
    switch (category) {
#define ENGINE_ERROR_CATEGORY(enumerator, python_name) \
    case error_category::enumerator: return python_name;
#include "engine/error_categories.def"
#undef ENGINE_ERROR_CATEGORY
    }
    return "RuntimeError";
}

}  // namespace engine
