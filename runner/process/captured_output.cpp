#include "runner/process/captured_output.hpp"

#include <algorithm>

namespace tollgate {

CapturedOutput::CapturedOutput(std::size_t limit) : m_head_limit(limit / 2), m_tail_limit(limit - limit / 2) {}

void CapturedOutput::append(std::string_view data) {
    m_total += data.size();
    if (m_head.size() < m_head_limit) {
        const std::size_t n = std::min(data.size(), m_head_limit - m_head.size());
        m_head.append(data.substr(0, n));
        data.remove_prefix(n);
    }
    if (data.empty() || m_tail_limit == 0) return;
    if (data.size() >= m_tail_limit) {
        // The chunk alone fills the tail: keep its end, restart the ring.
        m_tail.assign(data.substr(data.size() - m_tail_limit));
        m_tail_start = 0;
        return;
    }
    if (m_tail.size() < m_tail_limit) {
        const std::size_t n = std::min(data.size(), m_tail_limit - m_tail.size());
        m_tail.append(data.substr(0, n));
        data.remove_prefix(n);
        if (data.empty()) return;
    }
    // The ring is full: overwrite the oldest bytes, wrapping at the end.
    while (!data.empty()) {
        const std::size_t n = std::min(data.size(), m_tail_limit - m_tail_start);
        std::copy_n(data.data(), n, m_tail.begin() + static_cast<std::ptrdiff_t>(m_tail_start));
        data.remove_prefix(n);
        m_tail_start = (m_tail_start + n) % m_tail_limit;
    }
}

std::uint64_t CapturedOutput::dropped_bytes() const {
    return m_total - m_head.size() - m_tail.size();
}

std::string omitted_marker(std::uint64_t bytes) {
    return "\n[… " + std::to_string(bytes) + " bytes omitted …]\n";
}

std::string CapturedOutput::text() const {
    std::string out = m_head;
    const std::uint64_t dropped = dropped_bytes();
    if (dropped > 0) out += omitted_marker(dropped);
    out.append(m_tail, m_tail_start, std::string::npos);
    out.append(m_tail, 0, m_tail_start);
    return out;
}

}  // namespace tollgate
