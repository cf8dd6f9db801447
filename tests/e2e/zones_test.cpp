// End-to-end: `tollgate zones` (and validate's zone checks) over real repositories.
#include "runner/git/raw_path.hpp"
#include "tests/support/git_repo.hpp"
#include "tests/support/inventory_text.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

namespace tollgate {
namespace {

using test::GitRepo;
using test::run_tollgate;
using ::testing::HasSubstr;
using ::testing::Not;

std::string inventory() {
    return test::migrations_inventory("Demo", "database/migrations/")
        .zone("Models", "app/Models/", "foundation", "extend")
        .zone("Docs", "docs/", "foundation", "shared")
        .str();
}

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

// main with the inventory and a few zoned files; returns the base commit.
std::string write_base(const GitRepo& repo) {
    repo.write("tollgate.yml", inventory());
    repo.write("database/migrations/001.sql", "create table t (id int);\n");
    repo.write("app/Models/User.php", "<?php\nclass User {}\n");
    repo.write("docs/guide.md", "# Guide\n");
    repo.write("README.md", "demo\n");
    return repo.commit_all("base");
}

// packet/finance-ui extends a model (allowed), edits docs (shared) and adds a
// migration (a violation of foundation's exclusive zone).
void write_finance_branch(const GitRepo& repo, bool with_violation) {
    repo.git("checkout -q -b packet/finance-ui");
    repo.write("app/Models/User.php", "<?php\nclass User {}\n// invoices\n");
    repo.write("docs/guide.md", "# Guide\nfinance\n");
    if (with_violation) repo.write("database/migrations/002.sql", "alter table t;\n");
    repo.commit_all("finance ui");
}

TEST(ZonesVerb, JudgesTheBranchAgainstItsMergeBaseAndExitsOneOnAViolation) {
    GitRepo repo;
    write_base(repo);
    write_finance_branch(repo, true);
    const auto r = run_tollgate({"zones"}, repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_THAT(r.out, HasSubstr("packet finance-ui"));
    EXPECT_THAT(r.out, HasSubstr("A  database/migrations/002.sql"));
    EXPECT_THAT(r.out, HasSubstr("violation: finance-ui may not add database/migrations/002.sql"));
    EXPECT_THAT(r.out, HasSubstr("pattern \"database/migrations/\" at tollgate.yml:11:"));
    EXPECT_THAT(r.out, HasSubstr("1 violation(s) — fail"));
}

TEST(ZonesVerb, ExitsZeroWhenEveryChangedPathIsAllowed) {
    GitRepo repo;
    write_base(repo);
    write_finance_branch(repo, false);
    const auto r = run_tollgate({"zones", "--base", "main"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("0 violation(s) — pass"));
}

TEST(ZonesVerb, PrintsTheJsonFieldsOfTheDesign) {
    GitRepo repo;
    const auto base = write_base(repo);
    write_finance_branch(repo, true);
    repo.git("mv README.md README.txt");
    repo.commit_all("rename");
    const auto r = run_tollgate({"zones", "--format", "json"}, repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["verdict"], "fail");
    EXPECT_EQ(j["packet"], "finance-ui");
    EXPECT_EQ(j["base"], "main");
    EXPECT_EQ(j["base_commit"], base);
    EXPECT_EQ(j["head"], "HEAD");
    ASSERT_EQ(j["changed"].size(), 4u);
    for (const auto& c : j["changed"]) {
        for (const char* key : {"path", "old_path", "status", "zone", "owner", "rule", "verdict", "reason"}) {
            EXPECT_TRUE(c.contains(key)) << key;
        }
    }
    const auto& renamed = j["changed"][0];
    EXPECT_EQ(renamed["path"], "README.txt");
    EXPECT_EQ(renamed["old_path"], "README.md");
    EXPECT_EQ(renamed["status"], "renamed");
    EXPECT_EQ(renamed["verdict"], "allowed");
    const auto& model = j["changed"][1];
    EXPECT_EQ(model["zone"], "Models");
    EXPECT_EQ(model["rule"], "extend");
    EXPECT_EQ(model["owner"], "foundation");
    EXPECT_EQ(model["lines_added"], 1);
    EXPECT_EQ(model["lines_removed"], 0);
    EXPECT_EQ(j["changed"][2]["verdict"], "violation");
}

TEST(ZonesVerb, UsesAPacketTrailerAndAcks) {
    GitRepo repo;
    write_base(repo);
    repo.git("checkout -q -b feature/x");
    repo.write("database/migrations/002.sql", "alter table t;\n");
    repo.commit_all("migration\n\nPacket: foundation");
    const auto r = run_tollgate({"zones", "--format", "json"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["packet"], "foundation");
    const auto other = run_tollgate({"zones", "--packet", "finance-ui"}, repo.path());
    EXPECT_EQ(other.exit_code, 1) << other.out;
}

TEST(ZonesVerb, LooksUpPathsRelativeToTheCurrentDirectoryWithoutVerdicts) {
    GitRepo repo;
    write_base(repo);
    const auto r = run_tollgate({"zones", "migrations/001.sql", "../README.md"}, repo.path() / "database");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("database/migrations/001.sql\n     zone Migrations (exclusive), owner foundation"));
    EXPECT_THAT(r.out, HasSubstr("README.md\n     no zone"));
    EXPECT_THAT(r.out, Not(HasSubstr("violation")));
    const auto j = nlohmann::json::parse(
        run_tollgate({"-C", "database", "zones", "--format", "json", "migrations/x.sql"}, repo.path()).out);
    EXPECT_EQ(j["mode"], "paths");
    EXPECT_EQ(j["changed"][0]["path"], "database/migrations/x.sql");
    EXPECT_TRUE(j["changed"][0]["verdict"].is_null());
}

TEST(ZonesVerb, RefusesAPathOutsideTheRepository) {
    GitRepo repo;
    write_base(repo);
    const auto r = run_tollgate({"zones", "../elsewhere"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("outside the repository"));
}

TEST(ZonesVerb, EscapesNonUtf8PathsLosslesslyInJson) {
    GitRepo repo;
    write_base(repo);
    repo.git("checkout -q -b packet/foundation");
    test::sh("printf x > \"$(printf 'docs/caf\\351 menu.md')\" && printf x > \"$(printf 'docs/two\\nlines.md')\"",
             repo.path());
    repo.commit_all("odd names");
    const auto r = run_tollgate({"zones", "--format", "json"}, repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    bool saw_latin1 = false;
    for (const auto& c : j["changed"]) {
        if (!c.contains("path_bytes")) {
            if (c["path"] == "docs/two\nlines.md") {
                EXPECT_EQ(c["zone"], "Docs");
            }
            continue;
        }
        std::string raw;
        ASSERT_TRUE(base64_decode(c["path_bytes"].get<std::string>(), raw));
        EXPECT_EQ(raw, std::string("docs/caf\xe9 menu.md"));
        EXPECT_EQ(c["path"], "docs/caf\xEF\xBF\xBD menu.md");
        saw_latin1 = true;
    }
    EXPECT_TRUE(saw_latin1) << r.out;
    // Text output never passes the raw bytes or the newline to the terminal.
    const auto text = run_tollgate({"zones"}, repo.path());
    EXPECT_THAT(text.out, HasSubstr("docs/caf\\xE9 menu.md"));
    EXPECT_THAT(text.out, HasSubstr("docs/two\\nlines.md"));
}

TEST(ZonesVerb, JudgesStagedAndWorkingTreeChanges) {
    GitRepo repo;
    write_base(repo);
    repo.git("checkout -q -b packet/finance-ui");
    repo.write("database/migrations/003.sql", "staged\n");
    repo.git("add database/migrations/003.sql");
    repo.write("docs/guide.md", "# Guide\nunstaged\n");
    const auto staged = nlohmann::json::parse(run_tollgate({"zones", "--staged", "--format", "json"}, repo.path()).out);
    EXPECT_EQ(staged["mode"], "staged");
    ASSERT_EQ(staged["changed"].size(), 1u);
    EXPECT_EQ(staged["changed"][0]["path"], "database/migrations/003.sql");
    const auto worktree = run_tollgate({"zones", "--worktree", "--format", "json"}, repo.path());
    EXPECT_EQ(worktree.exit_code, 1);
    EXPECT_EQ(nlohmann::json::parse(worktree.out)["changed"].size(), 2u);
}

TEST(ZonesVerb, RefusesContradictoryOptions) {
    GitRepo repo;
    write_base(repo);
    EXPECT_EQ(run_tollgate({"zones", "--staged", "--worktree"}, repo.path()).exit_code, 2);
    EXPECT_EQ(run_tollgate({"zones", "--staged", "--base", "main"}, repo.path()).exit_code, 2);
    EXPECT_EQ(run_tollgate({"zones", "README.md", "--base", "main"}, repo.path()).exit_code, 2);
    EXPECT_EQ(run_tollgate({"zones", "--format", "xml"}, repo.path()).exit_code, 2);
}

TEST(ZonesVerb, ExitsThreeOutsideARepository) {
    test::TempDir dir;
    dir.write("tollgate.yml", inventory());
    const auto r = run_tollgate({"zones", "--base", "main"}, dir.path());
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_THAT(r.err, HasSubstr("not a git repository"));
}

TEST(ZonesVerb, ExitsThreeForAnUnknownRef) {
    GitRepo repo;
    write_base(repo);
    const auto r = run_tollgate({"zones", "--base", "no-such-branch"}, repo.path());
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_THAT(r.err, HasSubstr("unknown revision 'no-such-branch' for --base"));
}

TEST(ZonesVerb, RejectsShellMetacharactersInARefWithoutRunningAnything) {
    GitRepo repo;
    write_base(repo);
    const auto r = run_tollgate({"zones", "--base", "x;touch pwned", "--head", "$(touch pwned2)"}, repo.path());
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_THAT(r.err, HasSubstr("malformed revision"));
    EXPECT_FALSE(std::filesystem::exists(repo.path() / "pwned"));
    EXPECT_FALSE(std::filesystem::exists(repo.path() / "pwned2"));
    const auto semicolon = run_tollgate({"zones", "--base", "x;rm"}, repo.path());
    EXPECT_EQ(semicolon.exit_code, 3) << semicolon.err;  // a legal ref name that does not exist
}

TEST(ZonesVerb, ExitsThreeOnAnUnbornBranch) {
    GitRepo repo;
    repo.write("tollgate.yml", inventory());
    const auto r = run_tollgate({"zones"}, repo.path());
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_THAT(r.err, HasSubstr("no commits yet"));
}

TEST(ZonesVerb, ExitsThreeOnACorruptObject) {
    GitRepo repo;
    const auto base = write_base(repo);
    write_finance_branch(repo, true);
    const auto tree = trimmed(repo.git("rev-parse HEAD^{tree}"));
    const auto object = repo.path() / ".git" / "objects" / tree.substr(0, 2) / tree.substr(2);
    ASSERT_TRUE(std::filesystem::exists(object));
    std::filesystem::permissions(object, std::filesystem::perms::owner_write, std::filesystem::perm_options::add);
    repo.write(".git/objects/" + tree.substr(0, 2) + "/" + tree.substr(2), "this is not zlib");
    const auto r = run_tollgate({"zones", "--base", base}, repo.path());
    EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
    EXPECT_THAT(r.err, HasSubstr("git fsck"));
}

// --depth 1 leaves out the fork point: never "everything changed".
TEST(ZonesVerb, ExitsThreeWithTheFixInAShallowCloneWithoutTheMergeBase) {
    GitRepo repo;
    write_base(repo);
    repo.write("README.md", "main moved on\n");
    repo.commit_all("main moves");
    repo.git("checkout -q -b packet/finance-ui HEAD~1");
    repo.write("docs/guide.md", "# Guide\nfinance\n");
    repo.commit_all("finance");
    test::TempDir dir;
    const auto clone = dir.path() / "shallow";
    ASSERT_EQ(test::sh(repo.env_prefix() + " git clone -q --depth 1 --no-single-branch -b packet/finance-ui file://" +
                       test::shell_quote(repo.path().string()) + " " + test::shell_quote(clone.string()))
                  .exit_code,
              0);
    const auto r = run_tollgate({"zones", "--base", "origin/main"}, clone);
    EXPECT_EQ(r.exit_code, 3) << r.out;
    EXPECT_THAT(r.err, HasSubstr("shallow clone"));
    EXPECT_THAT(r.err, HasSubstr("fetch-depth: 0"));
    EXPECT_THAT(r.err, HasSubstr("git fetch --deepen=100 origin main"));
    EXPECT_EQ(r.out, "");
}

TEST(ZonesVerb, DiffsAPullRequestMergeCommitAgainstItsFirstParentInGitHubActions) {
    GitRepo repo;
    write_base(repo);
    repo.write("README.md", "main moved on\n");
    repo.commit_all("main moves");
    repo.git("checkout -q -b packet/finance-ui HEAD~1");
    repo.write("database/migrations/002.sql", "alter\n");
    repo.commit_all("finance");
    repo.git("checkout -q -b pr main");
    repo.git("merge -q --no-edit --no-ff packet/finance-ui");
    test::TempDir dir;
    const auto clone = dir.path() / "pr";
    const std::string env = repo.env_prefix();
    ASSERT_EQ(test::sh(env + " git clone -q --depth 2 -b pr file://" + test::shell_quote(repo.path().string()) + " " +
                       test::shell_quote(clone.string()) + " && cd " + test::shell_quote(clone.string()) + " && " +
                       env + " git checkout -q --detach")
                  .exit_code,
              0);
    const auto r = test::sh("GITHUB_ACTIONS=true GITHUB_HEAD_REF=packet/finance-ui NO_COLOR=1 " +
                                test::shell_quote(TOLLGATE_BINARY) + " zones --format json",
                            clone);
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_THAT(r.err, HasSubstr("tollgate: note:"));
    EXPECT_THAT(r.err, HasSubstr("first parent"));
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["packet"], "finance-ui");
    ASSERT_EQ(j["changed"].size(), 1u);
    EXPECT_EQ(j["changed"][0]["path"], "database/migrations/002.sql");
}

TEST(ZonesVerb, WorksInAPartialCloneWithoutFetchingBlobs) {
    GitRepo repo;
    repo.git("config uploadpack.allowFilter true");
    write_base(repo);
    write_finance_branch(repo, true);
    test::TempDir dir;
    const auto clone = dir.path() / "partial";
    ASSERT_EQ(test::sh(repo.env_prefix() + " git clone -q --filter=blob:none -b packet/finance-ui file://" +
                       test::shell_quote(repo.path().string()) + " " + test::shell_quote(clone.string()))
                  .exit_code,
              0);
    const auto r = run_tollgate({"zones", "--base", "origin/main", "--format", "json"}, clone);
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_THAT(r.err, HasSubstr("partial clone"));
    EXPECT_EQ(nlohmann::json::parse(r.out)["changed"].size(), 3u);
}

TEST(ValidateZoneChecks, WarnAboutDeadPatternsOverTrackedFiles) {
    GitRepo repo;
    write_base(repo);
    repo.write("tollgate.yml", inventory() + "  - name: Future\n    paths: [\"services/\"]\n    owner: finance-ui\n");
    repo.commit_all("future zone");
    const auto r = run_tollgate({"validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.err, HasSubstr("services/"));
}

TEST(ValidateZoneChecks, SaySoWhenSkippedOutsideARepository) {
    test::TempDir dir;
    dir.write("tollgate.yml", inventory());
    const auto r = run_tollgate({"validate"}, dir.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.err + r.out, HasSubstr("not a git repository: zone checks over tracked files skipped"))
        << r.err << r.out;
}

TEST(ZonesForAPacket, SaysWhichPathsThePacketMayWriteAndExitsOneWhenAnyIsRefused) {
    GitRepo repo;
    write_base(repo);
    const auto r = run_tollgate({"zones", "--packet", "finance-ui", "app/Models/User.php", "docs/new.md",
                                 "database/migrations/002.sql", "README.md"},
                                repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_THAT(r.out, HasSubstr("zones of 4 path(s), packet finance-ui"));
    EXPECT_THAT(r.out, HasSubstr("lets finance-ui extend: add lines, remove or rewrite none"));
    EXPECT_THAT(r.out, HasSubstr("is shared"));
    EXPECT_THAT(r.out, HasSubstr("violation: finance-ui may not add database/migrations/002.sql: zone Migrations"));
    EXPECT_THAT(r.out, HasSubstr("README.md is in no zone"));
    EXPECT_THAT(r.out, HasSubstr("4 path(s): 3 allowed, 1 violation(s) — fail"));
}

TEST(ZonesForAPacket, ExitsZeroWhenEveryPathIsItsOwnAndAnswersInJson) {
    GitRepo repo;
    write_base(repo);
    const auto r = run_tollgate({"zones", "--packet", "foundation", "--format", "json", "database/migrations/003.sql"},
                                repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["packet"], "foundation");
    EXPECT_EQ(j["verdict"], "pass");
    ASSERT_EQ(j["changed"].size(), 1u);
    EXPECT_EQ(j["changed"][0]["verdict"], "allowed");
    EXPECT_EQ(j["changed"][0]["status"], "added");
    EXPECT_EQ(j["changed"][0]["zone"], "Migrations");
}

TEST(ZonesForAPacket, JudgesPathsFromASubfolderAgainstTheRepositoryRoot) {
    GitRepo repo;
    write_base(repo);
    const auto r = run_tollgate({"zones", "--packet", "finance-ui", "002.sql"}, repo.path() / "database/migrations");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_THAT(r.out, HasSubstr("finance-ui may not add database/migrations/002.sql"));
}

TEST(ZonesForAPacket, AgreesWithCheckOnTheSameWrite) {
    GitRepo repo;
    write_base(repo);
    write_finance_branch(repo, true);
    const auto check = run_tollgate({"check", "--dry-run", "--format", "json"}, repo.path());
    // Asked before the write, on main, where the file does not exist yet: the same addition.
    repo.git("checkout -q main");
    const auto zones = run_tollgate({"zones", "--packet", "finance-ui", "database/migrations/002.sql"}, repo.path());
    EXPECT_EQ(check.exit_code, 1) << check.out << check.err;
    EXPECT_EQ(zones.exit_code, 1) << zones.out << zones.err;
    const auto j = nlohmann::json::parse(check.out);
    bool found = false;
    for (const auto& c : j["changed"]) {
        if (c["path"] != "database/migrations/002.sql") continue;
        found = true;
        EXPECT_EQ(c["verdict"], "violation");
        EXPECT_THAT(zones.out, HasSubstr(c["reason"].get<std::string>()));
    }
    EXPECT_TRUE(found) << check.out;
}

TEST(ZonesForAPacket, RefusesAnUnknownPacket) {
    GitRepo repo;
    write_base(repo);
    const auto r = run_tollgate({"zones", "--packet", "finance", "docs/x.md"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_THAT(r.err, HasSubstr("finance"));
}

}  // namespace
}  // namespace tollgate
