# docker-compose.yml's scale profile: both app servers, by their names on the compose network.
backend app1 { .host = "app"; .port = "3000"; }
backend app2 { .host = "app2"; .port = "3000"; }

sub vcl_init {
  new apps = directors.round_robin();
  apps.add_backend(app1);
  apps.add_backend(app2);
}

# The servers purge after each change they make or hear of; the jobs worker after the changes it makes.
acl purgers {
  "app";
  "app2";
  "jobs";
}
