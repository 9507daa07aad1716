// The kernel pool's watchers (CSPICE's SWPOOL/CVPOOL): agents that watch variable names and are
// told, once, that one of them may have changed. They live in the Pool they watch, so every
// context has its own and a failed kernel load, which restores the pool, restores them too.
#pragma once

#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>

namespace sc::pool {

class Watchers {
 public:
  // SWPOOL: adds `agent` to the watchers of each name (names need not exist) and marks it updated,
  // so the next check(agent) is true even when `names` is empty.
  void watch(std::string_view agent, std::span<const std::string> names);
  // CVPOOL: whether `agent` was marked updated since its last check; clears the mark.
  bool check(std::string_view agent);
  // A put, a kernel assignment or a deletion of `name`: marks the agents that watch it.
  void notify(std::string_view name);
  // CLPOOL (kclear, unload of a text kernel): marks every agent that watches at least one name.
  void notify_all();

 private:
  // Names and agents are compared as Fortran strings: trailing blanks do not count, case does.
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> agents_of_;  // watched name -> agents
  std::set<std::string, std::less<>> updated_;                            // agents to tell
};

}  // namespace sc::pool
