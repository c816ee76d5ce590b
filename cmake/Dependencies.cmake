# Third-party dependencies, found as CMake targets.
#
# - nlohmann/json: Debian's nlohmann-json3-dev (header-only).
# - Dear ImGui 1.90.1 and Catch2 3.7.1: FetchContent, pinned by the sha256 of the upstream
#   tarballs that Debian's source packages carry. build-scripts/setup unpacks those tarballs
#   into .deps/ after checking the same checksums, and we point FetchContent there, so nothing is
#   downloaded at configure time. Elsewhere, delete .deps/ and FetchContent downloads the same
#   pinned tarballs itself.
include(FetchContent)

set(EXPOSURE_DEPS_DIR ${PROJECT_SOURCE_DIR}/.deps CACHE PATH "Where build-scripts/setup unpacks sources")

foreach(dep imgui catch2)
  string(TOUPPER ${dep} DEP)
  if(NOT DEFINED FETCHCONTENT_SOURCE_DIR_${DEP} AND EXISTS ${EXPOSURE_DEPS_DIR}/${dep}/.sha256)
    set(FETCHCONTENT_SOURCE_DIR_${DEP} ${EXPOSURE_DEPS_DIR}/${dep})
  endif()
endforeach()

FetchContent_Declare(imgui
  URL https://deb.debian.org/debian/pool/main/i/imgui/imgui_1.90.1+ds.orig.tar.xz
  URL_HASH SHA256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c)
FetchContent_Declare(catch2
  URL https://deb.debian.org/debian/pool/main/c/catch2/catch2_3.7.1.orig.tar.gz
  URL_HASH SHA256=c991b247a1a0d7bb9c39aa35faf0fe9e19764213f28ffba3109388e62ee0269c)

# nlohmann/json. The wasm build must never see /usr/include (it would pull glibc headers into the
# Emscripten sysroot), so it gets a directory holding only a link to nlohmann/.
if(EMSCRIPTEN)
  find_path(EXPOSURE_NLOHMANN_DIR nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH
            NO_DEFAULT_PATH REQUIRED)
  set(link_dir ${CMAKE_BINARY_DIR}/nlohmann-include)
  file(MAKE_DIRECTORY ${link_dir})
  if(NOT EXISTS ${link_dir}/nlohmann)
    file(CREATE_LINK ${EXPOSURE_NLOHMANN_DIR}/nlohmann ${link_dir}/nlohmann SYMBOLIC)
  endif()
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE ${link_dir})
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
else()
  find_package(nlohmann_json 3.11 REQUIRED)
endif()

if(EXPOSURE_BUILD_TESTS)
  FetchContent_MakeAvailable(catch2)
  list(APPEND CMAKE_MODULE_PATH ${catch2_SOURCE_DIR}/extras)
endif()

if(EMSCRIPTEN)
  FetchContent_MakeAvailable(imgui)
endif()
