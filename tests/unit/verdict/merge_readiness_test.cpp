// read_merge_queue: conflict_scan's branches, each judged by check's rules
// without gates over its merge base to its tip, then ordered.
#include "runner/verdict/merge_readiness.hpp"

#include "runner/inventory/loader.hpp"
#include "tests/support/scenario.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::Scenario;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

MergeQueue queue_of(const Scenario& s, const std::string& base = "") {
    const Repository repository = Repository::discover(s.path());
    const Inventory inventory = load_inventory_or_throw(s.path() / "tollgate.yml");
    return read_merge_queue(repository, inventory, {s.path(), s.path() / "tollgate.yml", base});
}

TEST(ReadMergeQueue, JudgesEachInFlightBranchOverItsOwnRange) {
    const Scenario s;
    s.branch("packet/foundation", {{"database/migrations/002.sql", "create table u;\n"}}, "foundation: second");
    s.branch("packet/services", {{"src/service.py", "pass\n"}}, "services: first");
    const MergeQueue q = queue_of(s);
    ASSERT_EQ(q.branches.size(), 2U);
    EXPECT_EQ(q.base_ref, "main");
    const MergeBranch& foundation = q.branches[0];
    EXPECT_EQ(foundation.name, "packet/foundation");
    EXPECT_TRUE(foundation.verdict.may_merge) << ::testing::PrintToString(foundation.verdict.reasons);
    EXPECT_EQ(foundation.position, 1);
    const MergeBranch& services = q.branches[1];
    EXPECT_EQ(services.name, "packet/services");
    EXPECT_FALSE(services.verdict.may_merge);
    EXPECT_THAT(services.verdict.reasons, ::testing::Contains(HasSubstr("services may not merge before foundation")));
    EXPECT_THAT(services.after_branches, ElementsAre("packet/foundation"));
}

TEST(ReadMergeQueue, AZoneViolationHoldsTheBranchBackWithCheckReason) {
    const Scenario s;
    s.merge_foundation();
    s.branch("packet/services", {{"database/migrations/001.sql", "x\n"}}, "services: widen");
    const MergeQueue q = queue_of(s);
    ASSERT_EQ(q.branches.size(), 1U);
    EXPECT_FALSE(q.branches[0].verdict.may_merge);
    EXPECT_THAT(q.branches[0].verdict.reasons,
                ::testing::Contains(HasSubstr("services may not modify database/migrations/001.sql")));
    EXPECT_EQ(q.skipped.size(), 1U);  // packet/foundation, merged
}

TEST(ReadMergeQueue, ListsTheConflictsThePairsWouldHave) {
    const Scenario s;
    s.branch("packet/foundation", {{"README.md", "one\n"}}, "foundation: readme");
    s.branch("plan/readme", {{"README.md", "two\n"}}, "lead: readme");
    const MergeQueue q = queue_of(s);
    ASSERT_EQ(q.branches.size(), 2U);
    for (const auto& b : q.branches) {
        ASSERT_EQ(b.conflicts.size(), 1U) << b.name;
        EXPECT_THAT(b.conflicts[0].files, ElementsAre("README.md"));
    }
}

}  // namespace
}  // namespace tollgate
