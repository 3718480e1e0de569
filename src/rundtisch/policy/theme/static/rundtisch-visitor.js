/*
 * What a visitor's page needs from JavaScript, instead of Classic UI's
 * pattern bundle (about 270 KB compressed, for editors): bundle
 * "rundtisch-visitor" in registry/bundles.xml, loaded deferred for anonymous
 * requests only; logged-in users get Plone's bundle with Bootstrap instead.
 *
 * - The mobile menu: Barceloneta's navbar toggler opens the navigation as
 *   a Bootstrap offcanvas (data-bs-toggle="offcanvas"); here it opens as a
 *   modal dialog with a backdrop, keeps the keyboard focus inside, and
 *   closes with its close button, the backdrop or Escape.
 * - Dropdowns (data-bs-toggle="dropdown"), e.g. the search page's filter
 *   and sort menus.
 * - The navigation marker (pat-navigationmarker): the main navigation
 *   marks the section the page is in ("inPath") and the page itself
 *   ("current"), as mockup's pattern does.
 *
 * Everything else works without JavaScript: forms submit and are validated
 * on the server, the login link opens the login page, the search box
 * submits to the search page.
 */
(function () {
  "use strict";

  var FOCUSABLE =
    'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]),' +
    " select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

  var openPanel = null;
  var panelToggler = null;
  var backdrop = null;

  function visible(element) {
    return element.offsetParent !== null || element === document.activeElement;
  }

  function openOffcanvas(panel, toggler) {
    if (openPanel) {
      closeOffcanvas();
    }
    openPanel = panel;
    panelToggler = toggler;
    panel.classList.add("show");
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-modal", "true");
    toggler.setAttribute("aria-expanded", "true");
    backdrop = document.createElement("div");
    backdrop.className = "offcanvas-backdrop fade show";
    backdrop.addEventListener("click", closeOffcanvas);
    document.body.appendChild(backdrop);
    document.body.style.overflow = "hidden";
    panel.focus();
  }

  function closeOffcanvas() {
    if (!openPanel) {
      return;
    }
    openPanel.classList.remove("show");
    openPanel.removeAttribute("role");
    openPanel.removeAttribute("aria-modal");
    panelToggler.setAttribute("aria-expanded", "false");
    if (backdrop) {
      backdrop.remove();
      backdrop = null;
    }
    document.body.style.overflow = "";
    var toggler = panelToggler;
    openPanel = null;
    panelToggler = null;
    toggler.focus();
  }

  function keepFocusInside(event) {
    var focusable = Array.prototype.filter.call(
      openPanel.querySelectorAll(FOCUSABLE),
      visible
    );
    if (!focusable.length) {
      event.preventDefault();
      return;
    }
    var first = focusable[0];
    var last = focusable[focusable.length - 1];
    var active = document.activeElement;
    if (event.shiftKey && (active === first || active === openPanel)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  function menuOf(toggle) {
    return toggle.parentElement.querySelector(".dropdown-menu");
  }

  function closeDropdowns(except) {
    var toggles = document.querySelectorAll('[data-bs-toggle="dropdown"].show');
    Array.prototype.forEach.call(toggles, function (toggle) {
      if (toggle === except) {
        return;
      }
      toggle.classList.remove("show");
      toggle.setAttribute("aria-expanded", "false");
      var menu = menuOf(toggle);
      if (menu) {
        menu.classList.remove("show");
      }
    });
  }

  function toggleDropdown(toggle) {
    var menu = menuOf(toggle);
    if (!menu) {
      return;
    }
    closeDropdowns(toggle);
    var open = !menu.classList.contains("show");
    menu.classList.toggle("show", open);
    toggle.classList.toggle("show", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    // Bootstrap's CSS places a menu below its toggle for this marker.
    menu.setAttribute("data-bs-popper", "static");
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) {
      return;
    }
    var toggler = target.closest('[data-bs-toggle="offcanvas"]');
    if (toggler) {
      var panel = document.querySelector(
        toggler.getAttribute("data-bs-target") || toggler.getAttribute("href")
      );
      if (panel) {
        event.preventDefault();
        if (panel === openPanel) {
          closeOffcanvas();
        } else {
          openOffcanvas(panel, toggler);
        }
      }
      return;
    }
    if (openPanel && target.closest('[data-bs-dismiss="offcanvas"]')) {
      closeOffcanvas();
      return;
    }
    var dropdown = target.closest('[data-bs-toggle="dropdown"]');
    if (dropdown) {
      event.preventDefault();
      toggleDropdown(dropdown);
      return;
    }
    if (!target.closest(".dropdown-menu")) {
      closeDropdowns(null);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      if (openPanel) {
        closeOffcanvas();
        return;
      }
      var open = document.querySelector('[data-bs-toggle="dropdown"].show');
      if (open) {
        closeDropdowns(null);
        open.focus();
      }
    } else if (event.key === "Tab" && openPanel) {
      keepFocusInside(event);
    }
  });

  function cleanUrl(url) {
    return url.split("/view")[0].split("@@")[0].split("++")[0].replace(/\/$/, "");
  }

  function markNavigation() {
    var portal = cleanUrl(document.body.getAttribute("data-portal-url") || "");
    var canonical = document.querySelector('head link[rel="canonical"]');
    var here = cleanUrl(canonical ? canonical.href : window.location.href);
    var navigations = document.querySelectorAll(".pat-navigationmarker");
    Array.prototype.forEach.call(navigations, function (navigation) {
      Array.prototype.forEach.call(navigation.querySelectorAll("a"), function (link) {
        var item = link.parentElement;
        var url = cleanUrl(link.href);
        if (here === url || (here.indexOf(url + "/") === 0 && url !== portal)) {
          item.classList.add("inPath");
          var opener = item.querySelector(":scope > input[type=checkbox]");
          if (opener) {
            opener.checked = true;
          }
        }
        if (here === url) {
          item.classList.add("current");
          link.classList.add("current");
        }
      });
    });
  }

  markNavigation();

  // Back on a wide screen the navigation is no offcanvas any more.
  window.addEventListener("resize", function () {
    if (openPanel && window.matchMedia("(min-width: 992px)").matches) {
      closeOffcanvas();
    }
  });
})();
