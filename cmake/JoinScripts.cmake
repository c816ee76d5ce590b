cmake_minimum_required(VERSION 3.25) # the policies of a current CMake, in script mode too
# Joins the loader's source files into one script (no bundler): cmake -P with
#   -DOUTPUT=file       what to write
#   -DINPUTS=a.js;b.js  wrapped together in one function, so only `ExposureQuiz` is global
#   -DAFTER=c.js;...    appended as they are, after it (embed.js's auto-mount)
#   -DVERSION=x.y.z     replaces @EXPOSURE_VERSION@ (the project's version, from CMakeLists.txt)
#   -DCATALOG=file      replaces @CATALOG@ with the catalogue `exposure catalog` wrote (JSON)
set(text "// Exposure Quiz ${VERSION}: the loader and API (ExposureQuiz). Built from web/js/ by\n// web/CMakeLists.txt, without their comments: read and edit those files (the API is documented\n// at the top of web/js/loader.js and in web/README.md).\n(() => {\n  'use strict';\n")
foreach(input IN LISTS INPUTS)
  file(READ ${input} part)
  # Whole-line comments are for the reader of web/js/, not for every download: they go (a line
  # that only holds a comment cannot be inside a string in these files: none spans lines).
  string(REGEX REPLACE "\n[ \t]*//[^\n]*" "" part "\n${part}")
  string(APPEND text "${part}\n")
endforeach()
string(APPEND text "})();\n")
foreach(input IN LISTS AFTER)
  file(READ ${input} part)
  string(APPEND text "${part}")
endforeach()
string(REPLACE "@EXPOSURE_VERSION@" "${VERSION}" text "${text}")
if(DEFINED CATALOG)
  file(READ ${CATALOG} catalog)
  string(STRIP "${catalog}" catalog)
  string(REPLACE "@CATALOG@" "${catalog}" text "${text}")
endif()
file(WRITE ${OUTPUT} "${text}")
