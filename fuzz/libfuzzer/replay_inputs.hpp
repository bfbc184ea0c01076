// The inputs a replay tool runs: the files named, and the regular files directly inside the folders named
// (hidden ones skipped), in a stable order. Shared by fuzz_replay and parser_fuzz_replay.
#pragma once

#include <algorithm>
#include <filesystem>
#include <vector>

namespace fuzzing {

inline std::vector<std::filesystem::path> replay_inputs(const std::vector<std::filesystem::path>& paths) {
    std::vector<std::filesystem::path> inputs;
    for (const std::filesystem::path& path : paths) {
        if (!std::filesystem::is_directory(path)) {
            inputs.push_back(path);
            continue;
        }
        std::vector<std::filesystem::path> inside;
        for (const auto& entry : std::filesystem::directory_iterator(path)) {
            if (entry.is_regular_file() && !entry.path().filename().string().starts_with("."))
                inside.push_back(entry.path());
        }
        std::sort(inside.begin(), inside.end());
        inputs.insert(inputs.end(), inside.begin(), inside.end());
    }
    return inputs;
}

}  // namespace fuzzing
