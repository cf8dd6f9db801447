#pragma once

// Maps the paths a report names (absolute build-machine paths, paths
// relative to a Cobertura <source>, Java package paths, Go import paths)
// onto repository paths, so coverage lines up with what git says changed.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tollgate {

/// An explicit --path-map FROM=TO rule: a report path starting with FROM
/// (at a path-component boundary) has FROM replaced by TO.
struct PathMapRule {
    std::string from;  ///< prefix as the report writes it
    std::string to;    ///< its replacement (repository-relative or absolute)
    /// Parses "FROM=TO"; nullopt when there is no '=' or FROM is empty.
    static std::optional<PathMapRule> parse(std::string_view text);
};

/// How one report path was mapped.
struct PathMapping {
    std::string repo_path;  ///< repository-relative; empty when unmatched
    std::string reason;     ///< why it did not match ("no tracked file ends with …", "ambiguous: …")
    [[nodiscard]] bool matched() const { return !repo_path.empty(); }
};

/// Maps report paths to repository paths.
class PathMapper {
public:
    /// `tracked`: repository-relative paths of tracked files (git ls-files);
    /// when `know_tracked` is false (no repository) paths are only normalised.
    /// `repo_root`: absolute work-tree root, for stripping absolute paths.
    PathMapper(std::vector<std::string> tracked, bool know_tracked, const std::string& repo_root,
               std::vector<PathMapRule> rules);

    /// Maps `report_path`; `source_roots` are the report's Cobertura roots, tried in order.
    [[nodiscard]] PathMapping map(std::string_view report_path, const std::vector<std::string>& source_roots) const;

private:
    [[nodiscard]] std::string apply_rules(std::string_view path) const;
    [[nodiscard]] std::optional<std::string> exact(const std::string& candidate) const;
    [[nodiscard]] std::size_t suffix_match(const std::string& candidate, std::vector<std::size_t>& best) const;

    std::vector<std::string> m_tracked;
    bool m_know_tracked;
    std::string m_root;
    std::vector<PathMapRule> m_rules;
    std::unordered_map<std::string, std::size_t> m_index;                 // path -> tracked index
    std::unordered_map<std::string, std::vector<std::size_t>> m_by_name;  // basename -> tracked indices
};

/// Lexically normalises a path with '/' separators: drops "." and empty
/// components, folds "a/.." pairs; keeps a leading '/'.
std::string normalize_path(std::string_view path);

}  // namespace tollgate
