// NumPy's surface as the case language has it, written once: every np.* function and ndarray method a case may
// call, with NumPy's signature (Python `def` syntax, read by the case interpreter's argument binding) and the
// keywords a case may pass (read by the subset check). A system implements each entry by name.
#pragma once

#include <string_view>
#include <vector>

namespace cases {

struct surface_entry {
    std::string_view path;        // below `np.` ("zeros", "lib.stride_tricks.as_strided"), or a method's name
    std::string_view parameters;  // NumPy's parameter list: "shape, dtype=float, order='C', *, like=None"
    std::vector<std::string_view> keywords;  // the ones a case may pass by name; positional use is not checked
};

// The np.* functions (ufuncs included: those whose keywords are out, where, dtype, casting; they also have
// `.at`), and the ndarray methods (NumPy scalars have the same ones).
const std::vector<surface_entry>& numpy_functions_surface();
const std::vector<surface_entry>& array_methods_surface();

// The entry of a function (by its path) or a method (by name); std::logic_error when the surface has none.
const surface_entry& numpy_function_surface(std::string_view path);
const surface_entry& array_method_surface(std::string_view name);

}  // namespace cases
