#include "runner/graph/plan_result.hpp"

#include <algorithm>
#include <cmath>

namespace tollgate {

std::string to_string(Estimate estimate) {
    switch (estimate) {
        case Estimate::low: return "low";
        case Estimate::mid: return "mid";
        case Estimate::high: return "high";
    }
    return "?";
}

std::optional<Estimate> parse_estimate(std::string_view text) {
    if (text == "low") return Estimate::low;
    if (text == "mid") return Estimate::mid;
    if (text == "high") return Estimate::high;
    return std::nullopt;
}

double HoursRange::get(Estimate estimate) const {
    switch (estimate) {
        case Estimate::low: return low;
        case Estimate::mid: return mid;
        case Estimate::high: return high;
    }
    return mid;
}

int day_of_start(double hours) {
    return static_cast<int>(std::floor(hours / hours_per_day + 1e-9)) + 1;
}

int day_of_end(double hours) {
    return std::max(1, static_cast<int>(std::ceil(hours / hours_per_day - 1e-9)));
}

CivilDate date_of_day(const CivilDate& start, int day) {
    return start.plus_days(day - 1);
}

}  // namespace tollgate
