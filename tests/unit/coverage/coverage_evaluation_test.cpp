#include "runner/coverage/coverage_evaluation.hpp"

#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(EvaluateCoverage, MergesSeveralFormatsOntoTrackedFilesAndJudgesThem) {
    test::TempDir dir;
    const auto info = dir.write("a.info", "SF:/ci/checkout/src/a.c\nDA:1,1\nDA:2,0\nend_of_record\n");
    const auto xml =
        dir.write("b.xml",
                  "<coverage><sources><source>/elsewhere/src</source></sources><packages><package>"
                  "<classes><class filename=\"a.c\"><lines><line number=\"2\" hits=\"4\"/>"
                  "<line number=\"3\" hits=\"0\"/></lines></class></classes></package></packages></coverage>");
    CoverageRequest request;
    request.reports = {info.string(), xml.string()};
    request.repository = {true, "/repo", {"src/a.c"}};
    request.policy.min = Percent::parse("66.66");
    ChangeSet change;
    ChangedFile f;
    f.path = "src/a.c";
    f.lines_known = true;
    f.added = {{2, 3}};
    change.files.push_back(f);
    change.base_ref = "main";
    request.change = &change;
    const auto result = evaluate_coverage(request);
    ASSERT_EQ(result.reports.size(), 2u);
    EXPECT_EQ(result.reports[1].format, CoverageFormat::cobertura);
    EXPECT_EQ(result.totals.lines, (CoverageCounts{2, 3}));
    EXPECT_EQ(result.patch->lines, (CoverageCounts{1, 2}));
    EXPECT_EQ(result.base_ref, "main");
    EXPECT_TRUE(result.passed());
    EXPECT_TRUE(result.unmatched.empty());
}

TEST(EvaluateCoverage, PassesWithoutThresholds) {
    test::TempDir dir;
    const auto info = dir.write("a.info", "SF:a.c\nDA:1,0\nend_of_record\n");
    CoverageRequest request;
    request.reports = {info.string()};
    EXPECT_TRUE(evaluate_coverage(request).passed());
}

}  // namespace
}  // namespace tollgate
