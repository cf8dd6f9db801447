// End-to-end: `tollgate conflicts` over real repositories with packet branches.
#include "runner/core/text.hpp"
#include "tests/support/git_repo.hpp"
#include "tests/support/inventory_text.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

using test::GitRepo;
using test::run_tollgate;
using ::testing::HasSubstr;

std::string inventory() {
    return test::InventoryText("Demo")
        .packet("foundation", {"packet/foundation"})
        .packet("finance-ui", {"packet/finance-ui", "packet/finance-ui/*"})
        .packet("reports", {"packet/reports"})
        .packet("legacy", {"packet/legacy"}, {"status: done"})
        .zone("Migrations", "database/migrations/", "foundation", "exclusive")
        .zone("Docs", "docs/", "foundation", "shared")
        .str();
}

// Packet branches from one base: foundation and finance-ui both add
// migration 002 (an add/add conflict in an exclusive zone) and edit one line
// of the guide differently (a conflict in a shared zone); reports touches
// other files; legacy is done.
void write_packets(const GitRepo& repo, bool migration_clash = true) {
    repo.write("tollgate.yml", inventory());
    repo.write("database/migrations/001.sql", "create table t (id int);\n");
    repo.write("docs/guide.md", "# Guide\nline 2\nline 3\n");
    repo.write("src/app.c", "int main(void) { return 0; }\n");
    repo.commit_all("base");

    repo.git("checkout -q -b packet/foundation main");
    if (migration_clash) repo.write("database/migrations/002.sql", "alter table t add a int;\n");
    repo.write("docs/guide.md", "# Guide\nfoundation\nline 3\n");
    repo.commit_all("foundation");

    repo.git("checkout -q -b packet/finance-ui main");
    if (migration_clash) repo.write("database/migrations/002.sql", "alter table t add b int;\n");
    repo.write("docs/guide.md", "# Guide\nfinance\nline 3\n");
    repo.commit_all("finance");

    repo.git("checkout -q -b packet/reports main");
    repo.write("src/reports.c", "void report(void) {}\n");
    repo.commit_all("reports");

    repo.git("checkout -q -b packet/legacy main");
    repo.write("docs/guide.md", "# Guide\nlegacy\nline 3\n");
    repo.commit_all("legacy");
    repo.git("checkout -q main");
}

TEST(ConflictsVerb, PredictsAConflictInAnExclusiveZoneAndExitsOne) {
    GitRepo repo;
    write_packets(repo);
    const auto r = run_tollgate({"conflicts"}, repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_THAT(r.out, HasSubstr("3 branch(es) in flight"));
    EXPECT_THAT(r.out, HasSubstr("packet/finance-ui (finance-ui) × packet/foundation (foundation)"));
    EXPECT_THAT(r.out, HasSubstr("CONFLICT database/migrations/002.sql  [Migrations, exclusive, owner foundation]"));
    EXPECT_THAT(r.out, HasSubstr("CONFLICT docs/guide.md  [Docs, shared"));
    EXPECT_THAT(r.out, HasSubstr("skipped packet/legacy: packet legacy is done"));
    EXPECT_THAT(r.out, HasSubstr("2 of 3 pair(s) touch disjoint files"));
}

TEST(ConflictsVerb, ExitsZeroWhenNoConflictIsInAnExclusiveZone) {
    GitRepo repo;
    write_packets(repo, false);
    const auto r = run_tollgate({"conflicts"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("CONFLICT docs/guide.md"));
}

// git itself is the reference for which files conflict.
TEST(ConflictsVerb, AgreesWithGitMergeTreeOnEveryPair) {
    GitRepo repo;
    write_packets(repo);
    repo.git("checkout -q -b packet/rename packet/finance-ui");
    repo.git("mv src/app.c src/main.c");
    repo.commit_all("rename");
    repo.git("checkout -q packet/reports");
    repo.write("src/app.c", "int main(void) { return 1; }\n");
    repo.commit_all("edit app");
    repo.git("checkout -q main");

    const auto r = run_tollgate({"conflicts", "--branches", "packet/*", "--format", "json"}, repo.path());
    ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["branches"].size(), 4u);
    int checked = 0;
    for (std::size_t a = 0; a < j["branches"].size(); ++a) {
        for (std::size_t b = a + 1; b < j["branches"].size(); ++b) {
            const std::string first = j["branches"][a]["name"];
            const std::string second = j["branches"][b]["name"];
            const auto git = test::sh(
                repo.env_prefix() + " git merge-tree --write-tree --name-only --no-messages " + first + " " + second,
                repo.path());
            ASSERT_TRUE(git.exit_code == 0 || git.exit_code == 1) << git.err;
            auto lines = split(git.out, '\n');
            std::vector<std::string> expected(lines.begin() + 1, lines.end());
            std::erase(expected, "");
            std::vector<std::string> predicted;
            for (const auto& p : j["pairs"]) {
                if (p["a"] == first && p["b"] == second) {
                    for (const auto& c : p["conflicts"]) predicted.push_back(c["path"]);
                }
            }
            EXPECT_EQ(predicted, expected) << first << " × " << second;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 6);
}

TEST(ConflictsVerb, PrintsAMarkdownMatrix) {
    GitRepo repo;
    write_packets(repo);
    const auto r = run_tollgate({"conflicts", "--format", "md"}, repo.path());
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_THAT(r.out, HasSubstr("| | packet/finance-ui | packet/foundation | packet/reports |"));
    EXPECT_THAT(r.out, HasSubstr("| **packet/finance-ui** | — | ⛔ **2 conflicts** | · |"));
    EXPECT_THAT(r.out, HasSubstr("- conflict: database/migrations/002.sql — Migrations (exclusive)"));
}

TEST(ConflictsVerb, FindsRemoteTrackingBranchesInAClone) {
    GitRepo repo;
    write_packets(repo);
    test::TempDir dir;
    const auto clone = dir.path() / "clone";
    ASSERT_EQ(test::sh(repo.env_prefix() + " git clone -q file://" + test::shell_quote(repo.path().string()) + " " +
                       test::shell_quote(clone.string()))
                  .exit_code,
              0);
    const auto r = run_tollgate({"conflicts", "--format", "json"}, clone);
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["branches"].size(), 3u);
    EXPECT_EQ(j["branches"][0]["name"], "origin/packet/finance-ui");
    EXPECT_EQ(j["branches"][0]["packet"], "finance-ui");
}

TEST(ConflictsVerb, ComparesTheBranchesMatchingGivenGlobs) {
    GitRepo repo;
    write_packets(repo);
    repo.git("branch feature/one packet/foundation");
    repo.git("branch feature/two packet/finance-ui");
    const auto r = run_tollgate({"conflicts", "--branches", "feature/*", "--format", "json"}, repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["branches"].size(), 2u);
    EXPECT_EQ(j["branches"][0]["name"], "feature/one");
    EXPECT_TRUE(j["branches"][0]["packet"].is_null());
    EXPECT_EQ(j["pairs"][0]["blocking"], true);
}

TEST(ConflictsVerb, SkipsBranchesAlreadyMergedIntoTheBase) {
    GitRepo repo;
    write_packets(repo);
    repo.git("merge -q --no-edit packet/reports");
    const auto r = run_tollgate({"conflicts"}, repo.path());
    EXPECT_THAT(r.out, HasSubstr("skipped packet/reports: nothing in flight: already merged into main"));
}

TEST(ConflictsVerb, LeavesTheRepositoryUntouched) {
    GitRepo repo;
    write_packets(repo);
    const auto refs = repo.git("for-each-ref");
    const auto index = test::read_file(repo.path() / ".git" / "index");
    run_tollgate({"conflicts"}, repo.path());
    EXPECT_EQ(repo.git("for-each-ref"), refs);
    EXPECT_EQ(test::read_file(repo.path() / ".git" / "index"), index);
    EXPECT_EQ(repo.git("status --porcelain"), "");
}

TEST(ConflictsVerb, ExitsThreeOutsideARepositoryOrWithoutTheBase) {
    test::TempDir dir;
    dir.write("tollgate.yml", inventory());
    EXPECT_EQ(run_tollgate({"conflicts"}, dir.path()).exit_code, 3);
    GitRepo repo;
    write_packets(repo);
    const auto r = run_tollgate({"conflicts", "--base", "nope"}, repo.path());
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_THAT(r.err, HasSubstr("unknown revision 'nope'"));
    EXPECT_EQ(run_tollgate({"conflicts", "--format", "pdf"}, repo.path()).exit_code, 2);
    EXPECT_EQ(run_tollgate({"conflicts", "--branches", "a//b"}, repo.path()).exit_code, 2);
}

}  // namespace
}  // namespace tollgate
