// Times the runner itself: the selected cases run N rounds through both systems, with every snapshot and
// comparison, so scripts/bench-conformance can set the figures against a plain-Python NumPy loop.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "case/ast.hpp"
#include "contract/implementation.hpp"

namespace conformance {

struct bench_figures {
    std::size_t cases = 0;       // case runs, over all rounds
    std::size_t statements = 0;  // statements run per system, over all rounds
    double seconds = 0;
};

bench_figures run_bench(const std::vector<cases::program>& programs, implementation& oracle, implementation& engine,
                        int rounds);

// `runner: C cases, S statements in T s: X cases/s, Y statements/s` (the bench script reads this line).
std::string format_bench(const bench_figures& figures);

}  // namespace conformance
