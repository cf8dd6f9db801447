#include "runner/report/ci_matrix.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(GithubMatrix, IsOneLineWithSortedKeysForFromJson) {
    EXPECT_EQ(render_github_matrix(2),
              R"({"include":[{"index":1,"shard":"1/2","total":2},{"index":2,"shard":"2/2","total":2}]})"
              "\n");
}

TEST(GithubMatrix, HasOneEntryForOneShard) {
    EXPECT_EQ(render_github_matrix(1), R"({"include":[{"index":1,"shard":"1/1","total":1}]})"
                                       "\n");
}

}  // namespace
}  // namespace tollgate
