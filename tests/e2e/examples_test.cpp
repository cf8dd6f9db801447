// End-to-end: the two seed plans in examples/ are valid inventories, plan as
// the seeds say, and their gates pass. Each example is copied into a fresh
// repository of its own, as a team using it would have it.
#include "tests/support/example_repo.hpp"
#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace tollgate {
namespace {

using nlohmann::json;
using test::copy_example;
using test::GitRepo;
using test::run_tollgate;
using test::shell_quote;

std::set<std::string> as_set(const std::vector<std::string>& ids) {
    return {ids.begin(), ids.end()};
}

// The packet ids of one wave of `plan --format json`.
std::vector<std::string> wave_ids(const json& wave) {
    std::vector<std::string> ids;
    const json& packets = wave.is_object() ? wave.at("packets") : wave;
    for (const auto& p : packets) ids.push_back(p.is_object() ? p.at("id").get<std::string>() : p.get<std::string>());
    return ids;
}

// The waves of `plan --format json` run in `dir`.
std::vector<std::vector<std::string>> plan_waves(const std::filesystem::path& dir, json* whole = nullptr) {
    const auto r = run_tollgate({"plan", "--format", "json"}, dir);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const json doc = json::parse(r.out);
    if (whole != nullptr) *whole = doc;
    std::vector<std::vector<std::string>> waves;
    for (const auto& w : doc.at("plan").at("waves")) waves.push_back(wave_ids(w));
    return waves;
}

std::size_t index_of(const std::vector<std::string>& ids, const std::string& id) {
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
}

TEST(Examples, FinopsBillingValidatesWithoutErrorsOrWarnings) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    const auto r = run_tollgate({"validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("11 packets, 8 gates, 7 checkpoints, 18 zones"), std::string::npos) << r.out;
    EXPECT_EQ(r.err.find("error"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
}

TEST(Examples, RestaurantTicketValidatesWithoutErrorsOrWarnings) {
    GitRepo repo;
    copy_example(repo, "restaurant-ticket");
    const auto r = run_tollgate({"validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("13 packets, 12 gates, 5 checkpoints, 7 zones, 11 triggers"), std::string::npos) << r.out;
    EXPECT_EQ(r.err.find("error"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
}

TEST(Examples, FinopsPlanRunsTheBatchesInTheSeedsWaves) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    const auto waves = plan_waves(repo.path());
    ASSERT_EQ(waves.size(), 5u);
    EXPECT_EQ(waves[0], std::vector<std::string>{"batch-1"});
    EXPECT_EQ(waves[1], std::vector<std::string>{"batch-2"});
    // "Can Run Simultaneously: 3A, 3B, 3C, 4, 7, 8, 9 (after Batch 2)".
    EXPECT_EQ(as_set(waves[2]),
              (std::set<std::string>{"batch-3a", "batch-3b", "batch-3c", "batch-4", "batch-7", "batch-8", "batch-9"}));
    // "Batch 8 should ideally follow Batch 3": soft, so same wave, later place.
    for (const char* ui : {"batch-3a", "batch-3b", "batch-3c"})
        EXPECT_LT(index_of(waves[2], ui), index_of(waves[2], "batch-8")) << ui;
    EXPECT_EQ(waves[3], std::vector<std::string>{"batch-5"});  // waits for Batch 4
    EXPECT_EQ(waves[4], std::vector<std::string>{"batch-6"});  // waits for all others
}

TEST(Examples, FinopsCriticalPathRunsThroughIntegrationsAndJobs) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    json doc;
    plan_waves(repo.path(), &doc);
    std::vector<std::string> packets;
    for (const auto& id : doc.at("plan").at("critical_path"))
        if (id.get<std::string>().starts_with("batch-")) packets.push_back(id.get<std::string>());
    EXPECT_EQ(packets, (std::vector<std::string>{"batch-1", "batch-2", "batch-4", "batch-5", "batch-6"}));
}

TEST(Examples, RestaurantPlanStartsEveryStreamAtOnceAndRollsOutLast) {
    GitRepo repo;
    copy_example(repo, "restaurant-ticket");
    const auto waves = plan_waves(repo.path());
    ASSERT_GE(waves.size(), 3u);
    EXPECT_EQ(as_set(waves.front()), (std::set<std::string>{"a1-schema", "b1-design", "c1-test-setup", "c2-cicd"}));
    EXPECT_EQ(waves.back(), std::vector<std::string>{"c2-rollout"});  // after cp-4
}

// The gates of one checkpoint, run with `run --format json`: id -> gate.
std::map<std::string, json> run_checkpoint(const std::filesystem::path& dir, const std::string& checkpoint) {
    const auto r = run_tollgate({"run", "--checkpoint", checkpoint, "--format", "json"}, dir);
    EXPECT_EQ(r.exit_code, 0) << checkpoint << "\n" << r.out << r.err;
    std::map<std::string, json> gates;
    const json doc = json::parse(r.out, nullptr, false);
    if (doc.is_discarded() || !doc.contains("gates")) {
        ADD_FAILURE() << checkpoint << ": no JSON results\n" << r.out;
        return gates;
    }
    for (const auto& g : doc.at("gates")) gates[g.at("id").get<std::string>()] = g;
    return gates;
}

TEST(Examples, FinopsGatesPassFromAfterBatchOneToTheFinalGate) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    const std::map<std::string, std::vector<std::string>> expected = {
        {"after-batch-1", {"migrate", "models-load"}},
        {"after-batch-2", {"unit-services"}},
        {"after-batch-6", {"coverage"}},
        {"final", {"full-suite", "static-analysis", "code-style"}}};
    for (const auto& [checkpoint, ids] : expected) {
        const auto gates = run_checkpoint(repo.path(), checkpoint);
        for (const auto& id : ids) {
            ASSERT_TRUE(gates.contains(id)) << checkpoint << " lacks " << id;
            EXPECT_EQ(gates.at(id).at("status"), "passed") << id << "\n" << gates.at(id).dump(2);
        }
    }
    // "php artisan test --coverage --min=80": the report the coverage gate wrote.
    const auto r = run_tollgate({"coverage", "build/coverage.xml", "--min", "80"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST(Examples, FinopsVisualInspectionIsAManualGateThatIsNotRun) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    const auto gates = run_checkpoint(repo.path(), "after-batch-3a");
    ASSERT_TRUE(gates.contains("visual-inspection"));
    EXPECT_EQ(gates.at("visual-inspection").at("status"), "manual");
}

TEST(Examples, RestaurantCheckpointGatesPassAndReportTheirMetrics) {
    GitRepo repo;
    copy_example(repo, "restaurant-ticket");
    const auto cp1 = run_checkpoint(repo.path(), "cp-1");
    for (const char* id : {"schema-validate", "migration-rollback", "schema-bench"})
        EXPECT_EQ(cp1.at(id).at("status"), "passed") << id;
    EXPECT_TRUE(cp1.at("schema-bench").at("metrics").contains("p95_ms"));
    const auto cp2 = run_checkpoint(repo.path(), "cp-2");
    EXPECT_EQ(cp2.at("openapi-contract").at("status"), "passed");
    const auto cp3 = run_checkpoint(repo.path(), "cp-3");
    for (const char* id : {"unit-tests", "api-tests", "components"})
        EXPECT_EQ(cp3.at(id).at("status"), "passed") << id << "\n" << cp3.at(id).dump(2);
    const auto cp4 = run_checkpoint(repo.path(), "cp-4");
    for (const char* id : {"bug-scan", "api-perf", "docs-check"}) EXPECT_EQ(cp4.at(id).at("status"), "passed") << id;
    // The metrics the risk triggers read: critical-bug-found, api-response, docs.
    EXPECT_EQ(cp4.at("bug-scan").at("metrics").at("critical"), 0.0);
    EXPECT_TRUE(cp4.at("api-perf").at("metrics").contains("p95_ms"));
    EXPECT_EQ(cp4.at("docs-check").at("metrics").at("documented_pct"), 100.0);
    // "test-coverage < 80% -> block-deployment": the unit-tests gate's report.
    const auto r = run_tollgate({"coverage", "build/coverage.xml", "--min", "80"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

// `make demo` is part of the product: every step must end as it says.
TEST(Examples, DemoScriptEndsEveryStepAsExpected) {
    test::TempDir tmp;
    const auto demo = test::source_dir() / "examples" / "demo.sh";
    const auto r = test::sh("NO_COLOR=1 TMPDIR=" + shell_quote(tmp.path().string()) + " " + shell_quote(demo.string()) +
                            " " + shell_quote(TOLLGATE_BINARY));
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("demo passed"), std::string::npos) << r.out;
    // The pre-merge verdict both ways, each with its reasons.
    EXPECT_NE(r.out.find("tollgate check: PASS"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("tollgate check: FAIL"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  - batch-4 may not modify billing/migrations/2025_01_20_090200_create_payments_table.py: "
                         "zone Migrations"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("  - batch-5 may not merge before batch-4"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace tollgate
