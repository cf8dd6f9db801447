#include "runner/zones/bucket_index.hpp"

#include <algorithm>

namespace tollgate {

void BucketIndex::add(std::string_view key, std::uint32_t index) {
    const auto [it, inserted] = m_building.try_emplace(std::string(key), static_cast<std::uint32_t>(m_keys.size()));
    if (inserted) {
        m_keys.emplace_back(key);
        m_buckets.emplace_back();
    }
    m_buckets[it->second].push_back(index);
}

void BucketIndex::freeze() {
    for (auto& b : m_buckets) std::sort(b.rbegin(), b.rend());
    m_building.clear();
    if (m_keys.empty()) return;
    // At most half full, so probe runs stay short.
    std::size_t size = 16;
    while (size < m_keys.size() * 2) size *= 2;
    m_slots.assign(size, Slot{});
    m_mask = size - 1;
    for (std::size_t e = 0; e < m_keys.size(); ++e) {
        const std::uint64_t h = hash(m_keys[e]);
        std::size_t i = h & m_mask;
        while (m_slots[i].entry != 0) i = (i + 1) & m_mask;
        m_slots[i] = {h, static_cast<std::uint32_t>(e + 1)};
    }
}

}  // namespace tollgate
