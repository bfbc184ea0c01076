// The oracle replay: results are kept by program text, and a long run forgets them in bulk now and then,
// which costs only replays.
#include "property/oracle_replay.hpp"

#include <algorithm>

#include "differential/generated_script.hpp"

namespace fuzzing {

namespace {

constexpr std::size_t remembered_programs = 20000;

}  // namespace

std::shared_ptr<const replayed_program> oracle_replay::after(const std::vector<std::string>& statements) {
    if (const auto known = known_.find(script_of(statements)); known != known_.end()) return known->second;
    if (known_.size() > remembered_programs) known_.clear();

    const bool extends_running = recorder_ && running_.size() < statements.size() &&
                                 std::equal(running_.begin(), running_.end(), statements.begin());
    if (!extends_running) {
        recorder_.emplace(oracle_);
        order_ = binding_order();
        running_.clear();
    }
    auto result = std::make_shared<replayed_program>();
    result->context = order_.context(*recorder_);
    for (std::size_t i = running_.size(); i < statements.size(); ++i) {
        const auto parsed = statement_of(statements[i]);
        const cases::statement& statement = *parsed;
        result = std::make_shared<replayed_program>();
        result->last = recorder_->run(statement);
        order_.record(statement);
        running_.push_back(statements[i]);
        result->context = order_.context(*recorder_);
        known_[script_of(running_)] = result;
    }
    return result;
}

}  // namespace fuzzing
