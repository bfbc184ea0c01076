// Uses the installed engine through its public headers: a transposed view shares memory, a copy does not.
#include <cstdio>

#include "engine/axis_views.hpp"
#include "engine/creation.hpp"
#include "engine/shares_memory.hpp"

int main() {
    const engine::array a = engine::zeros({3, 4});
    const engine::array t = engine::transpose(a);
    const engine::array c = engine::copy(t, engine::order::K);
    const bool shares_view = engine::shares_memory(*a, *t);
    const bool shares_copy = engine::shares_memory(*a, *c);
    std::printf("view shares: %d, copy shares: %d\n", shares_view, shares_copy);
    return shares_view && !shares_copy ? 0 : 1;
}
