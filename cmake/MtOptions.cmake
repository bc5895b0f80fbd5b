# One INTERFACE target carrying the project's compile flags; every target links it.
add_library(mt_options INTERFACE)
target_compile_features(mt_options INTERFACE cxx_std_20)
target_compile_definitions(mt_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060000)
target_compile_options(mt_options INTERFACE -Wall -Wextra -Wpedantic)
if(MT_WERROR)
  target_compile_options(mt_options INTERFACE -Werror)
endif()

# mt_add_layer(NAME SOURCES... DEPS ...): a static library exposing only include/.
function(mt_add_layer name)
  cmake_parse_arguments(L "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  if(NOT L_SOURCES)
    # A layer still being written: keep the tree configurable.
    file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/${name}_empty.cpp "// empty layer\n")
    set(L_SOURCES ${CMAKE_CURRENT_BINARY_DIR}/${name}_empty.cpp)
  endif()
  add_library(${name} STATIC ${L_SOURCES})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include)
  target_link_libraries(${name} PUBLIC mt_options ${L_PUBLIC_DEPS} PRIVATE ${L_PRIVATE_DEPS})
endfunction()
