# Compose's half of the cache tier's configuration (deploy/varnish/default.vcl includes it):
# the three storefront instances of docker-compose.yml, taken in turn. Each is probed on its
# readiness endpoint, so an instance that drains after SIGTERM (503) or hangs leaves the
# rotation within seconds; with all three out, the tier serves its stale copies.
import directors;

probe storefront_ready {
  .url = "/api/health/ready";
  .interval = 2s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

# A first render of an uncached page can take seconds.
backend storefront_1 {
  .host = "storefront-1";
  .port = "3000";
  .probe = storefront_ready;
  .connect_timeout = 1s;
  .first_byte_timeout = 60s;
  .between_bytes_timeout = 10s;
}

backend storefront_2 {
  .host = "storefront-2";
  .port = "3000";
  .probe = storefront_ready;
  .connect_timeout = 1s;
  .first_byte_timeout = 60s;
  .between_bytes_timeout = 10s;
}

backend storefront_3 {
  .host = "storefront-3";
  .port = "3000";
  .probe = storefront_ready;
  .connect_timeout = 1s;
  .first_byte_timeout = 60s;
  .between_bytes_timeout = 10s;
}

sub vcl_init {
  new storefronts = directors.round_robin();
  storefronts.add_backend(storefront_1);
  storefronts.add_backend(storefront_2);
  storefronts.add_backend(storefront_3);
}

sub edge_backend {
  set req.backend_hint = storefronts.backend();
}
