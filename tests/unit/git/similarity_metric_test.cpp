#include "runner/git/similarity_metric.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tollgate::libgit {
namespace {

std::string text(int count, int changed = 0) {
    std::string out;
    for (int i = 0; i < count; ++i) {
        std::string line = (i < changed ? "edited" : "base") + std::string(" line ") + std::to_string(i);
        line.resize(23, '.');
        out += line + "\n";
    }
    return out;
}

// The percentage libgit2's merge would see for two blobs.
int percent(const std::string& a, const std::string& b) {
    git_diff_similarity_metric* m = git_similarity_metric();
    void* x = nullptr;
    void* y = nullptr;
    EXPECT_EQ(m->buffer_signature(&x, nullptr, a.data(), a.size(), m->payload), 0);
    EXPECT_EQ(m->buffer_signature(&y, nullptr, b.data(), b.size(), m->payload), 0);
    int score = -1;
    EXPECT_EQ(m->similarity(&score, x, y, m->payload), 0);
    m->free_signature(x, m->payload);
    m->free_signature(y, m->payload);
    return score;
}

TEST(GitSimilarityMetric, GivesMergesGitsScoreAsAPercentage) {
    EXPECT_EQ(percent(text(100), text(100)), 100);
    EXPECT_EQ(percent(text(100), text(100, 50)), 50);  // git: R050, a rename at -M50%
    EXPECT_EQ(percent(text(100), text(100, 51)), 49);  // git: a deletion and an addition
}

TEST(GitSimilarityMetric, ScoresSizesFarApartAndEmptyFilesAsZero) {
    EXPECT_EQ(percent(text(10), text(100)), 0);
    EXPECT_EQ(percent("", ""), 0);
}

}  // namespace
}  // namespace tollgate::libgit
