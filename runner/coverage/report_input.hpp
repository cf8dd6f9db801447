#pragma once

// What every coverage reader takes and gives. Readers are pure functions of
// a byte range (no files, no globals), so a fuzzer can drive them directly.

#include "runner/core/diagnostic.hpp"
#include "runner/core/error.hpp"
#include "runner/core/source_location.hpp"
#include "runner/coverage/coverage_data.hpp"
#include "runner/inventory/model.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// Called with an offset before which the reader needs no more bytes, so a
/// memory-mapped report can drop pages it has read (bounded memory).
using ReleaseHook = std::function<void(std::size_t offset)>;

/// A report's bytes and where they came from.
struct ReportInput {
    std::string_view text;  ///< the whole report
    std::string origin;     ///< file name used in messages
    ReleaseHook release;    ///< optional
};

/// A report as read: coverage keyed by the report's own paths.
struct ParsedReport {
    CoverageFormat format = CoverageFormat::auto_detect;  ///< the format it was read as
    CoverageData data;                                    ///< keyed by the report's paths
    std::vector<std::string> source_roots;                ///< Cobertura <sources>, in order
    std::vector<Diagnostic> warnings;
};

/// A report that cannot be read (exit 3); the message starts with file:line:col.
class ReportError : public EnvironmentError {
public:
    ReportError(SourceLocation where, const std::string& message, std::string hint = {})
        : EnvironmentError(where.str() + ": " + message, std::move(hint)), m_where(std::move(where)) {}
    /// Where in the report the problem is.
    [[nodiscard]] const SourceLocation& where() const { return m_where; }

private:
    SourceLocation m_where;
};

/// Calls a ReleaseHook every few megabytes of progress, not on every record.
class ReleaseCadence {
public:
    explicit ReleaseCadence(const ReleaseHook& hook) : m_hook(hook) {}
    /// Reports progress up to `offset`.
    void reached(std::size_t offset) {
        if (m_hook && offset >= m_next) {
            m_hook(offset);
            m_next = offset + k_step;
        }
    }

private:
    static constexpr std::size_t k_step = std::size_t{4} << 20;
    const ReleaseHook& m_hook;
    std::size_t m_next = k_step;
};

/// Offset of the first `byte` at or after `from`, or npos. Scans in steps and
/// reports progress to `cadence` (may be null), so even one gigantic line or
/// text node (a 1 GB hole in a report) is read in bounded memory.
std::size_t find_byte(std::string_view text, std::size_t from, char byte, ReleaseCadence* cadence);

/// Calls `on_line(line)` for each line of `text` (without "\n" or a
/// trailing "\r"), reporting progress to `cadence` as find_byte does: the
/// one line loop of the line-based readers (lcov, Go).
template <typename OnLine>
void for_each_line(std::string_view text, ReleaseCadence& cadence, OnLine&& on_line) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t nl = find_byte(text, pos, '\n', &cadence);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        std::string_view line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        on_line(line);
        pos = end + 1;
        cadence.reached(pos);
    }
}

/// file:line:col of byte `offset` in `text` (counts newlines; for errors only).
SourceLocation location_at(std::string_view text, std::size_t offset, const std::string& origin);

}  // namespace tollgate
