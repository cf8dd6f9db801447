#pragma once

#include <filesystem>
#include <string>

namespace tollgate::test {

/// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    /// Writes `content` to `relative` (creating parent dirs) and returns the full path.
    std::filesystem::path write(const std::string& relative, const std::string& content) const;

private:
    std::filesystem::path m_path;
};

/// Reads a whole file.
std::string read_file(const std::filesystem::path& path);

}  // namespace tollgate::test
