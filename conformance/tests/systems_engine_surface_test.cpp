// The case language's surface (case/numpy_surface.cpp) is written once, with NumPy's signatures; a system
// implements each entry by name. Every function, method and attribute of the surface must exist in the engine
// system under exactly the NumPy releases the surface names, every keyword the surface lets a case pass must be a
// parameter of the signature it gives, and a parameter one release lacks must be refused under that release.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "case/numpy_surface.hpp"
#include "engine/creation.hpp"
#include "engine/scalar.hpp"
#include "engine/semantics.hpp"
#include "interpreter/callables.hpp"
#include "interpreter/python_error.hpp"
#include "systems/engine/array_methods.hpp"
#include "systems/engine/engine_backend.hpp"

namespace conformance::engine_system {
namespace {

// The member np.<path> as a case reads it: from its module, or, for a ufunc's method (np.add.reduce), from the
// ufunc.
value numpy_member(const std::string& path) {
    const engine_backend& backend = engine_backend::instance();
    const auto dot = path.rfind('.');
    const std::string module = dot == std::string::npos ? "numpy" : "numpy." + path.substr(0, dot);
    const std::string attribute = dot == std::string::npos ? path : path.substr(dot + 1);
    if (path.ends_with(".reduce"))
        return backend.get_attribute(backend.module_attribute(module_object{"numpy", &backend}, path.substr(0, dot)),
                                     attribute);
    return backend.module_attribute(module_object{module, &backend}, attribute);
}

const function_entry* function_of(const value& v) {
    if (const auto* f = v.as<function_object>()) return f->entry;
    if (const auto* u = v.as<ufunc_object>()) return u->call;
    return nullptr;
}

// A keyword given to a callable with every required argument missing: TypeError either way, but only an unknown
// keyword's message names it.
bool refuses_keyword(const value& callable, std::string_view keyword) {
    try {
        (void)interpreter::call(callable, {{}, {{std::string(keyword), value::none()}}});
    } catch (const python_error& e) {
        return std::string(e.what()).find("unexpected keyword argument '" + std::string(keyword) + "'") !=
               std::string::npos;
    } catch (...) {
    }
    return false;
}

struct release_profile {
    cases::numpy_release release;
    engine::semantics semantics;
};

std::vector<release_profile> both_releases() {
    return {{cases::numpy_release::numpy_1_24, engine::semantics::numpy_1_24()},
            {cases::numpy_release::numpy_2, engine::semantics::numpy_2()}};
}

// Every function of the surface is in exactly the releases its entry names, with every keyword a case may pass
// as a parameter, and the parameters a release lacks refused by name under it (accepted under the other).
TEST(EngineSurface, EveryFunctionExistsInItsReleasesWithItsKeywords) {
    int present = 0, absent = 0, refused = 0;
    for (const cases::surface_entry& entry : cases::numpy_functions_surface()) {
        const std::string path(entry.path);
        for (const release_profile& profile : both_releases()) {
            const engine::scoped_semantics scope(profile.semantics);
            ASSERT_EQ(modelled_release(), profile.release);
            if (!cases::available_in(entry.in, profile.release)) {
                EXPECT_THROW((void)numpy_member(path), python_error)
                    << "np." << path << " exists in a release without it";
                ++absent;
                continue;
            }
            value member = value::none();
            ASSERT_NO_THROW(member = numpy_member(path)) << "np." << path;
            const function_entry* function = function_of(member);
            ASSERT_NE(function, nullptr) << "np." << path << " is not a function or ufunc in the engine system";
            for (std::string_view keyword : entry.keywords)
                EXPECT_NO_THROW((void)function->parameters.index_of(keyword)) << "np." << path << " has no " << keyword;
            for (const auto& [keyword, in] : entry.release_parameters) {
                const bool refuses = refuses_keyword(member, keyword);
                EXPECT_EQ(refuses, !cases::available_in(in, profile.release))
                    << "np." << path << "(" << keyword << "=)";
                refused += refuses ? 1 : 0;
            }
            ++present;
        }
    }
    EXPECT_GT(present, 2 * 100);
    EXPECT_GE(absent, 7);   // the array-API names, the two byte_bounds
    EXPECT_GE(refused, 20); // device=, copy=, ndmax=, stable=, shape=/newshape=, min=/max=
}

TEST(EngineSurface, EveryMethodExistsInItsReleasesWithItsKeywords) {
    int present = 0, absent = 0, refused = 0;
    for (const cases::surface_entry& entry : cases::array_methods_surface()) {
        const std::string name(entry.path);
        for (const release_profile& profile : both_releases()) {
            const engine::scoped_semantics scope(profile.semantics);
            const value self = array_value(engine::zeros({2}, engine::dtype::float64));
            const engine_backend& backend = engine_backend::instance();
            if (!cases::available_in(entry.in, profile.release)) {
                EXPECT_THROW((void)backend.get_attribute(self, name), python_error)
                    << "ndarray." << name << " exists in a release without it";
                ++absent;
                continue;
            }
            const method_entry& method = array_method(entry.path);
            for (std::string_view keyword : entry.keywords)
                EXPECT_NO_THROW((void)method.parameters.index_of(keyword))
                    << "ndarray." << name << " has no " << keyword;
            for (const auto& [keyword, in] : entry.release_parameters) {
                const bool refuses = refuses_keyword(backend.get_attribute(self, name), keyword);
                EXPECT_EQ(refuses, !cases::available_in(in, profile.release))
                    << "ndarray." << name << "(" << keyword << "=)";
                refused += refuses ? 1 : 0;
            }
            ++present;
        }
    }
    EXPECT_GT(present, 2 * 30);
    EXPECT_EQ(absent, 3);  // newbyteorder and itemset under NumPy 2, to_device under NumPy 1.24
    EXPECT_EQ(refused, 2);  // reshape(copy=) and sort(stable=) under NumPy 1.24
}

// Of an array: NumPy's scalars have these but mT (in neither release).
TEST(EngineSurface, EveryAttributeExistsInItsReleases) {
    int present = 0, absent = 0;
    for (const cases::attribute_entry& entry : cases::array_attributes_surface()) {
        for (const release_profile& profile : both_releases()) {
            const engine::scoped_semantics scope(profile.semantics);
            const value self = array_value(engine::zeros({2, 2}, engine::dtype::complex128));
            const std::string name(entry.name);
            if (cases::available_in(entry.in, profile.release)) {
                EXPECT_NO_THROW((void)engine_backend::instance().get_attribute(self, name)) << name;
                ++present;
            } else {
                EXPECT_THROW((void)engine_backend::instance().get_attribute(self, name), python_error) << name;
                ++absent;
            }
        }
    }
    EXPECT_GT(present, 20);
    EXPECT_EQ(absent, 2);  // mT and device under NumPy 1.24
}

}  // namespace
}  // namespace conformance::engine_system
