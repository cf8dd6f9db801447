#include "runner/report/summary_md.hpp"

#include "tests/unit/report/sample_run.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(SummaryMd, HeadlineCarriesTheVerdictAndCounts) {
    const auto md = render_summary_md(test::sample_run());
    EXPECT_TRUE(md.starts_with("### tollgate run: ❌ fail\n")) << md;
    EXPECT_NE(md.find("2 passed, 2 failed, 1 skipped, 1 manual (not run)"), std::string::npos) << md;
}

TEST(SummaryMd, OneTableRowPerGate) {
    const auto md = render_summary_md(test::sample_run());
    EXPECT_NE(md.find("| | Gate | Status | Duration | Details |\n|---|---|---|---:|---|\n"), std::string::npos);
    EXPECT_NE(md.find("| ✅ | `migrate` | passed | 1.42 s | p95_ms=12.5 |"), std::string::npos) << md;
    EXPECT_NE(md.find("| ❌ | `lint` | failed | 1.42 s | exit 1 |"), std::string::npos) << md;
    EXPECT_NE(md.find("| ⏭️ | `deploy` | skipped | 1.42 s | needs 'lint' which failed |"), std::string::npos) << md;
    EXPECT_NE(md.find("passed (flaky)"), std::string::npos);
}

TEST(SummaryMd, SaysSoWhenNoGateWasSelected) {
    const auto md = render_summary_md(RunResult{});
    EXPECT_NE(md.find("No gates were selected."), std::string::npos);
}

}  // namespace
}  // namespace tollgate
