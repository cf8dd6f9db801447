#include "runner/init/plan_writer.hpp"

#include "runner/inventory/loader.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

PlanDraft demo_draft() {
    PlanDraft d;
    d.file = "PLAN.md";
    d.project = "Demo";
    return d;
}

TEST(RenderPlanDraft, WritesEachValueUnderItsComments) {
    auto d = demo_draft();
    DraftPacket p;
    p.id = "batch-1";
    p.batch = "1";
    p.effort = "2-3d";
    p.comments = {"from PLAN.md:3: | 1 | Foundation |"};
    d.packets.push_back(p);
    DraftTrigger t;
    t.comments = {"TODO: no metric for 'x'"};
    d.triggers.push_back(t);
    d.left = {{9, "from PLAN.md:9: prose"}};
    const auto y = render_plan_draft(d);
    EXPECT_THAT(y, HasSubstr("  # from PLAN.md:3: | 1 | Foundation |\n  - id: batch-1\n"));
    EXPECT_THAT(y, HasSubstr("    batch: \"1\"\n"));
    EXPECT_THAT(y, HasSubstr("triggers: []\n  # TODO: no metric for 'x'\n"));
    // Its entries have no plan line, so the left-over has none to follow: the header.
    EXPECT_THAT(y, HasSubstr("`tollgate validate`.\n# from PLAN.md:9: prose\nversion: 1\n"));
    EXPECT_THAT(y, Not(HasSubstr("zones:")));
}

TEST(RenderPlanDraft, WritesEachLeftOverAfterTheEntryDraftedFromThePlanTextAboveIt) {
    auto d = demo_draft();
    DraftStream s;
    s.id = "api";
    s.title = "API";
    s.line = 4;
    s.comments = {"from PLAN.md:4: owner API"};
    d.streams.push_back(s);
    DraftPacket p;
    p.id = "batch-1";
    p.line = 6;
    p.comments = {"from PLAN.md:6: | 1 | Foundation |"};
    d.packets.push_back(p);
    DraftPacket guessed;  // no line: it takes no left-overs
    guessed.id = "guessed";
    d.packets.push_back(guessed);
    DraftTrigger t;  // a trigger kept as comments only
    t.line = 12;
    t.comments = {"from PLAN.md:12: api-response > 500ms -> page", "TODO: no metric for it"};
    d.triggers.push_back(t);
    d.left = {{12, "from PLAN.md:12: risk trigger 'api-response > 500ms' not mapped"},
              {13, "from PLAN.md:13-15: table (A | B), 1 rows, not mapped"},
              {8, "from PLAN.md:8: prose"},
              {2, "from PLAN.md:2: intro"}};
    const auto y = render_plan_draft(d);
    EXPECT_EQ(y.substr(y.find("`tollgate validate`.\n")),
              "`tollgate validate`.\n"
              "# from PLAN.md:2: intro\n"
              "version: 1\n"
              "project: Demo\n"
              "base: main  # guessed: tollgate's default; use the remote HEAD's branch\n"
              "\n"
              "streams:\n"
              "  # from PLAN.md:4: owner API\n"
              "  api:\n"
              "    title: API\n"
              "\n"
              "packets:\n"
              "  # from PLAN.md:6: | 1 | Foundation |\n"
              "  - id: batch-1\n"
              "    branches: [packet/batch-1, packet/batch-1/*]\n"
              "    # from PLAN.md:8: prose\n"
              "  - id: guessed\n"
              "    branches: [packet/guessed, packet/guessed/*]\n"
              "\n"
              "triggers: []\n"
              "  # from PLAN.md:12: api-response > 500ms -> page\n"
              "  # TODO: no metric for it\n"
              "    # from PLAN.md:12: risk trigger 'api-response > 500ms' not mapped\n"
              "    # from PLAN.md:13-15: table (A | B), 1 rows, not mapped\n");
    EXPECT_THAT(y, HasSubstr("could not map is a comment indented under the entry drafted from\n"));
    // Comments after `triggers: []` and inside the lists leave the inventory as it was.
    test::TempDir dir;
    const auto inv = load_inventory_or_throw(dir.write("tollgate.yml", y));
    EXPECT_EQ(inv.packets.size(), 2u);
    EXPECT_TRUE(inv.triggers.empty());
}

TEST(RenderPlanReport, ListsMappedGuessedAndLeftWithCounts) {
    PlanDraft d;
    d.mapped = {"PLAN.md:1: a"};
    d.left = {{3, "from PLAN.md:3: c"}, {2, "from PLAN.md:2: b"}};  // the report keeps the order found
    EXPECT_EQ(
        render_plan_report(d),
        "mapped (1):\n  PLAN.md:1: a\nguessed (0):\nleft for a person (2):\n  from PLAN.md:3: c\n  from PLAN.md:2: "
        "b\n");
}

}  // namespace
}  // namespace tollgate
