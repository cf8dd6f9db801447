#include "runner/core/civil_date.hpp"

#include <cstdio>

namespace tollgate {

std::optional<CivilDate> CivilDate::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t n) -> int {
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (text[i] < '0' || text[i] > '9') return -1;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return CivilDate(std::chrono::sys_days{ymd});
}

CivilDate CivilDate::from_unix(long long seconds) {
    const auto tp = std::chrono::sys_seconds{std::chrono::seconds{seconds}};
    return CivilDate(std::chrono::floor<std::chrono::days>(tp));
}

std::string CivilDate::str() const {
    const std::chrono::year_month_day ymd{m_day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

CivilDate CivilDate::plus_days(long long days) const {
    return CivilDate(m_day + std::chrono::days{days});
}

long long CivilDate::days_since(const CivilDate& other) const {
    return (m_day - other.m_day).count();
}

}  // namespace tollgate
