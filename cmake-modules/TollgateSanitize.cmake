# TOLLGATE_SANITIZE=address,undefined builds every tollgate target with those
# sanitizers; the list is passed straight to -fsanitize so any the compiler
# supports works.
add_library(tollgate_sanitize INTERFACE)
if(TOLLGATE_SANITIZE)
  target_compile_options(tollgate_sanitize INTERFACE
    -fsanitize=${TOLLGATE_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(tollgate_sanitize INTERFACE -fsanitize=${TOLLGATE_SANITIZE})
endif()
