#include "runner/schedule/shard_merge.hpp"

#include "runner/core/error.hpp"
#include "runner/report/results_json.hpp"
#include "tests/unit/report/sample_run.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

// The sample run's six gates split over `count` shards round-robin, as files.
std::vector<LoadedResults> shards_of(const RunResult& full, int count) {
    std::vector<LoadedResults> out;
    for (int k = 1; k <= count; ++k) {
        RunResult part = full;
        part.shard = Shard{k, count};
        part.gates.clear();
        int number = 0;
        for (std::size_t i = 0; i < full.gates.size(); ++i) {
            if (static_cast<int>(i) % count != k - 1) continue;
            GateResult g = full.gates[i];
            g.number = ++number;  // shard-local numbering, as a sharded run has
            part.gates.push_back(g);
        }
        part.verdict = verdict_of(part.gates);
        out.push_back(parse_results_json(render_results_json(part), "shard-" + std::to_string(k) + "/results.json"));
    }
    return out;
}

RunResult full_run() {
    RunResult r = test::sample_run();
    r.commit = "0123456789abcdef0123456789abcdef01234567";
    r.inventory_digest = "feedface";
    for (const auto& g : r.gates) r.selected.push_back(g.id);
    return r;
}

std::string merge_error(const std::vector<LoadedResults>& shards) {
    try {
        merge_shards(shards);
    } catch (const UsageError& e) {
        return e.what();
    }
    return "(no error)";
}

TEST(MergeShards, RebuildsTheUnshardedRunsResultsExceptTheWallClock) {
    const RunResult full = full_run();
    auto merged = merge_shards(shards_of(full, 3));
    merged.duration = full.duration;
    EXPECT_EQ(render_results_json(merged), render_results_json(full));
}

TEST(MergeShards, TakesTheSlowestShardsWallClock) {
    auto shards = shards_of(full_run(), 2);
    shards[1].run.duration = Millis(9000);
    EXPECT_EQ(merge_shards(shards).duration, Millis(9000));
}

TEST(MergeShards, RefusesShardsOfDifferentCommits) {
    auto shards = shards_of(full_run(), 2);
    shards[1].run.commit = "ffffffffffffffffffffffffffffffffffffffff";
    EXPECT_EQ(merge_error(shards),
              "shards of different runs: commit '0123456789abcdef0123456789abcdef01234567' in shard-1/results.json "
              "but 'ffffffffffffffffffffffffffffffffffffffff' in shard-2/results.json");
}

TEST(MergeShards, RefusesShardsOfDifferentInventories) {
    auto shards = shards_of(full_run(), 2);
    shards[0].run.inventory_digest = "other";
    EXPECT_NE(merge_error(shards).find("shards of different runs: inventory digest 'other'"), std::string::npos);
}

TEST(MergeShards, RefusesAShardGivenTwice) {
    auto shards = shards_of(full_run(), 3);
    shards[2] = shards[1];
    shards[2].name = "copy.json";
    EXPECT_EQ(merge_error(shards), "shard 2/3 given twice: shard-2/results.json and copy.json");
}

TEST(MergeShards, NamesTheMissingShards) {
    auto shards = shards_of(full_run(), 4);
    shards.erase(shards.begin() + 1, shards.begin() + 3);
    EXPECT_EQ(merge_error(shards), "missing shards 2/4, 3/4 (got 2 of 4)");
}

TEST(MergeShards, AHugeShardCountNamesTheFirstMissingShardsWithoutCountingToIt) {
    // A results.json from a CI artifact claimed 1 of 2147483647 shards; the
    // merge listed every missing one (billions of strings, out of memory).
    auto shards = shards_of(full_run(), 1);
    shards[0].run.shard = Shard{1, 2147483647};
    EXPECT_EQ(merge_error(shards),
              "missing shards 2/2147483647, 3/2147483647, 4/2147483647, 5/2147483647, "
              "6/2147483647, 7/2147483647, 8/2147483647, 9/2147483647, 10/2147483647, "
              "11/2147483647, … and 2147483636 more (got 1 of 2147483647)");
}

TEST(MergeShards, RefusesShardsOfDifferentSplits) {
    auto a = shards_of(full_run(), 2);
    auto b = shards_of(full_run(), 3);
    EXPECT_NE(merge_error({a[0], b[1]}).find("shards of different splits"), std::string::npos);
}

TEST(MergeShards, RefusesAResultWrittenWithoutShard) {
    const RunResult full = full_run();
    const auto whole = parse_results_json(render_results_json(full), "whole.json");
    EXPECT_NE(merge_error({whole}).find("whole.json is not a shard's result"), std::string::npos);
}

TEST(MergeShards, RefusesAGateReportedByTwoShards) {
    auto shards = shards_of(full_run(), 2);
    shards[1].run.gates.push_back(shards[0].run.gates.front());
    EXPECT_EQ(merge_error(shards),
              "gate 'migrate' is reported by two shards: shard-1/results.json and "
              "shard-2/results.json");
}

TEST(MergeShards, RefusesAnIncompleteShard) {
    auto shards = shards_of(full_run(), 2);
    shards[0].run.gates.pop_back();
    EXPECT_NE(merge_error(shards).find("no shard reports gate"), std::string::npos);
}

TEST(ParseResultsJson, RefusesWhatIsNotAResultsFileNamingTheField) {
    EXPECT_THROW(parse_results_json("[]", "x.json"), UsageError);
    try {
        parse_results_json(R"({"version": 1, "verdict": "maybe"})", "x.json");
        FAIL();
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "x.json: not a tollgate results.json: 'verdict' is neither pass nor fail");
    }
    try {
        parse_results_json(R"({"version": 2})", "x.json");
        FAIL();
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "x.json: not a tollgate results.json: version 2 (this tollgate reads version 1)");
    }
}

TEST(ParseResultsJson, RefusesADurationBeyondAnyRun) {
    // "duration_s": 1e300 was read as a negative duration (llround out of range).
    auto doc = nlohmann::json::parse(render_results_json(full_run()));
    doc["gates"][0]["duration_s"] = 1e300;
    try {
        parse_results_json(doc.dump(), "x.json");
        FAIL();
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(),
                     "x.json: not a tollgate results.json: gates[0]: 'duration_s' is not a duration in "
                     "seconds");
    }
}

TEST(ParseResultsJson, RefusesAShardOutsideOneToCount) {
    RunResult run = full_run();
    for (const auto& [index, count] : {std::pair{0LL, 2LL}, {3LL, 2LL}, {1LL, 0LL}, {1LL, 4294967297LL}}) {
        run.shard = Shard{1, 2};
        auto doc = nlohmann::json::parse(render_results_json(run));
        doc["shard"] = {{"index", index}, {"count", count}};
        try {
            parse_results_json(doc.dump(), "x.json");
            ADD_FAILURE() << index << "/" << count;
        } catch (const UsageError& e) {
            EXPECT_STREQ(e.what(),
                         "x.json: not a tollgate results.json: 'shard' is not {index: K, count: N} with "
                         "1 <= K <= N");
        }
    }
}

}  // namespace
}  // namespace tollgate
