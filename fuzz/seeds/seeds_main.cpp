// `fuzz_seeds` (scripts/fuzz-seeds): every case script becomes a seed input named by its SHA-1, and each
// operation's shortest encoded statement becomes a dictionary entry that libFuzzer splices in whole.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "case/parser.hpp"
#include "systems/registry.hpp"
#include "runner/case_files.hpp"
#include "seeds/case_encoder.hpp"
#include "libfuzzer/sha1.hpp"

namespace {

namespace fs = std::filesystem;
using namespace fuzzing;

// libFuzzer ignores dictionary entries longer than this.
constexpr std::size_t longest_dictionary_entry = 64;

std::string dictionary_literal(const std::vector<std::uint8_t>& bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string text = "\"";
    for (const std::uint8_t byte : bytes) text += std::string("\\x") + digits[byte >> 4] + digits[byte & 15];
    return text + "\"";
}

// A dictionary entry's name: the operation, with operators spelled out ("+=" is op_plus_eq).
std::string dictionary_key(const std::string& operation) {
    static const std::map<char, std::string> spelled = {{'+', "plus"}, {'-', "minus"}, {'*', "times"}, {'=', "eq"},
                                                        {'<', "lt"},   {'>', "gt"},    {'!', "not"},   {'.', "dot"}};
    std::string key = "op";
    bool in_word = false;
    for (const char c : operation) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            if (!in_word) key += '_';
            key += c;
            in_word = true;
        } else {
            in_word = false;
            if (const auto word = spelled.find(c); word != spelled.end()) key += "_" + word->second;
        }
    }
    return key;
}

int run(int argc, char** argv) {
    CLI::App app{"Encodes case scripts as fuzz seed inputs and writes the fuzz dictionary"};
    std::vector<fs::path> cases;
    fs::path corpus, dictionary, repository = ".";
    std::uint64_t seed = 1;
    app.add_option("--cases", cases, "case scripts or folders of them")->required();
    app.add_option("--corpus", corpus, "folder the seed inputs are written to")->required();
    app.add_option("--dictionary", dictionary, "dictionary file to write")->required();
    app.add_option("--repository", repository, "repository root, for the cases' shown paths");
    app.add_option("--seed", seed, "seed of the random search");
    CLI11_PARSE(app, argc, argv);

    const auto oracle = conformance::make_oracle();
    fs::create_directories(corpus);
    std::map<std::string, std::vector<std::uint8_t>> shortest;  // per operation
    std::size_t inputs = 0, matched = 0, total = 0;
    for (const conformance::case_file& file : conformance::find_case_files(cases, repository)) {
        const cases::program program = cases::parse_file(file.path);
        const encoded_case encoded = encode_case(program, *oracle, seed);
        matched += encoded.statements.size();
        total += encoded.case_statements;
        for (const encoded_statement& statement : encoded.statements) {
            auto& known = shortest[statement.operation];
            if (known.empty() || statement.bytes.size() < known.size()) known = statement.bytes;
        }
        const std::vector<std::uint8_t> input = encoded.input();
        if (input.empty()) continue;
        std::ofstream(corpus / sha1_hex(input), std::ios::binary)
            .write(reinterpret_cast<const char*>(input.data()), static_cast<std::streamsize>(input.size()));
        ++inputs;
    }

    std::ofstream out(dictionary);
    out << "# strided_fuzz dictionary, written by fuzz_seeds (scripts/fuzz-seeds): each entry is the decision\n"
        << "# bytes of one generated statement with that operation, as the case corpus encodes it.\n";
    for (const auto& [operation, bytes] : shortest) {
        if (bytes.size() <= longest_dictionary_entry)
            out << dictionary_key(operation) << "=" << dictionary_literal(bytes) << "\n";
    }
    std::cout << "fuzz_seeds: " << inputs << " seed inputs; " << matched << " of " << total
              << " case statements matched; " << shortest.size() << " dictionary entries\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "fuzz_seeds: " << e.what() << "\n";
        return 2;
    }
}
