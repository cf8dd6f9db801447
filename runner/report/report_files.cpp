#include "runner/report/report_files.hpp"

#include "runner/core/atomic_file.hpp"
#include "runner/core/error.hpp"
#include "runner/report/junit_xml.hpp"
#include "runner/report/results_json.hpp"
#include "runner/report/summary_md.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tollgate {

namespace {

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path, const std::string& reason) {
    throw EnvironmentError("cannot " + what + " '" + path.string() + "': " + reason, "choose a writable --report-dir");
}

}  // namespace

void prepare_report_dir(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) fail("create report directory", dir, ec.message());
    if (!std::filesystem::is_directory(dir, ec)) fail("use report directory", dir, "not a directory");
    // Creating a file is the only honest test of writability (a read-only
    // mount, or root ignoring mode bits); done now, not after an hour of gates.
    std::string probe = (dir / ".tollgate-probe.XXXXXX").string();
    const int fd = ::mkostemp(probe.data(), O_CLOEXEC);
    if (fd < 0) fail("write into report directory", dir, std::strerror(errno));
    ::close(fd);
    ::unlink(probe.c_str());
}

void write_run_reports(const std::filesystem::path& dir, const RunResult& result) {
    prepare_report_dir(dir);
    write_file_atomically(dir / "results.json", render_results_json(result));
    write_file_atomically(dir / "junit.xml", render_junit_xml(result));
    write_file_atomically(dir / "summary.md", render_summary_md(result));
}

}  // namespace tollgate
