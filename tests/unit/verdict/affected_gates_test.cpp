#include "runner/verdict/affected_gates.hpp"

#include "tests/unit/verdict/verdict_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

CheckpointFinding evaluated(const std::string& id) {
    CheckpointFinding f;
    f.id = id;
    f.evaluated = true;
    return f;
}

ChangedFile file(const std::string& path) {
    ChangedFile f;
    f.path = path;
    return f;
}

TEST(AffectedGates, PicksThePacketsGatesEvaluatedCheckpointGatesAndChangedGlobMatchesWithReasons) {
    const Inventory inv = test::plan_inventory();
    const auto a = affected_gates(inv, "services", {evaluated("cp-1"), evaluated("cp-soft")},
                                  {file("src/a.cpp"), file("docs/guide.md")});
    ASSERT_EQ(a.ids, (std::vector<std::string>{"migrate", "unit", "look", "docs"}));
    EXPECT_EQ(a.reasons[0].why, (std::vector<std::string>{"checkpoint cp-1"}));
    EXPECT_FALSE(a.reasons[0].advisory);
    EXPECT_EQ(a.reasons[1].why, (std::vector<std::string>{"packet services"}));
    EXPECT_EQ(a.reasons[2].why, (std::vector<std::string>{"checkpoint cp-soft (blocker: false)"}));
    EXPECT_TRUE(a.reasons[2].advisory);
    EXPECT_EQ(a.reasons[3].why, (std::vector<std::string>{"changed: docs/ matches docs/guide.md"}));
}

TEST(AffectedGates, PicksNothingForAChangeWithoutPacketThatMatchesNoGlob) {
    const Inventory inv = test::plan_inventory();
    CheckpointFinding pending;
    pending.id = "cp-1";
    const auto a = affected_gates(inv, "", {pending}, {file("src/a.cpp")});
    EXPECT_TRUE(a.ids.empty());
}

}  // namespace
}  // namespace tollgate
