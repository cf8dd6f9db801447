#include "runner/git/hooks_dir.hpp"

#include "runner/git/libgit.hpp"
#include "runner/git/repository_impl.hpp"

namespace tollgate {

HooksDir hooks_dir(const Repository& repository) {
    libgit::ConfigHandle config;
    libgit::check(git2().git_repository_config_snapshot(config.out(), raw(repository)), "cannot read git config");
    git_buf buf = GIT_BUF_INIT;
    const int rc = git2().git_config_get_path(&buf, config.get(), "core.hooksPath");
    if (rc == GIT_ENOTFOUND) {
        git2().git_error_clear();
        return {repository.common_dir() / "hooks", false};
    }
    if (rc < 0) libgit::throw_git_error(rc, "cannot read core.hooksPath");
    std::filesystem::path path(std::string(buf.ptr, buf.size));
    git2().git_buf_dispose(&buf);
    if (path.is_relative()) {
        // git runs hooks from the work tree root; a bare repository from its git dir.
        const auto root = repository.is_bare() ? repository.common_dir() : repository.workdir();
        path = root / path;
    }
    return {path.lexically_normal(), true};
}

}  // namespace tollgate
