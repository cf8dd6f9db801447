#include "runner/report/merge_queue_json.hpp"

#include "tests/unit/report/merge_queue_sample.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

using nlohmann::json;

TEST(MergeQueueJson, HoldsTheOrderEachBranchsVerdictAndItsConflicts) {
    const json doc = json::parse(render_merge_queue_json(test::sample_merge_queue()));
    EXPECT_EQ(doc.at("version"), 1);
    EXPECT_EQ(doc.at("verb"), "ready");
    EXPECT_EQ(doc.at("mode"), "merge");
    EXPECT_EQ(doc.at("base"), "main");
    EXPECT_EQ(doc.at("merge_order"), json::array({"packet/a", "packet/b"}));
    const json& a = doc.at("branches").at(0);
    EXPECT_EQ(a.at("packet"), "a");
    EXPECT_TRUE(a.at("may_merge").get<bool>());
    EXPECT_EQ(a.at("position"), 1);
    EXPECT_EQ(a.at("conflicts").at(0).at("branch"), "packet/b");
    EXPECT_EQ(a.at("conflicts").at(0).at("files"), json::array({"routes.py"}));
    EXPECT_FALSE(a.at("conflicts").at(0).at("blocking").get<bool>());
    const json& c = doc.at("branches").at(2);
    EXPECT_FALSE(c.at("may_merge").get<bool>());
    EXPECT_TRUE(c.at("position").is_null());
    EXPECT_EQ(c.at("reasons").size(), 1U);
    EXPECT_EQ(c.at("after"), json::array({"packet/a"}));
    EXPECT_EQ(doc.at("skipped").at(0).at("name"), "packet/old");
}

TEST(MergeQueueJson, ABranchWithoutAPacketHasANullPacket) {
    MergeQueue q = test::sample_merge_queue();
    q.branches[0].packet.clear();
    const json doc = json::parse(render_merge_queue_json(q));
    EXPECT_TRUE(doc.at("branches").at(0).at("packet").is_null());
}

}  // namespace
}  // namespace tollgate
