#include "runner/cli/output_format.hpp"

#include "runner/core/error.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using ::testing::HasSubstr;

TEST(OutputFormat, ParsesEachSpellingTheVerbAccepts) {
    EXPECT_EQ(parse_output_format("json", "run", {OutputFormat::text, OutputFormat::json}), OutputFormat::json);
    EXPECT_EQ(parse_output_format("github-matrix", "plan", {OutputFormat::text, OutputFormat::github_matrix}),
              OutputFormat::github_matrix);
    EXPECT_EQ(parse_output_format("codequality", "zones", {OutputFormat::codequality}), OutputFormat::codequality);
}

TEST(OutputFormat, EverySpellingParsesBackToItsFormat) {
    for (const OutputFormat f :
         {OutputFormat::text, OutputFormat::json, OutputFormat::md, OutputFormat::html, OutputFormat::junit,
          OutputFormat::dot, OutputFormat::mermaid, OutputFormat::github, OutputFormat::sarif,
          OutputFormat::codequality, OutputFormat::github_matrix, OutputFormat::ctest}) {
        EXPECT_EQ(parse_output_format(format_name(f), "any", {f}), f) << format_name(f);
    }
}

TEST(OutputFormat, RefusesAKnownFormatTheVerbDoesNotWriteAndListsTheVerbsOwn) {
    try {
        parse_output_format("html", "run", {OutputFormat::text, OutputFormat::json});
        FAIL() << "html accepted for run";
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "unknown run format 'html'");
        EXPECT_EQ(e.hint(), "valid formats: text, json");
        EXPECT_EQ(e.code(), ExitCode::usage);
    }
}

TEST(OutputFormat, QuotesAnUnknownNameWithItsControlCharactersMadeVisible) {
    try {
        parse_output_format("x\x1b[31m\n", "check", {OutputFormat::text});
        FAIL() << "accepted";
    } catch (const UsageError& e) {
        EXPECT_THAT(e.what(), HasSubstr("'x\\x1B[31m\\n'"));
    }
}

TEST(OutputFormat, ListsFormatsInTheVerbsOrderAndKnowsTheCiOnes) {
    EXPECT_EQ(format_list({OutputFormat::text, OutputFormat::md, OutputFormat::junit}), "text, md, junit");
    EXPECT_TRUE(is_ci_format(OutputFormat::sarif));
    EXPECT_TRUE(is_ci_format(OutputFormat::github));
    EXPECT_FALSE(is_ci_format(OutputFormat::github_matrix));
    EXPECT_FALSE(is_ci_format(OutputFormat::json));
}

}  // namespace
}  // namespace tollgate
