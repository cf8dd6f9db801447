#include "runner/report/check_markdown.hpp"

#include "tests/unit/report/check_render_fixture.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(CheckMarkdown, LeadsWithTheVerdictAndTheReasonsThenTables) {
    const std::string md = render_check_markdown(test::failing_check());
    EXPECT_EQ(md.rfind("## tollgate check: ❌ fail\n", 0), 0u) << md;
    EXPECT_TRUE(contains(md, "### Why it fails\n\n- services may not modify db/001.sql")) << md;
    EXPECT_TRUE(contains(md, "| db/001.sql | Migrations | exclusive | foundation |")) << md;
    EXPECT_TRUE(contains(md, "| cp-1 | pending | yes | waiting: foundation is not done |")) << md;
    EXPECT_TRUE(contains(md, "| unit | failed | 0.00 s | exit 1 |")) << md;
    EXPECT_TRUE(contains(md, "| coverage &lt; 80 | block | fired | coverage is 75 %, &lt; 80 % |")) << md;
}

}  // namespace
}  // namespace tollgate
