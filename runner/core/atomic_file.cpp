#include "runner/core/atomic_file.hpp"

#include "runner/core/error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tollgate {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& reason) {
    // The hint names --report-dir because reports are what most writes are;
    // kept as it was when this lived beside the report writers.
    throw EnvironmentError("cannot write '" + path.string() + "': " + reason, "choose a writable --report-dir");
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, const std::string& content) {
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string temp = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) fail(path, std::strerror(errno));
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int e = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            fail(path, std::strerror(e));
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
        fail(path, std::strerror(e));
    }
}

}  // namespace tollgate
