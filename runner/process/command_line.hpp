#pragma once

// When a gate's `run` string needs a shell. Like make, tollgate execs a
// command directly when nothing in it means something to /bin/sh: that is
// faster, and it keeps the argv exactly as written. Everything else goes to
// `/bin/sh -c`, so a string always means what sh would make of it.

#include "runner/inventory/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// Characters that send a `run` string to the shell: any of
/// | & ; < > ( ) { } $ ` * ? [ ] # ~ = % ! ^ or a newline / carriage return.
/// Quotes (' and ") and backslashes do not: split_words handles them as sh would.
inline constexpr std::string_view shell_metacharacters = "|&;<>(){}$`*?[]#~=%!^\n\r";

/// The program that runs strings with shell syntax.
inline constexpr const char* shell_program = "/bin/sh";

/// How a command will be started.
struct ResolvedCommand {
    std::vector<std::string> argv;  ///< empty when the command is empty
    bool via_shell = false;         ///< argv is {"/bin/sh", "-c", text}
};

/// True when `text` must run through /bin/sh: it contains a shell
/// metacharacter, its quoting is unbalanced, or its first word is a shell
/// keyword or builtin that has no program of its own (cd, export, if, …).
bool needs_shell(std::string_view text);

/// Splits shell-free text into words as sh would: blanks separate words,
/// '…' is literal, "…" keeps blanks (backslash escapes only \ and "), and a
/// backslash outside quotes escapes the next character. nullopt when a quote
/// is unterminated or the text ends in a backslash.
std::optional<std::vector<std::string>> split_words(std::string_view text);

/// The argv for a gate's command: an argv list as is (never a shell); a string
/// split into words when !needs_shell, else {"/bin/sh", "-c", text}.
ResolvedCommand resolve_command(const Command& command);

}  // namespace tollgate
