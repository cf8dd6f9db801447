#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tollgate {

/// Comparison operators a trigger may use.
enum class CompareOp { lt, le, gt, ge, eq, ne };

/// A parsed trigger condition `metric OP value[unit]` (DESIGN §5.8).
/// Values with a time unit are normalised to milliseconds; `%` is dropped.
struct TriggerExpr {
    std::string metric;  ///< coverage, GATE.duration, GATE.METRIC, packet.delay, …
    CompareOp op = CompareOp::lt;
    double value = 0;
    std::string unit;  ///< as written: "", "%", "ms", "s", "m", "h", "d"

    /// True when `observed` satisfies the condition.
    [[nodiscard]] bool holds(double observed) const;
};

/// Parse result: the expression, or an error message and the 0-based column.
struct TriggerParse {
    std::optional<TriggerExpr> expr;
    std::string error;
    int column = 0;
};

/// Parses "coverage < 80", "api.p95_ms > 500", "packet.delay > 4h".
TriggerParse parse_trigger_expr(std::string_view text);

/// "<", "<=", … for output.
std::string to_string(CompareOp op);

}  // namespace tollgate
