#include "runner/report/results_json.hpp"

#include "tests/unit/report/sample_run.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

TEST(ResultsJson, FollowsTheVersionedSchema) {
    const auto j = nlohmann::json::parse(render_results_json(test::sample_run()));
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["verdict"], "fail");
    EXPECT_TRUE(j["packet"].is_null());
    EXPECT_TRUE(j["base"].is_null());
    EXPECT_TRUE(j["head"].is_null());
    EXPECT_EQ(j["changed"], nlohmann::json::array());
    EXPECT_EQ(j["checkpoints"], nlohmann::json::array());
    EXPECT_EQ(j["triggers"], nlohmann::json::array());
    EXPECT_EQ(j["gates"].size(), 6u);
    EXPECT_EQ(j["summary"]["failed"], 1);
    EXPECT_EQ(j["summary"]["total"], 6);
}

TEST(ResultsJson, GateFieldsAreTyped) {
    const auto j = nlohmann::json::parse(render_results_json(test::sample_run()));
    const auto& migrate = j["gates"][0];
    EXPECT_EQ(migrate["id"], "migrate");
    EXPECT_EQ(migrate["status"], "passed");
    EXPECT_EQ(migrate["exit_code"], 0);
    EXPECT_DOUBLE_EQ(migrate["duration_s"].get<double>(), 1.42);
    EXPECT_DOUBLE_EQ(migrate["metrics"]["p95_ms"].get<double>(), 12.5);
    EXPECT_TRUE(migrate["coverage"].is_null());
    EXPECT_EQ(migrate["output_tail"], "");
    const auto& skipped = j["gates"][2];
    EXPECT_TRUE(skipped["exit_code"].is_null());
    EXPECT_EQ(skipped["reason"], "needs 'lint' which failed");
    const auto& flaky = j["gates"][5];
    EXPECT_EQ(flaky["flaky"], true);
    EXPECT_EQ(flaky["attempts"], 2);
}

TEST(ResultsJson, InvalidUtf8InOutputIsReplacedNotThrown) {
    const auto text = render_results_json(test::sample_run());
    const auto j = nlohmann::json::parse(text);
    const std::string tail = j["gates"][1]["output_tail"];
    EXPECT_NE(tail.find("\xef\xbf\xbd"), std::string::npos);  // U+FFFD
}

TEST(ResultsJson, OutputTailKeepsTheEndOfLongOutput) {
    auto run = test::sample_run();
    run.gates[1].output = std::string(100'000, 'x') + "THE END";
    const auto j = nlohmann::json::parse(render_results_json(run));
    const std::string tail = j["gates"][1]["output_tail"];
    EXPECT_EQ(tail.size(), results_output_tail_limit);
    EXPECT_TRUE(tail.ends_with("THE END"));
}

TEST(Utf8Tail, NeverStartsInsideACharacter) {
    EXPECT_EQ(utf8_tail("ab\xc3\xa9z", 2), "z");
    EXPECT_EQ(utf8_tail("ab\xc3\xa9z", 3), "\xc3\xa9z");
}

}  // namespace
}  // namespace tollgate
