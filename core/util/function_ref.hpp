// A non-owning reference to a callable, for callbacks that are called during the call that receives
// them (a light-time iteration calling "where was the target at this epoch?"). std::function would
// copy the callable and, once its captures exceed the small buffer (libstdc++: 16 bytes, i.e. two
// references), allocate on every call of the receiving function; this stores two pointers and
// never allocates. The referenced callable must outlive the FunctionRef, as a lambda passed as an
// argument does for the duration of the call.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace sc::util {

template <typename Signature>
class FunctionRef;

template <typename R, typename... Args>
class FunctionRef<R(Args...)> {
 public:
  template <typename F>
    requires(!std::is_same_v<std::remove_cvref_t<F>, FunctionRef> && std::is_invocable_r_v<R, F&, Args...>)
  FunctionRef(F&& callable) noexcept  // NOLINT(google-explicit-constructor): binds like std::function
      : object_(const_cast<void*>(static_cast<const void*>(std::addressof(callable)))),
        call_([](void* object, Args... args) -> R {
          return (*static_cast<std::remove_reference_t<F>*>(object))(std::forward<Args>(args)...);
        }) {}

  R operator()(Args... args) const { return call_(object_, std::forward<Args>(args)...); }

 private:
  void* object_;
  R (*call_)(void*, Args...);
};

}  // namespace sc::util
