#include "runner/zones/bucket_index.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

const PatternBucket* find(const BucketIndex& index, std::string_view key) {
    return index.find(key, BucketIndex::hash(key));
}

TEST(BucketIndex, FindsBucketsSortedDescendingAfterFreeze) {
    BucketIndex index;
    index.add("src", 3);
    index.add("docs", 1);
    index.add("src", 7);
    index.add("src", 5);
    index.freeze();
    ASSERT_NE(find(index, "src"), nullptr);
    EXPECT_EQ(*find(index, "src"), (PatternBucket{7, 5, 3}));
    EXPECT_EQ(*find(index, "docs"), (PatternBucket{1}));
    EXPECT_EQ(find(index, "lib"), nullptr);
    EXPECT_EQ(find(index, ""), nullptr);
}

TEST(BucketIndex, EmptyIndexFindsNothing) {
    BucketIndex index;
    index.freeze();
    EXPECT_TRUE(index.empty());
    EXPECT_EQ(find(index, "x"), nullptr);
}

TEST(BucketIndex, HashContinuesAcrossPieces) {
    EXPECT_EQ(BucketIndex::hash("b", BucketIndex::hash("a/")), BucketIndex::hash("a/b"));
}

TEST(BucketIndex, HoldsManyKeysWithoutLosingAny) {
    BucketIndex index;
    for (std::uint32_t i = 0; i < 5000; ++i) index.add("key" + std::to_string(i), i);
    index.freeze();
    for (std::uint32_t i = 0; i < 5000; ++i) {
        const auto* b = find(index, "key" + std::to_string(i));
        ASSERT_NE(b, nullptr) << i;
        EXPECT_EQ(*b, (PatternBucket{i}));
    }
}

}  // namespace
}  // namespace tollgate
