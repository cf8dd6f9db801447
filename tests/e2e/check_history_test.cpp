// End-to-end: `tollgate check` and the history in git notes (DESIGN §5.10):
// no-drop against the base commit's recorded coverage, and `check --record`.
#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace tollgate {
namespace {

using test::GitRepo;
using test::run_tollgate;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* k_inventory = R"(version: 1
base: main
gates:
  - id: cov
    run: "mkdir -p build && cp cov.lcov build/cov.lcov"
    changed: ["src/"]
    coverage: {report: build/cov.lcov, format: lcov, no-drop: true}
)";

// An lcov record for src/a.py: `covered` of `total` lines hit.
std::string lcov(int covered, int total) {
    std::string out = "TN:\nSF:src/a.py\n";
    for (int line = 1; line <= total; ++line) {
        out += "DA:" + std::to_string(line) + "," + (line <= covered ? "1" : "0") + "\n";
    }
    return out + "end_of_record\n";
}

std::string source(int lines, const std::string& tag) {
    std::string out;
    for (int line = 1; line <= lines; ++line) out += "x" + std::to_string(line) + " = '" + tag + "'\n";
    return out;
}

// main carries the gate and a report of 2000 of 2500 lines (80.00 %); the
// branch packet/core changes src/a.py and its report gives `covered` of 2500.
struct History {
    GitRepo repo;
    std::string base;
    explicit History(int covered) {
        repo.write("tollgate.yml", k_inventory);
        repo.write("src/a.py", source(2500, "base"));
        repo.write("cov.lcov", lcov(2000, 2500));
        base = repo.commit_all("base");
        repo.git("checkout -q -b packet/core");
        repo.write("src/a.py", source(2500, "change"));
        repo.write("cov.lcov", lcov(covered, 2500));
        repo.commit_all("core: change");
    }
    // `tollgate run --record` on main, as CI does after each merge.
    void record_base() const {
        repo.git("checkout -q main");
        const auto r = run_tollgate({"run", "--record"}, repo.path());
        ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
        repo.git("checkout -q packet/core");
    }
};

TEST(CheckHistoryE2E, NoDropFailsWhenTheChangeFallsBelowTheBaseCommitsRecordedCoverage) {
    const History h(1999);  // 79.96 %
    h.record_base();
    const auto r = run_tollgate({"check", "--format", "json"}, h.repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["gates"].size(), 1u);
    const std::string reason = j["gates"][0]["reason"];
    EXPECT_EQ(reason, "no-drop: lines 79.96 % (1999 of 2500) < 80.00 % recorded in the git note on base " +
                          h.base.substr(0, 12) + " (refs/notes/tollgate)");
    ASSERT_EQ(j["failures"].size(), 1u) << j["failures"];
    const std::string failure = j["failures"][0];
    EXPECT_THAT(failure, HasSubstr(reason));
    EXPECT_THAT(failure, Not(HasSubstr("\n")));
}

TEST(CheckHistoryE2E, NoDropPassesAtTheRecordedFigure) {
    const History h(2000);
    h.record_base();
    const auto r = run_tollgate({"check"}, h.repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_THAT(r.out, Not(HasSubstr("without a baseline")));
}

TEST(CheckHistoryE2E, NoDropWithoutARecordPassesWithAWarningSayingHowToRecordOne) {
    const History h(1999);
    const auto r = run_tollgate({"check", "--format", "json"}, h.repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    const auto j = nlohmann::json::parse(r.out);
    const std::string expected = "no-drop: no recorded coverage for base " + h.base.substr(0, 12) +
                                 "; record one with `tollgate run --record` on main";
    ASSERT_EQ(j["warnings"].size(), 1u) << j["warnings"];
    EXPECT_EQ(j["warnings"][0], "gate cov passed no-drop without a baseline: " + expected.substr(9));
    const auto text = run_tollgate({"check"}, h.repo.path());
    EXPECT_THAT(text.out, HasSubstr("without a baseline: no recorded coverage for base"));
}

TEST(CheckHistoryE2E, ABaselineFileTakesPrecedenceOverTheRecordedFigure) {
    const History h(1999);
    h.record_base();
    h.repo.write("low.json", R"({"totals": {"lines": {"covered": 1, "total": 2}}})");
    const auto r = run_tollgate({"check", "--baseline", "low.json"}, h.repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST(CheckHistoryE2E, ACorruptNoteOnTheBaseFailsTheGateNamingTheBadLine) {
    const History h(2000);
    h.repo.git("notes --ref tollgate add -m '{\"tool\": \"tollgate\", broken' main");
    const auto r = run_tollgate({"check", "--format", "json"}, h.repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    const auto j = nlohmann::json::parse(r.out);
    const std::string reason = j["gates"][0]["reason"];
    const std::string sha = h.base.substr(0, 12);
    EXPECT_EQ(reason, "no-drop: cannot read the recorded coverage for base " + sha + ": note on " + sha +
                          " line 1: not valid JSON; fix or remove it with `git notes --ref tollgate edit " + sha + "`");
}

TEST(CheckHistoryE2E, ARecordFromANewerTollgateSaysToUpgrade) {
    const History h(2000);
    h.repo.git("notes --ref tollgate add -m '{\"tool\": \"tollgate\", \"version\": 99, \"time_unix\": 1}' main");
    const auto r = run_tollgate({"check", "--format", "json"}, h.repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    const std::string reason = nlohmann::json::parse(r.out)["gates"][0]["reason"];
    EXPECT_THAT(reason, HasSubstr("written by a newer tollgate"));
}

TEST(CheckHistoryE2E, CheckRecordStoresTheVerdictOnTheHeadCommitAndTheNextChangeIsHeldToIt) {
    const History h(2000);
    const auto r = run_tollgate({"check", "--record"}, h.repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("Recorded in refs/notes/tollgate on "));
    const auto note = nlohmann::json::parse(h.repo.git("notes --ref tollgate show HEAD"));
    EXPECT_EQ(note["kind"], "check");
    EXPECT_EQ(note["verdict"], "pass");
    ASSERT_EQ(note["gates"].size(), 1u);
    EXPECT_EQ(note["gates"][0]["id"], "cov");
    EXPECT_EQ(note["gates"][0]["coverage"]["line"], 80.0);

    // A change on top of the recorded head that drops one line is held to 80.00 %.
    const std::string head = h.repo.git("rev-parse HEAD").substr(0, 12);
    h.repo.git("checkout -q -b packet/next");
    h.repo.write("src/a.py", source(2500, "next"));
    h.repo.write("cov.lcov", lcov(1999, 2500));
    h.repo.commit_all("next");
    const auto next = run_tollgate({"check", "--base", "packet/core", "--format", "json"}, h.repo.path());
    EXPECT_EQ(next.exit_code, 1) << next.out << next.err;
    const std::string reason = nlohmann::json::parse(next.out)["gates"][0]["reason"];
    EXPECT_THAT(reason, HasSubstr("< 80.00 % recorded in the git note on base " + head));
}

TEST(CheckHistoryE2E, CheckRecordRecordsAFailingVerdict) {
    const History h(1999);
    h.record_base();
    const auto r = run_tollgate({"check", "--record"}, h.repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    const auto note = nlohmann::json::parse(h.repo.git("notes --ref tollgate show HEAD"));
    EXPECT_EQ(note["kind"], "check");
    EXPECT_EQ(note["verdict"], "fail");
}

TEST(CheckHistoryE2E, CheckRecordWithDryRunIsAUsageError) {
    const History h(2000);
    const auto r = run_tollgate({"check", "--record", "--dry-run"}, h.repo.path());
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    EXPECT_THAT(r.err, HasSubstr("--dry-run has none"));
}

TEST(CheckHistoryE2E, AManualGateIsSignedOffByASignoffRecordOnACommitOfTheChange) {
    GitRepo repo;
    repo.write("tollgate.yml", "version: 1\nbase: main\ngates:\n  - {id: look, manual: true, changed: [\"src/\"]}\n");
    repo.commit_all("base");
    repo.git("checkout -q -b feature");
    repo.write("src/a.txt", "a\n");
    repo.commit_all("a");
    EXPECT_EQ(run_tollgate({"check"}, repo.path()).exit_code, 1);

    // A `run` record does not sign off, even with the gate passed.
    repo.git(
        "notes --ref tollgate add -m '{\"tool\": \"tollgate\", \"version\": 1, \"kind\": \"run\", "
        "\"time_unix\": 1, \"gates\": [{\"id\": \"look\", \"status\": \"passed\"}]}' HEAD");
    EXPECT_EQ(run_tollgate({"check"}, repo.path()).exit_code, 1);
    repo.git(
        "notes --ref tollgate append -m '{\"tool\": \"tollgate\", \"version\": 1, \"kind\": \"signoff\", "
        "\"time_unix\": 1, \"gates\": [{\"id\": \"look\", \"status\": \"passed\"}]}' HEAD");
    const auto r = run_tollgate({"check", "--format", "json"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["gates"][0]["status"], "passed") << r.out;
}

}  // namespace
}  // namespace tollgate
