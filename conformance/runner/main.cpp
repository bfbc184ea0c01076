// The `conformance` binary: every case script is one GoogleTest test comparing NumPy (the oracle) with the
// engine, or with a second NumPy under --self-check. Our flags are listed by --help; GoogleTest's keep working.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <utility>

#include "case/parser.hpp"
#include "contract/numpy_oracle.hpp"
#include "contract/report.hpp"
#include "contract/step_recorder.hpp"
#include "runner/bench.hpp"
#include "runner/case_files.hpp"
#include "runner/expectations.hpp"
#include "runner/options.hpp"
#include "runner/run_report.hpp"
#include "runner/version_matrix.hpp"
#include "systems/registry.hpp"
#include "engine/simd_targets.hpp"

namespace {

namespace fs = std::filesystem;
using namespace conformance;

const fs::path repository_root = CONFORMANCE_SOURCE_DIR;

// The two systems of the run, made on first use so that listing tests does not start Python. The self-check
// is the registry's `numpy` system: a second NumPy in the engine's seat.
class systems {
public:
    explicit systems(const system_entry& under_test) : under_test_(under_test) {}

    implementation& oracle() {
        if (!oracle_) oracle_ = make_oracle();
        return *oracle_;
    }

    implementation& engine() {
        if (!engine_) engine_ = under_test_.make();
        return *engine_;
    }

    bool self_check() const { return under_test_.name == "numpy"; }

private:
    const system_entry& under_test_;
    std::unique_ptr<implementation> oracle_;
    std::unique_ptr<implementation> engine_;
};

// Everything a case test needs from the command line.
struct run_settings {
    options flags;
    expected_divergences expectations;
    std::vector<case_record> records;  // filled by the tests as they run
};

// Parses under the case's shown path, so that parse errors name the file as reports do.
cases::program parse_case(const case_file& file) { return cases::parse_program(read_case_text(file), file.shown_path); }

void write_trace(const fs::path& destination, const json& trace) {
    std::ofstream out(destination);
    out << trace.dump(2) << "\n";
    if (!out) throw std::runtime_error(destination.string() + ": cannot write the trace");
}

class case_test : public testing::Test {
public:
    case_test(case_file file, run_settings& settings, systems& run_systems)
        : file_(std::move(file)), settings_(settings), systems_(run_systems) {}

    void TestBody() override {
        record_.path = file_.shown_path;
        record_.family = file_.suite;
        run();
        RecordProperty("conformance_status", std::string(info(record_.status).name));
        if (!record_.signature.empty()) RecordProperty("conformance_signature", record_.signature);
        settings_.records.push_back(record_);
    }

private:
    void run() {
        const std::string text = read_case_text(file_);
        if (const auto requirement = case_numpy_requirement(text)) {
            bool admitted = true;
            try {
                admitted = oracle_satisfies(selected_numpy_oracle(), *requirement);
            } catch (const std::invalid_argument& e) {
                return fail(case_status::unsupported, 1, file_.shown_path + ":1:1: " + e.what());
            }
            if (!admitted) {
                record_.status = case_status::skipped;
                GTEST_SKIP() << "needs numpy" << *requirement << ", the oracle is NumPy " << label(selected_numpy_oracle());
            }
        }
        cases::program program;
        try {
            program = cases::parse_program(text, file_.shown_path);
        } catch (const cases::parse_error& e) {  // file:line:col: message; nothing runs
            return fail(case_status::unsupported, e.pos().line, e.what());
        }

        // A divergence or a failing implementation, with the case line it is about.
        std::optional<std::pair<int, std::string>> problem;
        try {
            implementation& oracle = systems_.oracle();
            implementation& engine = systems_.engine();
            // A trace holds every value as text; otherwise values are compared in memory, text only where they differ.
            const bool tracing = settings_.flags.trace || settings_.flags.trace_oracle;
            const case_result result = run_case(program, file_.shown_path, oracle, engine,
                                                tracing ? values_text::always : values_text::on_divergence);
            if (settings_.flags.trace) write_trace(*settings_.flags.trace, result.engine.trace);
            if (settings_.flags.trace_oracle) write_trace(*settings_.flags.trace_oracle, result.oracle.trace);
            if (settings_.flags.reproducers && !program.statements.empty()) {
                const auto& found = result.first_divergence;
                write_reproducer(found ? reproducer(program, found->step, found->field.path,
                                                    result.oracle.raised)
                                       : reproducer(program, program.statements.size() - 1, "",
                                                    result.oracle.raised));
            }
            if (const auto& found = result.first_divergence) {
                const cases::statement& statement = program.statements.at(found->step);
                const reported_side oracle_side{oracle.name(), message_at(result.oracle, found->step),
                                                result.oracle.raised};
                problem.emplace(statement.line, format_divergence(file_.shown_path, program, *found, oracle_side,
                                                                  {engine.name(), message_at(result.engine, found->step)}));
                record_.field = signature_field(found->field.path);
                record_.signature = signature(statement, found->field);
                record_.reproducer = reproducer(program, found->step, found->field.path, oracle_side.raised);
            }
        } catch (const implementation_failure& e) {
            problem.emplace(e.line(), e.what());
            record_.status = case_status::failed;
        }

        const expected_divergence* expected = systems_.self_check() ? nullptr : settings_.expectations.find(file_.path);
        if (expected != nullptr) record_.reason = expected->reason;
        if (expected == nullptr) {
            if (problem) fail(record_.status == case_status::failed ? case_status::failed : case_status::diverged,
                              problem->first, problem->second);
        } else if (!problem) {
            fail(case_status::unexpected_pass, 1,
                 "unexpected pass: remove its line from " + settings_.expectations.file_name() + " (line " +
                     std::to_string(expected->line) + " says: " + expected->reason + ")");
        } else if (expected->signature && *expected->signature != record_.signature) {
            fail(case_status::unexpected_pass, problem->first,
                 "diverges with `" + (record_.signature.empty() ? std::string("a failure") : record_.signature) +
                     "`, but " + settings_.expectations.file_name() + " line " + std::to_string(expected->line) +
                     " pins `" + *expected->signature + "`\n" + problem->second);
        } else {
            record_.status = case_status::expected;
            record_.detail = problem->second;
            record_.line = problem->first;
            RecordProperty("expected_divergence", expected->reason);
            std::cout << "expected divergence: " << expected->reason << "\n" << problem->second << std::flush;
        }
    }

    void write_reproducer(const std::string& script) const {
        const fs::path folder = *settings_.flags.reproducers / file_.suite;
        fs::create_directories(folder);
        std::ofstream out(folder / (file_.name + ".py"));
        out << script;
        if (!out) throw std::runtime_error((folder / (file_.name + ".py")).string() + ": cannot write the reproducer");
    }

    void fail(case_status status, int line, const std::string& message) {
        record_.status = status;
        record_.line = line;
        record_.detail = message;
        ADD_FAILURE_AT(file_.shown_path.c_str(), line) << message;
    }

    static std::string message_at(const recorded_trace& recorded, std::size_t step) {
        return step < recorded.error_messages.size() ? recorded.error_messages[step] : std::string();
    }

    case_file file_;
    run_settings& settings_;
    systems& systems_;
    case_record record_;
};

// --report FILE (.md or .html) and, under GitHub Actions, the Markdown report in the job summary.
void write_reports(const options& flags, const std::vector<case_record>& records, const std::string& title) {
    auto write = [](const fs::path& path, const std::string& text, bool append) {
        std::ofstream out(path, append ? std::ios::app : std::ios::trunc);
        out << text;
        if (!out) throw std::runtime_error(path.string() + ": cannot write the report");
    };
    if (flags.report) {
        const bool html = flags.report->extension() == ".html" || flags.report->extension() == ".htm";
        write(*flags.report, html ? format_run_report_html(records, title) : format_run_report_markdown(records, title),
              false);
        std::cout << "report: " << flags.report->string() << "\n";
    }
    if (flags.junit) {
        write(*flags.junit, format_junit(records, title), false);
        std::cout << "junit: " << flags.junit->string() << "\n";
    }
    if (const char* summary = std::getenv("GITHUB_STEP_SUMMARY"); summary != nullptr && *summary != '\0') {
        write(summary, format_run_report_markdown(records, title), true);
    }
}

json read_recording(const fs::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path.string() + ": cannot be read");
    try {
        return json::parse(in);
    } catch (const json::exception& e) {
        throw std::runtime_error(path.string() + ": not JSON: " + e.what());
    }
}

int run_version_matrix(const options& flags) {
    const version_matrix matrix =
        compare_recordings(read_recording(flags.version_matrix[0]), read_recording(flags.version_matrix[1]));
    const std::string report = format_version_matrix_markdown(matrix);
    if (flags.report) {
        std::ofstream out(*flags.report);
        out << report;
        if (!out) throw std::runtime_error(flags.report->string() + ": cannot write the report");
    } else {
        std::cout << report;
    }
    std::cout << matrix.compared << " cases compared, " << matrix.changed.size() << " changed between "
              << matrix.older << " and " << matrix.newer << ", " << matrix.only_older.size() + matrix.only_newer.size()
              << " on one version only" << (flags.report ? ": " + flags.report->string() : std::string()) << std::endl;
    return matrix.failed.empty() ? 0 : 1;
}

int run(int argc, char** argv) {
    run_settings settings;
    settings.flags = parse_options(argc, argv);
    const options& flags = settings.flags;
    if (flags.numpy) select_numpy_oracle(*parse_numpy_oracle(*flags.numpy));
    const std::string oracle_file = "numpy-" + std::string(label(selected_numpy_oracle())) + ".txt";

    if (!flags.version_matrix.empty()) return run_version_matrix(flags);
    const std::vector<fs::path> roots = flags.cases.empty() ? std::vector{repository_root / "corpus" / "cases"} : flags.cases;
    const std::vector<case_file> files = find_case_files(roots, repository_root);
    if ((flags.trace || flags.trace_oracle) && files.size() != 1) {
        throw usage_error("--trace and --trace-oracle need exactly one case, but " + std::to_string(files.size()) +
                          " are selected");
    }
    if (files.empty()) throw usage_error("no case selected: the given folders hold no .py file");
    const bool whole_corpus = flags.cases.empty() && GTEST_FLAG_GET(filter) == "*" && std::getenv("GTEST_TOTAL_SHARDS") == nullptr;
    if (flags.self_check) select_system("numpy");
    else if (flags.system) select_system(*flags.system);
    systems run_systems(selected_system());  // makes nothing yet: Python starts on first use
    if (!run_systems.self_check() && !flags.record_oracle && !flags.bench_rounds) {
        settings.expectations = expected_divergences::load(
            flags.expected_divergences.value_or(repository_root / "corpus" / "expected-divergences" / oracle_file),
            engine::simd_targets::of_this_cpu(engine::disable_rule_of_numpy(label(selected_numpy_oracle()))));
        if (whole_corpus) {
            std::set<fs::path> selected;
            for (const case_file& file : files) selected.insert(canonical_case_path(file.path));
            const auto stale = settings.expectations.unmatched(selected);
            if (!stale.empty()) {
                throw expectations_error(settings.expectations.file_name() + ":" + std::to_string(stale.front()->line) +
                                         ": " + stale.front()->written_path + " is not a case of the corpus " +
                                         "(" + std::to_string(stale.size()) + " such entries)");
            }
        }
    }

    if (flags.record_oracle) {
        const json recording = record_oracle(files, run_systems.oracle(), std::string(label(selected_numpy_oracle())));
        write_trace(*flags.record_oracle, recording);
        std::cout << "recorded " << files.size() << " cases on " << run_systems.oracle().name() << " into "
                  << flags.record_oracle->string() << std::endl;
        return 0;
    }

    if (flags.bench_rounds) {
        std::vector<cases::program> programs;
        for (const case_file& file : files) programs.push_back(parse_case(file));
        std::cout << format_bench(run_bench(programs, run_systems.oracle(), run_systems.engine(), *flags.bench_rounds))
                  << std::endl;
        return 0;
    }

    for (const case_file& file : files) {
        testing::RegisterTest(file.suite.c_str(), file.name.c_str(), nullptr, nullptr, file.shown_path.c_str(), 1,
                              [file, &settings, &run_systems]() -> testing::Test* {
                                  return new case_test(file, settings, run_systems);
                              });
    }
    const int status = RUN_ALL_TESTS();
    const testing::UnitTest& tests = *testing::UnitTest::GetInstance();
    if (tests.test_to_run_count() == 0) {
        std::cerr << "conformance: no case selected: --gtest_filter or sharding matched none of " << files.size()
                  << " cases\n";
        return 2;
    }
    const std::vector<case_record>& records = settings.records;
    const std::string title = std::string(run_systems.self_check() ? "Self-check: " : "Conformance: ") +
                              run_systems.oracle().name() + " against " + run_systems.engine().name();
    std::cout << summary_lines(records) << std::flush;
    write_reports(flags, records, title);
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    const bool help = asks_for_help(argc, argv);
    if (help) std::cout << usage(argv[0], systems_help());
    testing::InitGoogleTest(&argc, argv);  // removes --gtest_* flags; prints its own help after ours
    if (help) return 0;
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "conformance: " << e.what() << "\n";
        return 2;
    }
}
