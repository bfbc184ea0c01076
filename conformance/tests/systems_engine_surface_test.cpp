// The case language's surface and the engine system's tables are kept in two places (the language
// decides what a case may say, each system what it can run): every function the subset accepts must exist
// in the engine system's np module and take every keyword the subset lets a case pass.
#include <gtest/gtest.h>

#include <string>

#include "case/subset.hpp"
#include "interpreter/callables.hpp"
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
        value function = value::none();
        const engine_backend& backend = engine_backend::instance();
        ASSERT_NO_THROW(function = backend.module_attribute(module_object{module, &backend}, attribute)) << "np." << name;
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

}  // namespace
}  // namespace conformance::engine_system
