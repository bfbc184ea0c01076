// The case language's surface (case/numpy_surface.cpp) is written once, with NumPy's signatures; a system
// implements each entry by name. Every function and method of the surface must exist in the engine system, and
// every keyword the surface lets a case pass must be a parameter of the signature it gives.
#include <gtest/gtest.h>

#include <string>

#include "case/subset.hpp"
#include "interpreter/callables.hpp"
#include "case/numpy_surface.hpp"
#include "engine/semantics.hpp"
#include "interpreter/python_error.hpp"
#include "systems/engine/array_methods.hpp"
#include "systems/engine/engine_backend.hpp"

namespace conformance::engine_system {
namespace {

TEST(EngineSurface, EveryAcceptedFunctionExistsWithItsKeywords) {
    int checked = 0;
    for (const auto& [dotted, keywords] : cases::accepted_numpy_functions()) {
        const std::string name(dotted);
        const auto dot = name.rfind('.');
        const std::string module = dot == std::string::npos ? "numpy" : "numpy." + name.substr(0, dot);
        const std::string attribute = dot == std::string::npos ? name : name.substr(dot + 1);
        // Under the NumPy that has it: np.byte_bounds is NumPy 1's, np.lib.array_utils NumPy 2's. A ufunc's method
        // (np.add.reduce) is an attribute of the ufunc, not of a module.
        const engine_backend& backend = engine_backend::instance();
        const auto member = [&] {
            if (name.ends_with(".reduce"))
                return backend.get_attribute(backend.module_attribute(module_object{"numpy", &backend}, name.substr(0, dot)),
                                             attribute);
            return backend.module_attribute(module_object{module, &backend}, attribute);
        };
        value function = value::none();
        try {
            function = member();
        } catch (const python_error&) {
            const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());
            ASSERT_NO_THROW(function = member()) << "np." << name << " under neither NumPy";
        }
        const function_entry* entry = nullptr;
        if (const auto* f = function.as<function_object>()) entry = f->entry;
        if (const auto* u = function.as<ufunc_object>()) entry = u->call;
        ASSERT_NE(entry, nullptr) << "np." << name << " is not a function or ufunc in the engine system";
        for (std::string_view keyword : keywords) {
            EXPECT_NO_THROW((void)entry->parameters.index_of(keyword))
                << "np." << name << " has no parameter " << keyword;
        }
        ++checked;
    }
    EXPECT_GT(checked, 30);
}

TEST(EngineSurface, EveryAcceptedMethodExistsWithItsKeywords) {
    int checked = 0;
    for (const cases::surface_entry& entry : cases::array_methods_surface()) {
        const method_entry* method = nullptr;
        try {  // itemset is NumPy 1's, to_device NumPy 2's
            const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());
            method = &array_method(entry.path);
        } catch (const std::logic_error&) {
            const engine::scoped_semantics numpy_2(engine::semantics::numpy_2());
            ASSERT_NO_THROW(method = &array_method(entry.path)) << "ndarray." << entry.path << " under neither NumPy";
        }
        for (std::string_view keyword : entry.keywords) {
            EXPECT_NO_THROW((void)method->parameters.index_of(keyword)) << "ndarray." << entry.path << " has no " << keyword;
        }
        ++checked;
    }
    EXPECT_GT(checked, 30);
}

}  // namespace
}  // namespace conformance::engine_system
