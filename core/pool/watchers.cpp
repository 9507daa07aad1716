#include "pool/watchers.hpp"

namespace sc::pool {
namespace {

// Fortran compares strings as if padded with blanks: "AGENT " and "AGENT" are the same agent.
std::string_view fortran_key(std::string_view s) {
  const auto end = s.find_last_not_of(' ');
  return end == std::string_view::npos ? std::string_view{} : s.substr(0, end + 1);
}

}  // namespace

void Watchers::watch(std::string_view agent, std::span<const std::string> names) {
  const auto key = fortran_key(agent);
  for (const auto& name : names) {
    const auto watched = fortran_key(name);
    auto it = agents_of_.find(watched);
    if (it == agents_of_.end()) it = agents_of_.emplace(std::string(watched), std::set<std::string, std::less<>>{}).first;
    it->second.emplace(key);
  }
  // SWPOOL always posts a notice for the agent, so its first CVPOOL fetches the values.
  updated_.emplace(key);
}

bool Watchers::check(std::string_view agent) {
  auto it = updated_.find(fortran_key(agent));
  if (it == updated_.end()) return false;
  updated_.erase(it);
  return true;
}

void Watchers::notify(std::string_view name) {
  auto it = agents_of_.find(fortran_key(name));
  if (it == agents_of_.end()) return;
  updated_.insert(it->second.begin(), it->second.end());
}

void Watchers::notify_all() {
  // CLPOOL unions the agents of every watched name; an agent that watches nothing is not told.
  for (const auto& [name, agents] : agents_of_) updated_.insert(agents.begin(), agents.end());
}

}  // namespace sc::pool
