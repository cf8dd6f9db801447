#include "runner/report/report_files.hpp"

#include "runner/core/error.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/unit/report/sample_run.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(WriteFileAtomically, ReplacesTheFileAndLeavesNoTempFile) {
    test::TempDir dir;
    const auto path = dir.write("r.json", "old");
    write_file_atomically(path, "new content");
    EXPECT_EQ(test::read_file(path), "new content");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
    EXPECT_EQ(entries, 1);
}

TEST(WriteFileAtomically, UnwritablePlaceIsAnEnvironmentErrorNamingThePath) {
    test::TempDir dir;
    dir.write("file", "x");
    try {
        write_file_atomically(dir.path() / "file" / "r.json", "x");
        FAIL() << "expected EnvironmentError";
    } catch (const EnvironmentError& e) {
        EXPECT_NE(std::string(e.what()).find("file/r.json"), std::string::npos) << e.what();
    }
}

TEST(PrepareReportDir, CreatesParentsAndRejectsAFileInTheWay) {
    test::TempDir dir;
    prepare_report_dir(dir.path() / "a/b/c");
    EXPECT_TRUE(std::filesystem::is_directory(dir.path() / "a/b/c"));
    dir.write("plain", "x");
    EXPECT_THROW(prepare_report_dir(dir.path() / "plain"), EnvironmentError);
    EXPECT_THROW(prepare_report_dir(dir.path() / "plain/sub"), EnvironmentError);
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
