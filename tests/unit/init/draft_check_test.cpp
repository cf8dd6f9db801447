#include "runner/init/draft_check.hpp"

#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using ::testing::HasSubstr;

TEST(CheckDraft, PassesAValidDraftThatIsNotOnDiskYet) {
    test::TempDir dir;
    Diagnostics diagnostics;
    check_draft("version: 1\npackets:\n  - id: a\n", dir.path() / "tollgate.yml", diagnostics);
    EXPECT_FALSE(diagnostics.has_errors());
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "tollgate.yml"));
}

TEST(CheckDraft, NamesEachProblemAtItsLineInTheDraft) {
    test::TempDir dir;
    Diagnostics diagnostics;
    check_draft("version: 1\npackets:\n  - id: a\n    after: [nobody]\n", dir.path() / "tollgate.yml", diagnostics);
    ASSERT_TRUE(diagnostics.has_errors());
    EXPECT_THAT(diagnostics.sorted().front().str(), HasSubstr("tollgate.yml:4:"));
    EXPECT_THAT(diagnostics.sorted().front().str(), HasSubstr("nobody"));
}

TEST(CheckDraft, ReadsTheDraftNotTheFileItWouldReplace) {
    test::TempDir dir;
    dir.write("tollgate.yml", "version: 1\nbogus: true\n");
    Diagnostics diagnostics;
    check_draft("version: 1\n", dir.path() / "tollgate.yml", diagnostics);
    EXPECT_FALSE(diagnostics.has_errors());
}

}  // namespace
}  // namespace tollgate
