#include "runner/report/merge_queue_text.hpp"

#include "tests/unit/report/merge_queue_sample.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(MergeQueueText, ListsTheMergeOrderThenTheHeldBranchesWithCheckReasons) {
    const std::string text = render_merge_queue_text(test::sample_merge_queue(), false);
    EXPECT_NE(text.find("ready to merge into main (bbbbbbbbbbbb): 2 of 3 branch(es) in flight"), std::string::npos)
        << text;
    EXPECT_NE(text.find("  1. packet/a (packet a)\n     conflicts with packet/b (1 file)\n"), std::string::npos)
        << text;
    EXPECT_NE(text.find("CONFLICT routes.py with packet/b"), std::string::npos) << text;
    EXPECT_NE(text.find("warning: checkpoint cp-1 is overdue"), std::string::npos) << text;
    EXPECT_LT(text.find("  2. packet/b"), text.find("may not merge yet:")) << text;
    EXPECT_NE(text.find("  packet/c (packet c)\n     - c may not modify m.sql"), std::string::npos) << text;
    EXPECT_NE(text.find("merges after packet/a"), std::string::npos) << text;
    EXPECT_NE(text.find("packet/old: nothing in flight"), std::string::npos) << text;
}

TEST(MergeQueueText, SaysWhenABranchConflictsWithNothing) {
    MergeBranch b;
    EXPECT_EQ(merge_conflicts_label(b), "conflicts with nothing");
    b.conflicts.push_back({"packet/x", false, true, {"a", "b"}});
    EXPECT_EQ(merge_conflicts_label(b), "conflicts with packet/x (2 files, may not merge yet, in an exclusive zone)");
}

TEST(MergeQueueText, MakesControlCharactersInBranchNamesVisible) {
    MergeQueue q = test::sample_merge_queue();
    q.branches[0].name = "packet/\x1b[31mred";
    const std::string text = render_merge_queue_text(q, false);
    EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
}

}  // namespace
}  // namespace tollgate
