#include "runner/report/report_files.hpp"

#include "runner/core/error.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/unit/report/sample_run.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace tollgate {
namespace {

TEST(PrepareReportDir, CreatesParentsAndRejectsAFileInTheWay) {
    test::TempDir dir;
    prepare_report_dir(dir.path() / "a/b/c");
    EXPECT_TRUE(std::filesystem::is_directory(dir.path() / "a/b/c"));
    dir.write("plain", "x");
    EXPECT_THROW(prepare_report_dir(dir.path() / "plain"), EnvironmentError);
    EXPECT_THROW(prepare_report_dir(dir.path() / "plain/sub"), EnvironmentError);
}

// Files in `dir`, for checking that nothing (no temp file) was left behind.
std::vector<std::string> entries(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

TEST(PrepareReportDir, ChecksWritabilityAndLeavesNoProbeBehind) {
    test::TempDir dir;
    prepare_report_dir(dir.path() / "out");
    EXPECT_TRUE(entries(dir.path() / "out").empty());
}

TEST(WriteRunReports, WritesAllThreeFiles) {
    test::TempDir dir;
    write_run_reports(dir.path() / "out", test::sample_run());
    for (const char* name : {"results.json", "junit.xml", "summary.md"}) {
        EXPECT_TRUE(std::filesystem::exists(dir.path() / "out" / name)) << name;
    }
}

}  // namespace
}  // namespace tollgate
