#pragma once

// A frozen string → pattern-index-list map for ZoneMap's candidate lookup:
// open addressing over one flat array, FNV-1a hashes that callers can build
// incrementally ("a", "a/b", "a/b/c" while walking a path), no allocation
// when looking up.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tollgate {

/// Pattern indices sorted descending (the winner search walks them high to low).
using PatternBucket = std::vector<std::uint32_t>;

/// Maps keys to buckets; add() everything, freeze() once, then find().
class BucketIndex {
public:
    /// FNV-1a of `bytes`, continuing from `seed` (start with hash_seed).
    static std::uint64_t hash(std::string_view bytes, std::uint64_t seed = hash_seed) {
        std::uint64_t h = seed;
        for (const char c : bytes) {
            h ^= static_cast<unsigned char>(c);
            h *= 0x100000001b3ull;
        }
        return h;
    }
    /// FNV-1a's offset basis: the hash of the empty string.
    static constexpr std::uint64_t hash_seed = 0xcbf29ce484222325ull;

    /// Adds pattern `index` under `key` (before freeze()).
    void add(std::string_view key, std::uint32_t index);
    /// Sorts the buckets descending and builds the probe table.
    void freeze();
    /// The bucket of `key` whose hash() is `h`, or nullptr.
    [[nodiscard]] const PatternBucket* find(std::string_view key, std::uint64_t h) const {
        if (m_slots.empty()) return nullptr;
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot& s = m_slots[i];
            if (s.entry == 0) return nullptr;
            if (s.hash == h && m_keys[s.entry - 1] == key) return &m_buckets[s.entry - 1];
        }
    }
    /// True when no key was added.
    [[nodiscard]] bool empty() const { return m_keys.empty(); }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t entry = 0;  ///< 1-based index into m_keys; 0 = free
    };
    std::vector<std::string> m_keys;
    std::vector<PatternBucket> m_buckets;
    std::unordered_map<std::string, std::uint32_t> m_building;  ///< key → entry while adding
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

}  // namespace tollgate
