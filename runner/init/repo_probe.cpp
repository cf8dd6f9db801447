#include "runner/init/repo_probe.hpp"

#include "runner/core/text.hpp"

#include <fstream>
#include <functional>
#include <optional>
#include <regex>
#include <sstream>

namespace tollgate {

namespace {

// Build files are small; anything past this is not a build file worth reading.
constexpr std::uintmax_t max_probe_bytes = 1u << 20;

std::optional<std::vector<std::string>> read_lines(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec || size > max_probe_bytes) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

// The first line (1-based) that `matches`, or 0.
int find_line(const std::vector<std::string>& lines, const std::function<bool(const std::string&)>& matches,
              std::size_t from = 0) {
    for (std::size_t i = from; i < lines.size(); ++i) {
        if (matches(lines[i])) return static_cast<int>(i) + 1;
    }
    return 0;
}

CandidateGate candidate(std::string id, std::string title, std::string run, const std::string& source,
                        const std::vector<std::string>& lines, int line) {
    CandidateGate g;
    g.id = std::move(id);
    g.title = std::move(title);
    g.run = std::move(run);
    g.source = source;
    g.line = line;
    if (line > 0) g.quote = std::string(trim(lines[static_cast<std::size_t>(line) - 1]));
    g.timeout = "10m";
    return g;
}

void probe_cmake(const std::filesystem::path& root, std::vector<CandidateGate>& out) {
    const auto lines = read_lines(root / "CMakeLists.txt");
    if (!lines) return;
    static const std::regex testing(R"(^\s*(enable_testing\s*\(|include\s*\(\s*CTest\b))", std::regex::icase);
    const int line = find_line(*lines, [](const std::string& l) { return std::regex_search(l, testing); });
    if (line == 0) return;
    auto build = candidate("build", "Configure and build", "cmake -S . -B build && cmake --build build",
                           "CMakeLists.txt", *lines, line);
    build.timeout = "30m";
    build.labels = {"build"};
    auto ctest =
        candidate("ctest", "CTest suite", "ctest --test-dir build --output-on-failure", "CMakeLists.txt", *lines, line);
    ctest.needs = {"build"};
    ctest.timeout = "30m";
    ctest.labels = {"test"};
    out.push_back(std::move(build));
    out.push_back(std::move(ctest));
}

void probe_make(const std::filesystem::path& root, std::vector<CandidateGate>& out) {
    for (const char* name : {"GNUmakefile", "makefile", "Makefile"}) {
        const auto lines = read_lines(root / name);
        if (!lines) continue;
        for (const char* target : {"test", "check", "lint"}) {
            const std::regex rule(std::string("^") + target + R"(\s*:([^=]|$))");
            const int line = find_line(*lines, [&](const std::string& l) { return std::regex_search(l, rule); });
            if (line == 0) continue;
            auto g = candidate(std::string("make-") + target, std::string("make ") + target,
                               std::string("make ") + target, name, *lines, line);
            g.labels = {std::string(target) == "lint" ? "lint" : "test"};
            out.push_back(std::move(g));
        }
        return;  // make reads the first of these names it finds
    }
}

void probe_python(const std::filesystem::path& root, std::vector<CandidateGate>& out) {
    for (const char* name : {"pyproject.toml", "pytest.ini", "tox.ini", "setup.cfg"}) {
        const auto lines = read_lines(root / name);
        if (!lines) continue;
        const int line = find_line(*lines, [](const std::string& l) { return l.find("pytest") != std::string::npos; });
        if (line == 0) continue;
        auto g = candidate("pytest", "pytest", "python3 -m pytest -q", name, *lines, line);
        g.labels = {"test"};
        out.push_back(std::move(g));
        return;
    }
}

void probe_node(const std::filesystem::path& root, std::vector<CandidateGate>& out) {
    const auto lines = read_lines(root / "package.json");
    if (!lines) return;
    const int scripts =
        find_line(*lines, [](const std::string& l) { return l.find("\"scripts\"") != std::string::npos; });
    if (scripts == 0) return;
    for (const char* script : {"test", "lint"}) {
        const std::string key = std::string("\"") + script + "\"";
        const int line = find_line(
            *lines,
            [&](const std::string& l) {
                const auto at = l.find(key);
                return at != std::string::npos && l.find(':', at + key.size()) != std::string::npos;
            },
            static_cast<std::size_t>(scripts) - 1);
        if (line == 0) continue;
        // npm init's placeholder test fails on purpose; it is no gate.
        if (lines->at(static_cast<std::size_t>(line) - 1).find("no test specified") != std::string::npos) continue;
        const bool test = std::string(script) == "test";
        auto g = candidate(std::string("npm-") + script, std::string("npm ") + (test ? "test" : "run lint"),
                           test ? "npm test" : "npm run lint", "package.json", *lines, line);
        g.labels = {test ? "test" : "lint"};
        out.push_back(std::move(g));
    }
}

void probe_go(const std::filesystem::path& root, std::vector<CandidateGate>& out) {
    const auto lines = read_lines(root / "go.mod");
    if (!lines) return;
    const int line = find_line(*lines, [](const std::string& l) { return l.rfind("module", 0) == 0; });
    auto test = candidate("go-test", "go test", "go test ./...", "go.mod", *lines, line);
    test.labels = {"test"};
    auto vet = candidate("go-vet", "go vet", "go vet ./...", "go.mod", *lines, line);
    vet.labels = {"lint"};
    out.push_back(std::move(test));
    out.push_back(std::move(vet));
}

void probe_cargo(const std::filesystem::path& root, std::vector<CandidateGate>& out) {
    const auto lines = read_lines(root / "Cargo.toml");
    if (!lines) return;
    const int line = find_line(*lines, [](const std::string& l) {
        const auto t = trim(l);
        return t == "[package]" || t == "[workspace]";
    });
    auto g = candidate("cargo-test", "cargo test", "cargo test", "Cargo.toml", *lines, line);
    g.timeout = "30m";
    g.labels = {"test"};
    out.push_back(std::move(g));
}

}  // namespace

std::vector<CandidateGate> probe_repository(const std::filesystem::path& root) {
    std::vector<CandidateGate> out;
    probe_cmake(root, out);
    probe_make(root, out);
    probe_python(root, out);
    probe_node(root, out);
    probe_go(root, out);
    probe_cargo(root, out);
    return out;
}

}  // namespace tollgate
