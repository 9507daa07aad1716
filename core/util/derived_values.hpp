// Values derived from a kernel pool (text PCK models by body, the leap-second table, ...), kept so
// that a call does not rebuild them from pool variables every time, and dropped as soon as the pool
// moves on (an entry remembers the pool version it was built from). The pool holds the store
// (pool::Pool::derived). Computing is const: a context that is only read from may serve several
// threads, so the store locks; a copy starts with an empty store.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace sc::util {

class DerivedValues {
 public:
  DerivedValues() = default;
  DerivedValues(const DerivedValues&) {}
  DerivedValues& operator=(const DerivedValues&) {
    std::lock_guard lock(mutex_);
    entries_.clear();
    return *this;
  }

  // The value of kind T stored under `key` for pool version `version`, or null.
  template <class T>
  std::shared_ptr<const T> find(std::uint64_t key, std::uint64_t version) const {
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(Key{tag<T>(), key});
    if (it == entries_.end() || it->second.version != version) return nullptr;
    return std::static_pointer_cast<const T>(it->second.value);
  }

  template <class T>
  void store(std::uint64_t key, std::uint64_t version, std::shared_ptr<const T> value) const {
    std::lock_guard lock(mutex_);
    entries_.insert_or_assign(Key{tag<T>(), key}, Entry{version, std::move(value)});
  }

 private:
  // One address per kind of value: a constant, not state.
  template <class T>
  static const void* tag() {
    static const char kind = 0;
    return &kind;
  }
  struct Key {
    const void* kind;
    std::uint64_t key;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      return std::hash<const void*>{}(k.kind) ^ (std::hash<std::uint64_t>{}(k.key) * 0x9e3779b97f4a7c15ULL);
    }
  };
  struct Entry {
    std::uint64_t version;
    std::shared_ptr<const void> value;
  };

  mutable std::mutex mutex_;
  mutable std::unordered_map<Key, Entry, KeyHash> entries_;
};

}  // namespace sc::util
