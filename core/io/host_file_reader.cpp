#include "io/host_file_reader.hpp"

#include <cerrno>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sc::io {
namespace {

// Owns one mapping; unmapped when the last Bytes sharing it goes away.
struct Mapping {
  void* address = nullptr;
  std::size_t length = 0;
  Mapping(void* a, std::size_t n) : address(a), length(n) {}
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  ~Mapping() {
    if (address != nullptr) munmap(address, length);
  }
};

// Closes the descriptor on every path out of map_host_file.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) close(fd);
  }
};

Error io_error(std::string_view short_code, std::string_view path, std::string_view what) {
  return make_error(std::string(short_code),
                    "The file '" + std::string(path) + "' " + std::string(what));
}

}  // namespace

Result<Bytes> map_host_file(std::string_view path) {
  std::string p(path);
  if (p.find('\0') != std::string::npos) {
    return io_error("SPICE(NOSUCHFILE)", path, "has a NUL character in its name.");
  }
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever; the
  // descriptor is checked to be a regular file below before anything is read from it.
  Descriptor file{open(p.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)};
  if (file.fd < 0) {
    int e = errno;
    return io_error(e == ENOENT ? "SPICE(NOSUCHFILE)" : "SPICE(FILEOPENFAILED)", path,
                    std::string("could not be opened: ") + std::strerror(e) + ".");
  }
  struct stat info {};
  if (fstat(file.fd, &info) != 0) {
    return io_error("SPICE(FILEOPENFAILED)", path, "could not be examined: " + std::string(std::strerror(errno)));
  }
  if (S_ISDIR(info.st_mode)) {
    return io_error("SPICE(FILEOPENFAILED)", path, "is a directory, not a kernel file.");
  }
  if (!S_ISREG(info.st_mode)) {
    return io_error("SPICE(FILEOPENFAILED)", path, "is not a regular file.");
  }
  // The size is the descriptor's, taken once: a file that grows while loaded is read to that size,
  // and pseudo-files that report 0 bytes (/proc/self/mem) are empty to both backends.
  auto length = static_cast<std::size_t>(info.st_size);
  if (length == 0) return Bytes::from_vector({});
  void* address = mmap(nullptr, length, PROT_READ, MAP_PRIVATE, file.fd, 0);
  if (address == MAP_FAILED) {
    return io_error("SPICE(FILEREADFAILED)", path, "could not be mapped: " + std::string(std::strerror(errno)));
  }
  auto mapping = std::make_shared<const Mapping>(address, length);
  return Bytes(std::span<const std::uint8_t>(static_cast<const std::uint8_t*>(address), length), mapping);
}

}  // namespace sc::io
