/*
 * After a sign-up the page shows its confirmation: the keyboard focus and a
 * screen reader start at its heading (data-rundtisch-focus, tabindex="-1"),
 * not at the top of the page (registration/templates/signup_layout.pt).
 * A file of its own: the portal's CSP allows no inline script.
 */
(function () {
  "use strict";
  var target = document.querySelector("[data-rundtisch-focus]");
  if (target) {
    target.focus();
  }
})();
