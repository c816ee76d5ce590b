# Project code builds clean at -Wall -Wextra -Wpedantic; third-party targets do not get these.
function(exposure_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
endfunction()
