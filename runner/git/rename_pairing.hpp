#pragma once

// git's rename (and copy) pairing, as `git diff -M`/`-C` does it since git
// 2.33, over an abstract list of changed paths: exact matches by object id
// first, then files whose basename is unique on both sides at a higher
// threshold, then — within diff.renameLimit² — the full matrix, keeping each
// destination's best four candidates and walking them best first in a stable
// order. Pure: contents come through RenameContent, so tests can feed it
// anything and the git area feeds it blobs.

#include "runner/git/similarity_signature.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace tollgate {

/// What a changed path can be to rename detection.
enum class RenameRole {
    destination,  ///< an added path
    deleted,      ///< a deleted path: a rename source
    kept,         ///< a path that stays (modified): a source for copies only
    none,         ///< neither (never paired)
};

/// One entry of the diff, in git's path order.
struct RenameEntry {
    RenameRole role = RenameRole::none;
    std::string_view path;
    std::uint32_t mode = 0;  ///< the source's old mode, the destination's new mode
    std::string_view id;     ///< object id bytes: equal ids are equal contents
};

/// Sizes and signatures of the entries, read only when a pass asks (the
/// size check rejects most pairs before any content is read).
class RenameContent {
public:
    virtual ~RenameContent() = default;
    /// The size in bytes of entry `index`'s content.
    virtual std::uint64_t size(std::size_t index) = 0;
    /// The similarity signature of entry `index`'s content.
    virtual const SimilaritySignature& signature(std::size_t index) = 0;
};

/// What `diff.renames` asks for.
enum class RenameDetection { off, renames, copies };

/// The knobs git reads from its config and command line.
struct RenameOptions {
    RenameDetection detect = RenameDetection::renames;
    int minimum_score = k_max_similarity / 2;  ///< -M50%
    long long limit = 1000;                    ///< diff.renameLimit; 0 or less: unlimited
    int basename_factor = 50;                  ///< percent of the way from -M to 100 % (GIT_BASENAME_FACTOR)
    bool exact_only = false;                   ///< only identical contents (no blob readable)
};

/// A destination paired with its source.
struct RenameMatch {
    std::size_t destination = 0;  ///< entry index
    std::size_t source = 0;       ///< entry index
    int score = 0;                ///< 0..k_max_similarity
    bool copy = false;            ///< 'C' rather than 'R' (the source stays or has a later rename)
};

/// The pairs found, in destination order.
struct RenamePairing {
    std::vector<RenameMatch> matches;
    bool limit_exceeded = false;        ///< inexact detection skipped, as git skips it
    std::size_t destinations_left = 0;  ///< when exceeded: the matrix it would have needed
    std::size_t sources_left = 0;
};

/// Pairs `entries` as git does. Throws whatever `content` throws.
RenamePairing pair_renames(std::span<const RenameEntry> entries, RenameContent& content, const RenameOptions& options);

/// True when the two paths end in the same file name.
bool same_basename(std::string_view a, std::string_view b);

}  // namespace tollgate
