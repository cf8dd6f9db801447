#include "runner/report/coverage_json.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

TEST(CoverageToJson, GivesCountsTruncatedPercentAndNullForEmptyTotals) {
    CoverageResult r;
    r.totals = {{79996, 100000}, {0, 0}, {2, 3}};
    const auto j = nlohmann::json::parse(render_coverage_json(r));
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["verdict"], "pass");
    EXPECT_EQ(j["totals"]["lines"]["percent"], 79.99);
    EXPECT_EQ(j["totals"]["lines"]["covered"], 79996);
    EXPECT_TRUE(j["totals"]["branches"]["percent"].is_null());
    EXPECT_EQ(j["totals"]["functions"]["percent"], 66.66);
    EXPECT_TRUE(j["patch"].is_null());
}

TEST(CoverageToJson, CallsAChangeWithoutCoverableLinesOneHundredPercentAndSaysSo) {
    CoverageResult r;
    r.patch = PatchCoverage{};
    r.base_ref = "main";
    const auto j = nlohmann::json::parse(render_coverage_json(r));
    EXPECT_EQ(j["patch"]["lines"]["percent"], 100.0);
    EXPECT_EQ(j["patch"]["note"], "no coverable lines changed");
    EXPECT_EQ(j["patch"]["base"], "main");
}

TEST(CoverageToJson, EscapesPathsThatAreNotUtf8) {
    CoverageResult r;
    r.unmatched.push_back({"cov.info", std::string("bad\xff.c"), "why", {0, 1}});
    EXPECT_EQ(nlohmann::json::parse(render_coverage_json(r))["unmatched"][0]["path"], "bad\\xFF.c");
}

}  // namespace
}  // namespace tollgate
