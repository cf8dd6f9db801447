#pragma once

// git's estimate of how much of one file another holds (diffcore-delta):
// content cut into chunks that end after a '\n' or at 64 bytes, each chunk
// hashed into one of 107927 buckets, each bucket counting the bytes of its
// chunks. Two files share min(count, count) bytes per bucket. Collisions are
// part of the answer git gives, so the hash is git's to the bit. Pure: no
// libgit2, so the rename pairing built on it is testable on its own.

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace tollgate {

/// git's MAX_SCORE: a similarity of 100 %.
constexpr int k_max_similarity = 60000;

/// True when git judges `content` binary without attributes: a NUL in its first 8000 bytes.
bool looks_binary(std::string_view content);

/// The bucket counts of one file's content.
class SimilaritySignature {
public:
    SimilaritySignature() = default;
    /// The signature of `content`; in text (not `binary`) a '\r' right before a '\n' is skipped.
    SimilaritySignature(std::string_view content, bool binary);
    /// The signature of `content`, judged binary or text as git does without attributes.
    explicit SimilaritySignature(std::string_view content) : SimilaritySignature(content, looks_binary(content)) {}

    /// Bytes of `source` found again in `destination`: Σ min(count) over shared buckets.
    friend std::uint64_t copied_bytes(const SimilaritySignature& source, const SimilaritySignature& destination);

private:
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_buckets;  // (hash, bytes), sorted by hash
};

/// False when sizes this far apart cannot reach `minimum_score` (git's
/// early rejection, decided before any content is read).
bool sizes_can_match(std::uint64_t source_size, std::uint64_t destination_size, int minimum_score);

/// git's score, 0..k_max_similarity: copied bytes × MAX_SCORE ÷ the larger
/// size; 0 when the destination is empty.
int similarity_score(std::uint64_t copied, std::uint64_t source_size, std::uint64_t destination_size);

}  // namespace tollgate
