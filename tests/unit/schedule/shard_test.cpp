#include "runner/schedule/shard.hpp"

#include "runner/core/error.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(ParseShard, AcceptsKOverN) {
    EXPECT_EQ(parse_shard("2/4"), (Shard{2, 4}));
    EXPECT_EQ(parse_shard("1/1"), (Shard{1, 1}));
}

TEST(ParseShard, RejectsEverythingElse) {
    for (const char* bad : {"", "2", "0/4", "5/4", "a/b", "1/0", "-1/2", "1/2/3", " 1/2", "1/2x"}) {
        EXPECT_THROW(parse_shard(bad), UsageError) << bad;
    }
}

TEST(AssignShards, BalancesRecordedDurationsLongestFirst) {
    const std::vector<std::string> ids = {"a", "b", "c", "d"};
    const std::vector<std::vector<std::size_t>> needs(4);
    const std::map<std::string, Millis> durations = {
        {"a", Millis(9000)}, {"b", Millis(5000)}, {"c", Millis(4000)}, {"d", Millis(1000)}};
    // LPT: a → 0; b → 1; c → 1 (5 < 9); d → 0 or 1: loads 9 and 9, tie → 0.
    EXPECT_EQ(assign_shards(ids, needs, 2, durations), (std::vector<int>{0, 1, 1, 0}));
}

TEST(AssignShards, KeepsConnectedGatesTogether) {
    const std::vector<std::string> ids = {"a", "b", "c", "d"};
    const std::vector<std::vector<std::size_t>> needs = {{}, {0}, {}, {2}};
    const auto s = assign_shards(ids, needs, 2, {});
    EXPECT_EQ(s[0], s[1]);
    EXPECT_EQ(s[2], s[3]);
    EXPECT_NE(s[0], s[2]);
}

TEST(AssignShards, UnrecordedGatesWeighTheMeanOfRecordedOnes) {
    const std::vector<std::string> ids = {"new", "old1", "old2"};
    const std::vector<std::vector<std::size_t>> needs(3);
    const std::map<std::string, Millis> durations = {{"old1", Millis(1000)}, {"old2", Millis(3000)}};
    // old2 (3000) → 0; new (2000) → 1; old1 (1000) → 1.
    EXPECT_EQ(assign_shards(ids, needs, 2, durations), (std::vector<int>{1, 1, 0}));
}

TEST(AssignShards, IsStableForTheSameInput) {
    std::vector<std::string> ids;
    for (int i = 0; i < 50; ++i) ids.push_back("gate-" + std::to_string(i));
    const std::vector<std::vector<std::size_t>> needs(50);
    EXPECT_EQ(assign_shards(ids, needs, 3, {}), assign_shards(ids, needs, 3, {}));
}

}  // namespace
}  // namespace tollgate
