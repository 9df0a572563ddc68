// Spillover: capabilities move towards better-off peers and never beyond them, trust towards the
// peers' mean; the hand-vectorised loop equals a plain scalar implementation of the rule.
#include "cgsim/rules/spillover.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>

#include "cgsim/core/random.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;

namespace {

// A population of `n` MSMEs with capabilities and trust drawn from `rng`, every seventh dead.
Msmes random_msmes(std::size_t n, const RandomStream& rng) {
  Msmes m;
  m.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto id = static_cast<std::uint32_t>(i);
    m.alive[i] = i % 7 != 3;
    for (int k = 0; k < kCapabilities; ++k)
      m.capability[k][i] = static_cast<float>(rng.uniform(Purpose::population, id, static_cast<std::uint32_t>(k)));
    m.trust_company[i] = static_cast<float>(rng.uniform(Purpose::population, id, 10));
    m.trust_government[i] = static_cast<float>(rng.uniform(Purpose::population, id, 11));
  }
  return m;
}

// Every MSME linked to `degree` random others (both directions), and a few isolated ones.
PeerNetwork random_network(std::size_t n, int degree, const RandomStream& rng) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> links;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (i % 11 == 5) continue;  // isolated unless someone links to it
    for (int h = 0; h < degree; ++h) {
      auto j = static_cast<std::uint32_t>(rng.uniform(Purpose::network, i, static_cast<std::uint32_t>(h)) * n);
      if (j == i || j % 11 == 5) continue;
      links.emplace_back(i, j);
      links.emplace_back(j, i);
    }
  }
  return PeerNetwork::from_links(n, links);
}

// The rule written plainly, one attribute at a time, in the same single-precision operations.
void spillover_reference(const Parameters& p, const PeerNetwork& g, Msmes& m) {
  const Msmes before = m;
  const auto rc = static_cast<float>(p.capability_spillover), rt = static_cast<float>(p.trust_spillover);
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (!before.alive[i]) continue;
    std::array<float, kCapabilities> capability{};
    float trust_c = 0, trust_g = 0;
    int n = 0;
    for (const auto* j = g.peers_begin(i); j != g.peers_end(i); ++j) {
      if (!before.alive[*j]) continue;
      for (int k = 0; k < kCapabilities; ++k) capability[k] += before.capability[k][*j];
      trust_c += before.trust_company[*j];
      trust_g += before.trust_government[*j];
      ++n;
    }
    if (n == 0) continue;
    const auto count = static_cast<float>(n);
    for (int k = 0; k < kCapabilities; ++k) {
      const float gap = capability[k] / count - before.capability[k][i];
      m.capability[k][i] = before.capability[k][i] + rc * std::max(gap, 0.0f);
    }
    m.trust_company[i] = before.trust_company[i] + rt * (trust_c / count - before.trust_company[i]);
    m.trust_government[i] = before.trust_government[i] + rt * (trust_g / count - before.trust_government[i]);
  }
}

bool same_bits(const std::vector<float>& a, const std::vector<float>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

}  // namespace

TEST_CASE("The vectorised spillover equals a scalar reference implementation, bit for bit", "[rules][spillover]") {
  const RandomStream rng(17, 0);
  Parameters p = default_parameters();
  p.capability_spillover = 0.3;
  p.trust_spillover = 0.2;
  // More MSMEs than the prefetch distance, and a size that is not a multiple of the lanes.
  const std::size_t n = 301;
  const PeerNetwork g = random_network(n, 3, rng);
  for (int threads : {1, 2}) {
    INFO(threads << " threads");
    Msmes fast = random_msmes(n, rng), slow = fast;
    spillover_year(RuleContext{p, rng, 1, 0, threads}, g, fast);
    spillover_reference(p, g, slow);
    for (int k = 0; k < kCapabilities; ++k) CHECK(same_bits(fast.capability[k], slow.capability[k]));
    CHECK(same_bits(fast.trust_company, slow.trust_company));
    CHECK(same_bits(fast.trust_government, slow.trust_government));
    // The rule did something (so equality is not trivial).
    CHECK_FALSE(same_bits(fast.capability[0], random_msmes(n, rng).capability[0]));
  }
}

TEST_CASE("Capabilities rise towards better-off peers, never beyond them and never fall", "[rules][spillover]") {
  const RandomStream rng(18, 0);
  Parameters p = default_parameters();
  p.capability_spillover = 1.0;  // the whole gap: lands exactly on the peers' mean
  p.trust_spillover = 0.5;
  // MSME 0 linked to 1 and 2; MSME 3 alone; MSME 4 linked to a dead peer 5.
  const PeerNetwork g = PeerNetwork::from_links(6, {{0, 1}, {1, 0}, {0, 2}, {2, 0}, {4, 5}, {5, 4}});
  Msmes m;
  m.resize(6);
  for (std::size_t i = 0; i < 6; ++i) m.alive[i] = 1;
  m.alive[5] = 0;
  const float level[6] = {0.2f, 0.6f, 0.8f, 0.1f, 0.1f, 0.9f};
  for (std::size_t i = 0; i < 6; ++i) {
    for (int k = 0; k < kCapabilities; ++k) m.capability[k][i] = level[i];
    m.trust_company[i] = level[i];
    m.trust_government[i] = 1.0f - level[i];
  }
  const Msmes before = m;
  spillover_year(RuleContext{p, rng, 1, 0, 1}, g, m);
  for (int k = 0; k < kCapabilities; ++k) {
    CHECK(m.capability[k][0] == Approx(0.7f));             // the mean of its peers 0.6 and 0.8, no further
    CHECK(m.capability[k][1] == before.capability[k][1]);  // its only peer is worse: no loss
    CHECK(m.capability[k][2] == before.capability[k][2]);
    CHECK(m.capability[k][3] == before.capability[k][3]);  // no peers
    CHECK(m.capability[k][4] == before.capability[k][4]);  // dead peers do not count
    CHECK(m.capability[k][5] == before.capability[k][5]);  // the dead do not learn
  }
  // Trust moves half way to the peers' mean, down as well as up.
  CHECK(m.trust_company[0] == Approx(0.2 + 0.5 * (0.7 - 0.2)));
  CHECK(m.trust_company[1] == Approx(0.6 + 0.5 * (0.2 - 0.6)));
  CHECK(m.trust_government[2] == Approx(0.2 + 0.5 * (0.8 - 0.2)));
}

TEST_CASE("With partial rates capabilities stay between the own level and the peers' mean", "[rules][spillover]") {
  const RandomStream rng(19, 0);
  Parameters p = default_parameters();
  const std::size_t n = 200;
  const PeerNetwork g = random_network(n, 4, rng);
  Msmes m = random_msmes(n, rng);
  const Msmes before = m;
  spillover_year(RuleContext{p, rng, 1, 0, 1}, g, m);
  for (std::size_t i = 0; i < n; ++i) {
    double mean = 0;
    int peers = 0;
    for (const auto* j = g.peers_begin(i); j != g.peers_end(i); ++j)
      if (before.alive[*j]) {
        mean += before.capability[0][*j];
        ++peers;
      }
    const float own = before.capability[0][i];
    if (!before.alive[i] || peers == 0 || mean / peers <= own) {
      CHECK(m.capability[0][i] == own);
      continue;
    }
    CHECK(m.capability[0][i] > own);
    CHECK(m.capability[0][i] <= mean / peers + 1e-6);
  }
}

TEST_CASE("The peer network keeps each MSME's links in the order given", "[rules][spillover][world]") {
  const PeerNetwork g = PeerNetwork::from_links(4, {{2, 3}, {0, 1}, {2, 0}, {1, 2}, {2, 1}});
  REQUIRE(g.msmes() == 4);
  CHECK(g.links() == 5);
  CHECK(std::vector<std::uint32_t>(g.peers_begin(2), g.peers_end(2)) == std::vector<std::uint32_t>{3, 0, 1});
  CHECK(std::vector<std::uint32_t>(g.peers_begin(0), g.peers_end(0)) == std::vector<std::uint32_t>{1});
  CHECK(g.peers_begin(3) == g.peers_end(3));
}
