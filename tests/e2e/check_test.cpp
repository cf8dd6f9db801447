// End-to-end: `tollgate check`, the pre-merge verdict, over real repositories.
#include "tests/support/git_repo.hpp"
#include "tests/support/scenario.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace tollgate {
namespace {

using test::GitRepo;
using test::run_tollgate;
using test::Scenario;
using ::testing::Contains;
using ::testing::HasSubstr;

std::string line_of(const std::string& text, const std::string& part) {
    const auto at = text.find(part);
    if (at == std::string::npos) return "";
    const auto start = text.rfind('\n', at);
    const auto end = text.find('\n', at);
    return text.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1));
}

TEST(CheckE2E, AZoneViolationFailsWithOneActionableLine) {
    const Scenario s;
    s.merge_foundation();
    s.branch("packet/services", {{"database/migrations/001.sql", "create table t (id bigint);\n"}},
             "services: widen the id\n\nVerified: look");
    const auto& repo = s.repo();
    const auto r = run_tollgate({"check", "--today", "2025-01-20"}, repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_THAT(r.out, HasSubstr("tollgate check: FAIL"));
    EXPECT_THAT(r.out, HasSubstr("  - services may not modify database/migrations/001.sql: zone Migrations "
                                 "('database/migrations/' at tollgate.yml:"));
    EXPECT_THAT(r.out, HasSubstr("is exclusive to foundation"));
}

TEST(CheckE2E, ADependencyThatIsNotMergedFailsAndPassesOnceItIs) {
    const Scenario s;
    s.branch("packet/foundation", {{"database/migrations/002.sql", "create table u (id int);\n"}},
             "foundation: second migration");
    s.branch("packet/services", {{"src/service.py", "pass\n"}}, "services: first service\n\nVerified: look");
    const auto& repo = s.repo();

    const auto before = run_tollgate({"check", "--today", "2025-01-20"}, repo.path());
    EXPECT_EQ(before.exit_code, 1) << before.out << before.err;
    EXPECT_THAT(before.out, HasSubstr("  - services may not merge before foundation (tollgate.yml:"));
    EXPECT_THAT(line_of(before.out, "  - services may not merge before foundation"),
                HasSubstr("is done: 1 commit on packet/foundation is not on main"))
        << before.out;
    EXPECT_THAT(before.out, HasSubstr("services may not merge before checkpoint cp-1"));

    s.merge("packet/foundation");
    repo.git("checkout -q packet/services");
    repo.git("rebase -q main");
    const auto after = run_tollgate({"check", "--today", "2025-01-20", "--format", "json"}, repo.path());
    EXPECT_EQ(after.exit_code, 0) << after.out << after.err;
    const auto j = nlohmann::json::parse(after.out);
    EXPECT_EQ(j["verdict"], "pass");
    EXPECT_EQ(j["packet"], "services");
    EXPECT_EQ(j["dependencies"][0]["satisfied"], true);
    EXPECT_EQ(j["checkpoints"][0]["id"], "cp-1");
    EXPECT_EQ(j["checkpoints"][0]["status"], "passed");
    EXPECT_EQ(j["checkpoints"][0]["blocker"], true);
    std::vector<std::string> gates;
    for (const auto& g : j["gates"]) gates.push_back(g["id"]);
    EXPECT_EQ(gates, (std::vector<std::string>{"migrate", "unit", "look"}));
    EXPECT_EQ(j["gates"][2]["status"], "passed");
    EXPECT_EQ(j["changed"][0]["path"], "src/service.py");
    EXPECT_EQ(j["changed"][0]["verdict"], "allowed");
    EXPECT_EQ(j["triggers"][0]["when"], "packet.delay > 4h");
    EXPECT_EQ(j["triggers"][0]["fired"], false);
    EXPECT_EQ(j["triggers"][0]["action"], "notify");
}

TEST(CheckE2E, AManualGateWithoutAVerifiedTrailerIsListedAsMissing) {
    const Scenario s;
    s.merge_foundation();
    s.branch("packet/services", {{"src/service.py", "pass\n"}}, "services: first service");
    const auto& repo = s.repo();
    const auto r = run_tollgate({"check", "--today", "2025-01-20"}, repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_THAT(r.out, HasSubstr("  - gate look is manual and has no sign-off: once a person has checked it, add a "
                                 "'Verified: look' trailer to a commit of the change"));
}

TEST(CheckE2E, AFailingGateFailsTheCheckAndLateWorkNotifies) {
    const Scenario s;
    s.merge_foundation();
    s.branch("packet/services", {{"FAIL_UNIT", "x\n"}}, "services: break the unit gate\n\nVerified: look");
    const auto& repo = s.repo();
    const auto r = run_tollgate({"check", "--today", "2025-01-30"}, repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_THAT(r.out, HasSubstr("  - gate unit failed (exit 1)"));
    EXPECT_THAT(r.out, HasSubstr("Notifications"));
    EXPECT_THAT(r.out, HasSubstr("trigger 'packet.delay > 4h' (tollgate.yml:"));
    EXPECT_THAT(r.out, HasSubstr("fired: packet.delay is 9d, > 4h — escalate-to-lead"));
}

TEST(CheckE2E, APendingCheckpointIsOverdueAfterItsDueDateAndForceEvaluatesItEarly) {
    const Scenario s;
    s.branch("topic", {{"README.md", "more\n"}}, "readme");
    const auto& repo = s.repo();
    const auto pending =
        run_tollgate({"check", "--checkpoint", "cp-1", "--today", "2025-01-25", "--format", "json"}, repo.path());
    EXPECT_EQ(pending.exit_code, 0) << pending.out << pending.err;
    auto j = nlohmann::json::parse(pending.out);
    EXPECT_EQ(j["checkpoints"][0]["status"], "overdue");
    EXPECT_EQ(j["checkpoints"][0]["due"], "2025-01-21");
    EXPECT_EQ(j["gates"].size(), 0u);
    EXPECT_THAT(j["warnings"][0].get<std::string>(),
                HasSubstr("checkpoint cp-1 is overdue: waiting: foundation is not done"));

    const auto forced = run_tollgate(
        {"check", "--checkpoint", "cp-1", "--force", "--today", "2025-01-25", "--format", "json"}, repo.path());
    EXPECT_EQ(forced.exit_code, 0) << forced.out << forced.err;
    j = nlohmann::json::parse(forced.out);
    EXPECT_EQ(j["checkpoints"][0]["status"], "passed");
    EXPECT_EQ(j["checkpoints"][0]["forced"], true);
    EXPECT_EQ(j["gates"][0]["id"], "migrate");
}

TEST(CheckE2E, GatesWhoseChangedGlobsMatchRunAndDryRunListsThemWithoutRunning) {
    const Scenario s;
    s.branch("topic", {{"docs/guide.md", "# Guide\n"}}, "docs");
    const auto& repo = s.repo();
    const auto dry = run_tollgate({"check", "--dry-run", "--today", "2025-01-20"}, repo.path());
    EXPECT_EQ(dry.exit_code, 0) << dry.out << dry.err;
    EXPECT_THAT(dry.out, HasSubstr("Gates that would run (--dry-run): 1"));
    EXPECT_THAT(dry.out, HasSubstr("  docs: changed: docs/ matches docs/guide.md"));
    const auto ran = run_tollgate({"check", "--today", "2025-01-20", "--format", "json"}, repo.path());
    EXPECT_EQ(ran.exit_code, 0) << ran.out;
    const auto j = nlohmann::json::parse(ran.out);
    ASSERT_EQ(j["gates"].size(), 1u);
    EXPECT_EQ(j["gates"][0]["status"], "passed");
    EXPECT_EQ(j["packet"], nullptr);
}

TEST(CheckE2E, TheTrustedInventoryComesFromTheBaseSoAChangeCannotDropItsOwnGates) {
    const Scenario s;
    s.merge_foundation();
    // The change deletes its failing gate from its packet in the plan.
    std::string weakened = test::foundation_plan();
    weakened.replace(weakened.find("gates: [unit, look]"), 19, "gates: [look]");
    s.branch("packet/services", {{"FAIL_UNIT", "x\n"}, {"tollgate.yml", weakened}},
             "services: drop the unit gate\n\nVerified: look");
    const auto& repo = s.repo();

    const auto own = run_tollgate({"check", "--today", "2025-01-20", "--format", "json"}, repo.path());
    auto j = nlohmann::json::parse(own.out);
    EXPECT_EQ(j["inventory_from"], "working tree");
    // Even then, the edit to the plan is judged by the zone covering it.
    EXPECT_EQ(own.exit_code, 1);
    EXPECT_THAT(j["failures"][0].get<std::string>(), HasSubstr("services may not modify tollgate.yml: zone Plan"));

    const auto trusted = run_tollgate(
        {"check", "--trusted-inventory", "base", "--today", "2025-01-20", "--format", "json"}, repo.path());
    EXPECT_EQ(trusted.exit_code, 1) << trusted.out << trusted.err;
    j = nlohmann::json::parse(trusted.out);
    EXPECT_THAT(j["inventory_from"].get<std::string>(), HasSubstr("(--trusted-inventory base)"));
    bool unit_failed = false;
    for (const auto& f : j["failures"]) unit_failed = unit_failed || f == "gate unit failed (exit 1)";
    EXPECT_TRUE(unit_failed) << trusted.out;
}

TEST(CheckE2E, ReportDirHoldsResultsJunitAndSummary) {
    const Scenario s;
    s.merge_foundation();
    s.branch("packet/services", {{"src/service.py", "pass\n"}}, "services\n\nVerified: look");
    const auto& repo = s.repo();
    const auto out = repo.path() / "out";
    const auto r = run_tollgate({"check", "--today", "2025-01-20", "--report-dir", out.string()}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out;
    EXPECT_TRUE(std::filesystem::exists(out / "junit.xml"));
    std::ifstream results(out / "results.json");
    const auto j = nlohmann::json::parse(results);
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["verb"], "check");
    std::ifstream summary(out / "summary.md");
    const std::string md((std::istreambuf_iterator<char>(summary)), std::istreambuf_iterator<char>());
    EXPECT_THAT(md, HasSubstr("## tollgate check: ✅ pass"));
}

TEST(CheckE2E, BadInputIsAUsageOrEnvironmentErrorWithItsExitCode) {
    const Scenario s;
    const auto& repo = s.repo();
    const auto format = run_tollgate({"check", "--format", "xml"}, repo.path());
    EXPECT_EQ(format.exit_code, 2);
    EXPECT_THAT(format.err, HasSubstr("unknown check format 'xml'"));
    const auto force = run_tollgate({"check", "--force"}, repo.path());
    EXPECT_EQ(force.exit_code, 2);
    EXPECT_THAT(force.err, HasSubstr("--force evaluates a checkpoint early; name it with --checkpoint"));
    const auto today = run_tollgate({"check", "--today", "tomorrow"}, repo.path());
    EXPECT_EQ(today.exit_code, 2);
    EXPECT_THAT(today.err, HasSubstr("--today 'tomorrow' is not a date"));
    const auto checkpoint = run_tollgate({"check", "--checkpoint", "cp1"}, repo.path());
    EXPECT_EQ(checkpoint.exit_code, 2);
    EXPECT_THAT(checkpoint.err, HasSubstr("did you mean 'cp-1'?"));
    const auto trust = run_tollgate({"check", "--trusted-inventory", "head"}, repo.path());
    EXPECT_EQ(trust.exit_code, 2);
    const auto baseline = run_tollgate({"check", "--baseline", "nope.json"}, repo.path());
    EXPECT_EQ(baseline.exit_code, 3);
    EXPECT_THAT(baseline.err, HasSubstr("--baseline nope.json does not exist"));
    const auto base = run_tollgate({"check", "--base", "no-such-branch"}, repo.path());
    EXPECT_EQ(base.exit_code, 3) << base.err;
    const test::TempDir plain;
    {
        std::ofstream f(plain.path() / "tollgate.yml");
        f << test::foundation_plan();
    }
    const auto not_repo = run_tollgate({"check"}, plain.path());
    EXPECT_EQ(not_repo.exit_code, 3) << not_repo.err;
}

constexpr const char* k_coverage_inventory = R"(version: 1
base: main
packets:
  - id: core
    branches: ["packet/core"]
zones:
  - name: Core
    paths: ["src/"]
    owner: core
    rule: exclusive
gates:
  - id: cov
    run: "mkdir -p build && cp cov.lcov build/cov.lcov"
    changed: ["src/"]
    coverage: {report: build/cov.lcov, format: lcov, min: 50, patch-min: 100, zones: {Core: 90}}
triggers:
  - when: coverage < 80
    action: block
    message: block-deployment
  - when: patch-coverage < 50
    action: warn
)";

TEST(CheckE2E, CoverageGatesReportLinePatchAndZoneFiguresAndTriggersReadThem) {
    GitRepo repo;
    repo.write("tollgate.yml", k_coverage_inventory);
    repo.write("README.md", "x\n");
    repo.commit_all("base");
    repo.git("checkout -q -b packet/core");
    repo.write("src/a.py", "a = 1\nb = 2\nc = 3\nd = 4\n");
    repo.write("cov.lcov", "TN:\nSF:src/a.py\nDA:1,1\nDA:2,0\nDA:3,1\nDA:4,1\nend_of_record\n");
    repo.commit_all("core: a");

    const auto r = run_tollgate({"check", "--format", "json"}, repo.path());
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["gates"].size(), 1u);
    const auto& cov = j["gates"][0]["coverage"];
    EXPECT_EQ(cov["line"], 75.0) << cov;
    EXPECT_EQ(cov["patch"], 75.0) << cov;
    const std::string reason = j["gates"][0]["reason"];
    EXPECT_THAT(reason, HasSubstr("patch-min 100 %"));
    EXPECT_THAT(reason, HasSubstr("min (zone Core) 90 %"));
    EXPECT_EQ(j["triggers"][0]["value"], 75.0);
    EXPECT_EQ(j["triggers"][0]["fired"], true);
    EXPECT_EQ(j["triggers"][1]["fired"], false);
    EXPECT_THAT(j["failures"].get<std::vector<std::string>>(),
                Contains(HasSubstr("trigger 'coverage < 80' (tollgate.yml:17:")));

    // `run` attaches the same figures to results.json: the scheduler's default gate kind knows `coverage:`.
    const auto run = run_tollgate({"run", "--format", "json"}, repo.path());
    const auto rj = nlohmann::json::parse(run.out);
    EXPECT_EQ(rj["gates"][0]["coverage"]["line"], 75.0) << run.out;
}

TEST(CheckE2E, NoDropComparesWithTheBaselineFileGiven) {
    GitRepo repo;
    std::string inventory = k_coverage_inventory;
    inventory.replace(inventory.find("zones: {Core: 90}"), 17, "no-drop: true");
    inventory.replace(inventory.find("patch-min: 100, "), 16, "");
    inventory = inventory.substr(0, inventory.find("triggers:"));
    repo.write("tollgate.yml", inventory);
    repo.write("README.md", "x\n");
    repo.commit_all("base");
    repo.git("checkout -q -b packet/core");
    repo.write("src/a.py", "a = 1\nb = 2\nc = 3\nd = 4\n");
    repo.write("cov.lcov", "TN:\nSF:src/a.py\nDA:1,1\nDA:2,0\nDA:3,1\nDA:4,1\nend_of_record\n");
    repo.commit_all("core: a");
    // Untracked files: not part of the change.
    repo.write("higher.json", R"({"totals": {"lines": {"covered": 9, "total": 10}}})");
    repo.write("lower.json", R"({"totals": {"lines": {"covered": 1, "total": 2}}})");
    const std::string higher = "higher.json";
    const std::string lower = "lower.json";

    const auto dropped = run_tollgate({"check", "--baseline", higher, "--format", "json"}, repo.path());
    EXPECT_EQ(dropped.exit_code, 1) << dropped.out << dropped.err;
    const auto j = nlohmann::json::parse(dropped.out);
    EXPECT_THAT(j["gates"][0]["reason"].get<std::string>(), HasSubstr("no-drop")) << j["gates"][0];
    const auto kept = run_tollgate({"check", "--baseline", lower}, repo.path());
    EXPECT_EQ(kept.exit_code, 0) << kept.out << kept.err;
}

TEST(CheckE2E, StagedChangesAreJudgedAndAckSatisfiesACoordinateZone) {
    GitRepo repo;
    repo.write("tollgate.yml", R"(version: 1
packets:
  - {id: foundation}
  - {id: services, branches: [packet/services]}
zones:
  - {name: Services, paths: [src/services/], owner: foundation, rule: coordinate, coordination: Interface contracts}
)");
    repo.write("src/services/api.py", "def f(): pass\n");
    repo.commit_all("base");
    repo.git("checkout -q -b packet/services");
    repo.write("src/services/api.py", "def f(): return 1\n");
    repo.git("add -A");
    const auto alone = run_tollgate({"check", "--staged"}, repo.path());
    EXPECT_EQ(alone.exit_code, 1) << alone.out << alone.err;
    EXPECT_THAT(alone.out, HasSubstr("staged changes against HEAD"));
    EXPECT_THAT(alone.out, HasSubstr("  - services may not modify src/services/api.py"));
    const auto acked = run_tollgate({"check", "--staged", "--ack", "foundation"}, repo.path());
    EXPECT_EQ(acked.exit_code, 0) << acked.out << acked.err;
    const auto both = run_tollgate({"check", "--staged", "--worktree"}, repo.path());
    EXPECT_EQ(both.exit_code, 2);
    EXPECT_THAT(both.err, HasSubstr("--staged and --worktree exclude each other"));
}

TEST(CheckE2E, ABrokenOrDeletedInventoryInTheChangeIsJudgedByItsZoneUnderTheTrustedInventory) {
    const Scenario s;
    s.merge_foundation();
    s.branch("packet/services", {{"tollgate.yml", "version: [\n"}}, "services: break the plan\n\nVerified: look");
    const auto& repo = s.repo();
    const auto broken = run_tollgate({"check", "--trusted-inventory", "base", "--today", "2025-01-20"}, repo.path());
    EXPECT_EQ(broken.exit_code, 1) << broken.out << broken.err;
    EXPECT_THAT(broken.out, HasSubstr("  - services may not modify tollgate.yml: zone Plan"));
    EXPECT_THAT(broken.err, HasSubstr("the work tree's inventory does not load"));
    // Without trust, the broken file is an inventory error.
    EXPECT_EQ(run_tollgate({"check"}, repo.path()).exit_code, 2);

    repo.git("rm -q tollgate.yml");
    repo.commit_all("services: delete the plan");
    const auto deleted = run_tollgate({"check", "--trusted-inventory", "base", "--today", "2025-01-20"}, repo.path());
    EXPECT_EQ(deleted.exit_code, 1) << deleted.out << deleted.err;
    EXPECT_THAT(deleted.out, HasSubstr("  - services may not delete tollgate.yml: zone Plan"));
}

}  // namespace
}  // namespace tollgate
