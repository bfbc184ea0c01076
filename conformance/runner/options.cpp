// Parsing of the conformance binary's flags: `--flag VALUE` and `--flag=VALUE` both work; --cases takes
// every following argument up to the next flag.
#include "runner/options.hpp"

#include <charconv>
#include <string_view>
#include <vector>

#include "contract/numpy_oracle.hpp"

namespace conformance {

namespace {

bool is_flag(const std::string& argument) { return argument.size() > 1 && argument[0] == '-'; }

}  // namespace

bool asks_for_help(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--help" || argument == "-h") return true;
    }
    return false;
}

namespace {

// How many values a flag takes: none, one (`--flag V` or `--flag=V`), two, or every following non-flag.
enum class arity { none, one, two, many };

// One flag: its spelling, its values for --help, its help text (lines joined by \n), and what it sets.
struct flag_spec {
    std::string_view name;
    std::string_view values;
    arity takes;
    std::string_view help;
    void (*apply)(options&, std::vector<std::string>&);
};

int positive_rounds(const std::string& rounds) {
    int n = 0;
    const auto [end, error] = std::from_chars(rounds.data(), rounds.data() + rounds.size(), n);
    if (error != std::errc() || end != rounds.data() + rounds.size() || n < 1) {
        throw usage_error("--bench needs a positive number of rounds, got `" + rounds + "`");
    }
    return n;
}

// Every flag of the binary, written once: parse_options reads it and usage() prints it.
const flag_spec flags[] = {
    {"--cases", "PATH...", arity::many, "run these case files or folders (recursively) instead of corpus/cases",
     [](options& o, std::vector<std::string>& v) { o.cases.insert(o.cases.end(), v.begin(), v.end()); }},
    {"--numpy", "2|1.24", arity::one,
     "the oracle: NumPy 2.x from .venv/ (default) or Debian's NumPy 1.24; the\nengine follows the same version's semantics",
     [](options& o, std::vector<std::string>& v) {
         if (!parse_numpy_oracle(v[0])) throw usage_error("--numpy takes 2 or 1.24, not `" + v[0] + "`");
         o.numpy = v[0];
     }},
    {"--system", "NAME", arity::one, "the system under test (default: engine; STRIDED_SYSTEM for the other tools):\nSYSTEMS",
     [](options& o, std::vector<std::string>& v) { o.system = v[0]; }},
    {"--self-check", "", arity::none,
     "the same as --system numpy: NumPy against a second NumPy (must never diverge);\nexpected divergences do not apply",
     [](options& o, std::vector<std::string>&) { o.self_check = true; }},
    {"--expected-divergences", "FILE", arity::one,
     "known divergences (default: corpus/expected-divergences/numpy-<version>.txt)",
     [](options& o, std::vector<std::string>& v) { o.expected_divergences = v[0]; }},
    {"--report", "FILE.md|FILE.html", arity::one,
     "write a report: every family x compared field, each case that did not pass\nwith its status, signature and "
     "reproducer (with --version-matrix: the matrix);\nunder GitHub Actions the Markdown report also goes to "
     "$GITHUB_STEP_SUMMARY",
     [](options& o, std::vector<std::string>& v) { o.report = v[0]; }},
    {"--junit", "FILE.xml", arity::one,
     "write JUnit XML: one testcase per case with file and line, failures typed\ndiverged / unsupported / unexpected "
     "pass / failed (--gtest_output=xml works too)",
     [](options& o, std::vector<std::string>& v) { o.junit = v[0]; }},
    {"--reproducers", "DIR", arity::one,
     "write each case's reproducer to DIR/<family>/<case>.py: cut at its divergence,\nor the whole case, statements "
     "that raised on NumPy inside try/except",
     [](options& o, std::vector<std::string>& v) { o.reproducers = v[0]; }},
    {"--trace", "FILE", arity::one, "write the engine's JSON trace of the (single) selected case to FILE",
     [](options& o, std::vector<std::string>& v) { o.trace = v[0]; }},
    {"--trace-oracle", "FILE", arity::one, "write NumPy's JSON trace of the (single) selected case to FILE",
     [](options& o, std::vector<std::string>& v) { o.trace_oracle = v[0]; }},
    {"--bench", "N", arity::one, "no tests: run the selected cases N times and print cases/s and statements/s",
     [](options& o, std::vector<std::string>& v) { o.bench_rounds = positive_rounds(v[0]); }},
    {"--record-oracle", "FILE", arity::one,
     "no tests: run the selected cases on the oracle alone and write its traces\n(one recording per NumPy version, "
     "for --version-matrix)",
     [](options& o, std::vector<std::string>& v) { o.record_oracle = v[0]; }},
    {"--version-matrix", "OLDER NEWER", arity::two,
     "no tests: compare two recordings case by case and print what NumPy changed,\ngrouped by signature "
     "(scripts/version-matrix runs all three steps)",
     [](options& o, std::vector<std::string>& v) { o.version_matrix.assign(v.begin(), v.end()); }},
    {"--help", "", arity::none, "this text, then GoogleTest's flags (also -h)",
     [](options& o, std::vector<std::string>&) { o.help = true; }},
};

const flag_spec* find_flag(std::string_view name) {
    if (name == "-h") name = "--help";
    for (const flag_spec& spec : flags)
        if (spec.name == name) return &spec;
    return nullptr;
}

}  // namespace

options parse_options(int argc, char** argv) {
    options parsed;
    for (int i = 1; i < argc; ++i) {
        std::string flag = argv[i];
        std::optional<std::string> inline_value;
        if (const auto equals = flag.find('='); flag.rfind("--", 0) == 0 && equals != std::string::npos) {
            inline_value = flag.substr(equals + 1);
            flag.resize(equals);
        }
        const flag_spec* spec = find_flag(flag);
        if (spec == nullptr) throw usage_error("unknown argument `" + std::string(argv[i]) + "` (see --help)");
        std::vector<std::string> values;
        if (inline_value) values.push_back(*inline_value);
        const std::size_t wanted = spec->takes == arity::one ? 1 : spec->takes == arity::two ? 2 : 0;
        while (i + 1 < argc && !is_flag(argv[i + 1]) && (spec->takes == arity::many || values.size() < wanted))
            values.emplace_back(argv[++i]);
        if (spec->takes == arity::none && inline_value) throw usage_error(flag + " takes no value");
        if (spec->takes == arity::many && values.empty()) throw usage_error(flag + " needs at least one file or folder");
        if (values.size() < wanted) {
            throw usage_error(flag + (wanted == 1 ? " needs an argument" : " takes two values: " + flag + " " +
                                                                                std::string(spec->values)));
        }
        spec->apply(parsed, values);
    }
    return parsed;
}

std::string usage(const std::string& program_name, const std::string& systems) {
    std::string text = "Usage: " + program_name + R"( [FLAGS] [GTEST FLAGS]

Runs every case script under corpus/cases/ on NumPy (the oracle) and on the engine, comparing their
state after every statement; each case is one test named <family folder>.<file stem>.

Flags:
)";
    constexpr std::size_t help_column = 31;
    for (const flag_spec& spec : flags) {
        std::string head = "  " + std::string(spec.name) + (spec.values.empty() ? "" : " " + std::string(spec.values));
        head += std::string(head.size() < help_column ? help_column - head.size() : 1, ' ');
        std::string_view help = spec.help;
        bool first = true;
        while (!help.empty()) {
            const auto end = help.find('\n');
            const std::string_view line = help.substr(0, end);
            if (line == "SYSTEMS") {  // the registry's lines, under the help text
                std::string_view rest = systems;
                while (!rest.empty()) {
                    const auto eol = rest.find('\n');
                    text += std::string(help_column - 2, ' ') + std::string(rest.substr(0, eol)) + "\n";
                    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
                }
            } else {
                text += (first ? head : std::string(help_column, ' ')) + std::string(line) + "\n";
            }
            first = false;
            help = end == std::string_view::npos ? std::string_view() : help.substr(end + 1);
        }
    }
    return text + "\n";
}

}  // namespace conformance
