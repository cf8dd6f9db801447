#include "runner/cli/github_env.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/report/codequality.hpp"
#include "runner/report/github_commands.hpp"
#include "runner/report/report_files.hpp"
#include "runner/report/sarif.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>

namespace tollgate {

namespace {

// The file a GitHub variable names, or "" (after a note) when it is unset.
std::string github_file(const char* variable, Io& io) {
    const char* value = std::getenv(variable);
    if (value == nullptr || *value == '\0') {
        io.err << "tollgate: note: " << variable << " is not set (not inside a GitHub Actions step?); "
               << "nothing written there\n";
        return "";
    }
    return value;
}

void append(const char* variable, const std::string& path, const std::string& text) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        throw EnvironmentError(
            std::string("cannot append to $") + variable + " ('" + printable(path) + "'): it is a directory",
            std::string("GitHub sets ") + variable + " to a file; do not override it");
    }
    std::ofstream out(path, std::ios::binary | std::ios::app);
    if (out) out << text;
    if (!out || !out.flush()) {
        throw EnvironmentError(
            std::string("cannot append to $") + variable + " ('" + printable(path) + "'): " + std::strerror(errno),
            std::string("GitHub sets ") + variable + " to a writable file; do not override it");
    }
}

}  // namespace

void publish_to_github(const ChangeFindings& findings, const std::vector<std::pair<std::string, std::string>>& outputs,
                       Io& io) {
    io.out << render_github_annotations(findings);
    io.out.flush();
    if (const auto path = github_file("GITHUB_STEP_SUMMARY", io); !path.empty()) {
        std::error_code ec;
        const auto used = std::filesystem::exists(path, ec) ? std::filesystem::file_size(path, ec) : 0;
        const std::size_t existing = ec ? 0 : static_cast<std::size_t>(used);
        if (existing + 1024 >= github_step_summary_limit) {
            io.err << "tollgate: note: $GITHUB_STEP_SUMMARY already holds " << existing
                   << " bytes, near GitHub's 1 MiB limit; the verdict is not added there\n";
        } else {
            append("GITHUB_STEP_SUMMARY", path,
                   render_findings_markdown(findings, github_step_summary_limit - existing - 1));
        }
    }
    if (const auto path = github_file("GITHUB_OUTPUT", io); !path.empty()) {
        append("GITHUB_OUTPUT", path, render_github_outputs(outputs));
    }
}

void make_patterns_repo_relative(ChangeFindings& findings, const std::filesystem::path& root) {
    namespace fs = std::filesystem;
    if (root.empty()) return;
    const fs::path base = fs::absolute(root).lexically_normal();
    for (auto& v : findings.verdicts) {
        if (v.pattern_where.file.empty()) continue;
        v.pattern_where.file =
            fs::absolute(v.pattern_where.file).lexically_normal().lexically_relative(base).generic_string();
    }
}

void write_ci_outputs(const ChangeFindings& findings, OutputFormat format, const std::string& report_dir,
                      std::vector<std::pair<std::string, std::string>> outputs, Io& io) {
    if (!report_dir.empty()) {
        const std::filesystem::path dir(report_dir);
        write_file_atomically(dir / "sarif.json", render_sarif(findings));
        write_file_atomically(dir / "codequality.json", render_codequality(findings));
        outputs.emplace_back("sarif-path", (dir / "sarif.json").string());
    }
    if (format == OutputFormat::sarif) io.out << render_sarif(findings);
    if (format == OutputFormat::codequality) io.out << render_codequality(findings);
    if (format == OutputFormat::github) publish_to_github(findings, outputs, io);
}

}  // namespace tollgate
