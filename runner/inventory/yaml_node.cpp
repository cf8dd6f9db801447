#include "runner/inventory/yaml_node.hpp"

namespace tollgate {

namespace {

const std::string k_empty_string;
const std::vector<YamlNode> k_no_items;
const std::vector<YamlPair> k_no_pairs;

}  // namespace

YamlKind YamlNode::kind() const { return m_data == nullptr ? YamlKind::null : m_data->kind; }

const std::string& YamlNode::scalar() const {
    return m_data == nullptr ? k_empty_string : m_data->scalar;
}

YamlMark YamlNode::mark() const { return m_data == nullptr ? YamlMark{} : m_data->mark; }

const std::vector<YamlNode>& YamlNode::items() const {
    return m_data == nullptr ? k_no_items : m_data->items;
}

const std::vector<YamlPair>& YamlNode::pairs() const {
    return m_data == nullptr ? k_no_pairs : m_data->pairs;
}

YamlDocument::YamlDocument() = default;

YamlData& YamlDocument::add(YamlKind kind, const YamlMark& mark) {
    if (m_blocks.empty() || m_used_in_block == m_block_size) {
        // Growing blocks: few allocations for big files, little waste for small ones.
        m_block_size = m_blocks.empty() ? 64 : std::min<std::size_t>(m_block_size * 2, 65536);
        m_blocks.push_back(std::make_unique<YamlData[]>(m_block_size));
        m_used_in_block = 0;
    }
    YamlData& data = m_blocks.back()[m_used_in_block++];
    data.kind = kind;
    data.mark = mark;
    return data;
}

}  // namespace tollgate
