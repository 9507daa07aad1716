// One kernel-pool variable: a name bound to an ordered list of numbers or of strings (never both),
// as the NAIF Kernel Required Reading defines it.
#pragma once

#include <string>
#include <vector>

namespace sc::pool {

enum class VarType { Numeric, Character };

struct Variable {
  VarType type = VarType::Numeric;
  std::vector<double> numbers;       // used when type == Numeric
  std::vector<std::string> strings;  // used when type == Character

  std::size_t size() const { return type == VarType::Numeric ? numbers.size() : strings.size(); }
};

// One `NAME = (...)` or `NAME += (...)` statement of a text kernel's data section.
struct Assignment {
  std::string name;
  bool append = false;  // `+=`
  Variable value;
};

}  // namespace sc::pool
