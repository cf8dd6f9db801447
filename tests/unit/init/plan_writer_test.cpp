#include "runner/init/plan_writer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(RenderPlanDraft, WritesEachValueUnderItsComments) {
    PlanDraft d;
    d.file = "PLAN.md";
    d.project = "Demo";
    DraftPacket p;
    p.id = "batch-1";
    p.batch = "1";
    p.effort = "2-3d";
    p.comments = {"from PLAN.md:3: | 1 | Foundation |"};
    d.packets.push_back(p);
    DraftTrigger t;
    t.comments = {"TODO: no metric for 'x'"};
    d.triggers.push_back(t);
    d.left = {"from PLAN.md:9: prose"};
    const auto y = render_plan_draft(d);
    EXPECT_THAT(y, HasSubstr("  # from PLAN.md:3: | 1 | Foundation |\n  - id: batch-1\n"));
    EXPECT_THAT(y, HasSubstr("    batch: \"1\"\n"));
    EXPECT_THAT(y, HasSubstr("triggers: []\n  # TODO: no metric for 'x'\n"));
    EXPECT_THAT(y, HasSubstr("# from PLAN.md:9: prose\n"));
    EXPECT_THAT(y, Not(HasSubstr("zones:")));
}

TEST(RenderPlanReport, ListsMappedGuessedAndLeftWithCounts) {
    PlanDraft d;
    d.mapped = {"PLAN.md:1: a"};
    d.left = {"from PLAN.md:2: b", "from PLAN.md:3: c"};
    EXPECT_EQ(
        render_plan_report(d),
        "mapped (1):\n  PLAN.md:1: a\nguessed (0):\nleft for a person (2):\n  from PLAN.md:2: b\n  from PLAN.md:3: "
        "c\n");
}

}  // namespace
}  // namespace tollgate
