#include "runner/coverage/mapped_file.hpp"

#include "runner/core/error.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tollgate {

namespace {

// Closes a descriptor on every path out of the constructor.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

MappedFile::MappedFile(const std::filesystem::path& path, std::string_view what) {
    const std::string name = std::string(what) + " '" + path.string() + "'";
    Fd fd{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (fd.fd < 0) {
        const int err = errno;
        if (err == ENOENT) {
            throw EnvironmentError(name + " does not exist",
                                   what == "coverage report" ? "did the command that writes it run and succeed?" : "");
        }
        throw EnvironmentError("cannot read " + name + ": " + std::strerror(err));
    }
    struct stat st {};
    if (::fstat(fd.fd, &st) != 0) {
        throw EnvironmentError("cannot read " + name + ": " + std::strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) {
        throw EnvironmentError(name + " is a directory, not a file");
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
        m_size = static_cast<std::size_t>(st.st_size);
        void* map = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd.fd, 0);
        if (map != MAP_FAILED) {
            m_map = map;
            ::madvise(m_map, m_size, MADV_SEQUENTIAL);
            m_text = std::string_view(static_cast<const char*>(m_map), m_size);
            return;
        }
        m_size = 0;
    }
    // Pipes, character devices, or a failed map: read it all.
    char chunk[65536];
    while (true) {
        const ssize_t n = ::read(fd.fd, chunk, sizeof chunk);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            throw EnvironmentError("cannot read " + name + ": " + std::strerror(errno));
        }
        m_buffer.append(chunk, static_cast<std::size_t>(n));
    }
    m_text = m_buffer;
}

MappedFile::~MappedFile() {
    if (m_map != nullptr) ::munmap(m_map, m_size);
}

void MappedFile::release_before(std::size_t offset) {
    if (m_map == nullptr) return;
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t end = std::min(offset, m_size) / page * page;
    if (end <= m_released) return;
    ::madvise(static_cast<char*>(m_map) + m_released, end - m_released, MADV_DONTNEED);
    m_released = end;
}

}  // namespace tollgate
