// The whole of `init --from` on plans written in other styles than the seeds
// (tests/fixtures/init/): each draft is read back through the project's own
// loader and validator.
#include "runner/init/plan_reader.hpp"

#include "runner/init/plan_writer.hpp"
#include "runner/inventory/loader.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using ::testing::HasSubstr;
using Ids = std::vector<std::string>;

Inventory drafted(const std::string& fixture, std::string* text_out = nullptr) {
    const auto plan = test::read_file(test::source_dir() / "tests/fixtures/init" / fixture);
    const auto text = render_plan_draft(draft_from_plan(plan, fixture));
    if (text_out != nullptr) *text_out = text;
    test::TempDir dir;
    return load_inventory_or_throw(dir.write("tollgate.yml", text));
}

Ids after_of(const Inventory& inv, const std::string& id) {
    Ids out;
    for (const auto& a : inv.find_packet(id)->after) out.push_back(a.value);
    return out;
}

TEST(DraftFromPlan, ReadsAPlanWhoseOnlyDependenciesArePlainSentences) {
    std::string text;
    const auto inv = drafted("prose-dependencies.md", &text);
    ASSERT_EQ(inv.packets.size(), 5u);
    EXPECT_EQ(inv.packets[3].id, "ranking");
    EXPECT_EQ(inv.packets[3].effort->text, "5d");
    EXPECT_EQ(after_of(inv, "indexer"), (Ids{"schema"}));
    EXPECT_EQ(after_of(inv, "ranking"), (Ids{"indexer", "query-api"}));
    EXPECT_EQ(after_of(inv, "cutover"), (Ids{"schema", "indexer", "query-api", "ranking"}));
    EXPECT_EQ(inv.find_packet("query-api")->prefer_after.at(0).value, "indexer");
    EXPECT_EQ(inv.start->str(), "2025-03-03");
    EXPECT_EQ(inv.gates.size(), 2u);
    EXPECT_THAT(text, HasSubstr("# from prose-dependencies.md:5: The rewrite lands in five pieces"));
}

TEST(DraftFromPlan, ReadsAGanttTableOfDates) {
    std::string text;
    const auto inv = drafted("gantt-dates.md", &text);
    ASSERT_EQ(inv.packets.size(), 4u);
    EXPECT_EQ(inv.find_packet("pm-3")->effort->text, "6d");
    EXPECT_EQ(after_of(inv, "pm-4"), (Ids{"pm-2", "pm-3"}));
    EXPECT_EQ(inv.find_packet("pm-2")->stream, "lee");
    EXPECT_EQ(inv.start->str(), "2025-05-05");
    ASSERT_EQ(inv.triggers.size(), 1u);
    EXPECT_EQ(inv.triggers[0].when, "packet.delay > 2d");
    EXPECT_THAT(text, HasSubstr("guessed: effort 6d from 2025-05-07 to 2025-05-12"));
}

TEST(DraftFromPlan, ReadsARaciOwnershipTable) {
    const auto inv = drafted("raci-ownership.md");
    ASSERT_EQ(inv.zones.size(), 3u);
    EXPECT_EQ(inv.zones[0].owners.at(0).value, "wp1");
    EXPECT_EQ(inv.zones[0].rule, ZoneRule::exclusive);
    EXPECT_EQ(inv.zones[1].rule, ZoneRule::extend);
    EXPECT_EQ(inv.zones[2].owners.at(0).value, "wp4");
    EXPECT_EQ(inv.zones[2].rule, ZoneRule::coordinate);
    ASSERT_EQ(inv.checkpoints.size(), 1u);
    EXPECT_EQ(inv.checkpoints[0].after.size(), 4u);
}

TEST(DraftFromPlan, GivesPacketsGatesAndCheckpointsIdsOfTheirOwn) {
    test::TempDir dir;
    const auto text =
        render_plan_draft(draft_from_plan("| ID | Name |\n|---|---|\n| lint | Lint work |\n\n"
                                          "## Final Gate\n```bash\n# Final gate\nmake check\n"
                                          "# Lint\nmake lint\n```\n",
                                          "ids.md"));
    const auto inv = load_inventory_or_throw(dir.write("tollgate.yml", text));
    ASSERT_EQ(inv.gates.size(), 2u);
    EXPECT_EQ(inv.gates[0].id, "final-gate");
    EXPECT_EQ(inv.gates[1].id, "lint-2");
    ASSERT_EQ(inv.checkpoints.size(), 1u);
    EXPECT_EQ(inv.checkpoints[0].id, "final-gate-2");
}

TEST(DraftFromPlan, DraftsAValidEmptyInventoryFromProse) {
    const auto inv = [] {
        test::TempDir dir;
        const auto text = render_plan_draft(draft_from_plan("Just some words.\n", "x.md"));
        EXPECT_THAT(text, HasSubstr("# from x.md:1: Just some words."));
        return load_inventory_or_throw(dir.write("tollgate.yml", text));
    }();
    EXPECT_TRUE(inv.packets.empty());
}

}  // namespace
}  // namespace tollgate
