vcl 4.1;
# The storefront's cache tier (Varnish 7.1+): what `npm run cluster`, docker-compose.yml and
# deploy/k8s run in front of the storefront instances. One file for all three; each supplies
# "backends.vcl" (sub edge_backend, the origin and its health probe) beside it, and in the
# environment the purge token (EDGE_PURGE_TOKEN) and, optionally, a cap on freshness
# (EDGE_MAX_TTL). docs/cdn-caching.md explains the recipe and how to reproduce it on Vercel,
# Cloudflare, CloudFront and Fastly.
#
# - Pages are kept as the storefront's Cache-Control says (s-maxage, stale-while-revalidate),
#   never a response that is private, sets a cookie or says nothing; personal routes pass.
# - A page under experiment (home, product) is kept once per variant, never per visitor: the
#   tier asks the storefront which variant a visitor gets (GET /api/edge/variant, answered
#   without rendering and kept a minute per known visitor, or per browser when it mints no id)
#   and looks the page up under the variant's own path. A first visit costs that question only;
#   its id cookie goes to the shopper, never into the cache.
# - PURGE <path> with the purge token drops every copy stored under that path (HTML and RSC).
# - When the storefront is down, stale copies are served (stale-if-error) for as long as the
#   page's stale-while-revalidate allows.
# - X-Cache says what the tier did: HIT, MISS, STALE or BYPASS; Age comes with every answer.

import std;
import cookie;

include "backends.vcl";

sub vcl_recv {
  call edge_backend;
  if (req.restarts == 0) {
    # Only the tier speaks the storefront's edge protocol: whatever a client sent is dropped.
    unset req.http.x-edge-routed;
    unset req.http.x-edge-path;
    unset req.http.x-edge-code;
    unset req.http.x-edge-set-cookie;
    unset req.http.x-edge-state;
    unset req.http.x-forwarded-host;
  }
  if (req.method == "PURGE") {
    call edge_purge;
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Personal or live: never kept (cart, checkout, order, account, ops, APIs, server actions).
  if (req.url ~ "^/api/" ||
      req.url ~ "^/ops(/|\?|$)" ||
      req.url ~ "^/[a-z]{2}-[A-Z]{2}/(cart|checkout|order|account)(/|\?|$)") {
    return (pass);
  }
  if (req.restarts == 0) {
    call edge_normalize_url;
  }
  if (req.http.x-edge-code) {
    # The second pass of a page under experiment: its variant is known.
    set req.http.x-edge-routed = "1";
    if (req.http.x-edge-code != "-") {
      set req.url = regsub(req.url, "^([^?]*?)/?(\?.*)?$", "\1/variants/" + req.http.x-edge-code + "\2");
    }
    return (hash);
  }
  if (req.url ~ "^/(en-US|de-DE|fr-FR|ja-JP)(/p/[^/?]+)?/?(\?.*)?$") {
    call edge_ask_variant;
  }
  return (hash);
}

# Marketing parameters change nothing on a page: one copy, whatever campaign linked to it.
sub edge_normalize_url {
  set req.url = regsuball(req.url, "([?&])(utm_[a-z_]+|gclid|fbclid|msclkid)=[^&]*", "\1");
  set req.url = regsuball(req.url, "&&+", "&");
  set req.url = regsub(req.url, "\?&", "?");
  set req.url = regsub(req.url, "[?&]$", "");
  set req.url = std.querysort(req.url);
}

sub edge_ask_variant {
  # QA overrides (?exp=) are the storefront's to apply and remember: not kept here.
  if (req.url ~ "[?&]exp=") {
    return (pass);
  }
  set req.http.x-edge-path = req.url;
  set req.url = "/api/edge/variant";
  cookie.parse(req.http.Cookie);
  return (hash);
}

sub edge_purge {
  if (std.getenv("EDGE_PURGE_TOKEN") == "" || req.http.x-purge-token != std.getenv("EDGE_PURGE_TOKEN")) {
    return (synth(403, "Purge refused"));
  }
  # One path, no query, no spaces or quotes (they would end the ban expression), bounded.
  if (req.url !~ "^/[^\s\x22?#]{0,2048}$") {
    return (synth(400, "Purge needs one path"));
  }
  if (std.ban("obj.http.x-url-path == " + req.url)) {
    return (synth(200, "Purged"));
  }
  return (synth(400, std.ban_error()));
}

sub vcl_hash {
  if (req.url == "/api/edge/variant") {
    # A known visitor's answer depends on these alone (lib/experiments/edge-assignment.ts). A
    # visitor without an id shares the answer of their browser when it mints no id (a crawler,
    # experiments off, a router request); when it does, it is theirs alone (never kept).
    hash_data("edge-variant");
    if (cookie.get("vid") ~ "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$") {
      hash_data(cookie.get("vid"));
    } else {
      hash_data("no-id");
      hash_data(req.http.rsc);
    }
    hash_data(regsub(req.http.x-edge-path, "^/([^/?]+)(/p/)?.*$", "\1\2"));
    hash_data(req.http.User-Agent);
    hash_data(cookie.get("exp_override"));
    return (lookup);
  }
  hash_data(req.url);
  hash_data(req.http.host);
  return (lookup);
}

sub vcl_hit {
  if (obj.ttl <= 0s) {
    set req.http.x-edge-state = "STALE";
  } else {
    set req.http.x-edge-state = "HIT";
  }
}

sub vcl_miss {
  set req.http.x-edge-state = "MISS";
}

sub vcl_pass {
  set req.http.x-edge-state = "BYPASS";
}

sub vcl_backend_fetch {
  if (bereq.http.x-edge-routed) {
    # What is fetched for everyone in a variant carries nobody's cookies.
    unset bereq.http.Cookie;
  }
  unset bereq.http.x-edge-code;
  unset bereq.http.x-edge-set-cookie;
  unset bereq.http.x-edge-state;
}

sub vcl_backend_response {
  if (bereq.url == "/api/edge/variant") {
    if (beresp.status == 204 && !beresp.http.Set-Cookie) {
      set beresp.ttl = 60s;
      set beresp.grace = 1h;
      return (deliver);
    }
    # An answer that minted an id: for this visitor only. Remembered as such for a minute, so
    # the next new visitors with this browser go to the storefront at once instead of queueing
    # behind each other's answers.
    set beresp.uncacheable = true;
    set beresp.ttl = 60s;
    return (deliver);
  }
  # A failed background refresh keeps the stale copy rather than replacing it with an error;
  # a page the tier does not hold gets the short "busy" page (vcl_backend_error), and nothing
  # is remembered about the failure, so the next request asks again.
  if (beresp.status >= 500 && !bereq.uncacheable) {
    if (bereq.is_bgfetch) {
      return (abandon);
    }
    return (error(503, "Origin unavailable"));
  }
  set beresp.http.x-url-path = regsub(bereq.url, "\?.*$", "");
  if (beresp.http.Set-Cookie ||
      beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)" ||
      beresp.http.Cache-Control !~ "(?i)(s-maxage|max-age)=[1-9]") {
    set beresp.http.x-edge-uncacheable = "1";
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # EDGE_MAX_TTL (seconds, in the tier's environment) caps how long a page is trusted without
  # asking again: a bound on how long a lost purge can leave it stale. Unset: its s-maxage.
  if (std.duration(std.getenv("EDGE_MAX_TTL") + "s", 0s) > 0s &&
      beresp.ttl > std.duration(std.getenv("EDGE_MAX_TTL") + "s", 0s)) {
    set beresp.ttl = std.duration(std.getenv("EDGE_MAX_TTL") + "s", 0s);
  }
  # The key already holds what the page depends on (path, variant): the visitor's cookie and
  # browser are not part of it. Next's own headers (rsc, next-router-*) still vary.
  if (beresp.http.Vary) {
    set beresp.http.Vary = regsuball(beresp.http.Vary, "(?i)(^|,)\s*(cookie|user-agent)\s*(?=,|$)", "");
    set beresp.http.Vary = regsub(beresp.http.Vary, "^,\s*", "");
  }
  return (deliver);
}

sub vcl_backend_error {
  set beresp.http.Content-Type = "text/html; charset=utf-8";
  set beresp.http.Retry-After = "10";
  set beresp.http.Cache-Control = "no-store";
  synthetic({"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Back soon</title></head><body><main><h1>The shop is busy</h1><p>Please try again in a few seconds.</p></main></body></html>"});
  return (deliver);
}

sub vcl_deliver {
  if (req.url == "/api/edge/variant" && req.http.x-edge-path) {
    # Step 1 answered: look the page up again under its variant. No answer (the storefront is
    # down) means the plain page, which the tier may still hold.
    set req.http.x-edge-code = "-";
    if (resp.status == 204 && resp.http.x-variant-code ~ "^[A-Za-z0-9_.~-]{1,512}$") {
      set req.http.x-edge-code = resp.http.x-variant-code;
    }
    if (resp.http.Set-Cookie) {
      set req.http.x-edge-set-cookie = resp.http.Set-Cookie;
    }
    set req.url = req.http.x-edge-path;
    return (restart);
  }
  if (resp.http.x-edge-uncacheable) {
    set req.http.x-edge-state = "BYPASS";
  }
  set resp.http.X-Cache = req.http.x-edge-state;
  if (!resp.http.X-Cache) {
    set resp.http.X-Cache = "MISS";
  }
  if (req.http.x-edge-set-cookie) {
    set resp.http.Set-Cookie = req.http.x-edge-set-cookie;
  }
  # Next's client router must learn which path an RSC payload was rendered for, as when the
  # storefront rewrites itself (lib/experiments/node-routing.ts).
  if (req.http.x-edge-code && req.http.x-edge-code != "-" && req.http.rsc == "1") {
    set resp.http.x-nextjs-rewritten-path = regsub(req.url, "\?.*$", "");
  }
  unset resp.http.x-url-path;
  unset resp.http.x-edge-uncacheable;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
}

sub vcl_synth {
  set resp.http.X-Cache = "BYPASS";
  set resp.http.Cache-Control = "no-store";
}
