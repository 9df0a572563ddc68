#pragma once
// Trust between the stakeholders (rows trust columns), in [0, 1], with 1 on the diagonal.
// Stakeholders: 0 = government, 1..J = companies, then MSME seats, then civil-society seats.
#include <cstddef>
#include <vector>

namespace cgsim {

class TrustMatrix {
 public:
  TrustMatrix() = default;
  TrustMatrix(int stakeholders, float initial)
      : n_(stakeholders),
        values_(static_cast<std::size_t>(stakeholders) * static_cast<std::size_t>(stakeholders), initial) {
    for (int a = 0; a < n_; ++a) (*this)(a, a) = 1.0f;
  }
  [[nodiscard]] int size() const { return n_; }
  float& operator()(int a, int b) { return values_[index(a, b)]; }
  float operator()(int a, int b) const { return values_[index(a, b)]; }
  [[nodiscard]] std::vector<float>& values() { return values_; }
  [[nodiscard]] const std::vector<float>& values() const { return values_; }

 private:
  [[nodiscard]] std::size_t index(int a, int b) const {
    return static_cast<std::size_t>(a) * static_cast<std::size_t>(n_) + static_cast<std::size_t>(b);
  }
  int n_ = 0;
  std::vector<float> values_;
};

// The stakeholder index of company j.
inline int company_stakeholder(int j) { return 1 + j; }

// Where the forum's other seats are in the trust matrix: the first MSME seat's and the first
// civil-society seat's stakeholder index, and how many seats of each kind the matrix has room for.
struct StakeholderSeats {
  int msme_base = 0;
  int civil_base = 0;
  int max_seats = 0;
};

}  // namespace cgsim
