# Joins the loader's source files into one script (no bundler): cmake -P with
#   -DOUTPUT=file       what to write
#   -DINPUTS=a.js;b.js  wrapped together in one function, so only `ExposureQuiz` is global
#   -DAFTER=c.js;...    appended as they are, after it (embed.js's auto-mount)
#   -DVERSION=x.y.z     replaces @EXPOSURE_VERSION@ (the project's version, from CMakeLists.txt)
set(text "// Exposure Quiz ${VERSION}. Built from web/js/ by web/CMakeLists.txt; edit those files.\n(() => {\n  'use strict';\n\n")
foreach(input IN LISTS INPUTS)
  file(READ ${input} part)
  string(APPEND text "${part}\n")
endforeach()
string(APPEND text "})();\n")
foreach(input IN LISTS AFTER)
  file(READ ${input} part)
  string(APPEND text "${part}")
endforeach()
string(REPLACE "@EXPOSURE_VERSION@" "${VERSION}" text "${text}")
file(WRITE ${OUTPUT} "${text}")
