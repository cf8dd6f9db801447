#include "runner/inventory/yaml_node.hpp"

namespace tollgate {

namespace {

const std::string k_empty_string;
const std::vector<YamlNode> k_no_items;
const std::vector<YamlPair> k_no_pairs;

}  // namespace

YamlKind YamlNode::kind() const {
    return m_data == nullptr ? YamlKind::null : m_data->kind;
}

const std::string& YamlNode::scalar() const {
    return m_data == nullptr ? k_empty_string : m_data->scalar;
}

YamlMark YamlNode::mark() const {
    return m_data == nullptr ? YamlMark{} : m_data->mark;
}

const std::vector<YamlNode>& YamlNode::items() const {
    return m_data == nullptr || m_data->items == nullptr ? k_no_items : *m_data->items;
}

const std::vector<YamlPair>& YamlNode::pairs() const {
    return m_data == nullptr || m_data->pairs == nullptr ? k_no_pairs : *m_data->pairs;
}

YamlDocument::YamlDocument() = default;

YamlData& YamlDocument::add(YamlKind kind, const YamlMark& mark) {
    if (m_blocks.empty() || m_blocks.back().size() == m_blocks.back().capacity()) {
        // Growing blocks: few allocations for big files, little waste for
        // small ones. Reserved, not sized: a node's memory is first touched
        // when it is made, so a block's unused tail costs no page faults.
        const std::size_t size = m_blocks.empty() ? 64 : std::min<std::size_t>(m_blocks.back().capacity() * 2, 65536);
        m_blocks.emplace_back().reserve(size);
    }
    // Within its capacity, so no node already handed out ever moves.
    YamlData& data = m_blocks.back().emplace_back();
    data.kind = kind;
    data.mark = mark;
    if (kind == YamlKind::sequence) data.items = &m_item_lists.emplace_back();
    if (kind == YamlKind::map) data.pairs = &m_pair_lists.emplace_back();
    return data;
}

}  // namespace tollgate
