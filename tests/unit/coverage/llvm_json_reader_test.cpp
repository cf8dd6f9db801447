#include "runner/coverage/llvm_json_reader.hpp"

#include "runner/coverage/report_loader.hpp"
#include "tests/support/shell.hpp"
#include "tests/unit/coverage/real_reports.hpp"

#include <gtest/gtest.h>

#include <regex>

namespace tollgate {
namespace {

ParsedReport read(std::string_view text) {
    return read_llvm_json(ReportInput{text, "l.json", {}});
}

// The "totals" llvm-cov itself wrote: {"count": N, "covered": M} for one kind.
CoverageCounts llvm_total(const std::string& json, const std::string& kind) {
    const auto totals = json.substr(json.rfind("\"totals\""));
    std::smatch m;
    const std::regex re("\"" + kind + "\":\\{\"count\":(\\d+),\"covered\":(\\d+)");
    if (!std::regex_search(totals, m, re)) {
        ADD_FAILURE() << "no " << kind << " in " << totals;
        return {};
    }
    return {std::stoull(m[2].str()), std::stoull(m[1].str())};
}

TEST(LlvmJsonReader, TotalsEqualWhatLlvmCovExportComputedForARealClangRun) {
    test::TempDir dir;
    test::CProject project;  // reuse its sources
    test::must_run("cp -r " + test::shell_quote((project.dir() / "src").string()) +
                       " . && "
                       "clang -fprofile-instr-generate -fcoverage-mapping -O0 -o prog src/main.c src/calc.c && "
                       "LLVM_PROFILE_FILE=p.profraw ./prog 5 50 -3 1 >/dev/null && "
                       "llvm-profdata merge -sparse p.profraw -o p.profdata && "
                       "llvm-cov export ./prog -instr-profile=p.profdata > cov.json",
                   dir.path());
    const auto json = test::read_file(dir.path() / "cov.json");
    const auto report = load_report(dir.path() / "cov.json", CoverageFormat::auto_detect);
    EXPECT_EQ(report.format, CoverageFormat::llvm_json);
    const auto totals = report.data.totals();
    EXPECT_EQ(totals.lines, llvm_total(json, "lines"));
    EXPECT_EQ(totals.branches, llvm_total(json, "branches"));
    EXPECT_EQ(totals.functions, llvm_total(json, "functions"));
}

TEST(LlvmJsonReader, MapsALineWhenARegionStartsOnItOrACountedRegionWrapsIntoIt) {
    // Region from 1:1 (count 3) to 3:2, a skipped region starting on line 5.
    const auto report = read(R"({"data":[{"files":[{"filename":"a.c","branches":[],"segments":[
        [1,1,3,true,true,false],[2,5,0,true,true,false],[2,9,3,true,false,false],
        [3,2,0,false,false,false],[5,1,0,false,true,false],[6,1,0,false,false,false]]}],
        "functions":[]}],"type":"llvm.coverage.json.export","version":"2.0.1"})");
    const auto& a = report.data.files.at("a.c");
    EXPECT_EQ(a.lines.hits(1), 3u);
    EXPECT_EQ(a.lines.hits(2), 3u);  // wrapped count 3 beats the region entry's 0
    EXPECT_EQ(a.lines.hits(3), 3u);  // wrapped by the count-3 segment of line 2
    EXPECT_FALSE(a.lines.hits(4));   // wrapped segment has no count
    EXPECT_FALSE(a.lines.hits(5));   // a skipped region starts here
}

TEST(LlvmJsonReader, RejectsSegmentsOutOfOrder) {
    try {
        read(
            R"({"data":[{"files":[{"filename":"a.c","segments":[[5,1,1,true,true,false],[2,1,1,true,true,false]]}]}]})");
        FAIL() << "no error";
    } catch (const ReportError& e) {
        EXPECT_NE(std::string(e.what()).find("segments of 'a.c' are out of order"), std::string::npos) << e.what();
    }
}

TEST(LlvmJsonReader, RejectsAHostileSegmentSpan) {
    try {
        read(
            R"({"data":[{"files":[{"filename":"a.c","segments":[[1,1,1,true,true,false],[4000000000,1,0,false,false,false]]}]}]})");
        FAIL() << "no error";
    } catch (const ReportError& e) {
        EXPECT_NE(std::string(e.what()).find("implausible"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace tollgate
