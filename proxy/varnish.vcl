vcl 4.1;
# Varnish (Debian's 7.1) in front of the Plone instances: docs/operations.md,
# "Caching proxy". Started by `make proxy` (proxy/varnish.py), which renders
# backends.vcl (the instances, their health probe, the director "plone" and
# the ACL "purgers") from PROXY_BACKENDS into $INSTANCE_ETC/varnish.
#
# What is kept is what plone.app.caching says may be kept: Cache-Control
# (s-maxage before max-age) from the backend sets the time to live. Anonymous
# pages: s-maxage=10 (CACHE_PROXIES, operations/environment/proxy.py); REST reads: 10 s;
# the partner embed: 60 s; resources and files: a day or a year. Whatever is
# private, no-cache, sets a cookie or has no max-age/s-maxage is passed.
# The portal sends PURGE for what changed (content, workflow, seat counts).

import std;
import cookie;
import directors;

include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = plone.backend();

    # plone.cachepurging: a PURGE of a path drops every object of that path,
    # whatever the host, query string or variant (Accept, Accept-Encoding).
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "PURGE not allowed from " + client.ip));
        }
        ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }

    # Only reads are cached: POST (sign-ups, forms), PUT, PATCH, DELETE,
    # OPTIONS (CORS preflight) go to Plone every time.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # Logged-in users (Plone's __ac cookie, the REST API's token, HTTP basic
    # auth) see their own pages: never from the cache.
    if (req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie) {
        cookie.parse(req.http.Cookie);
        # Only Plone's own cookies mean something to the backend; the rest
        # (analytics, consent banners) would only keep pages from the cache.
        # rundtisch_formular: the sign-up form's CSRF cookie, sent only to
        # the form's own URLs (registration/form/protection.py).
        cookie.keep("__ac,auth_token,__ac_name,_ZopeId,__cp,statusmessages,rundtisch_formular");
        set req.http.Cookie = cookie.get_string();
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        } else {
            # Logged in, a session, the clipboard or a status message to show.
            return (pass);
        }
    }

    # Login, logout and password forms: never kept, even if a header said so.
    if (req.url ~ "/(@@)?(login|login_form|logout|logged_out|require_login|mail_password|mail_password_form|passwordreset)([/?]|$)"
        || req.url ~ "/manage(_[A-Za-z_]+)?([/?]|$)") {
        return (pass);
    }

    # The REST API answers the same URLs as JSON when asked with exactly one
    # media type (plone.rest): one variant for JSON, one for pages (vcl_hash).
    if (req.http.Accept ~ "^\s*application/json\s*(;.*)?$") {
        set req.http.Accept = "application/json";
    }

    # Grace: while the backends answer their health probe, an expired object
    # is served at most 5 s longer (while a fresh one is fetched), so seat
    # counts are never more stale than that. While they do not (restart,
    # crash), objects are served for up to the 6 h kept in vcl_backend_response.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 5s;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    # Pages send no "Vary: Accept"; without this a JSON request could be
    # answered with the HTML page of the same URL (and the other way round).
    if (req.http.Accept == "application/json") {
        hash_data("application/json");
    }
    return (lookup);
}

sub vcl_backend_response {
    # The path the PURGE of vcl_recv matches (bans test stored objects).
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");

    # A failed background refresh keeps the stale object in grace.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }

    # Only what Plone gave a lifetime in Cache-Control is kept. Views without
    # a plone.app.caching rule send none, or just Zope's "Expires: Sat, 1 Jan
    # 2000", which Varnish cannot parse: both would get its default TTL.
    if (beresp.http.Cache-Control !~ "(?i)(^|,)\s*(s-maxage|max-age)\s*=") {
        set beresp.ttl = 0s;
    }

    # Compress text (HTML, JSON, CSS, JavaScript, SVG, feeds); Varnish keeps
    # it compressed and unzips it for the rare client that asks for plain.
    if (!beresp.http.Content-Encoding
        && beresp.http.Content-Type ~ "^(text/|application/(json|javascript|x-javascript|xml|rss\+xml|atom\+xml|ld\+json|manifest\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }

    if (beresp.ttl > 0s
        && !beresp.http.Set-Cookie
        && beresp.http.Cache-Control !~ "(?i)(private|no-cache|no-store)") {
        set beresp.grace = 6h;
        # s-maxage is for this proxy, which is purged; a shared cache after
        # it is not, so it gets to see only max-age.
        if (beresp.http.Cache-Control ~ "s-maxage") {
            set beresp.http.Cache-Control = regsub(
                beresp.http.Cache-Control, "\s*s-maxage=[0-9]+\s*,?", "");
            set beresp.http.Cache-Control = regsub(
                beresp.http.Cache-Control, "^\s*,\s*|\s*,\s*$", "");
        }
    }
    # The rest (private, no-cache, Set-Cookie, TTL 0) is passed by Varnish's
    # built-in rules for two minutes ("hit-for-miss").
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.x-path;
}
