#pragma once

#include "runner/verdict/packet_brief.hpp"

#include <string>

namespace tollgate {

/// The brief as JSON, every field of the model (`"version": 1`), for
/// scripts that spawn agents. Pure.
std::string render_brief_json(const PacketBrief& brief);

}  // namespace tollgate
