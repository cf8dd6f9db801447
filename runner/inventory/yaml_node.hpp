#pragma once

// A read-only YAML tree built straight from libfyaml's parser events.
// A general-purpose document tree costs more than the scan that feeds it
// and would need a second walk for the guards; this tree is one arena per
// document, filled in the same single pass that checks depth, aliases and
// size. An alias shares the anchored node, so the tree never grows by
// expanding one.

#include <deque>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace tollgate {

/// A position in the YAML text, 0-based, the column in bytes; line -1 = unknown.
struct YamlMark {
    int pos = -1;
    int line = -1;
    int column = -1;
    [[nodiscard]] bool is_null() const { return line < 0; }
};

/// The four shapes a node can have (an absent node reads as null).
enum class YamlKind { null, scalar, sequence, map };

struct YamlData;
class YamlNode;

/// One `key: value` pair of a mapping, in written order.
struct YamlPair;

/// A handle on one node of a YamlDocument; cheap to copy, valid while the document lives.
class YamlNode {
public:
    YamlNode() = default;
    explicit YamlNode(const YamlData* data) : m_data(data) {}

    [[nodiscard]] YamlKind kind() const;
    [[nodiscard]] bool is_null() const { return kind() == YamlKind::null; }
    [[nodiscard]] bool is_scalar() const { return kind() == YamlKind::scalar; }
    [[nodiscard]] bool is_sequence() const { return kind() == YamlKind::sequence; }
    [[nodiscard]] bool is_map() const { return kind() == YamlKind::map; }
    /// The scalar's text ("" for other kinds).
    [[nodiscard]] const std::string& scalar() const;
    /// Where the node starts.
    [[nodiscard]] YamlMark mark() const;
    /// A sequence's items (empty for other kinds).
    [[nodiscard]] const std::vector<YamlNode>& items() const;
    /// A mapping's pairs in written order (empty for other kinds).
    [[nodiscard]] const std::vector<YamlPair>& pairs() const;

private:
    const YamlData* m_data = nullptr;
};

struct YamlPair {
    YamlNode first;
    YamlNode second;
};

/// The storage behind one node. A container's children live in lists the
/// document keeps beside the nodes, so the scalars (most nodes) carry two
/// pointers rather than two empty vectors: 64 bytes a node, not 96, and a
/// large inventory's tree is mostly the first touch of its pages.
struct YamlData {
    YamlKind kind = YamlKind::null;
    YamlMark mark;
    std::string scalar;
    std::vector<YamlNode>* items = nullptr;  ///< a sequence's, owned by the document
    std::vector<YamlPair>* pairs = nullptr;  ///< a mapping's, owned by the document
};

/// A parsed document: owns every node; moving it keeps node handles valid.
class YamlDocument {
public:
    YamlDocument();
    /// The root node (null for a document of comments only).
    [[nodiscard]] YamlNode root() const { return m_root; }
    /// A new node owned by this document (for the builder).
    YamlData& add(YamlKind kind, const YamlMark& mark);
    /// Makes `data` the root.
    void set_root(YamlNode root) { m_root = root; }

private:
    // Blocks of nodes that never move once allocated: handles point into them.
    std::vector<std::vector<YamlData>> m_blocks;
    // Children lists; a deque never moves an element it holds, nor does moving it.
    std::deque<std::vector<YamlNode>> m_item_lists;
    std::deque<std::vector<YamlPair>> m_pair_lists;
    YamlNode m_root;
};

}  // namespace tollgate
