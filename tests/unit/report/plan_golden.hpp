#pragma once

// Golden-file comparison for the plan renderers. The expected outputs live in
// tests/fixtures/plan/. After an intended change to a renderer, regenerate
// them and review the diff:
//
//   TOLLGATE_UPDATE_GOLDEN=1 build/tests/tollgate_tests --gtest_filter='Plan*Golden*'
//   git diff tests/fixtures/plan/

#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace tollgate::test {

inline void expect_matches_golden(const std::string& actual, const std::string& name) {
    const auto path = source_dir() / "tests" / "fixtures" / "plan" / name;
    if (const char* update = std::getenv("TOLLGATE_UPDATE_GOLDEN"); update && *update && *update != '0') {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    ASSERT_TRUE(std::filesystem::exists(path)) << path << " is missing; create it with TOLLGATE_UPDATE_GOLDEN=1";
    EXPECT_EQ(actual, read_file(path)) << "differs from " << path
                                       << " (regenerate with TOLLGATE_UPDATE_GOLDEN=1 if intended)";
}

}  // namespace tollgate::test
