#include "runner/git/similarity_signature.hpp"

#include <algorithm>
#include <cstring>

namespace tollgate {

namespace {

constexpr std::uint32_t k_buckets = 107927;   // git's HASHBASE, a prime
constexpr std::size_t k_chunk = 64;           // a chunk ends after '\n' or at this length
constexpr std::size_t k_binary_probe = 8000;  // git's FIRST_FEW_BYTES

}  // namespace

bool looks_binary(std::string_view content) {
    const std::size_t n = std::min(content.size(), k_binary_probe);
    return n > 0 && std::memchr(content.data(), 0, n) != nullptr;
}

SimilaritySignature::SimilaritySignature(std::string_view content, bool binary) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> chunks;
    chunks.reserve(content.size() / 32 + 1);
    // Unsigned 32-bit arithmetic throughout, wrapping as git's does.
    std::uint32_t a1 = 0;
    std::uint32_t a2 = 0;
    std::uint32_t n = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(content.data());
    const std::size_t size = content.size();
    for (std::size_t i = 0; i < size; ++i) {
        const std::uint32_t c = p[i];
        // CRLF counts as LF in text, so a line-ending conversion is no edit.
        if (!binary && c == '\r' && i + 1 < size && p[i + 1] == '\n') continue;
        const std::uint32_t old1 = a1;
        a1 = (a1 << 7) ^ (a2 >> 25);
        a2 = (a2 << 7) ^ (old1 >> 25);
        a1 += c;
        if (++n < k_chunk && c != '\n') continue;
        chunks.emplace_back((a1 + a2 * 0x61U) % k_buckets, n);
        n = 0;
        a1 = 0;
        a2 = 0;
    }
    if (n > 0) chunks.emplace_back((a1 + a2 * 0x61U) % k_buckets, n);
    std::sort(chunks.begin(), chunks.end());
    // Sum the bytes of equal hashes into one bucket.
    for (const auto& [hash, bytes] : chunks) {
        if (!m_buckets.empty() && m_buckets.back().first == hash) {
            m_buckets.back().second += bytes;
        } else {
            m_buckets.emplace_back(hash, bytes);
        }
    }
    m_buckets.shrink_to_fit();
}

std::uint64_t copied_bytes(const SimilaritySignature& source, const SimilaritySignature& destination) {
    std::uint64_t copied = 0;
    auto d = destination.m_buckets.begin();
    const auto end = destination.m_buckets.end();
    for (const auto& [hash, bytes] : source.m_buckets) {
        while (d != end && d->first < hash) ++d;
        if (d == end) break;
        if (d->first == hash) copied += std::min(bytes, d->second);
    }
    return copied;
}

bool sizes_can_match(std::uint64_t source_size, std::uint64_t destination_size, int minimum_score) {
    const std::uint64_t larger = std::max(source_size, destination_size);
    const std::uint64_t delta = larger - std::min(source_size, destination_size);
    return !(larger * static_cast<std::uint64_t>(k_max_similarity - minimum_score) <
             delta * static_cast<std::uint64_t>(k_max_similarity));
}

int similarity_score(std::uint64_t copied, std::uint64_t source_size, std::uint64_t destination_size) {
    if (destination_size == 0) return 0;
    const std::uint64_t larger = std::max(source_size, destination_size);
    return static_cast<int>(copied * k_max_similarity / larger);
}

}  // namespace tollgate
