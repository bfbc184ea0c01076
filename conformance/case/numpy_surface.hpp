// NumPy's surface as the case language has it, written once: every np.* function and ndarray method a case may
// call, with NumPy's signature (Python `def` syntax, read by the case interpreter's argument binding) and the
// keywords a case may pass (read by the subset check), and which of the two oracles has each name and parameter
// (read by the systems, which refuse what their NumPy lacks as it does). A system implements each entry by name.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace cases {

// The NumPy releases whose surfaces the case language covers: the oracles.
enum class numpy_release : std::uint8_t { numpy_1_24, numpy_2 };

// Which of them has a name or a parameter. A case may use either release's; the system that models the other
// raises what that NumPy raises (AttributeError for a name, TypeError for a keyword).
enum class availability : std::uint8_t { both, numpy_1_24_only, numpy_2_only };

constexpr bool available_in(availability a, numpy_release r) {
    return a == availability::both || (a == availability::numpy_2_only) == (r == numpy_release::numpy_2);
}

struct surface_entry {
    std::string_view path;        // below `np.` ("zeros", "lib.stride_tricks.as_strided"), or a method's name
    std::string_view parameters;  // NumPy's parameter list: "shape, dtype=float, order='C', *, like=None"
    std::vector<std::string_view> keywords;  // the ones a case may pass by name; positional use is not checked
    availability in = availability::both;
    // The parameters of `parameters` that one release lacks (NumPy 2's copy=, device=, stable=, ...).
    std::vector<std::pair<std::string_view, availability>> release_parameters = {};
};

// An ndarray attribute a case may read (NumPy scalars have the same ones).
struct attribute_entry {
    std::string_view name;
    availability in = availability::both;
};

// The np.* functions (ufuncs included: those whose keywords are out, where, dtype, casting; they also have
// `.at`), and the ndarray methods (NumPy scalars have the same ones).
const std::vector<surface_entry>& numpy_functions_surface();
const std::vector<surface_entry>& array_methods_surface();
const std::vector<attribute_entry>& array_attributes_surface();

// The entry of a function (by its path) or a method (by name); std::logic_error when the surface has none.
const surface_entry& numpy_function_surface(std::string_view path);
const surface_entry& array_method_surface(std::string_view name);

// Whether a release has the entry of a function, method or attribute; nullopt when the surface has no such entry
// (a name the case language does not cover, such as np.nan, is no question of the surface's).
std::optional<bool> numpy_function_available(std::string_view path, numpy_release r);
std::optional<bool> array_method_available(std::string_view name, numpy_release r);
std::optional<bool> array_attribute_available(std::string_view name, numpy_release r);
// Whether a release has np.<path> with the parameter `name` (a parameter of the other release only: false).
std::optional<bool> numpy_function_parameter_available(std::string_view path, std::string_view name, numpy_release r);
// A module below np. ("lib.array_utils") is in a release that has one of its functions.
std::optional<bool> numpy_module_available(std::string_view path, numpy_release r);

}  // namespace cases
