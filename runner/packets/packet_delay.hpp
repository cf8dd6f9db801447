#pragma once

// `packet.delay` for triggers: how far past its planned finish a packet is.
// The planned finish is the last day of the packet's work in the plan's
// schedule (`tollgate plan`, mid estimate): plan day N is `start` + N − 1.
// The delay is today minus that day, in whole calendar days of 24 h (so
// `packet.delay > 4h` fires from the first day late), and 0 while the packet
// is on time. No value without `start`, without today, for a packet the
// plan does not schedule (done or dropped), or for a change without packet.

#include "runner/core/civil_date.hpp"
#include "runner/inventory/model.hpp"

#include <optional>
#include <string>

namespace tollgate {

/// A packet's delay, or why there is none.
struct PacketDelay {
    std::optional<double> delay_ms;
    std::optional<CivilDate> planned_finish;
    std::string missing;  ///< why delay_ms is empty
};

/// Computes the delay of `packet` on `today` (see above).
PacketDelay packet_delay(const Inventory& inventory, const std::string& packet, const std::optional<CivilDate>& today);

}  // namespace tollgate
