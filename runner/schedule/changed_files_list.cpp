#include "runner/schedule/changed_files_list.hpp"

#include "runner/core/error.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

namespace tollgate {

namespace {

void write_list(const std::filesystem::path& path, const std::vector<std::string>& paths, char separator) {
    std::ofstream out(path, std::ios::binary);
    for (const auto& p : paths) out << p << separator;
    out.close();
    if (!out) throw EnvironmentError("cannot write '" + path.string() + "': " + std::strerror(errno));
}

}  // namespace

ChangedFilesList::ChangedFilesList(const std::vector<std::string>& paths) {
    std::string pattern = (std::filesystem::temp_directory_path() / "tollgate-changed-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw EnvironmentError("cannot create a temporary directory in " +
                               std::filesystem::temp_directory_path().string() + ": " + std::strerror(errno));
    }
    m_dir = pattern;
    try {
        write_list(lines_path(), paths, '\n');
        write_list(nul_path(), paths, '\0');
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
        throw;
    }
}

ChangedFilesList::~ChangedFilesList() {
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

}  // namespace tollgate
