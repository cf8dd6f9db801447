#include "runner/report/check_markdown.hpp"

#include "tests/unit/report/check_render_fixture.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using ::testing::HasSubstr;

TEST(CheckMarkdown, LeadsWithTheVerdictAndTheReasonsThenTables) {
    const std::string md = render_check_markdown(test::failing_check());
    EXPECT_EQ(md.rfind("## tollgate check: ❌ fail\n", 0), 0u) << md;
    EXPECT_THAT(md, HasSubstr("### Why it fails\n\n- services may not modify db/001.sql"));
    EXPECT_THAT(md, HasSubstr("| db/001.sql | Migrations | exclusive | foundation |"));
    EXPECT_THAT(md, HasSubstr("| cp-1 | pending | yes | waiting: foundation is not done |"));
    EXPECT_THAT(md, HasSubstr("| unit | failed | 0.00 s | exit 1 |"));
    EXPECT_THAT(md, HasSubstr("| coverage &lt; 80 | block | fired | coverage is 75 %, &lt; 80 % |"));
}

}  // namespace
}  // namespace tollgate
