#include "runner/coverage/baseline.hpp"

#include "runner/coverage/report_input.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

std::string error_of(std::string_view json, const std::string& gate = {}) {
    try {
        parse_baseline(json, "b.json", gate);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

TEST(ParseBaseline, ReadsTheTotalsOfCoverageJson) {
    const auto b = parse_baseline(R"({"version":1,"totals":{"lines":{"covered":8,"total":10,"percent":80.0},
        "branches":{"covered":1,"total":2}}})",
                                  "b.json");
    EXPECT_EQ(b.lines, (CoverageCounts{8, 10}));
    EXPECT_EQ(b.branches, (CoverageCounts{1, 2}));
}

TEST(ParseBaseline, ReadsTheOneGateWithCoverageFromResultsJson) {
    const auto b = parse_baseline(R"({"version":1,"gates":[{"id":"lint"},
        {"id":"unit","coverage":{"totals":{"lines":{"covered":3,"total":4}}}}]})",
                                  "results.json");
    EXPECT_EQ(b.lines, (CoverageCounts{3, 4}));
}

TEST(ParseBaseline, ReadsTheLinePercentageOfAResultsJsonGate) {
    const auto b = parse_baseline(R"({"version":1,"gates":[{"id":"unit","coverage":{"line":79.99,"branch":null}}]})",
                                  "results.json");
    EXPECT_FALSE(b.lines);
    EXPECT_EQ(b.line_percent->text, "79.99");
}

TEST(ParseBaseline, AsksWhichGateWhenSeveralHaveCoverage) {
    const std::string json = R"({"gates":[{"id":"a","coverage":{"totals":{"lines":{"covered":1,"total":2}}}},
        {"id":"b","coverage":{"totals":{"lines":{"covered":3,"total":4}}}}]})";
    EXPECT_EQ(error_of(json), "b.json: baseline holds coverage of several gates (a, b); cannot tell which");
    EXPECT_EQ(parse_baseline(json, "b.json", "b").lines, (CoverageCounts{3, 4}));
    EXPECT_EQ(error_of(json, "c"), "b.json: baseline has no coverage figures for gate 'c'");
}

TEST(ParseBaseline, RejectsWhatIsNotABaseline) {
    EXPECT_EQ(error_of("{"), "b.json: baseline is not valid JSON");
    EXPECT_EQ(error_of("[1]"), "b.json: baseline holds no coverage figures (expected \"totals\" or gates[].coverage)");
    EXPECT_EQ(error_of(R"({"totals":{"lines":{"covered":5,"total":4}}})"),
              "b.json: baseline has no \"lines\": {\"covered\", \"total\"} under \"totals\"");
}

TEST(LoadBaseline, SaysAMissingFileIsMissing) {
    try {
        load_baseline("/nonexistent/baseline.json");
        FAIL();
    } catch (const EnvironmentError& e) {
        EXPECT_STREQ(e.what(), "baseline '/nonexistent/baseline.json' does not exist");
    }
}

}  // namespace
}  // namespace tollgate
