#pragma once

// Colour in the text renderers: an SGR sequence around a piece of text,
// only when the caller decided the output is a colour terminal.

#include <string>

namespace tollgate {

/// `text` wrapped in ESC[<sgr>m ... ESC[0m when `color`; else `text` unchanged.
std::string paint(const std::string& text, const char* sgr, bool color);

}  // namespace tollgate
