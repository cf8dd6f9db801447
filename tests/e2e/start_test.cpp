// End-to-end: `tollgate start` makes the packet's branch and worktree, and
// `check` inside that worktree judges the branch as the packet's.
#include "tests/support/git_repo.hpp"
#include "tests/support/inventory_text.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace tollgate {
namespace {

using test::GitRepo;
using test::run_tollgate;
using ::testing::HasSubstr;

namespace fs = std::filesystem;

std::string inventory() {
    test::InventoryText plan("Start");
    plan.packet("foundation", {"packet/foundation", "packet/foundation/*"})
        .packet("finance-ui", {"packet/finance-ui/*", "packet/finance-ui"}, {"after: [foundation]"})
        .zone("Migrations", "db/", "foundation", "exclusive")
        .zone("Finance", "finance/", "finance-ui", "exclusive");
    return plan.str();
}

std::string last_line(const std::string& text) {
    std::string s = text;
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s.substr(s.rfind('\n') == std::string::npos ? 0 : s.rfind('\n') + 1);
}

std::string read(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(StartVerb, CreatesABranchAndWorktreeInWhichCheckJudgesThePacket) {
    GitRepo repo;
    repo.write("tollgate.yml", inventory());
    repo.write("db/001.sql", "create table t (id int);\n");
    repo.commit_all("plan");
    test::TempDir beside;
    const fs::path dir = beside.path() / "foundation-work";
    const auto r = run_tollgate({"start", "foundation", "--worktree", dir.string()}, repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("branch packet/foundation at main ("));
    EXPECT_THAT(r.out, HasSubstr("worktree " + dir.string()));
    const fs::path brief = last_line(r.out);
    EXPECT_EQ(brief.filename(), "tollgate-brief.md");
    EXPECT_THAT(read(brief), HasSubstr("# Agent assignment: foundation"));
    EXPECT_EQ(brief.string().find(dir.string()), std::string::npos) << "the brief stays out of the tree";
    EXPECT_TRUE(fs::exists(dir / "tollgate.yml"));
    EXPECT_TRUE(fs::exists(repo.path() / ".git/hooks/pre-push"));
    EXPECT_EQ(test::sh(repo.env_prefix() + " git rev-parse --abbrev-ref HEAD", dir).out, "packet/foundation\n");

    // The agent works in the worktree: its own zone passes, another's fails, and
    // check finds the packet from the branch alone.
    const auto commit = [&](const std::string& file) {
        std::ofstream(dir / file) << "work\n";
        const auto c =
            test::sh(repo.env_prefix() + " git add -A && " + repo.env_prefix() + " git commit -q -m work", dir);
        ASSERT_EQ(c.exit_code, 0) << c.err;
    };
    commit("db/002.sql");
    auto check = run_tollgate({"check", "--dry-run", "--format", "json"}, dir);
    auto j = nlohmann::json::parse(check.out);
    EXPECT_EQ(j["packet"], "foundation");
    EXPECT_THAT(j["packet_source"].get<std::string>(), HasSubstr("branch packet/foundation"));
    EXPECT_EQ(check.exit_code, 0) << check.out;
    fs::create_directories(dir / "finance");
    commit("finance/page.py");
    check = run_tollgate({"check", "--dry-run", "--format", "json"}, dir);
    EXPECT_EQ(check.exit_code, 1) << check.out;
}

TEST(StartVerb, RefusesAPacketThatMayNotStartYetUnlessForced) {
    GitRepo repo;
    repo.write("tollgate.yml", inventory());
    repo.commit_all("plan");
    test::TempDir beside;
    const auto r = run_tollgate({"start", "finance-ui", "--worktree", (beside.path() / "ui").string()}, repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_THAT(r.err, HasSubstr("packet finance-ui may not start yet: waits on foundation"));
    EXPECT_FALSE(fs::exists(beside.path() / "ui"));
    const auto forced =
        run_tollgate({"start", "finance-ui", "--force", "--worktree", (beside.path() / "ui").string()}, repo.path());
    EXPECT_EQ(forced.exit_code, 0) << forced.err;
    // The first literal name: packet/finance-ui/* is a glob.
    EXPECT_THAT(forced.out, HasSubstr("branch packet/finance-ui at main"));
}

TEST(StartVerb, RefusesAnExistingBranchOrFolderWithoutTouchingThem) {
    GitRepo repo;
    repo.write("tollgate.yml", inventory());
    repo.commit_all("plan");
    test::TempDir beside;
    repo.git("branch packet/foundation");
    auto r = run_tollgate({"start", "foundation", "--worktree", (beside.path() / "a").string()}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("branch 'packet/foundation' already exists"));
    EXPECT_FALSE(fs::exists(beside.path() / "a"));
    fs::create_directories(beside.path() / "b");
    r = run_tollgate(
        {"start", "foundation", "--branch", "packet/foundation/two", "--worktree", (beside.path() / "b").string()},
        repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("already exists"));
    EXPECT_EQ(test::sh(repo.env_prefix() + " git branch --list packet/foundation/two", repo.path()).out, "");
}

TEST(StartVerb, RefusesABranchThePacketsGlobsDoNotMatch) {
    GitRepo repo;
    repo.write("tollgate.yml", inventory());
    repo.commit_all("plan");
    const auto r = run_tollgate({"start", "foundation", "--branch", "feature/x"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("matches none of packet 'foundation''s branches"));
}

}  // namespace
}  // namespace tollgate
