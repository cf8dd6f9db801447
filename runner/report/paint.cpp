#include "runner/report/paint.hpp"

namespace tollgate {

std::string paint(const std::string& text, const char* sgr, bool color) {
    return color ? std::string("\x1b[") + sgr + "m" + text + "\x1b[0m" : text;
}

}  // namespace tollgate
