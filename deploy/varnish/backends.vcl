# One app server on this machine (varnishd -p vcl_path=<this folder> -f press-office.vcl).
backend app1 { .host = "127.0.0.1"; .port = "3000"; }

sub vcl_init {
  new apps = directors.round_robin();
  apps.add_backend(app1);
}

acl purgers {
  "127.0.0.1";
  "::1";
}
