// NumPy as a system under comparison (the oracle): each statement's own source runs as Python in the case's
// globals, inside the process's one embedded CPython; state is read from the arrays' memory directly.
#pragma once

#include <memory>
#include <string>

#include "contract/implementation.hpp"

namespace conformance {

class numpy_implementation final : public implementation {
public:
    numpy_implementation();  // starts the interpreter on first use
    ~numpy_implementation() override;

    std::string name() const override;  // "numpy 1.24.2"
    void reset() override;
    outcome execute(const cases::statement& statement) override;
    raw_state state() override;
    bool shares_memory(object_key a, object_key b) override;
    bool may_share_memory(object_key a, object_key b) override;
    sharing_answer sharing(object_key a, object_key b) override;

private:
    struct python_side;  // the Python objects; kept out of this header so that users need no pybind11
    std::unique_ptr<python_side> python_;
};

}  // namespace conformance
