#pragma once

#include "runner/process/process_runner.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tollgate {

/// A process's output with bounded memory: the first and the last half of
/// `limit` bytes are kept and the middle is counted, so a gate that prints
/// gigabytes costs tollgate at most `limit` bytes (failures usually show at
/// the start, as a usage error, or at the end, as a summary).
class CapturedOutput {
public:
    explicit CapturedOutput(std::size_t limit = default_capture_limit);

    /// Adds bytes in arrival order.
    void append(std::string_view data);
    /// Every byte appended so far.
    [[nodiscard]] std::uint64_t total_bytes() const { return m_total; }
    /// Bytes appended but no longer kept.
    [[nodiscard]] std::uint64_t dropped_bytes() const;
    /// The head, then "[… N bytes omitted …]" when something was cut, then the tail.
    [[nodiscard]] std::string text() const;

private:
    std::size_t m_head_limit;
    std::size_t m_tail_limit;
    std::string m_head;
    std::string m_tail;            // ring buffer once full
    std::size_t m_tail_start = 0;  // oldest byte of the ring
    std::uint64_t m_total = 0;
};

/// The marker text() puts where bytes were omitted.
std::string omitted_marker(std::uint64_t bytes);

}  // namespace tollgate
