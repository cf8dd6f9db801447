#pragma once

#include "runner/verdict/packet_brief.hpp"

#include <string>

namespace tollgate {

/// The brief as Markdown, shaped like seed 000's "Agent Assignment
/// Template", ready to paste into an agent's prompt. Pure.
std::string render_brief_markdown(const PacketBrief& brief);

}  // namespace tollgate
