#include "runner/git/repository.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/git/config_environment.hpp"
#include "runner/git/repository_impl.hpp"

namespace tollgate {

namespace {

std::unique_ptr<Repository::Impl> open_impl(const std::filesystem::path& dir, bool& not_found) {
    auto impl = std::make_unique<Repository::Impl>();
    const int rc = git2().git_repository_open_ext(impl->repo.out(), dir.c_str(), 0, nullptr);
    not_found = rc == GIT_ENOTFOUND;
    if (not_found) {
        git2().git_error_clear();
        return nullptr;
    }
    if (rc < 0) {
        const std::string detail = libgit::last_error_message();
        std::string hint;
        if (detail.find("not owned by current user") != std::string::npos) {
            hint = "if you trust it, run: git config --global --add safe.directory '" + dir.string() + "'";
        }
        libgit::throw_git_error(rc, "cannot open the git repository at '" + printable(dir.string()) + "'", hint);
    }
    libgit::add_environment_config(impl->repo.get());
    return impl;
}

}  // namespace

Repository::Repository(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Repository::Repository(Repository&&) noexcept = default;
Repository& Repository::operator=(Repository&&) noexcept = default;
Repository::~Repository() = default;

Repository Repository::discover(const std::filesystem::path& dir) {
    bool not_found = false;
    auto impl = open_impl(dir, not_found);
    if (not_found) {
        throw EnvironmentError("not a git repository (or any parent up to /): " + printable(dir.string()),
                               "run tollgate inside a git work tree, or pass -C DIR");
    }
    return Repository(std::move(impl));
}

std::optional<Repository> Repository::try_discover(const std::filesystem::path& dir) {
    bool not_found = false;
    auto impl = open_impl(dir, not_found);
    if (not_found) return std::nullopt;
    return Repository(std::move(impl));
}

std::filesystem::path Repository::workdir() const {
    const char* dir = git2().git_repository_workdir(raw(*this));
    return dir != nullptr ? std::filesystem::path(dir) : std::filesystem::path();
}

std::filesystem::path Repository::common_dir() const {
    return std::filesystem::path(git2().git_repository_commondir(raw(*this)));
}

bool Repository::is_bare() const {
    return git2().git_repository_is_bare(raw(*this)) == 1;
}

bool Repository::is_shallow() const {
    const int rc = git2().git_repository_is_shallow(raw(*this));
    libgit::check(rc, "cannot tell whether the repository is shallow");
    return rc == 1;
}

bool Repository::head_unborn() const {
    const int rc = git2().git_repository_head_unborn(raw(*this));
    libgit::check(rc, "cannot read HEAD");
    return rc == 1;
}

std::string Repository::current_branch() const {
    libgit::ReferenceHandle head;
    const int rc = git2().git_repository_head(head.out(), raw(*this));
    if (rc == GIT_EUNBORNBRANCH) {
        // HEAD still names the branch to be born; report that name.
        git2().git_error_clear();
        libgit::ReferenceHandle symbolic;
        libgit::check(git2().git_reference_lookup(symbolic.out(), raw(*this), "HEAD"), "cannot read HEAD");
        const char* target = git2().git_reference_symbolic_target(symbolic.get());
        std::string name = target != nullptr ? target : "";
        const std::string prefix = "refs/heads/";
        return name.rfind(prefix, 0) == 0 ? name.substr(prefix.size()) : name;
    }
    libgit::check(rc, "cannot read HEAD");
    if (git2().git_reference_is_branch(head.get()) != 1) return "";
    return git2().git_reference_shorthand(head.get());
}

}  // namespace tollgate
