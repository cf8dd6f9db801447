#include "tests/support/git_repo.hpp"

#include <stdexcept>

namespace tollgate::test {

GitRepo::GitRepo(const std::string& branch) {
    git("init -q -b " + shell_quote(branch) + " .");
}

void GitRepo::write(const std::string& relative, const std::string& content) const {
    m_dir.write(relative, content);
}

std::string GitRepo::env_prefix() const {
    // Dates advance one minute per commit from a fixed point.
    const std::string date = std::to_string(1737360000 + m_tick * 60) + " +0000";
    return "HOME=" + shell_quote(m_home.path().string()) + " XDG_CONFIG_HOME=" + shell_quote(m_home.path().string()) +
           " GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null"
           " GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=test@example.com"
           " GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=test@example.com"
           " GIT_AUTHOR_DATE=" +
           shell_quote(date) + " GIT_COMMITTER_DATE=" + shell_quote(date);
}

std::string GitRepo::git(const std::string& args) const {
    const auto r = sh(env_prefix() + " git " + args, m_dir.path());
    if (r.exit_code != 0) throw std::runtime_error("git " + args + " failed: " + r.err);
    return r.out;
}

std::string GitRepo::commit_all(const std::string& message) const {
    ++m_tick;
    git("add -A");
    git("commit -q --allow-empty -m " + shell_quote(message));
    auto id = git("rev-parse HEAD");
    while (!id.empty() && (id.back() == '\n')) id.pop_back();
    return id;
}

std::string GitRepo::git_at(const std::string& date, const std::string& args) const {
    // Later assignments win, so these override the prefix's fixed dates.
    const auto r = sh(env_prefix() + " GIT_AUTHOR_DATE=" + shell_quote(date) +
                          " GIT_COMMITTER_DATE=" + shell_quote(date) + " git " + args,
                      m_dir.path());
    if (r.exit_code != 0) throw std::runtime_error("git " + args + " failed: " + r.err);
    return r.out;
}

std::string GitRepo::commit_all_at(const std::string& date, const std::string& message) const {
    git("add -A");
    git_at(date, "commit -q --allow-empty -m " + shell_quote(message));
    auto id = git("rev-parse HEAD");
    while (!id.empty() && (id.back() == '\n')) id.pop_back();
    return id;
}

}  // namespace tollgate::test
