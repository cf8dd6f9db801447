#include "runner/git/change_set.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(ChangeStatus, HasGitLettersAndJsonNames) {
    const std::vector<std::pair<ChangeStatus, std::pair<std::string, std::string>>> all{
        {ChangeStatus::added, {"A", "added"}},     {ChangeStatus::modified, {"M", "modified"}},
        {ChangeStatus::deleted, {"D", "deleted"}}, {ChangeStatus::renamed, {"R", "renamed"}},
        {ChangeStatus::copied, {"C", "copied"}},   {ChangeStatus::type_changed, {"T", "type_changed"}}};
    for (const auto& [status, names] : all) {
        EXPECT_EQ(status_letter(status), names.first);
        EXPECT_EQ(to_string(status), names.second);
    }
}

}  // namespace
}  // namespace tollgate
