// Bytes: an immutable view of one kernel's contents plus whatever keeps that memory alive (a
// vector, a memory map, a caller's buffer). Copying a Bytes shares the memory; nothing is re-read.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "errors/result.hpp"

namespace sc::io {

class Bytes {
 public:
  Bytes() = default;
  Bytes(std::span<const std::uint8_t> view, std::shared_ptr<const void> owner)
      : view_(view), owner_(std::move(owner)) {}

  // Takes ownership of a vector's contents (no copy).
  static Bytes from_vector(std::vector<std::uint8_t> data) {
    auto owned = std::make_shared<const std::vector<std::uint8_t>>(std::move(data));
    return Bytes(std::span<const std::uint8_t>(owned->data(), owned->size()), owned);
  }

  std::span<const std::uint8_t> span() const { return view_; }
  std::size_t size() const { return view_.size(); }
  std::string_view text() const {
    return {reinterpret_cast<const char*>(view_.data()), view_.size()};
  }

 private:
  std::span<const std::uint8_t> view_;
  std::shared_ptr<const void> owner_;
};

// How the core reaches files that were not handed to it as bytes: the host supplies this (native:
// memory-mapped files; WASM under Node: a JS callback; browsers: none). An empty function means
// "this host has no filesystem".
using HostFileReader = std::function<Result<Bytes>(std::string_view path)>;

}  // namespace sc::io
