#include "runner/git/object_id.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/git/libgit.hpp"
#include "runner/git/repository_impl.hpp"

#include <fstream>
#include <sstream>

namespace tollgate {

std::string blob_id(std::string_view bytes) {
    GitSession session;
    git_oid id;
    libgit::check(git2().git_odb_hash(&id, bytes.data(), bytes.size(), GIT_OBJECT_BLOB), "cannot hash content");
    return libgit::to_hex(id);
}

std::string head_commit_id(const Repository& repository) {
    if (repository.head_unborn()) return "";
    git_oid id;
    libgit::check(git2().git_reference_name_to_id(&id, raw(repository), "HEAD"), "cannot resolve HEAD");
    return libgit::to_hex(id);
}

std::string inventory_digest(const std::vector<std::string>& files) {
    std::string all;
    for (const auto& name : files) {
        std::ifstream in(name, std::ios::binary);
        if (!in) throw EnvironmentError("cannot read inventory file '" + printable(name) + "'");
        std::ostringstream bytes;
        bytes << in.rdbuf();
        // Names relative to the root file's directory, so another checkout hashes the same.
        const auto root = std::filesystem::absolute(files.front()).parent_path();
        const std::string base = std::filesystem::absolute(name).lexically_relative(root).generic_string();
        all += base + '\0' + std::to_string(bytes.str().size()) + '\0' + bytes.str();
    }
    return blob_id(all);
}

}  // namespace tollgate
