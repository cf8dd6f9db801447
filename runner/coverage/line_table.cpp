#include "runner/coverage/line_table.hpp"

#include <algorithm>

namespace tollgate {

namespace {

// The dense vector may grow to this many slots per entry (plus a floor), so a
// file with a few far-apart line numbers cannot make it explode.
constexpr std::uint64_t k_dense_slack = 4;
constexpr std::uint64_t k_dense_floor = 4096;

}  // namespace

std::uint32_t add_hits(std::uint32_t a, std::uint64_t b) {
    const std::uint64_t sum = std::uint64_t{a} + std::min<std::uint64_t>(b, LineTable::k_max_hits);
    return static_cast<std::uint32_t>(std::min<std::uint64_t>(sum, LineTable::k_max_hits));
}

void LineTable::store_dense(std::uint32_t line, std::uint32_t hits) {
    if (hits < k_big - 1) {
        m_dense[line] = static_cast<std::uint16_t>(hits + 1);
    } else {
        m_dense[line] = k_big;
        m_big[line] = hits;
    }
}

void LineTable::add(std::uint32_t line, std::uint64_t hits) {
    ++m_entries;
    if (line < m_dense.size()) {
        const auto slot = m_dense[line];
        const std::uint32_t before = slot == 0 ? 0 : slot == k_big ? m_big.at(line) : slot - 1u;
        store_dense(line, add_hits(before, hits));
        return;
    }
    // The sparse list must stay beyond the dense span, so only grow while it is empty.
    if (m_sparse.empty() && std::uint64_t{line} < k_dense_slack * m_entries + k_dense_floor) {
        m_dense.resize(std::max<std::size_t>(std::size_t{line} + 1, m_dense.size() + m_dense.size() / 2), 0);
        store_dense(line, add_hits(0, hits));
        return;
    }
    if (!m_sparse.empty() && line < m_sparse.back().first) m_sparse_sorted = false;
    m_sparse.emplace_back(line, add_hits(0, hits));
}

void LineTable::compact() {
    if (m_dense.size() > 0) {
        // Trim the growth slack beyond the last coverable line.
        auto last = m_dense.size();
        while (last > 0 && m_dense[last - 1] == 0) --last;
        m_dense.resize(last);
        m_dense.shrink_to_fit();
    }
    if (m_sparse.empty()) return;
    if (!m_sparse_sorted) {
        std::stable_sort(m_sparse.begin(), m_sparse.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        m_sparse_sorted = true;
    }
    std::size_t out = 0;
    for (std::size_t i = 0; i < m_sparse.size(); ++i) {
        if (out > 0 && m_sparse[out - 1].first == m_sparse[i].first) {
            m_sparse[out - 1].second = add_hits(m_sparse[out - 1].second, m_sparse[i].second);
        } else {
            m_sparse[out++] = m_sparse[i];
        }
    }
    m_sparse.resize(out);
    m_sparse.shrink_to_fit();
}

void LineTable::merge(const LineTable& other) {
    other.for_each([this](std::uint32_t line, std::uint32_t hits) { add(line, hits); });
    compact();
}

std::optional<std::uint32_t> LineTable::hits(std::uint32_t line) const {
    if (line < m_dense.size()) {
        const auto slot = m_dense[line];
        if (slot == 0) return std::nullopt;
        if (slot == k_big) return m_big.at(line);
        return static_cast<std::uint32_t>(slot - 1);
    }
    const auto it = std::lower_bound(m_sparse.begin(), m_sparse.end(), line,
                                     [](const auto& e, std::uint32_t l) { return e.first < l; });
    if (it == m_sparse.end() || it->first != line) return std::nullopt;
    return it->second;
}

std::uint32_t LineTable::last_line() const {
    if (!m_sparse.empty()) return m_sparse.back().first;
    for (std::size_t i = m_dense.size(); i > 0; --i) {
        if (m_dense[i - 1] != 0) return static_cast<std::uint32_t>(i - 1);
    }
    return 0;
}

CoverageCounts LineTable::counts() const {
    CoverageCounts c;
    for_each([&c](std::uint32_t, std::uint32_t hits) {
        ++c.total;
        if (hits > 0) ++c.covered;
    });
    return c;
}

}  // namespace tollgate
