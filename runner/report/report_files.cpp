#include "runner/report/report_files.hpp"

#include "runner/core/error.hpp"
#include "runner/report/junit_xml.hpp"
#include "runner/report/results_json.hpp"
#include "runner/report/summary_md.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tollgate {

namespace {

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path, const std::string& reason) {
    throw EnvironmentError("cannot " + what + " '" + path.string() + "': " + reason,
                           "choose a writable --report-dir");
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

void write_file_atomically(const std::filesystem::path& path, const std::string& content) {
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string temp = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) fail("write", path, std::strerror(errno));
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int e = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            fail("write", path, std::strerror(e));
        }
        written += static_cast<std::size_t>(n);
    }
    // Readable like any file the user would create (mkostemp makes it 0600).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    if (::close(fd) != 0 || std::rename(temp.c_str(), path.c_str()) != 0) {
        const int e = errno;
        ::unlink(temp.c_str());
        fail("write", path, std::strerror(e));
    }
}

void write_run_reports(const std::filesystem::path& dir, const RunResult& result) {
    prepare_report_dir(dir);
    write_file_atomically(dir / "results.json", render_results_json(result));
    write_file_atomically(dir / "junit.xml", render_junit_xml(result));
    write_file_atomically(dir / "summary.md", render_summary_md(result));
}

}  // namespace tollgate
