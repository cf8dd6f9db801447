#include "runner/inventory/yaml_node.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(YamlNode, AnEmptyHandleReadsAsANullNodeWithNoChildren) {
    const YamlNode node;
    EXPECT_TRUE(node.is_null());
    EXPECT_EQ(node.scalar(), "");
    EXPECT_TRUE(node.mark().is_null());
    EXPECT_TRUE(node.items().empty());
    EXPECT_TRUE(node.pairs().empty());
}

TEST(YamlDocument, KeepsNodeHandlesValidAcrossGrowthAndMoves) {
    YamlDocument document;
    YamlData& list = document.add(YamlKind::sequence, YamlMark{0, 0, 0});
    for (int i = 0; i < 10'000; ++i) {
        YamlData& item = document.add(YamlKind::scalar, YamlMark{i, i, 2});
        item.scalar = std::to_string(i);
        list.items->push_back(YamlNode(&item));
    }
    document.set_root(YamlNode(&list));
    const YamlDocument moved = std::move(document);
    ASSERT_EQ(moved.root().items().size(), 10'000u);
    EXPECT_EQ(moved.root().items()[9'999].scalar(), "9999");
    EXPECT_EQ(moved.root().items()[42].mark().line, 42);
}

}  // namespace
}  // namespace tollgate
