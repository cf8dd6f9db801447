#include "runner/core/error.hpp"

namespace tollgate {

namespace {

std::string summarize(const Diagnostics& diagnostics) {
    const int n = diagnostics.error_count();
    return "inventory has " + std::to_string(n) + (n == 1 ? " error" : " errors");
}

}  // namespace

InventoryError::InventoryError(Diagnostics diagnostics)
    : Error(ExitCode::usage, summarize(diagnostics)), m_diagnostics(std::move(diagnostics)) {}

}  // namespace tollgate
