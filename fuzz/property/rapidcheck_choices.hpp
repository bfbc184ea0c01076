// The generator's decisions as RapidCheck values, for use inside rc::gen::exec: a failing program's
// statements then shrink decision by decision, towards 0, which is each choice's first alternative.
#pragma once

#include <cstdint>

#include <rapidcheck.h>

#include "generator/choice_source.hpp"

namespace fuzzing {

class rapidcheck_choices final : public choice_source {
public:
    std::uint64_t below(std::uint64_t bound) override {
        if (bound <= 1) return 0;
        // At the nominal size inRange is uniform over the whole range; at smaller sizes it would always
        // pick the first few alternatives.
        return *rc::gen::resize(rc::kNominalSize, rc::gen::inRange<std::uint64_t>(0, bound));
    }
};

}  // namespace fuzzing
