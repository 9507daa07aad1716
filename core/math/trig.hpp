// Transcendental functions for the whole core. glibc (native) and Emscripten's musl (WASM) differ in
// the last bit of sin/cos/atan2 for some arguments; routing every call through one project-owned
// implementation makes the two backends agree bit for bit. Never call std::sin & co. in the core.
#pragma once

namespace sc::math {

double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);

}  // namespace sc::math
