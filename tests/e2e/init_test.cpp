// End-to-end: `tollgate init` in a real clone (origin/HEAD set by git
// clone), and the file it writes read back by `tollgate validate`.
#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace tollgate {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;
using test::run_tollgate;
using test::shell_quote;

class Init : public ::testing::Test {
protected:
    void SetUp() override {
        m_origin.git("checkout -q -b trunk");
        m_origin.write(".github/CODEOWNERS",
                       "# Platform owns the rest\n"
                       "*            @acme/platform\n"
                       "/db/         @acme/data\n"
                       "!/db/seeds/  @acme/data\n"
                       "*.md         docs@acme.example\n");
        m_origin.write("CMakeLists.txt", "cmake_minimum_required(VERSION 3.25)\nproject(x)\nenable_testing()\n");
        m_origin.write("package.json", "{\n  \"scripts\": {\n    \"test\": \"jest\"\n  }\n}\n");
        m_origin.write("db/001.sql", "create table t;\n");
        m_origin.commit_all("base");
        const auto r = test::sh(m_origin.env_prefix() + " git clone -q file://" +
                                shell_quote(m_origin.path().string()) + " " + shell_quote(clone().string()));
        ASSERT_EQ(r.exit_code, 0) << r.err;
        // The clone works on another branch: the base must still be origin's.
        m_origin.git("-C " + shell_quote(clone().string()) + " checkout -q -b packet/x");
    }
    fs::path clone() const { return m_dir.path() / "clone"; }

    test::GitRepo m_origin;
    test::TempDir m_dir;
};

TEST_F(Init, WritesAStarterThatValidatesWithTheRemoteHeadAsBase) {
    const auto r = run_tollgate({"init"}, clone());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("wrote"));
    EXPECT_THAT(r.out, HasSubstr("3 zones, 3 placeholder packets, 3 candidate gates; from .github/CODEOWNERS"));
    EXPECT_THAT(r.err, HasSubstr(".github/CODEOWNERS:4: '!/db/seeds/': negation ('!') is not supported"));
    const auto text = test::read_file(clone() / "tollgate.yml");
    EXPECT_THAT(text, HasSubstr("base: trunk  # from refs/remotes/origin/HEAD"));
    EXPECT_THAT(text, HasSubstr("  # Platform owns the rest\n"));
    EXPECT_THAT(text, HasSubstr("# from package.json:3"));

    const auto v = run_tollgate({"validate"}, clone());
    EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

TEST_F(Init, RefusesToOverwriteWithoutForce) {
    ASSERT_EQ(run_tollgate({"init"}, clone()).exit_code, 0);
    const auto path = clone() / "tollgate.yml";
    {
        std::ofstream out(path);
        out << "version: 1\n# mine\n";
    }
    const auto again = run_tollgate({"init"}, clone());
    EXPECT_EQ(again.exit_code, 2);
    EXPECT_THAT(again.err, HasSubstr("tollgate.yml' already exists; init does not overwrite it"));
    EXPECT_THAT(again.err, HasSubstr("hint: use --force"));
    EXPECT_EQ(test::read_file(path), "version: 1\n# mine\n");

    const auto forced = run_tollgate({"init", "--force"}, clone());
    EXPECT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_THAT(test::read_file(path), HasSubstr("base: trunk"));
}

TEST_F(Init, PrintsWithStdoutAndWritesNothing) {
    const auto r = run_tollgate({"init", "--stdout"}, clone() / "db");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("version: 1\n"));
    EXPECT_THAT(r.out, Not(HasSubstr("wrote")));
    EXPECT_FALSE(fs::exists(clone() / "tollgate.yml"));
    EXPECT_FALSE(fs::exists(clone() / "db" / "tollgate.yml"));
}

TEST_F(Init, RefusesWhenADotInventoryExists) {
    {
        std::ofstream out(clone() / ".tollgate.yml");
        out << "version: 1\n";
    }
    const auto r = run_tollgate({"init"}, clone());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr(".tollgate.yml' already exists"));
}

}  // namespace
}  // namespace tollgate
