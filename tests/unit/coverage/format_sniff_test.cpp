#include "runner/coverage/format_sniff.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(SniffFormat, TellsEachFormatFromItsFirstBytes) {
    EXPECT_EQ(sniff_format("TN:\nSF:a.c\n"), CoverageFormat::lcov);
    EXPECT_EQ(sniff_format("SF:a.c\n"), CoverageFormat::lcov);
    EXPECT_EQ(sniff_format("VER:2.0\n"), CoverageFormat::lcov);
    EXPECT_EQ(sniff_format("<?xml version=\"1.0\" ?>\n<!-- c -->\n<coverage version=\"6\">"),
              CoverageFormat::cobertura);
    EXPECT_EQ(sniff_format("<?xml version='1.0'?><!DOCTYPE coverage SYSTEM 'x'><coverage>"), CoverageFormat::cobertura);
    EXPECT_EQ(
        sniff_format("<?xml?><!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\"><report name"),
        CoverageFormat::jacoco);
    EXPECT_EQ(sniff_format("{\"files\": [{\"file\": \"a.c\""), CoverageFormat::gcovr_json);
    EXPECT_EQ(sniff_format("{\n  \"gcovr/format_version\": \"0.2\""), CoverageFormat::gcovr_json);
    EXPECT_EQ(sniff_format("{\"data\":[{\"files\""), CoverageFormat::llvm_json);
    EXPECT_EQ(sniff_format("mode: set\n"), CoverageFormat::go);
    EXPECT_EQ(sniff_format("\xEF\xBB\xBF  \nTN:\n"), CoverageFormat::lcov);
}

TEST(SniffFormat, IgnoresTheFileNameAndRefusesWhatItCannotTell) {
    EXPECT_FALSE(sniff_format(""));
    EXPECT_FALSE(sniff_format("<html><body>"));
    EXPECT_FALSE(sniff_format("{\"results\": []}"));
    EXPECT_FALSE(sniff_format("hello"));
}

TEST(ParseCoverageFormat, KnowsTheDesignNames) {
    EXPECT_EQ(parse_coverage_format("gcovr-json"), CoverageFormat::gcovr_json);
    EXPECT_EQ(parse_coverage_format("auto"), CoverageFormat::auto_detect);
    EXPECT_FALSE(parse_coverage_format("clover"));
}

}  // namespace
}  // namespace tollgate
