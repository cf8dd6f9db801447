#include "runner/init/plan_docs.hpp"

#include "runner/init/plan_tables.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

constexpr const char* k_plan =
    "| Batch | Name |\n|---|---|\n| 1 | A |\n| 10 | B |\n| 3A | C |\n\n"
    "```\nDocs/\n├── BATCH_10_B.md\n├── BATCH_1_A.md\n└── batch-3a-c.md\n```\n";

TEST(ReadPacketDocNames, MatchesEachFileToTheBatchItNames) {
    auto ctx = start_plan_context(k_plan, "PLAN.md");
    read_packet_tables(ctx);
    read_packet_doc_names(ctx);
    const auto& d = ctx.draft;
    EXPECT_EQ(d.packets[0].doc_name, "BATCH_1_A.md");
    EXPECT_EQ(d.packets[0].doc_line, 10);
    EXPECT_EQ(d.packets[1].doc_name, "BATCH_10_B.md");
    EXPECT_EQ(d.packets[2].doc_name, "batch-3a-c.md");
}

TEST(ResolvePacketDocs, SetsTheDocOnlyWhenTheFileSitsNextToThePlan) {
    test::TempDir root;
    root.write("plans/BATCH_1_A.md", "# A\n");
    auto ctx = start_plan_context(k_plan, "PLAN.md");
    read_packet_tables(ctx);
    read_packet_doc_names(ctx);
    resolve_packet_docs(ctx.draft, root.path() / "plans", root.path());
    EXPECT_EQ(ctx.draft.packets[0].doc, "plans/BATCH_1_A.md");
    EXPECT_EQ(ctx.draft.packets[1].doc, "");
    EXPECT_EQ(ctx.draft.packets[1].comments.back(),
              "TODO: PLAN.md:9 names BATCH_10_B.md as its document; it is not next to the plan, so no doc: yet");
}

}  // namespace
}  // namespace tollgate
