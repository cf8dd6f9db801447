#include "runner/git/change_reader.hpp"
#include "runner/git/repository.hpp"

#include "tests/support/git_repo.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <optional>

namespace tollgate {
namespace {

// Sets (or, for nullopt, unsets) environment variables and restores them:
// libgit2 reads HOME and tollgate reads git's variables when the first
// session starts, so every repository below is opened inside the scope.
class ScopedEnvironment {
public:
    explicit ScopedEnvironment(const std::map<std::string, std::optional<std::string>>& values) {
        for (const auto& [name, value] : values) {
            const char* old = std::getenv(name.c_str());
            m_saved[name] = old != nullptr ? std::optional<std::string>(old) : std::nullopt;
            set(name, value);
        }
    }
    ~ScopedEnvironment() {
        for (const auto& [name, value] : m_saved) set(name, value);
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    static void set(const std::string& name, const std::optional<std::string>& value) {
        if (value) {
            ::setenv(name.c_str(), value->c_str(), 1);
        } else {
            ::unsetenv(name.c_str());
        }
    }
    std::map<std::string, std::optional<std::string>> m_saved;
};

// 8 deleted × 8 added files of unrelated content: 64 pairs for inexact
// rename detection, over any diff.renameLimit below 8.
struct RenameScene {
    test::GitRepo repo;
    std::string base;
    RenameScene() {
        for (int i = 0; i < 8; ++i) repo.write("old/f" + std::to_string(i) + ".txt", "old " + std::to_string(i) + "\n");
        base = repo.commit_all("base");
        repo.git("rm -rq old");
        for (int i = 0; i < 8; ++i) repo.write("new/g" + std::to_string(i) + ".txt", "new " + std::to_string(i) + "\n");
        repo.commit_all("replace");
    }
    // The note the range reading gives about the rename limit, or "".
    [[nodiscard]] std::string limit_note() const {
        const auto repository = Repository::discover(repo.path());
        ChangeRequest request;
        request.range.base = base;
        for (const auto& note : read_change(repository, request).notes) {
            if (note.find("diff.renameLimit") != std::string::npos) return note;
        }
        return "";
    }
};

std::string with_limit(int limit) {
    return "[diff]\n\trenameLimit = " + std::to_string(limit) + "\n";
}

TEST(ConfigEnvironment, WithoutGitsVariablesTheHomeConfigIsRead) {
    const RenameScene scene;
    const test::TempDir home;
    home.write(".gitconfig", with_limit(5));
    const ScopedEnvironment env({{"HOME", home.path().string()},
                                 {"XDG_CONFIG_HOME", home.path().string()},
                                 {"GIT_CONFIG_GLOBAL", std::nullopt},
                                 {"GIT_CONFIG_NOSYSTEM", "1"}});
    EXPECT_NE(scene.limit_note().find("diff.renameLimit 5²"), std::string::npos) << scene.limit_note();
}

TEST(ConfigEnvironment, GitConfigGlobalDevNullKeepsTheHomeConfigOutAsGitDoes) {
    const RenameScene scene;
    const test::TempDir home;
    home.write(".gitconfig", with_limit(5));
    home.write("git/config", with_limit(4));  // the XDG file is dropped too
    const ScopedEnvironment env({{"HOME", home.path().string()},
                                 {"XDG_CONFIG_HOME", home.path().string()},
                                 {"GIT_CONFIG_GLOBAL", "/dev/null"},
                                 {"GIT_CONFIG_NOSYSTEM", "1"}});
    EXPECT_EQ(scene.limit_note(), "") << "the default limit (1000) covers 8 × 8 files";
}

TEST(ConfigEnvironment, GitConfigGlobalNamesTheOnlyGlobalFileWhateverItIsCalled) {
    const RenameScene scene;
    const test::TempDir home;
    home.write(".gitconfig", with_limit(5));
    const test::TempDir ci;
    const auto any_name = ci.write("ci.cfg", with_limit(7));
    const auto dot_name = ci.write("dir/.gitconfig", with_limit(6));
    const std::map<std::string, std::optional<std::string>> base_env = {
        {"HOME", home.path().string()}, {"XDG_CONFIG_HOME", home.path().string()}, {"GIT_CONFIG_NOSYSTEM", "1"}};
    {
        auto values = base_env;
        values["GIT_CONFIG_GLOBAL"] = any_name.string();
        const ScopedEnvironment env(values);
        EXPECT_NE(scene.limit_note().find("diff.renameLimit 7²"), std::string::npos) << scene.limit_note();
    }
    {
        auto values = base_env;
        values["GIT_CONFIG_GLOBAL"] = dot_name.string();
        const ScopedEnvironment env(values);
        EXPECT_NE(scene.limit_note().find("diff.renameLimit 6²"), std::string::npos) << scene.limit_note();
    }
}

TEST(ConfigEnvironment, TheRepositorysOwnConfigStillCountsWithoutSystemAndGlobalFiles) {
    const RenameScene scene;
    scene.repo.git("config diff.renameLimit 3");
    const ScopedEnvironment env({{"GIT_CONFIG_GLOBAL", "/dev/null"}, {"GIT_CONFIG_NOSYSTEM", "1"}});
    EXPECT_NE(scene.limit_note().find("diff.renameLimit 3²"), std::string::npos) << scene.limit_note();
}

}  // namespace
}  // namespace tollgate
