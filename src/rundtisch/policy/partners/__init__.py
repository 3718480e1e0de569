"""For partner sites (issue 17): the next workshops as a page other sites show
in an iframe, and the page that explains it and writes the snippet."""
