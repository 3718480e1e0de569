"""Settings taken from the environment (docs/design.md §7): the mail server
(smtp.py) and, without one, the mail folder for every mail (mail_folder.py),
the caching proxies (proxy.py), both applied by `make create-site`, and the
public address for the scripts that run outside the web server
(public_url.py), and the origins other sites may read the REST API from
(cors.py).
"""
