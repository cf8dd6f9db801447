#include "gates/metrics.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

MetricSpec metric(const std::string& name, const std::string& regex) {
    return MetricSpec{name, regex, {}};
}

TEST(ExtractMetrics, FirstCaptureGroupAndLastMatchWins) {
    const auto m = extract_metrics({metric("p95_ms", "p95=([0-9.]+)ms")}, "p95=10ms\nnoise\np95=12.5ms p95=13ms\n");
    EXPECT_DOUBLE_EQ(m.at("p95_ms"), 13.0);
}

TEST(ExtractMetrics, WholeMatchWithoutAGroup) {
    const auto m = extract_metrics({metric("n", "[0-9]+")}, "tests: 42");
    EXPECT_DOUBLE_EQ(m.at("n"), 42.0);
}

TEST(ExtractMetrics, AbsentWhenNothingMatchesOrTheCaptureIsNotANumber) {
    const auto m = extract_metrics({metric("a", "a=([0-9]+)"), metric("b", "b=(\\w+)")}, "b=fast\n");
    EXPECT_TRUE(m.empty());
}

TEST(ExtractMetrics, InvalidRegexIsIgnoredNotThrown) {
    EXPECT_TRUE(extract_metrics({metric("bad", "([0-9]+")}, "1").empty());
}

TEST(ExtractMetrics, VeryLongLinesAreCutNotExploded) {
    std::string output(1 << 20, 'a');
    output += "\nscore=7\n";
    const auto m = extract_metrics({metric("score", "score=(.*)")}, output);
    EXPECT_DOUBLE_EQ(m.at("score"), 7.0);
}

TEST(ExtractMetrics, AcceptsSignsAndExponents) {
    const auto m = extract_metrics({metric("x", "x=(\\S+)")}, "x=-1.5e3\n");
    EXPECT_DOUBLE_EQ(m.at("x"), -1500.0);
}

}  // namespace
}  // namespace tollgate
