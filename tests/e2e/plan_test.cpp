// End-to-end: `tollgate plan` run as a process over inventories on disk.
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

using test::run_tollgate;
using test::TempDir;

constexpr const char* k_inventory = R"(version: 1
project: Demo
start: 2025-01-20
packets:
  - id: foundation
    effort: 2-3d
  - id: services
    effort: 3-4d
    after: [foundation]
  - id: ui
    effort: 2d
    after: [cp-1]
  - id: docs
    effort: 1d
    after: [foundation]
    prefer-after: [services]
checkpoints:
  - id: cp-1
    title: Schema locked
    after: [services]
    due: 5
    criteria: [Migrations tested]
)";

TEST(PlanVerb, PrintsPhasesCheckpointsAndTheEtaWithCalendarDates) {
    TempDir dir;
    dir.write("tollgate.yml", k_inventory);
    const auto r = run_tollgate({"plan"}, dir.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Phase 1 (2025-01-20 to 2025-01-22): foundation\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Phase 2 (2025-01-22 to 2025-01-25), 2 in parallel: services, docs\n"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("Checkpoint cp-1 after phase 2: Schema locked\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Critical path (mid): foundation -> services -> cp-1 -> ui\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("ETA (mid): 2025-01-27 (day 8)\n"), std::string::npos) << r.out;
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(PlanVerb, WritesVersionedJsonWithWavesAndCriticalPath) {
    TempDir dir;
    dir.write("tollgate.yml", k_inventory);
    const auto r = run_tollgate({"plan", "--format", "json", "--lanes", "1"}, dir.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["plan"]["waves"], nlohmann::json::parse(R"([["foundation"],["services","docs"],["ui"]])"));
    EXPECT_EQ(j["plan"]["critical_path"], nlohmann::json::parse(R"(["foundation","services","cp-1","ui"])"));
    EXPECT_EQ(j["plan"]["lanes"]["total"], 1);
    // One lane runs everything in sequence: 2.5 + 3.5 + 2 + 1 days.
    EXPECT_EQ(j["plan"]["totals"]["parallel"]["mid"], 9.0);
}

TEST(PlanVerb, WritesDotAndMermaid) {
    TempDir dir;
    dir.write("tollgate.yml", k_inventory);
    const auto dot = run_tollgate({"plan", "--format", "dot"}, dir.path());
    ASSERT_EQ(dot.exit_code, 0) << dot.err;
    EXPECT_NE(dot.out.find("\"services\" -> \"docs\" [style=dashed];"), std::string::npos) << dot.out;
    const auto mermaid = run_tollgate({"plan", "--format", "mermaid"}, dir.path());
    ASSERT_EQ(mermaid.exit_code, 0) << mermaid.err;
    EXPECT_EQ(mermaid.out.rfind("flowchart TD\n", 0), 0u);
}

TEST(PlanVerb, RejectsAnUnknownFormatListingTheValidOnes) {
    TempDir dir;
    dir.write("tollgate.yml", k_inventory);
    const auto r = run_tollgate({"plan", "--format", "xml"}, dir.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("unknown plan format 'xml'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("text, json, dot, mermaid"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
}

TEST(PlanVerb, RejectsBadLanesAndEstimates) {
    TempDir dir;
    dir.write("tollgate.yml", k_inventory);
    const auto zero = run_tollgate({"plan", "--lanes", "0"}, dir.path());
    EXPECT_EQ(zero.exit_code, 2);
    EXPECT_NE(zero.err.find("--lanes must be at least 1"), std::string::npos) << zero.err;
    const auto word = run_tollgate({"plan", "--lanes", "many"}, dir.path());
    EXPECT_EQ(word.exit_code, 2) << word.err;
    const auto estimate = run_tollgate({"plan", "--estimate", "worst"}, dir.path());
    EXPECT_EQ(estimate.exit_code, 2);
    EXPECT_NE(estimate.err.find("low, mid, high"), std::string::npos) << estimate.err;
}

TEST(PlanVerb, RefusesACyclicInventoryNamingTheCycle) {
    TempDir dir;
    dir.write("tollgate.yml", "version: 1\npackets:\n  - id: a\n    after: [b]\n  - id: b\n    after: [a]\n");
    const auto r = run_tollgate({"plan"}, dir.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("tollgate.yml:3:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("dependency cycle: a -> b -> a"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
}

TEST(PlanVerb, FailsWithUsageErrorWithoutAnInventory) {
    TempDir dir;
    const auto r = run_tollgate({"plan"}, dir.path());
    EXPECT_EQ(r.exit_code, 2) << r.err;
}

TEST(PlanVerb, PlansTheSeed000ExampleWithItsTotals) {
    const auto r = run_tollgate({"plan"}, test::source_dir() / "examples" / "finops-billing");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Sequential total: 37-49 days (mid 43)\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Critical path length: 17-23 days (mid 20)\n"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace tollgate
