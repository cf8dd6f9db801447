#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace tollgate {

/// A report file mapped read-only into memory. Pages already parsed can be
/// released, so resident memory stays bounded however large the report is.
/// Files that cannot be mapped (pipes, /proc) are read into a buffer instead.
class MappedFile {
public:
    /// Opens and maps `path`; throws EnvironmentError (exit 3) when it is
    /// missing, a directory, or unreadable. `what` names it in messages.
    explicit MappedFile(const std::filesystem::path& path, std::string_view what = "coverage report");
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;             ///< owns a mapping: not copyable
    MappedFile& operator=(const MappedFile&) = delete;  ///< owns a mapping: not copyable

    /// The whole file.
    [[nodiscard]] std::string_view text() const { return m_text; }
    /// Drops mapped pages wholly before `offset` from memory (they reload if touched again).
    void release_before(std::size_t offset);

private:
    void* m_map = nullptr;
    std::size_t m_size = 0;
    std::string m_buffer;  // fallback when mmap is impossible
    std::string_view m_text;
    std::size_t m_released = 0;
};

}  // namespace tollgate
