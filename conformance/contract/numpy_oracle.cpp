// The oracle choice of the process and the version requirements cases may state in a header comment.
#include "contract/numpy_oracle.hpp"

#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <string>

namespace conformance {

namespace {
// Chosen by select_numpy_oracle, else read from STRIDED_NUMPY on first use (so --numpy wins over a bad value).
std::optional<numpy_oracle>& selected() {
    static std::optional<numpy_oracle> oracle;
    return oracle;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}
}  // namespace

std::optional<numpy_oracle> parse_numpy_oracle(std::string_view text) {
    if (text == "2") return numpy_oracle::numpy_2;
    if (text == "1.24") return numpy_oracle::numpy_1_24;
    return std::nullopt;
}

std::string_view label(numpy_oracle oracle) { return oracle == numpy_oracle::numpy_2 ? "2" : "1.24"; }

numpy_oracle numpy_oracle_from_environment() {
    const char* text = std::getenv("STRIDED_NUMPY");
    if (text == nullptr || *text == '\0') return numpy_oracle::numpy_2;
    if (const auto oracle = parse_numpy_oracle(text)) return *oracle;
    throw std::invalid_argument("STRIDED_NUMPY must be 2 or 1.24, not `" + std::string(text) + "`");
}

numpy_oracle selected_numpy_oracle() {
    if (!selected()) selected() = numpy_oracle_from_environment();
    return *selected();
}
void select_numpy_oracle(numpy_oracle oracle) { selected() = oracle; }

bool oracle_satisfies(numpy_oracle oracle, std::string_view requirement) {
    requirement = trimmed(requirement);
    const int major = oracle == numpy_oracle::numpy_2 ? 2 : 1;
    if (requirement == ">=2") return major >= 2;
    if (requirement == "<2") return major < 2;
    throw std::invalid_argument("`# numpy: " + std::string(requirement) + "` is not a requirement this runner reads " +
                                "(write `# numpy: >=2` or `# numpy: <2`)");
}

std::optional<std::string> case_numpy_requirement(const std::string& case_text) {
    std::istringstream lines(case_text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty() || line == "\r") continue;
        if (line[0] != '#') break;
        static const std::string marker = "# numpy:";
        if (line.rfind(marker, 0) == 0) return line.substr(marker.size());
    }
    return std::nullopt;
}

}  // namespace conformance
