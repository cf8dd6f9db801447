#include "runner/core/diagnostic.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(Diagnostic, PrintsFileLineColumnSeverityMessageAndHint) {
    Diagnostic d{Severity::error, {"tollgate.yml", 3, 5}, "unknown key 'gatez'", "did you mean 'gates'?"};
    EXPECT_EQ(d.str(), "tollgate.yml:3:5: error: unknown key 'gatez' (did you mean 'gates'?)");
}

TEST(Diagnostic, OmitsUnknownPartsOfTheLocation) {
    Diagnostic d{Severity::warning, {"x.yml", 0, 0}, "dead pattern", ""};
    EXPECT_EQ(d.str(), "x.yml: warning: dead pattern");
}

TEST(Diagnostics, CountsErrorsAndWarningsSeparately) {
    Diagnostics ds;
    ds.error({"a", 1, 1}, "e1");
    ds.warning({"a", 2, 1}, "w1");
    ds.error({"a", 3, 1}, "e2");
    EXPECT_EQ(ds.error_count(), 2);
    EXPECT_EQ(ds.warning_count(), 1);
    EXPECT_TRUE(ds.has_errors());
}

TEST(Diagnostics, SortsByFileThenLineThenColumnKeepingTiesInOrder) {
    Diagnostics ds;
    ds.error({"b", 1, 1}, "b1");
    ds.error({"a", 5, 2}, "a5");
    ds.error({"a", 5, 2}, "a5-second");
    ds.error({"a", 2, 9}, "a2");
    const auto s = ds.sorted();
    ASSERT_EQ(s.size(), 4u);
    EXPECT_EQ(s[0].message, "a2");
    EXPECT_EQ(s[1].message, "a5");
    EXPECT_EQ(s[2].message, "a5-second");
    EXPECT_EQ(s[3].message, "b1");
}

TEST(ClosestMatch, SuggestsASmallTypo) {
    EXPECT_EQ(closest_match("gatez", {"gates", "zones", "packets"}), "gates");
    EXPECT_EQ(closest_match("prefer_after", {"prefer-after", "after"}), "prefer-after");
}

TEST(ClosestMatch, SuggestsNothingForAnUnrelatedWord) {
    EXPECT_EQ(closest_match("banana", {"gates", "zones"}), "");
    EXPECT_EQ(closest_match("x", {}), "");
}

}  // namespace
}  // namespace tollgate
