# Writes tollgate's man page from its own --help (cmake -P, at build time):
#   cmake -DTOLLGATE=path/to/tollgate -DHELP2MAN=help2man -DVERSION=0.1.0
#         -DINCLUDE=packaging/tollgate.h2m -DOUTPUT=tollgate.1 -P man_page.cmake
# help2man turns `tollgate --help` into NAME, SYNOPSIS, DESCRIPTION and
# OPTIONS; a VERBS section holds each verb's (and sub-verb's) --help, so the
# page documents every flag the binary has and nothing it lacks.
foreach(var IN ITEMS TOLLGATE HELP2MAN VERSION INCLUDE OUTPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "man_page.cmake: -D${var}=... is required")
  endif()
endforeach()

# The sub-verbs a CLI11 help text lists under "Subcommands:" (2.4: "SUBCOMMANDS:"),
# up to the first blank line (a footer's examples are not sub-verbs).
function(subcommands_of help out)
  string(REGEX MATCH "(^|\n)[Ss][Uu][Bb][Cc][Oo][Mm][Mm][Aa][Nn][Dd][Ss]:\n([^\n]+\n)*" block "${help}")
  string(REPLACE "\n" ";" lines "${block}")
  set(found "")
  foreach(line IN LISTS lines)
    if(line MATCHES "^  ([a-z][a-z-]*)")
      list(APPEND found "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  set(${out} "${found}" PARENT_SCOPE)
endfunction()

function(help_of out)
  execute_process(COMMAND "${TOLLGATE}" ${ARGN} --help OUTPUT_VARIABLE text RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "man_page.cmake: tollgate ${ARGN} --help exited ${status}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Text as man source: no line may start with . or ', and backslashes escape.
function(roff_literal text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

file(READ "${INCLUDE}" include_text)
set(verbs_text "[VERBS]\nEach verb's own options, as `tollgate VERB --help` prints them.\n")
help_of(top)
subcommands_of("${top}" verbs)
foreach(verb IN LISTS verbs)
  help_of(verb_help ${verb})
  subcommands_of("${verb_help}" subverbs)
  roff_literal("${verb_help}" verb_help)
  string(APPEND verbs_text ".SS ${verb}\n.nf\n${verb_help}\n.fi\n")
  foreach(subverb IN LISTS subverbs)
    help_of(sub_help ${verb} ${subverb})
    roff_literal("${sub_help}" sub_help)
    string(APPEND verbs_text ".SS \"${verb} ${subverb}\"\n.nf\n${sub_help}\n.fi\n")
  endforeach()
endforeach()
get_filename_component(out_dir "${OUTPUT}" DIRECTORY)
file(WRITE "${out_dir}/tollgate.h2m" "${include_text}\n${verbs_text}")
execute_process(COMMAND "${HELP2MAN}" --no-info --no-discard-stderr
    "--version-string=${VERSION}"
    "--name=pre-merge gates for work-packet plans"
    "--include=${out_dir}/tollgate.h2m"
    "--output=${OUTPUT}" "${TOLLGATE}"
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "man_page.cmake: help2man exited ${status}")
endif()
