# Warnings as an INTERFACE target so every tollgate target opts in the same
# way and third-party headers (included as SYSTEM) stay quiet.
add_library(tollgate_warnings INTERFACE)
target_compile_options(tollgate_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough
  -Wno-missing-field-initializers)
if(TOLLGATE_DEV)
  target_compile_options(tollgate_warnings INTERFACE -Werror)
endif()
