#include "runner/report/merge_queue_markdown.hpp"

#include "tests/unit/report/merge_queue_sample.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(MergeQueueMarkdown, TabulatesTheMergeOrderAndListsTheHeldBranches) {
    const std::string md = render_merge_queue_markdown(test::sample_merge_queue());
    EXPECT_NE(md.find("## Ready to merge into main"), std::string::npos) << md;
    EXPECT_NE(md.find("| 1 | `packet/a` | a | conflicts with packet/b (1 file) |  |"), std::string::npos) << md;
    EXPECT_NE(md.find("### May not merge yet"), std::string::npos) << md;
    EXPECT_NE(md.find("- `packet/c` (c): c may not modify m.sql"), std::string::npos) << md;
}

TEST(MergeQueueMarkdown, SaysSoWhenNoBranchMayMerge) {
    MergeQueue q;
    q.base_ref = "main";
    EXPECT_NE(render_merge_queue_markdown(q).find("No branch may merge now."), std::string::npos);
}

TEST(MergeQueueMarkdown, EscapesPipesInReasons) {
    MergeQueue q = test::sample_merge_queue();
    q.branches[2].verdict.reasons = {"a|b"};
    const std::string md = render_merge_queue_markdown(q);
    EXPECT_EQ(md.find("a|b"), std::string::npos) << md;
}

}  // namespace
}  // namespace tollgate
