# Cross-compiling for linux-arm64 (aarch64, glibc) on an x64 Debian machine with Debian's
# g++-aarch64-linux-gnu (scripts/build-arm64.sh uses it: cmake --toolchain <this file>).
#
# The numerics flags come from the top-level CMakeLists.txt as on every other build; this file only
# names the compilers and the target's sysroot. -ffp-contract=off matters more here than on x64:
# aarch64 GCC fuses a*b+c into fmadd by default (every ARMv8 core has scalar FMA), which would round
# differently from the x64 addon and the WASM module. tests/arm64/artifact.test.mjs checks the .node.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)

set(SC_CROSS_TRIPLE aarch64-linux-gnu)
set(CMAKE_C_COMPILER ${SC_CROSS_TRIPLE}-gcc)
set(CMAKE_CXX_COMPILER ${SC_CROSS_TRIPLE}-g++)

# Debian's multiarch cross root (libc, libstdc++ for aarch64); the same folder qemu-aarch64 -L uses.
set(CMAKE_FIND_ROOT_PATH /usr/${SC_CROSS_TRIPLE})
# Programs (node for the code generator) come from the build machine; libraries from the target.
# Headers may come from either: Node's headers (node_api.h) and node-addon-api are architecture-
# independent, so the x64 Node's include/node serves the arm64 addon too.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
