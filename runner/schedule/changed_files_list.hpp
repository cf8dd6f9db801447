#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace tollgate {

/// The changed paths written to a private temp dir for the gates: one file
/// with a path per line (simple for scripts) and one NUL-separated (exact for
/// any name, including names with newlines). Removed on destruction.
class ChangedFilesList {
public:
    /// Writes both files; throws EnvironmentError when it cannot.
    explicit ChangedFilesList(const std::vector<std::string>& paths);
    ~ChangedFilesList();
    ChangedFilesList(const ChangedFilesList&) = delete;
    ChangedFilesList& operator=(const ChangedFilesList&) = delete;

    /// Newline-separated list (TOLLGATE_CHANGED_FILES).
    [[nodiscard]] std::string lines_path() const { return (m_dir / "changed-files").string(); }
    /// NUL-separated list (TOLLGATE_CHANGED_FILES0).
    [[nodiscard]] std::string nul_path() const { return (m_dir / "changed-files0").string(); }

private:
    std::filesystem::path m_dir;
};

}  // namespace tollgate
