#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tollgate {

/// A calendar day (no time zone), as plans write them: 2025-01-20.
class CivilDate {
public:
    CivilDate() = default;
    explicit CivilDate(std::chrono::sys_days day) : m_day(day) {}

    /// Parses strict ISO "YYYY-MM-DD"; nullopt for anything else or an impossible date.
    static std::optional<CivilDate> parse(std::string_view text);
    /// The UTC day containing `seconds` since the epoch.
    static CivilDate from_unix(long long seconds);

    /// "YYYY-MM-DD".
    [[nodiscard]] std::string str() const;
    /// This day plus `days` (may be negative).
    [[nodiscard]] CivilDate plus_days(long long days) const;
    /// Whole days from `other` to this (positive when this is later).
    [[nodiscard]] long long days_since(const CivilDate& other) const;
    [[nodiscard]] std::chrono::sys_days sys_days() const { return m_day; }

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted comparison's 0
    friend auto operator<=>(const CivilDate&, const CivilDate&) = default;

private:
    std::chrono::sys_days m_day{};
};

}  // namespace tollgate
