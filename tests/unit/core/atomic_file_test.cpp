#include "runner/core/atomic_file.hpp"

#include "runner/core/error.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>

namespace tollgate {
namespace {

TEST(WriteFileAtomically, ReplacesTheFileAndLeavesNoTempFile) {
    test::TempDir dir;
    const auto path = dir.write("r.json", "old");
    write_file_atomically(path, "new content");
    EXPECT_EQ(test::read_file(path), "new content");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
    EXPECT_EQ(entries, 1);
}

TEST(WriteFileAtomically, UnwritablePlaceIsAnEnvironmentErrorNamingThePath) {
    test::TempDir dir;
    dir.write("file", "x");
    try {
        write_file_atomically(dir.path() / "file" / "r.json", "x");
        FAIL() << "expected EnvironmentError";
    } catch (const EnvironmentError& e) {
        EXPECT_NE(std::string(e.what()).find("file/r.json"), std::string::npos) << e.what();
    }
}

// Files in `dir`, for checking that nothing (no temp file) was left behind.
std::vector<std::string> entries(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// Caps the size of files this process may write (RLIMIT_FSIZE, with SIGXFSZ
// ignored so write() fails with EFBIG): a disk that fills up mid-write,
// without needing root or a mount. Restores both on destruction.
class FileSizeCap {
public:
    explicit FileSizeCap(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit cap = m_old;
        cap.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &cap);
    }
    ~FileSizeCap() {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeCap(const FileSizeCap&) = delete;
    FileSizeCap& operator=(const FileSizeCap&) = delete;

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
};

TEST(WriteFileAtomically, AWriteCutShortKeepsTheOldFileAndLeavesNoTempFile) {
    test::TempDir dir;
    const auto path = dir.write("results.json", "{\"old\": true}\n");
    try {
        const FileSizeCap cap(4096);
        write_file_atomically(path, std::string(64 * 1024, 'x'));
        FAIL() << "expected EnvironmentError";
    } catch (const EnvironmentError& e) {
        EXPECT_NE(std::string(e.what()).find("cannot write '" + path.string() + "': File too large"), std::string::npos)
            << e.what();
    }
    EXPECT_EQ(test::read_file(path), "{\"old\": true}\n");
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"results.json"});
}

}  // namespace
}  // namespace tollgate
