#include "runner/git/config_environment.hpp"

#include "runner/git/libgit.hpp"

#include <cstdlib>
#include <filesystem>
#include <string>

namespace tollgate::libgit {

namespace {

namespace fs = std::filesystem;

// git's git_env_bool: unset or empty is false, so are "0", "false", "no"
// and "off" (any case); anything else is true.
bool env_true(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') return false;
    std::string v(value);
    for (auto& c : v) c = static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    return v != "0" && v != "false" && v != "no" && v != "off";
}

void set_search_path(git_config_level_t level, const std::string& path) {
    // An empty list of directories: libgit2 finds no file at that level.
    check(git2().git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, path.c_str()),
          "cannot set libgit2's config search path");
}

// The global file's directory when libgit2 can find it there by itself.
bool searchable(const fs::path& file) {
    return file.filename() == ".gitconfig";
}

}  // namespace

void apply_config_search_paths() {
    if (env_true("GIT_CONFIG_NOSYSTEM")) set_search_path(GIT_CONFIG_LEVEL_SYSTEM, "");
    const char* global = std::getenv("GIT_CONFIG_GLOBAL");
    if (global == nullptr) return;
    // git reads only this file then: neither ~/.gitconfig nor the XDG file.
    set_search_path(GIT_CONFIG_LEVEL_XDG, "");
    const fs::path file(global);
    set_search_path(GIT_CONFIG_LEVEL_GLOBAL, searchable(file) ? file.parent_path().string() : std::string());
}

void add_environment_config(git_repository* repo) {
    const char* global = std::getenv("GIT_CONFIG_GLOBAL");
    if (global == nullptr || *global == '\0' || searchable(global)) return;
    std::error_code ec;
    if (!fs::is_regular_file(global, ec)) return;  // /dev/null or missing: git reads nothing either
    ConfigHandle config;
    check(git2().git_repository_config(config.out(), repo), "cannot read the repository config");
    const int rc = git2().git_config_add_file_ondisk(config.get(), global, GIT_CONFIG_LEVEL_GLOBAL, repo, 0);
    check(rc, "cannot read GIT_CONFIG_GLOBAL's file '" + std::string(global) + "'");
}

}  // namespace tollgate::libgit
