vcl 4.1;
# Varnish in front of Press Office: a shared cache that forgets at once. Every public answer names the cache tags it
# was built from in a Surrogate-Key header (server/cache-tags.mjs); on every change each app server sends
#   PURGE /  with  Surrogate-Key: <tags>
# (CDN_PURGE_URL=http://<this varnish>:6081) and xkey drops every answer carrying any of them: query-string variants,
# release.txt, release.pdf, press-kit.zip, card.png, feeds, sitemaps. Needs varnish-modules (xkey). Run e.g.
#   varnishd -a :6081 -f /etc/varnish/press-office.vcl -s malloc,512m
# and tell the app servers to trust this proxy (TRUSTED_PROXIES) and how long a shared cache may keep a page
# (CDN_MAX_AGE: with purges, as long as you like; a purge that does not arrive is then the longest a change waits).

import directors;
import std;
import xkey;

# Where the app servers are, and who may purge (the app servers): `apps` and `purgers`, in a file of their own so
# this one is the same everywhere (backends.vcl: one server on this machine; backends-compose.vcl: the scale profile).
include "backends.vcl";

sub vcl_recv {
  # Varnish appends the client's address to X-Forwarded-For itself; the app reads past trusted proxies only.
  set req.backend_hint = apps.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.Surrogate-Key) {
      return (synth(400, "Name the tags to purge in a Surrogate-Key header"));
    }
    set req.http.X-Purged = xkey.purge(req.http.Surrogate-Key);
    return (synth(200, "Purged " + req.http.X-Purged));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Anything that could be a member of staff is never served from this cache nor stored in it: any Authorization
  # header, any cookie naming Payload in any letter case or spacing, and any percent-encoded cookie (which this
  # cannot decode to look inside). Wider than Payload's own reading on purpose: a wrong yes costs a miss. Cookies
  # sent in several headers are read together, as the app's server joins them; VCL would see only the first.
  std.collect(req.http.Cookie, "; ");
  if (req.http.Authorization || req.http.Cookie ~ "(?i)p\s*a\s*y\s*l\s*o\s*a\s*d" || req.http.Cookie ~ "%") {
    return (pass);
  }
  # Staff, forms, personal links and the API (pictures and files apart) go straight through.
  if (req.url ~ "^/(admin|preview|mail|subscribe|media-enquiries)(/|\?|$)" ||
      (req.url ~ "^/api(/|\?|$)" && req.url !~ "^/api/media/file/")) {
    return (pass);
  }
  # Other cookies (a reader's analytics, say) change nothing on a public page: no reason to miss for them.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_backend_response {
  # Kept only what the app offers to shared caches by name: tagged (so a purge can reach it) and public.
  if (!beresp.http.Surrogate-Key || beresp.http.Cache-Control !~ "(?i)(public|s-maxage)" ||
      beresp.http.Cache-Control ~ "(?i)(private|no-store)" || beresp.http.Set-Cookie) {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  set beresp.http.xkey = beresp.http.Surrogate-Key;
  return (deliver);
}

sub vcl_deliver {
  # The tags are for caches, not readers.
  unset resp.http.Surrogate-Key;
  unset resp.http.xkey;
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
