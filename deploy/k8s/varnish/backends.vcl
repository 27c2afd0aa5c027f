# Kubernetes' half of the cache tier's configuration (deploy/varnish/default.vcl includes it):
# the origin is the storefront Service, whose address is stable for the Service's lifetime
# (Varnish resolves it once, when the VCL loads). The Service takes out pods that are not
# ready; the probe here notices when none is, and the tier then serves its stale copies.
probe storefront_ready {
  .url = "/api/health/ready";
  .interval = 2s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

backend storefront {
  .host = "storefront";
  .port = "3000";
  .probe = storefront_ready;
  .connect_timeout = 1s;
  # A first render of an uncached page can take seconds.
  .first_byte_timeout = 60s;
  .between_bytes_timeout = 10s;
}

sub edge_backend {
  set req.backend_hint = storefront;
}
